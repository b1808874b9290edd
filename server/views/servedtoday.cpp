// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "servedtoday.h"

#include "core/clock.h"
#include "store/database.h"
#include "views/visitviews.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

ServedToday ServedToday::of(Database &db, qint64 staffId, const QString &date)
{
    ServedToday out;
    for (const Visit &v : read(db, staffId, date)) {
        out.workedSeconds += v.workedSeconds;
        out.visits.append(v.json);
    }
    return out;
}

QVector<ServedToday::Visit> ServedToday::read(Database &db, qint64 staffId, const QString &date,
                                              qint64 onlyVisit)
{
    QVector<Visit> out;
    const QString select =
        QStringLiteral("SELECT id, ticket_no, customer_name, status, duration_min, started_at, "
                       " completed_at, booking_id FROM visits WHERE therapist_id = ? AND "
                       "business_date = ? AND status IN ('awaiting_payment', 'paid') ");
    QSqlQuery v = onlyVisit > 0
        ? db.exec(select + QStringLiteral("AND id = ?"), { staffId, date, onlyVisit })
        : db.exec(select + QStringLiteral("ORDER BY started_at, id"), { staffId, date });
    QStringList ids;
    while (v.next()) {
        Visit visit;
        visit.id = v.value(0).toLongLong();
        visit.started = !v.value(5).isNull();
        visit.startedAt = v.value(5).toString();
        const QDateTime started = fromIsoUtc(v.value(5).toString());
        const QDateTime completed = fromIsoUtc(v.value(6).toString());
        if (started.isValid() && completed.isValid())
            visit.workedSeconds = std::max<qint64>(0, started.secsTo(completed));
        ids.append(QString::number(visit.id));
        visit.json = QJsonObject {
            { QStringLiteral("id"), visit.id },
            { QStringLiteral("ticket"), VisitViews::ticketLabel(v.value(1).toInt()) },
            { QStringLiteral("customer_name"), v.value(2).toString() },
            { QStringLiteral("status"), v.value(3).toString() },
            { QStringLiteral("duration_min"), v.value(4).toInt() },
            { QStringLiteral("started_at"), v.value(5).toString() },
            { QStringLiteral("completed_at"), v.value(6).toString() },
            { QStringLiteral("booking_id"),
              v.value(7).isNull() ? QJsonValue() : QJsonValue(v.value(7).toLongLong()) }
        };
        out.append(visit);
    }
    if (out.isEmpty())
        return out;
    // Ids this function read itself, joined rather than bound one by one (a day has a few).
    QSqlQuery s = db.exec(QStringLiteral("SELECT visit_id, name, duration_min FROM visit_services "
                                         "WHERE visit_id IN (%1) ORDER BY id")
                              .arg(ids.join(QLatin1Char(','))));
    QHash<qint64, QJsonArray> services;
    while (s.next())
        services[s.value(0).toLongLong()].append(
            QJsonObject { { QStringLiteral("name"), s.value(1).toString() },
                          { QStringLiteral("duration_min"), s.value(2).toInt() } });
    for (Visit &visit : out)
        visit.json.insert(QStringLiteral("services"), services.value(visit.id));
    return out;
}
