// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How statements, values and errors cross libpq for PgStatements: placeholders, a value's text
// form, a cell as QPSQL would type it, a failure's SQLSTATE and words.

#include "store/statementrunner.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

#include <libpq-fe.h>

class QSqlDriver;

namespace PgWire {

// PostgreSQL prepares only these; schema statements and the like go as text.
bool preparable(const QString &sql);
// `?` placeholders as PostgreSQL's `$1, $2 …`; a `?` inside quotes is text. Null when the
// text holds a second statement (the text-only path refuses it with its own words).
std::optional<QByteArray> numbered(const QString &sql, int *params);
// The SQLSTATE of a failed call; a connection that broke gives none, so say "connection failure".
QString sqlState(const PGresult *r, const PGconn *conn);
QString errorText(const PGresult *r, const PGconn *conn);
// The types QPSQL gives a column (qDecodePSQLType with the default precision policy).
QMetaType columnType(Oid type);
QVariant cellValue(const PGresult *r, int row, int column, QMetaType type);

// A bound value as PostgreSQL's text input (blobs as binary); null for SQL NULL.
struct Parameter {
    QByteArray bytes;
    bool null = false;
    bool binary = false;
};
Parameter parameter(const QVariant &v);

// A failure with the statement's words, as QtSqlStatements reports one.
StatementRunner::Outcome failed(const QSqlDriver *driver, const QString &sql, const QString &error,
                                const QString &state);

} // namespace PgWire
