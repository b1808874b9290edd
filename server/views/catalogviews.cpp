// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogviews.h"

#include "domain/rows.h"
#include "domain/venue.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {
const QString kServiceColumns = QStringLiteral("id, name, duration_min, price, active");
}

Reply CatalogViews::listServices(const Principal &who)
{
    const bool all = who.role == Principal::Role::Admin;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + kServiceColumns + QStringLiteral(" FROM services") +
                  (all ? QString() : QStringLiteral(" WHERE active = 1")) +
                  QStringLiteral(" ORDER BY name, id"));
    QJsonArray items;
    while (q.next()) {
        QJsonObject o = rowJson(q);
        o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
        items.append(o);
    }
    return Reply::ok({ { QStringLiteral("services"), items },
                       { QStringLiteral("currency"), m_venue.currency() } });
}

QJsonObject CatalogViews::serviceJson(qint64 id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ") + kServiceColumns +
                                QStringLiteral(" FROM services WHERE id = ?"),
                            { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
    return o;
}
