// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bookings: the state machine booked → arrived, cancelled, no_show, and the writes. The body is
// read by BookingRequest and the time and place checked by BookingScheduler.
#include "bookings.h"

#include "core/clock.h"
#include "domain/bookingcalendar.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "rooms.h"
#include "store/database.h"
#include "views/bookingviews.h"

#include <QJsonArray>
#include <QSqlQuery>

Bookings::Bookings(CommandPipeline &pipeline, Venue &venue, BookingCalendar &calendar,
                   BookingViews &views, Visits &visits, Customers &customers)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_venue(venue)
    , m_calendar(calendar)
    , m_views(views)
    , m_visits(visits)
    , m_request(m_db, customers, visits)
    , m_scheduler(m_db, venue, calendar)
{
}

QStringList Bookings::rooms(const QJsonObject &booking, const QSet<qint64> &alsoTherapists)
{
    QStringList out { Room::cashier() };
    QSet<qint64> therapists = alsoTherapists;
    for (const QJsonValue &g : booking.value(QLatin1String("guests")).toArray())
        therapists.insert(idOf(g.toObject().value(QLatin1String("therapist")).toObject()));
    QList<qint64> sorted(therapists.cbegin(), therapists.cend());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 t : sorted)
        if (t > 0)
            out.append(Room::therapist(t));
    return out;
}

QJsonObject Bookings::notice(const QString &event, const QJsonObject &before,
                             const QJsonObject &after)
{
    QJsonArray dates;
    for (const QJsonObject *b : { &before, &after }) {
        const QJsonValue day = b->value(QLatin1String("business_date"));
        if (day.isString() && !dates.contains(day))
            dates.append(day);
    }
    return { { QStringLiteral("booking_id"), after.value(QLatin1String("id")) },
             { QStringLiteral("change"), event.mid(event.indexOf(QLatin1Char('.')) + 1) },
             { QStringLiteral("dates"), dates },
             { QStringLiteral("booking"), after } };
}

void Bookings::writeGuests(qint64 bookingId, const BookingPlan &plan)
{
    for (int i = 0; i < plan.guests.size(); ++i) {
        const BookingPlan::Guest &g = plan.guests.at(i);
        QSqlQuery ins = m_db.exec(
            QStringLiteral("INSERT INTO booking_guests (booking_id, guest_no, customer_id, "
                           "customer_name, therapist_id, start_at, end_at, duration_min, total) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { bookingId, i + 1, g.customerId > 0 ? QVariant(g.customerId) : QVariant(), g.name,
              g.therapistId > 0 ? QVariant(g.therapistId) : QVariant(), isoUtc(plan.start),
              isoUtc(plan.start.addSecs(qint64(g.duration) * 60)), g.duration, g.total });
        if (!ins.next())
            return;
        const qint64 guestId = ins.value(0).toLongLong();
        for (const Visits::ServiceLine &l : g.lines)
            m_db.exec(QStringLiteral("INSERT INTO booking_services (guest_id, service_id, name, "
                                     "price, duration_min) VALUES (?, ?, ?, ?, ?)"),
                      { guestId, l.id, l.name, l.price, l.duration });
    }
}

Reply Bookings::create(const QJsonObject &body, const Principal &who)
{
    const QDateTime now = m_clock.now();
    return m_pipeline.run(who, [&]() -> Reply {
        // Read (the therapist, room and services still active) and scheduled inside the
        // transaction (after the write lock on PostgreSQL): two instances cannot both book one
        // free slot, nor book what another has just retired.
        BookingPlan plan;
        if (auto bad = m_request.read(body, &plan))
            return *bad;
        if (plan.start < now)
            return Errors::invalid(
                QStringLiteral("'start' %1 is in the past").arg(isoUtc(plan.start)));
        if (plan.start > now.addDays(400))
            return Errors::invalid(QStringLiteral("'start' is more than 400 days ahead"));
        if (auto bad = m_scheduler.schedule(&plan, 0))
            return *bad;
        const QString at = isoUtc(now);
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        QSqlQuery ins = m_db.exec(
            QStringLiteral("INSERT INTO bookings (customer_id, customer_name, phone, notes, "
                           "room_id, start_at, end_at, business_date, status, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?) "
                           "RETURNING id"),
            { plan.customerId > 0 ? QVariant(plan.customerId) : QVariant(), plan.name,
              orNull(plan.phone), orNull(plan.notes),
              plan.roomId > 0 ? QVariant(plan.roomId) : QVariant(), isoUtc(plan.start),
              isoUtc(plan.end()), m_venue.businessDate(plan.start), at, at });
        if (!ins.next())
            return Errors::internal();
        const qint64 id = ins.value(0).toLongLong();
        writeGuests(id, plan);
        const QJsonObject b = m_views.bookingJson(id);
        const QString event = QStringLiteral("booking.created");
        m_pipeline.journal(event, rooms(b), notice(event, {}, b), true);
        return Reply::ok({ { QStringLiteral("booking"), b } }, 201);
    });
}

QJsonObject Bookings::asBody(const QJsonObject &b) const
{
    QJsonObject o;
    const auto copy = [&](const char *from, const char *to) {
        const QJsonValue v = b.value(QLatin1String(from));
        if (!v.isNull() && !v.isUndefined())
            o.insert(QLatin1String(to), v);
    };
    copy("customer_id", "customer_id");
    copy("customer_name", "customer_name");
    copy("phone", "phone");
    copy("notes", "notes");
    copy("start", "start");
    if (const qint64 room = idOf(b.value(QLatin1String("room")).toObject()); room > 0)
        o.insert(QStringLiteral("room_id"), room);
    QJsonArray guests;
    for (const QJsonValue &gv : b.value(QLatin1String("guests")).toArray()) {
        const QJsonObject g = gv.toObject();
        QJsonObject out { { QStringLiteral("customer_name"),
                            g.value(QLatin1String("customer_name")) } };
        if (!g.value(QLatin1String("customer_id")).isNull())
            out.insert(QStringLiteral("customer_id"), g.value(QLatin1String("customer_id")));
        QJsonArray ids;
        int servicesMin = 0;
        for (const QJsonValue &s : g.value(QLatin1String("services")).toArray()) {
            ids.append(s.toObject().value(QLatin1String("service_id")));
            servicesMin += s.toObject().value(QLatin1String("duration_min")).toInt();
        }
        out.insert(QStringLiteral("service_ids"), ids);
        // A resized guest keeps its length through a move; one at its services' length follows
        // them (and the catalog's times) as before.
        const int length = g.value(QLatin1String("duration_min")).toInt();
        if (length != servicesMin)
            out.insert(QStringLiteral("duration_minutes"), length);
        if (const qint64 t = idOf(g.value(QLatin1String("therapist")).toObject()); t > 0)
            out.insert(QStringLiteral("therapist_id"), t);
        guests.append(out);
    }
    o.insert(QStringLiteral("guests"), guests);
    return o;
}

Reply Bookings::change(qint64 id, const Principal &who, const QString &event,
                       const std::function<Reply(const QJsonObject &)> &apply)
{
    // Read and checked inside the transaction (after the write lock on PostgreSQL): two
    // instances cannot both arrive, cancel or mark one booking.
    return m_pipeline.run(who, [&]() -> Reply {
        const QJsonObject booking = m_views.bookingJson(id);
        if (booking.isEmpty())
            return Errors::notFound(QStringLiteral("no booking with id %1").arg(id));
        const QString status = booking.value(QLatin1String("status")).toString();
        if (status != QLatin1String("booked"))
            return Errors::conflict(
                QStringLiteral("illegal_state"),
                QStringLiteral("booking %1 is %2; this needs it to be booked").arg(id).arg(status));
        Reply r = apply(booking);
        if (!r.isOk())
            return r;
        QSet<qint64> before;
        for (const QJsonValue &g : booking.value(QLatin1String("guests")).toArray())
            before.insert(idOf(g.toObject().value(QLatin1String("therapist")).toObject()));
        const QJsonObject b = m_views.bookingJson(id);
        m_pipeline.journal(event, rooms(b, before), notice(event, booking, b), true);
        QJsonObject body = r.body();
        body.insert(QStringLiteral("booking"), b);
        return Reply::ok(body, r.status());
    });
}

Reply Bookings::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    // Read, merged and scheduled inside the transaction (after the write lock on PostgreSQL):
    // two instances cannot both move one booking, nor two bookings into one free slot.
    return change(id, who, QStringLiteral("booking.updated"),
                  [&](const QJsonObject &existing) { return move(id, existing, body); });
}

Reply Bookings::move(qint64 id, const QJsonObject &existing, const QJsonObject &body)
{
    if (auto bad = BookingRequest::checkKeys(body))
        return *bad;
    if (body.isEmpty())
        return Errors::invalid(QStringLiteral("name at least one field to change: %1")
                                   .arg(BookingRequest::keys().join(QStringLiteral(", "))));
    // The change is the booking as it is with the given fields over it, checked as a new one.
    QJsonObject merged = asBody(existing);
    const QJsonArray guests = merged.value(QLatin1String("guests")).toArray();
    const bool perGuest = body.contains(QLatin1String("service_ids")) ||
        body.contains(QLatin1String("therapist_id")) ||
        body.contains(QLatin1String("duration_minutes"));
    // A one-guest booking is merged in the one-guest shape, so its guest follows the booker's
    // name and record; a group's guests change only with `guests`.
    if ((perGuest || guests.size() == 1) && !body.contains(QLatin1String("guests"))) {
        if (guests.size() != 1)
            return Errors::invalid(QStringLiteral("booking %1 has %2 guests: change them with "
                                                  "'guests'")
                                       .arg(id)
                                       .arg(guests.size()));
        merged.remove(QStringLiteral("guests"));
        const QJsonObject g = guests.first().toObject();
        merged.insert(QStringLiteral("service_ids"), g.value(QLatin1String("service_ids")));
        if (g.contains(QLatin1String("therapist_id")))
            merged.insert(QStringLiteral("therapist_id"), g.value(QLatin1String("therapist_id")));
        // New services without a length: the length is theirs (a resize does not outlive them).
        if (g.contains(QLatin1String("duration_minutes")) &&
            !body.contains(QLatin1String("service_ids")))
            merged.insert(QStringLiteral("duration_minutes"),
                          g.value(QLatin1String("duration_minutes")));
    }
    for (auto it = body.begin(); it != body.end(); ++it)
        merged.insert(it.key(), it.value());
    // A null room or therapist means "any", a null length the services' own: the key must then
    // be absent for the request.
    for (const char *key : { "room_id", "therapist_id", "customer_id", "duration_minutes" })
        if (merged.value(QLatin1String(key)).isNull())
            merged.remove(QLatin1String(key));
    BookingPlan plan;
    if (auto bad = m_request.read(merged, &plan))
        return *bad;
    if (body.contains(QLatin1String("start")) && plan.start < m_clock.now())
        return Errors::invalid(QStringLiteral("'start' %1 is in the past").arg(isoUtc(plan.start)));
    if (auto bad = m_scheduler.schedule(&plan, id))
        return *bad;
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    m_db.exec(QStringLiteral("UPDATE bookings SET customer_id = ?, customer_name = ?, "
                             "phone = ?, notes = ?, room_id = ?, start_at = ?, end_at = ?, "
                             "business_date = ?, updated_at = ? WHERE id = ?"),
              { plan.customerId > 0 ? QVariant(plan.customerId) : QVariant(), plan.name,
                orNull(plan.phone), orNull(plan.notes),
                plan.roomId > 0 ? QVariant(plan.roomId) : QVariant(), isoUtc(plan.start),
                isoUtc(plan.end()), m_venue.businessDate(plan.start), isoUtc(m_clock.now()), id });
    m_db.exec(QStringLiteral("DELETE FROM booking_services WHERE guest_id IN "
                             "(SELECT id FROM booking_guests WHERE booking_id = ?)"),
              { id });
    m_db.exec(QStringLiteral("DELETE FROM booking_guests WHERE booking_id = ?"), { id });
    writeGuests(id, plan);
    return Reply::ok({});
}

Reply Bookings::arrive(qint64 id, const Principal &who)
{
    const QString today = m_venue.today();
    return change(id, who, QStringLiteral("booking.arrived"), [&](const QJsonObject &b) -> Reply {
        // Checked inside the transaction (after the write lock on PostgreSQL): another instance
        // may have moved the booking to another day, or closed today, meanwhile.
        const QString day = b.value(QLatin1String("business_date")).toString();
        if (day != today)
            return Errors::conflict(QStringLiteral("not_today"),
                                    QStringLiteral("booking %1 is for %2; it can arrive only on "
                                                   "its day (today is %3)")
                                        .arg(id)
                                        .arg(day, today));
        if (m_venue.dayClosed(today))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is closed").arg(today));
        QJsonArray visits;
        const qint64 room = idOf(b.value(QLatin1String("room")).toObject());
        const QJsonArray guests = b.value(QLatin1String("guests")).toArray();
        for (int i = 0; i < guests.size(); ++i) {
            const QJsonObject g = guests.at(i).toObject();
            Visits::NewVisit nv;
            nv.customerName = g.value(QLatin1String("customer_name")).toString();
            nv.customerId = idOf(g, "customer_id");
            if (i == 0)
                nv.phone = b.value(QLatin1String("phone")).toString();
            nv.notes = b.value(QLatin1String("notes")).toString();
            nv.bookingId = id;
            nv.therapistId = idOf(g.value(QLatin1String("therapist")).toObject());
            nv.roomId = room;
            for (const QJsonValue &sv : g.value(QLatin1String("services")).toArray()) {
                const QJsonObject s = sv.toObject();
                nv.lines.append({ idOf(s, "service_id"), s.value(QLatin1String("name")).toString(),
                                  qint64(s.value(QLatin1String("price")).toDouble()),
                                  s.value(QLatin1String("duration_min")).toInt() });
            }
            const QJsonObject v = m_visits.insert(nv);
            if (v.isEmpty())
                return Errors::internal();
            m_db.exec(QStringLiteral("UPDATE booking_guests SET visit_id = ? WHERE booking_id = ? "
                                     "AND guest_no = ?"),
                      { idOf(v), id, g.value(QLatin1String("guest_no")).toInt() });
            visits.append(v);
        }
        const QString now = isoUtc(m_clock.now());
        m_db.exec(QStringLiteral("UPDATE bookings SET status = 'arrived', updated_at = ?, "
                                 "closed_at = ? WHERE id = ?"),
                  { now, now, id });
        return Reply::ok(
            { { QStringLiteral("visit"), visits.first() }, { QStringLiteral("visits"), visits } });
    });
}

Reply Bookings::cancel(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", true, 500);
    if (!f.ok())
        return f.error();
    return change(id, who, QStringLiteral("booking.cancelled"), [&](const QJsonObject &) {
        const QString now = isoUtc(m_clock.now());
        m_db.exec(QStringLiteral("UPDATE bookings SET status = 'cancelled', cancel_reason = ?, "
                                 "updated_at = ?, closed_at = ? WHERE id = ?"),
                  { reason, now, now, id });
        return Reply::ok({});
    });
}

Reply Bookings::noShow(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", false, 500);
    if (!f.ok())
        return f.error();
    return change(id, who, QStringLiteral("booking.no_show"), [&](const QJsonObject &b) -> Reply {
        // Inside the transaction: another instance may have moved the booking later meanwhile.
        const QDateTime start = fromIsoUtc(b.value(QLatin1String("start")).toString());
        const int grace = m_calendar.graceMin();
        const QDateTime from = start.addSecs(qint64(grace) * 60);
        if (m_clock.now() < from)
            return Errors::conflict(QStringLiteral("too_early"),
                                    QStringLiteral("booking %1 starts %2; it can be marked a "
                                                   "no-show from %3 (%4 min grace)")
                                        .arg(id)
                                        .arg(m_scheduler.local(start), m_scheduler.local(from))
                                        .arg(grace));
        const QString now = isoUtc(m_clock.now());
        m_db.exec(QStringLiteral("UPDATE bookings SET status = 'no_show', cancel_reason = ?, "
                                 "updated_at = ?, closed_at = ? WHERE id = ?"),
                  { reason.isEmpty() ? QVariant() : QVariant(reason), now, now, id });
        return Reply::ok({});
    });
}
