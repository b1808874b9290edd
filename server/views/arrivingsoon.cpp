// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrivingsoon.h"

#include "core/clock.h"
#include "store/database.h"
#include "views/visitviews.h"

#include <QJsonObject>
#include <QSqlQuery>

QJsonArray ArrivingSoon::forMonitor(Database &db, const QDateTime &now)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, start_at, customer_name FROM bookings "
                                         "WHERE status = 'booked' AND start_at >= ? AND "
                                         "start_at < ? ORDER BY start_at, id"),
                          { isoUtc(now.addSecs(-qint64(kLateMinutes) * 60)),
                            isoUtc(now.addSecs(qint64(kAheadMinutes) * 60)) });
    QJsonArray out;
    while (q.next())
        // Only what the wall shows: the booker's first name and initial (a group is one line).
        out.append(
            QJsonObject { { QStringLiteral("booking_id"), q.value(0).toLongLong() },
                          { QStringLiteral("name"), VisitViews::publicName(q.value(2).toString()) },
                          { QStringLiteral("start"), q.value(1).toString() } });
    return out;
}
