// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A room for a visit: places free now, and places promised to booked guests kept.
#include "roompicker.h"

#include "domain/availability.h"
#include "domain/bookingcalendar.h"
#include "store/database.h"

#include <QSqlQuery>

namespace {
// Active rooms with the number of visits in each now.
const QString kRoomsInUse = QStringLiteral(
    "SELECT id, capacity, (SELECT COUNT(*) FROM visits WHERE visits.room_id = rooms.id AND "
    "status IN ('assigned', 'in_service')) FROM rooms WHERE active = 1");
} // namespace

qint64 RoomPicker::pickFree(const QDateTime &now, int minutes)
{
    const QDateTime end = now.addSecs(qint64(minutes) * 60);
    const int buffer = m_calendar.bufferMin();
    QSqlQuery q = m_db.exec(kRoomsInUse + QStringLiteral(" ORDER BY id"));
    while (q.next()) {
        const int capacity = q.value(1).toInt();
        const int inUse = q.value(2).toInt();
        if (inUse >= capacity)
            continue;
        const auto promised = m_calendar.roomPromised(q.value(0).toLongLong(), now, end);
        if (inUse + Availability::peakHeld(promised, now, end, buffer) < capacity)
            return q.value(0).toLongLong();
    }
    return 0;
}

bool RoomPicker::hasPlace(qint64 roomId)
{
    QSqlQuery q = m_db.exec(kRoomsInUse + QStringLiteral(" AND id = ?"), { roomId });
    return q.next() && q.value(2).toInt() < q.value(1).toInt();
}
