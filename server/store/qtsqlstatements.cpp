// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qtsqlstatements.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

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

// QPSQL's prepared statements cost three round trips each (PREPARE, EXECUTE with the values
// written as literals by the driver's formatValue, DEALLOCATE). This writes the same literals,
// by the same formatValue, into the statement and sends it once: the same text PostgreSQL would
// have executed, a third of the waits. `?` inside quotes is text, not a placeholder.
std::optional<QString> QtSqlStatements::inlined(const QString &sql, const QVariantList &binds) const
{
    QSqlField field;
    int count = 0;
    const std::optional<QString> out = replacePlaceholders(
        sql,
        [&](int index) -> std::optional<QString> {
            if (index >= binds.size())
                return std::nullopt;
            const QVariant &v = binds.at(index);
            field.setMetaType(v.metaType());
            if (isNullValue(v))
                field.clear();
            else
                field.setValue(v);
            return m_db.driver()->formatValue(field);
        },
        &count);
    if (!out || count != binds.size())
        return std::nullopt;
    return out;
}

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
        // A simple query runs whatever follows a ';' as well: one statement per call, or none
        // (values are quoted literals, so only the statement's own text can hold one).
        if (sql.contains(QLatin1Char(';')))
            return { q, QStringLiteral("one SQL statement at a time (no ';')"), 0,
                     QStringLiteral("42601") };
        // One round trip instead of three (inlined), and schema statements, which PREPARE
        // refuses, work.
        const std::optional<QString> text = binds.isEmpty() ? sql : inlined(sql, binds);
        if (!text)
            return { q,
                     QStringLiteral("%1 values for the statement's placeholders: %2")
                         .arg(binds.size())
                         .arg(sql.left(200)),
                     0, QStringLiteral("42601") };
        if (!q.exec(*text))
            return failure(q);
        return { q, QString(), 0, QString() };
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
