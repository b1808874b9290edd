// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The booking rules on time and place: hours, clashes, rooms.
#include "bookingscheduler.h"

#include "domain/availability.h"
#include "domain/bookingcalendar.h"
#include "domain/venue.h"
#include "store/database.h"

#include <QSet>
#include <QSqlQuery>

QString BookingScheduler::local(const QDateTime &utc) const
{
    return utc.toTimeZone(m_venue.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString BookingScheduler::therapistName(qint64 id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), { id });
    return q.next() ? q.value(0).toString() : QString::number(id);
}

std::optional<Reply> BookingScheduler::schedule(BookingPlan *plan, qint64 exceptBooking)
{
    const QDate date = m_calendar.localDate(plan->start);
    const int buffer = m_calendar.bufferMin();
    const QString zone = QString::fromUtf8(m_venue.timeZone().id());
    if (!WorkingHours::covers(m_calendar.venueOpen(date), plan->start, plan->end()))
        return Reply::error(422, QStringLiteral("outside_hours"),
                            QStringLiteral("the venue is not open for all of %1 to %2 (%3)")
                                .arg(local(plan->start), local(plan->end()), zone));
    QVector<std::pair<qint64, Availability::Booked>> planned; // therapist, guest
    QSet<qint64> used;
    for (BookingPlan::Guest &g : plan->guests) {
        const QDateTime end = plan->start.addSecs(qint64(g.duration) * 60);
        auto clashFor = [&](qint64 therapist) {
            QVector<Availability::Booked> booked =
                m_calendar.therapistBooked(therapist, plan->start, end, exceptBooking);
            for (const auto &p : planned)
                if (p.first == therapist)
                    booked.append(p.second);
            return Availability::firstClash(booked, plan->start, end, buffer);
        };
        if (g.therapistId > 0) {
            if (!WorkingHours::covers(m_calendar.therapistOpen(g.therapistId, date), plan->start,
                                      end))
                return Reply::error(
                    422, QStringLiteral("outside_hours"),
                    QStringLiteral("%1 does not work all of %2 to %3 (%4)")
                        .arg(therapistName(g.therapistId), local(plan->start), local(end), zone));
            if (const auto clash = clashFor(g.therapistId))
                return Errors::conflict(
                    QStringLiteral("booking_clash"),
                    QStringLiteral("%1 is booked %2 to %3 (booking %4), with %5 min to clear up "
                                   "after each booking")
                        .arg(therapistName(g.therapistId), local(clash->start), local(clash->end))
                        .arg(clash->bookingId ? QString::number(clash->bookingId)
                                              : QStringLiteral("this one"))
                        .arg(buffer));
        } else {
            // "Any": the guest's preferred therapist first, then by name.
            QVector<qint64> candidates;
            if (g.customerId > 0) {
                QSqlQuery p = m_db.exec(QStringLiteral("SELECT preferred_therapist_id FROM "
                                                       "customers WHERE id = ?"),
                                        { g.customerId });
                if (p.next() && !p.value(0).isNull())
                    candidates.append(p.value(0).toLongLong());
            }
            QSqlQuery all = m_db.exec(QStringLiteral("SELECT id FROM staff WHERE role = "
                                                     "'therapist' AND active = 1 "
                                                     "ORDER BY display_name, id"));
            while (all.next())
                candidates.append(all.value(0).toLongLong());
            for (qint64 t : candidates) {
                if (used.contains(t) ||
                    !WorkingHours::covers(m_calendar.therapistOpen(t, date), plan->start, end) ||
                    clashFor(t))
                    continue;
                g.therapistId = t;
                break;
            }
            if (g.therapistId == 0)
                return Errors::conflict(QStringLiteral("no_therapist_free"),
                                        QStringLiteral("no therapist is working and free for "
                                                       "%1 to %2 (%3)")
                                            .arg(local(plan->start), local(end), zone));
        }
        used.insert(g.therapistId);
        planned.append({ g.therapistId, Availability::Booked { 0, plan->start, end } });
    }
    return pickRoom(plan, exceptBooking);
}

std::optional<Reply> BookingScheduler::pickRoom(BookingPlan *plan, qint64 exceptBooking)
{
    const int guests = plan->guests.size();
    const int buffer = m_calendar.bufferMin();
    const QDateTime end = plan->end();
    if (plan->roomId > 0) {
        QSqlQuery r = m_db.exec(QStringLiteral("SELECT name, capacity FROM rooms WHERE id = ?"),
                                { plan->roomId });
        if (!r.next())
            return Errors::internal();
        const QString name = r.value(0).toString();
        const int capacity = r.value(1).toInt();
        if (guests > capacity)
            return Errors::invalid(QStringLiteral("room '%1' holds %2 at once; this booking has "
                                                  "%3 guests")
                                       .arg(name)
                                       .arg(capacity)
                                       .arg(guests));
        const auto booked = m_calendar.roomBooked(plan->roomId, plan->start, end, exceptBooking);
        if (Availability::peakHeld(booked, plan->start, end, buffer) + guests > capacity) {
            const auto clash = Availability::firstClash(booked, plan->start, end, buffer);
            return Errors::conflict(
                QStringLiteral("room_full"),
                QStringLiteral("room '%1' (holds %2) is booked %3 to %4 (booking %5)")
                    .arg(name)
                    .arg(capacity)
                    .arg(local(clash ? clash->start : plan->start), local(clash ? clash->end : end))
                    .arg(clash ? clash->bookingId : 0));
        }
        return std::nullopt;
    }
    // Any room: the smallest that holds every guest and has the places free.
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, capacity FROM rooms WHERE active = 1 "
                                           "ORDER BY capacity, id"));
    bool anyRoom = false;
    while (r.next()) {
        anyRoom = true;
        const int capacity = r.value(1).toInt();
        if (capacity < guests)
            continue;
        const auto booked =
            m_calendar.roomBooked(r.value(0).toLongLong(), plan->start, end, exceptBooking);
        if (Availability::peakHeld(booked, plan->start, end, buffer) + guests <= capacity) {
            plan->roomId = r.value(0).toLongLong();
            return std::nullopt;
        }
    }
    // A group that did not ask to share a room gets rooms when it arrives; one guest with every
    // room taken (in a venue that has rooms) cannot be booked.
    if (anyRoom && guests == 1)
        return Errors::conflict(QStringLiteral("no_room_free"),
                                QStringLiteral("every room is booked at some time from %1 to %2")
                                    .arg(local(plan->start), local(end)));
    return std::nullopt;
}
