// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/statementrunner.h"

#include <QSqlDatabase>

#include <optional>

// Statements through Qt Sql: what any Qt driver runs. On PostgreSQL (QPSQL) each statement is sent
// once with its values written in by the driver, as Qt's own prepared path would send them to
// EXECUTE; elsewhere through Qt's prepared queries. Slower than SqliteStatements on SQLite (a
// prepare per statement), but portable; the store tests run the migrations and the journal
// through it on SQLite to keep it honest.
class QtSqlStatements final : public StatementRunner {
public:
    explicit QtSqlStatements(QSqlDatabase &db);

    Outcome exec(const QString &sql, const QVariantList &binds) override;
    bool control(const QString &sql, QString *error, int *code) override;
    QString lastControlState() const override { return m_controlState; }

private:
    // The statement with its values written in as literals, or nothing when the placeholders
    // and the values do not pair up.
    std::optional<QString> inlined(const QString &sql, const QVariantList &binds) const;

    QSqlDatabase &m_db;
    bool m_postgres;
    // QPSQL fetches forward-only results row by row (single-row mode), and a second statement
    // on the connection then discards the first one's unread rows; callers may run statements
    // while reading rows, so on PostgreSQL results are taken whole.
    bool m_forwardOnly;
    QString m_controlState;
};
