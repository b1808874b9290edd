// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/availability.h"
#include "domain/workinghours.h"

#include <QDate>
#include <QHash>
#include <QVector>

#include <optional>

class Database;
class Venue;

// What the bookings' rules read from the store: the venue's and therapists' hours, the clean-up
// buffer and no-show grace, and who and what is booked when. Shared by the Bookings aggregate
// (to decide) and the booking views (availability, the day view), so both apply one rule.
class BookingCalendar {
public:
    BookingCalendar(Database &db, Venue &venue)
        : m_db(db)
        , m_venue(venue)
    {
    }

    int bufferMin();
    int graceMin();
    // The venue's opening_hours setting (empty: open at any time).
    WorkingHours::Schedule venueHours();
    // A therapist's own hours; nothing when none were set.
    std::optional<WorkingHours::Schedule> therapistHours(qint64 staffId);
    // When the venue is open on the local `date` (UTC intervals touching it).
    QVector<WorkingHours::Interval> venueOpen(const QDate &date);
    // When a therapist works on `date`: their hours within the venue's opening hours (the
    // venue's alone for a therapist with none set).
    QVector<WorkingHours::Interval> therapistOpen(qint64 staffId, const QDate &date);
    // Every active therapist's working intervals for `date`, in one pass.
    QHash<qint64, QVector<WorkingHours::Interval>> allTherapistsOpen(const QDate &date);

    // Guests of live bookings (booked or arrived) of `staffId` whose time with the buffer may
    // touch [from, to); `exceptBooking` is left out (a booking being moved).
    QVector<Availability::Booked> therapistBooked(qint64 staffId, const QDateTime &from,
                                                  const QDateTime &to, qint64 exceptBooking = 0);
    // The same for the guests in a room.
    QVector<Availability::Booked> roomBooked(qint64 roomId, const QDateTime &from,
                                             const QDateTime &to, qint64 exceptBooking = 0);
    // Guests in a room of bookings not yet arrived that may touch [from, to): what a walk-in
    // must leave the room free for.
    QVector<Availability::Booked> roomPromised(qint64 roomId, const QDateTime &from,
                                               const QDateTime &to);
    // Every live booked guest in [from, to) by therapist and by room, in two statements.
    QHash<qint64, QVector<Availability::Booked>> bookedByTherapist(const QDateTime &from,
                                                                   const QDateTime &to);
    QHash<qint64, QVector<Availability::Booked>> bookedByRoom(const QDateTime &from,
                                                              const QDateTime &to);

    // The local date `utc` falls on in the venue's zone.
    QDate localDate(const QDateTime &utc);
    // The longest a booking may last: the search window for clashes reaches back this far.
    static constexpr int kMaxBookingMinutes = 12 * 60;

private:
    QVector<Availability::Booked> booked(const QString &column, qint64 id, const QDateTime &from,
                                         const QDateTime &to, qint64 exceptBooking,
                                         const QString &status);
    QHash<qint64, QVector<Availability::Booked>>
    bookedBy(const QString &column, const QDateTime &from, const QDateTime &to);

    Database &m_db;
    Venue &m_venue;
};
