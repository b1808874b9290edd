// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"
#include "domain/bookingplan.h"

#include <optional>

class BookingCalendar;
class Database;
class Venue;

// Where and when a booking may be: inside the venue's opening hours and each therapist's working
// hours (422), clashing with no other booking of a therapist or over a room's capacity (409,
// naming the clash). "Any" therapists and rooms are chosen here.
class BookingScheduler {
public:
    BookingScheduler(Database &db, Venue &venue, BookingCalendar &calendar)
        : m_db(db)
        , m_venue(venue)
        , m_calendar(calendar)
    {
    }

    // Checks `plan` and fills in its "any" therapists and room; `exceptBooking`: the booking
    // being changed, whose own times do not clash with it.
    std::optional<Reply> schedule(BookingPlan *plan, qint64 exceptBooking);
    // `utc` as the venue's local "yyyy-MM-dd HH:mm", for messages.
    QString local(const QDateTime &utc) const;

private:
    std::optional<Reply> pickRoom(BookingPlan *plan, qint64 exceptBooking);
    QString therapistName(qint64 id);

    Database &m_db;
    Venue &m_venue;
    BookingCalendar &m_calendar;
};
