// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"
#include "domain/bookingrequest.h"
#include "domain/bookingscheduler.h"
#include "domain/visits.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class BookingCalendar;
class BookingViews;
class CommandPipeline;
class Customers;
class Database;
class Venue;

// Bookings: booked → arrived (each guest becomes a visit in the live queue, keeping therapist and
// room), cancelled (with a reason) or no_show (once the venue's grace past the start is over).
// A booking holds its therapists and room for [start, end + buffer); a clash is refused (409
// naming it), a time outside the therapist's working or the venue's opening hours too (422).
// One booking may carry several guests (a couple, a group), each with their own therapist and
// services, sharing the booking's start and room.
class Bookings {
public:
    Bookings(CommandPipeline &pipeline, Venue &venue, BookingCalendar &calendar,
             BookingViews &views, Visits &visits, Customers &customers);

    Reply create(const QJsonObject &body, const Principal &who);
    Reply update(qint64 id, const QJsonObject &body, const Principal &who);
    Reply arrive(qint64 id, const Principal &who);
    Reply cancel(qint64 id, const QJsonObject &body, const Principal &who);
    Reply noShow(qint64 id, const QJsonObject &body, const Principal &who);

    // The rooms a change to `booking` concerns: the desk and each guest's therapist (and
    // `alsoTherapists`, those a move took it from).
    static QStringList rooms(const QJsonObject &booking, const QSet<qint64> &alsoTherapists = {});

    // The journal entry of a change: the booking as it now is, and, for the desk's notice
    // (cashier_booking_changed), its id, what happened and the local dates it was and is on
    // (two after a move to another day), so a desk showing either day reads it again at once.
    static QJsonObject notice(const QString &event, const QJsonObject &before,
                              const QJsonObject &after);

private:
    void writeGuests(qint64 bookingId, const BookingPlan &plan);
    // The booking in the create shape, for a change to merge over.
    QJsonObject asBody(const QJsonObject &booking) const;
    Reply change(qint64 id, const Principal &who, const QString &event,
                 const std::function<Reply(const QJsonObject &booking)> &apply);
    // The update's work inside its transaction: `body` merged over `existing`, checked and
    // scheduled as a new booking, then written.
    Reply move(qint64 id, const QJsonObject &existing, const QJsonObject &body);

    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    Venue &m_venue;
    BookingCalendar &m_calendar;
    BookingViews &m_views;
    Visits &m_visits;
    BookingRequest m_request;
    BookingScheduler m_scheduler;
};
