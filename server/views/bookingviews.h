// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

class BookingCalendar;
class Clock;
class CustomerViews;
class Database;
class StaffViews;
class Venue;
class VisitViews;

// Bookings as screens and the API show them (one JSON shape of a booking), the appointment
// book's data (a day view, a therapist's day), free slots, and each therapist's next booking.
class BookingViews {
public:
    BookingViews(Database &db, Venue &venue, const Clock &clock, BookingCalendar &calendar,
                 VisitViews &visits, CustomerViews &customers)
        : m_db(db)
        , m_venue(venue)
        , m_clock(clock)
        , m_calendar(calendar)
        , m_visits(visits)
        , m_customers(customers)
    {
    }

    // One booking with its guests and their services; empty when there is none.
    QJsonObject bookingJson(qint64 id);
    // GET /api/bookings?date= (the venue's local date; today without one).
    Reply listBookings(const QUrlQuery &query);
    Reply getBooking(qint64 id);
    // GET /api/bookings/day?date=: the day view's data — every working therapist with their
    // hours, the bookings and the live visits of the date.
    Reply dayView(const QUrlQuery &query);
    // GET /api/therapists/{id}/day?date=: a therapist's own day, with the care notes of the
    // customers they will serve (a therapist reads only their own).
    Reply therapistDay(qint64 staffId, const QUrlQuery &query, const Principal &who);
    // A therapist's live bookings of a local date: only their guests, each with `care_notes`
    // (their tablet's room view; no visits, so it stays cheap to rebuild on every commit).
    QJsonArray therapistBookings(qint64 staffId, const QString &date);
    // GET /api/availability?service_ids=&date=&therapist_id=
    Reply availability(const QUrlQuery &query);
    // GET /api/therapists/{id}/hours: their own hours (null when none are set).
    Reply hoursOf(qint64 staffId);
    // Each therapist's next live booking (not yet arrived, ending after now), for the room views.
    QHash<qint64, QJsonObject> nextBookings();

private:
    // Bookings matching `where` (on bookings b), in start order, built in three statements.
    QJsonArray bookingsWhere(const QString &where, const QVariantList &binds);
    // The date query parameter, or today; an invalid date when it is malformed.
    QDate dateParam(const QUrlQuery &query, Reply *error);

    Database &m_db;
    Venue &m_venue;
    const Clock &m_clock;
    BookingCalendar &m_calendar;
    VisitViews &m_visits;
    CustomerViews &m_customers;
};
