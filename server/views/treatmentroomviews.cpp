// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "treatmentroomviews.h"

#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {
const char kSelect[] =
    "SELECT id, name, capacity, active, (SELECT COUNT(*) FROM visits WHERE visits.room_id = "
    "rooms.id AND status IN ('assigned', 'in_service')) FROM rooms";

QJsonObject fromRow(const QSqlQuery &q)
{
    return { { QStringLiteral("id"), q.value(0).toLongLong() },
             { QStringLiteral("name"), q.value(1).toString() },
             { QStringLiteral("capacity"), q.value(2).toInt() },
             { QStringLiteral("active"), q.value(3).toInt() != 0 },
             { QStringLiteral("visits_now"), q.value(4).toInt() } };
}
} // namespace

Reply TreatmentRoomViews::listRooms()
{
    QSqlQuery q = m_db.exec(QLatin1String(kSelect) + QStringLiteral(" ORDER BY active DESC, id"));
    QJsonArray rooms;
    while (q.next())
        rooms.append(fromRow(q));
    return Reply::ok({ { QStringLiteral("rooms"), rooms } });
}

QJsonObject TreatmentRoomViews::roomJson(qint64 id)
{
    QSqlQuery q = m_db.exec(QLatin1String(kSelect) + QStringLiteral(" WHERE id = ?"), { id });
    return q.next() ? fromRow(q) : QJsonObject();
}
