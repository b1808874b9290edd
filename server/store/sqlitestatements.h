// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/statementrunner.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlRecord>

struct sqlite3;
struct sqlite3_stmt;

// SQLite's fast path: each SQL text is compiled once (`sqlite3_prepare_v3` with
// SQLITE_PREPARE_PERSISTENT, on the Qt driver's own `sqlite3` handle, at most 256 kept), bound and
// stepped, and its rows copied into the returned QSqlQuery before the statement is reset.
// Parsing SQL was a third of a command's CPU. Relies on Qt's driver using the system SQLite.
class SqliteStatements final : public StatementRunner {
public:
    // `db` must be an open QSQLITE connection; null when the driver gives no sqlite3 handle.
    static std::unique_ptr<SqliteStatements> attach(QSqlDatabase &db);
    ~SqliteStatements() override { clear(); }

    Outcome exec(const QString &sql, const QVariantList &binds) override;
    bool control(const QString &sql, QString *error, int *code) override;
    void clear() override;
    int kept() const override { return int(m_statements.size()); }

private:
    struct Statement {
        sqlite3_stmt *stmt = nullptr;
        QSqlRecord columns;
    };
    SqliteStatements(QSqlDatabase &db, sqlite3 *handle)
        : m_db(db)
        , m_sqlite(handle)
    {
    }
    Statement *statement(const QString &sql, QString *error);

    QSqlDatabase &m_db;
    sqlite3 *m_sqlite;
    QHash<QString, Statement> m_statements;
};
