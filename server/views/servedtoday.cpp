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
    QSqlQuery v = db.exec(
        QStringLiteral("SELECT id, ticket_no, customer_name, status, duration_min, started_at, "
                       " completed_at, booking_id FROM visits WHERE therapist_id = ? AND "
                       "business_date = ? AND status IN ('awaiting_payment', 'paid') "
                       "ORDER BY started_at, id"),
        { staffId, date });
    QVector<QJsonObject> rows;
    QStringList ids;
    while (v.next()) {
        const QDateTime started = fromIsoUtc(v.value(5).toString());
        const QDateTime completed = fromIsoUtc(v.value(6).toString());
        if (started.isValid() && completed.isValid())
            out.workedSeconds += std::max<qint64>(0, started.secsTo(completed));
        ids.append(QString::number(v.value(0).toLongLong()));
        rows.append(QJsonObject {
            { QStringLiteral("id"), v.value(0).toLongLong() },
            { QStringLiteral("ticket"), VisitViews::ticketLabel(v.value(1).toInt()) },
            { QStringLiteral("customer_name"), v.value(2).toString() },
            { QStringLiteral("status"), v.value(3).toString() },
            { QStringLiteral("duration_min"), v.value(4).toInt() },
            { QStringLiteral("started_at"), v.value(5).toString() },
            { QStringLiteral("completed_at"), v.value(6).toString() },
            { QStringLiteral("booking_id"),
              v.value(7).isNull() ? QJsonValue() : QJsonValue(v.value(7).toLongLong()) } });
    }
    if (rows.isEmpty())
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
    for (QJsonObject row : rows) {
        row.insert(QStringLiteral("services"),
                   services.value(qint64(row.value(QLatin1String("id")).toDouble())));
        out.visits.append(row);
    }
    return out;
}
