// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qtsqlstatements.h"

#include <QSqlDriver>
#include <QSqlError>

namespace {

// SQLite's codes are numbers; PostgreSQL's SQLSTATEs are five characters ("23505", "57P01").
StatementRunner::Outcome failure(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    const QString native = e.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric);
    // Qt sets no error when the connection is closed (a reconnect that failed): say so, with
    // PostgreSQL's "connection does not exist", so it counts as a storage failure.
    if (e.text().trimmed().isEmpty())
        return { q, QStringLiteral("the database connection is not open"), 0,
                 QStringLiteral("08003") };
    return { q, e.text(), numeric ? code : 0, native.size() == 5 ? native : QString() };
}

} // namespace

QtSqlStatements::QtSqlStatements(QSqlDatabase &db)
    : m_db(db)
    , m_postgres(db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
    , m_forwardOnly(!m_postgres)
{
}

StatementRunner::Outcome QtSqlStatements::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    // Rows are read in full by the caller's loop; forward-only keeps the driver from caching twice.
    q.setForwardOnly(m_forwardOnly);
    if (m_postgres) {
        // QPSQL prepares by sending "PREPARE name AS <sql>" as a simple query, which runs
        // whatever follows a ';' as well: one statement per call, or none.
        if (sql.contains(QLatin1Char(';')))
            return { q, QStringLiteral("one SQL statement at a time (no ';')"), 0,
                     QStringLiteral("42601") };
        // Without values to bind there is nothing to prepare: one round trip instead of three
        // (PREPARE, EXECUTE, DEALLOCATE), and schema statements, which PREPARE refuses, work.
        if (binds.isEmpty()) {
            if (!q.exec(sql))
                return failure(q);
            return { q, QString(), 0, QString() };
        }
    }
    if (!q.prepare(sql))
        return failure(q);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return failure(q);
    return { q, QString(), 0, QString() };
}

bool QtSqlStatements::control(const QString &sql, QString *error, int *code)
{
    QSqlQuery q(m_db);
    m_controlState.clear();
    if (q.exec(sql))
        return true;
    const Outcome out = failure(q);
    if (error)
        *error = out.error;
    if (code)
        *code = out.code;
    m_controlState = out.state;
    return false;
}
