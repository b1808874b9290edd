// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

class BookingCalendar;
class Database;

// Which room a visit goes to when the desk names none. A room has a place when its active
// visits (assigned or in service) are fewer than its capacity; a walk-in is also kept out of a
// room promised to a booked guest before the walk-in's services (and the clean-up buffer) would
// end, as the turn order keeps it from a therapist booked too soon.
class RoomPicker {
public:
    RoomPicker(Database &db, BookingCalendar &calendar)
        : m_db(db)
        , m_calendar(calendar)
    {
    }

    // The first room (by id) with a place now that no booked guest needs within
    // [now, now + minutes + buffer); 0 when there is none.
    qint64 pickFree(const QDateTime &now, int minutes);
    // Whether `roomId` has a place now. The desk's own choice: a booked guest's room may be
    // lent knowingly, a full one may not.
    bool hasPlace(qint64 roomId);

private:
    Database &m_db;
    BookingCalendar &m_calendar;
};
