// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogviews.h"

#include "domain/commissions.h"
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
        // Commissions are the owner's business: only an admin's list carries them.
        if (all)
            o.insert(QStringLiteral("commission"), commissionJson(q.value(0).toLongLong()));
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

QJsonObject CatalogViews::commissionJson(qint64 serviceId)
{
    QSqlQuery s = m_db.exec(QStringLiteral("SELECT commission_type, commission_value FROM services "
                                           "WHERE id = ?"),
                            { serviceId });
    QJsonObject out;
    if (s.next())
        out = Commissions::rateJson({ s.value(0).toString(), s.value(1).toLongLong() });
    QJsonArray overrides;
    QSqlQuery o = m_db.exec(QStringLiteral("SELECT staff_id, commission_type, commission_value "
                                           "FROM commission_overrides WHERE service_id = ? "
                                           "ORDER BY staff_id"),
                            { serviceId });
    while (o.next()) {
        QJsonObject r = Commissions::rateJson({ o.value(1).toString(), o.value(2).toLongLong() });
        r.insert(QStringLiteral("therapist_id"), o.value(0).toLongLong());
        overrides.append(r);
    }
    out.insert(QStringLiteral("service_id"), serviceId);
    out.insert(QStringLiteral("overrides"), overrides);
    return out;
}
