// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "selfcheckin.h"

#include "domain/fields.h"
#include "domain/rows.h"
#include "domain/visits.h"
#include "views/visitviews.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {
const QStringList kAccepted { QStringLiteral("first_name"), QStringLiteral("phone"),
                              QStringLiteral("service_ids") };
}

Reply SelfCheckin::run(Visits &visits, VisitViews &views, const QJsonObject &body,
                       const Principal &who)
{
    // Every other field is refused by name, so a kiosk (or someone with its token) learns at
    // once that it cannot set a therapist, notes or a price, rather than having them ignored.
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!kAccepted.contains(it.key()))
            return Errors::invalid(QStringLiteral("'%1' is not taken at self check-in; send only "
                                                  "first_name, phone and service_ids")
                                       .arg(it.key()));
    Fields f(body);
    const QString firstName = f.string("first_name", true, MaxFirstName, 1);
    const QString phone = f.string("phone", false, 32);
    const QVector<qint64> serviceIds = f.idList("service_ids", true);
    if (!f.ok())
        return f.error();
    static const QRegularExpression phoneChars(QStringLiteral("^\\+?[0-9 ()-]{3,32}$"));
    if (!phone.isEmpty() && !phoneChars.match(phone).hasMatch())
        return Errors::invalid(
            QStringLiteral("'phone' may hold only digits, spaces, '+', '-' and brackets"));
    if (serviceIds.size() > MaxServices)
        return Errors::invalid(
            QStringLiteral("'service_ids' has more than %1 services").arg(MaxServices));
    if (QSet<qint64>(serviceIds.cbegin(), serviceIds.cend()).size() != serviceIds.size())
        return Errors::invalid(QStringLiteral("'service_ids' names a service twice"));

    QJsonArray ids;
    for (qint64 id : serviceIds)
        ids.append(id);
    QJsonObject desk { { QStringLiteral("customer_name"), firstName },
                       { QStringLiteral("service_ids"), ids } };
    if (!phone.isEmpty())
        desk.insert(QStringLiteral("phone"), phone);
    const Reply done = visits.checkIn(desk, who);
    if (!done.isOk())
        return done;

    const QJsonObject v = done.body().value(QLatin1String("visit")).toObject();
    QJsonObject ticket;
    for (const char *key : { "id", "ticket", "ticket_no", "code", "customer_name", "phone",
                             "services", "total", "duration_min", "created_at", "status" })
        ticket.insert(QLatin1String(key), v.value(QLatin1String(key)));
    ticket.insert(QStringLiteral("position"), QJsonValue());
    ticket.insert(QStringLiteral("estimated_wait_min"), QJsonValue());
    // The place in line as the wall shows it, read after the commit.
    const qint64 id = idOf(v);
    for (const QJsonValue &open : views.activeVisits()) {
        const QJsonObject o = open.toObject();
        if (idOf(o) == id) {
            ticket.insert(QStringLiteral("position"), o.value(QLatin1String("position")));
            ticket.insert(QStringLiteral("estimated_wait_min"),
                          o.value(QLatin1String("estimated_wait_min")));
        }
    }
    return Reply::ok({ { QStringLiteral("ticket"), ticket } }, 201);
}
