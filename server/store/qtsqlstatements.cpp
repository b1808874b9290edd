// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qtsqlstatements.h"

#include <QSqlError>

StatementRunner::Outcome QtSqlStatements::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    // Rows are read in full by the caller's loop; forward-only keeps the driver from caching twice.
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return { q, q.lastError().text(), q.lastError().nativeErrorCode().toInt() };
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return { q, q.lastError().text(), q.lastError().nativeErrorCode().toInt() };
    return { q, QString(), 0 };
}

bool QtSqlStatements::control(const QString &sql, QString *error, int *code)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    if (code)
        *code = q.lastError().nativeErrorCode().toInt();
    return false;
}
