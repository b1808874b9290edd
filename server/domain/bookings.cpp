// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bookings: the rules (hours, clashes, rooms) and the state machine booked → arrived, cancelled,
// no_show.
#include "bookings.h"

#include "core/clock.h"
#include "domain/availability.h"
#include "domain/bookingcalendar.h"
#include "domain/customers.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "rooms.h"
#include "store/database.h"
#include "views/bookingviews.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {
constexpr int kMaxGuests = 10;
constexpr qint64 kMaxId = std::numeric_limits<qint32>::max();

const QStringList &bodyKeys()
{
    static const QStringList k { QStringLiteral("customer_name"), QStringLiteral("customer_id"),
                                 QStringLiteral("phone"),         QStringLiteral("notes"),
                                 QStringLiteral("service_ids"),   QStringLiteral("therapist_id"),
                                 QStringLiteral("room_id"),       QStringLiteral("start"),
                                 QStringLiteral("guests") };
    return k;
}

// ISO 8601 in UTC ("2026-03-02T10:00:00Z", milliseconds optional); an offset is refused so that
// nobody books 10:00 meaning local time and gets 10:00 UTC.
QDateTime utcParam(const QJsonValue &v)
{
    if (!v.isString() || !v.toString().endsWith(QLatin1Char('Z')))
        return QDateTime();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
} // namespace

Bookings::Bookings(CommandPipeline &pipeline, Venue &venue, BookingCalendar &calendar,
                   BookingViews &views, Visits &visits, Customers &customers)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_venue(venue)
    , m_calendar(calendar)
    , m_views(views)
    , m_visits(visits)
    , m_customers(customers)
{
}

QDateTime Bookings::Plan::end() const
{
    int longest = 0;
    for (const Guest &g : guests)
        longest = std::max(longest, g.duration);
    return start.addSecs(qint64(longest) * 60);
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

QString Bookings::local(const QDateTime &utc)
{
    return utc.toTimeZone(m_venue.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Bookings::therapistName(qint64 id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"), { id });
    return q.next() ? q.value(0).toString() : QString::number(id);
}

std::optional<Reply> Bookings::readGuest(const QJsonObject &o, const QString &where, Guest *guest)
{
    Fields f(o);
    const auto customerId = f.integer("customer_id", false, 1, kMaxId);
    const QString name = f.string("customer_name", !customerId && guest->name.isEmpty(), 100);
    const QVector<qint64> serviceIds = f.idList("service_ids", true);
    const auto therapistId = f.integer("therapist_id", false, 1, kMaxId);
    if (!f.ok())
        return Errors::invalid(where + f.error().errorMessage());
    if (customerId) {
        if (auto bad = m_customers.checkExists(*customerId))
            return Errors::invalid(where + bad->errorMessage());
        guest->customerId = *customerId;
        if (name.isEmpty()) {
            QSqlQuery c = m_db.exec(QStringLiteral("SELECT name FROM customers WHERE id = ?"),
                                    { *customerId });
            if (c.next())
                guest->name = c.value(0).toString();
        }
    }
    if (!name.isEmpty())
        guest->name = name;
    if (auto bad = m_visits.serviceLines(serviceIds, &guest->lines))
        return Errors::invalid(where + bad->errorMessage());
    for (const Visits::ServiceLine &l : guest->lines) {
        guest->duration += l.duration;
        guest->total += l.price;
    }
    if (guest->duration > BookingCalendar::kMaxBookingMinutes)
        return Errors::invalid(where +
                               QStringLiteral("the services last %1 min; a booking lasts at most "
                                              "%2 min")
                                   .arg(guest->duration)
                                   .arg(BookingCalendar::kMaxBookingMinutes));
    if (therapistId) {
        QSqlQuery t = m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = "
                                               "'therapist' AND active = 1"),
                                { *therapistId });
        if (!t.next())
            return Errors::invalid(
                where + QStringLiteral("no active therapist with id %1").arg(*therapistId));
        guest->therapistId = *therapistId;
    }
    return std::nullopt;
}

std::optional<Reply> Bookings::readPlan(const QJsonObject &body, Plan *plan)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!bodyKeys().contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a booking has %2")
                                       .arg(it.key(), bodyKeys().join(QStringLiteral(", "))));
    Fields f(body);
    const auto customerId = f.integer("customer_id", false, 1, kMaxId);
    const bool hasGuests = body.contains(QLatin1String("guests"));
    plan->name = f.string("customer_name", !customerId && !hasGuests, 100);
    plan->phone = f.string("phone", false, 32);
    plan->notes = f.string("notes", false, 1000);
    const auto roomId = f.integer("room_id", false, 1, kMaxId);
    if (!f.ok())
        return f.error();
    plan->start = utcParam(body.value(QLatin1String("start")));
    if (!plan->start.isValid())
        return Errors::invalid(QStringLiteral("'start' is required as ISO 8601 UTC, such as "
                                              "2026-03-02T10:00:00Z"));
    if (customerId) {
        if (auto bad = m_customers.checkExists(*customerId))
            return *bad;
        plan->customerId = *customerId;
        QSqlQuery c = m_db.exec(QStringLiteral("SELECT name, phone FROM customers WHERE id = ?"),
                                { *customerId });
        if (c.next()) {
            if (plan->name.isEmpty())
                plan->name = c.value(0).toString();
            if (plan->phone.isEmpty())
                plan->phone = c.value(1).toString();
        }
    }
    if (roomId) {
        QSqlQuery r = m_db.exec(QStringLiteral("SELECT 1 FROM rooms WHERE id = ? AND active = 1"),
                                { *roomId });
        if (!r.next())
            return Errors::invalid(QStringLiteral("no active room with id %1").arg(*roomId));
        plan->roomId = *roomId;
    }
    if (hasGuests) {
        if (body.contains(QLatin1String("service_ids")) ||
            body.contains(QLatin1String("therapist_id")))
            return Errors::invalid(QStringLiteral("give 'service_ids' and 'therapist_id' per "
                                                  "guest in 'guests', not beside them"));
        const QJsonValue list = body.value(QLatin1String("guests"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxGuests)
            return Errors::invalid(QStringLiteral("'guests' must be an array of 1 to %1 guests, "
                                                  "each {customer_name or customer_id, "
                                                  "service_ids, therapist_id?}")
                                       .arg(kMaxGuests));
        const QJsonArray guests = list.toArray();
        for (int i = 0; i < guests.size(); ++i) {
            const QString where = QStringLiteral("guest %1: ").arg(i + 1);
            if (!guests.at(i).isObject())
                return Errors::invalid(where + QStringLiteral("must be an object"));
            const QJsonObject g = guests.at(i).toObject();
            for (auto it = g.begin(); it != g.end(); ++it)
                if (!QStringList { QStringLiteral("customer_name"), QStringLiteral("customer_id"),
                                   QStringLiteral("service_ids"), QStringLiteral("therapist_id") }
                         .contains(it.key()))
                    return Errors::invalid(where +
                                           QStringLiteral("unknown field '%1'").arg(it.key()));
            Guest guest;
            // The first guest is the one who booked unless named otherwise.
            if (i == 0) {
                guest.name = plan->name;
                guest.customerId = plan->customerId;
            }
            if (auto bad = readGuest(g, where, &guest))
                return bad;
            plan->guests.append(guest);
        }
        if (plan->name.isEmpty()) {
            plan->name = plan->guests.first().name;
            plan->customerId = plan->guests.first().customerId;
        }
    } else {
        Guest guest;
        guest.name = plan->name;
        guest.customerId = plan->customerId;
        QJsonObject g;
        for (const char *key : { "service_ids", "therapist_id" })
            if (body.contains(QLatin1String(key)))
                g.insert(QLatin1String(key), body.value(QLatin1String(key)));
        if (auto bad = readGuest(g, QString(), &guest))
            return bad;
        plan->guests.append(guest);
    }
    return std::nullopt;
}

std::optional<Reply> Bookings::schedule(Plan *plan, qint64 exceptBooking)
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
    for (Guest &g : plan->guests) {
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

std::optional<Reply> Bookings::pickRoom(Plan *plan, qint64 exceptBooking)
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

void Bookings::writeGuests(qint64 bookingId, const Plan &plan)
{
    for (int i = 0; i < plan.guests.size(); ++i) {
        const Guest &g = plan.guests.at(i);
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
    Plan plan;
    if (auto bad = readPlan(body, &plan))
        return *bad;
    const QDateTime now = m_clock.now();
    if (plan.start < now)
        return Errors::invalid(QStringLiteral("'start' %1 is in the past").arg(isoUtc(plan.start)));
    if (plan.start > now.addDays(400))
        return Errors::invalid(QStringLiteral("'start' is more than 400 days ahead"));
    if (auto bad = schedule(&plan, 0))
        return *bad;
    return m_pipeline.run(who, [&] {
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
        m_pipeline.journal(QStringLiteral("booking.created"), rooms(b),
                           { { QStringLiteral("booking"), b } });
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
        for (const QJsonValue &s : g.value(QLatin1String("services")).toArray())
            ids.append(s.toObject().value(QLatin1String("service_id")));
        out.insert(QStringLiteral("service_ids"), ids);
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
    const QJsonObject booking = m_views.bookingJson(id);
    if (booking.isEmpty())
        return Errors::notFound(QStringLiteral("no booking with id %1").arg(id));
    const QString status = booking.value(QLatin1String("status")).toString();
    if (status != QLatin1String("booked"))
        return Errors::conflict(
            QStringLiteral("illegal_state"),
            QStringLiteral("booking %1 is %2; this needs it to be booked").arg(id).arg(status));
    return m_pipeline.run(who, [&]() -> Reply {
        Reply r = apply(booking);
        if (!r.isOk())
            return r;
        QSet<qint64> before;
        for (const QJsonValue &g : booking.value(QLatin1String("guests")).toArray())
            before.insert(idOf(g.toObject().value(QLatin1String("therapist")).toObject()));
        const QJsonObject b = m_views.bookingJson(id);
        m_pipeline.journal(event, rooms(b, before), { { QStringLiteral("booking"), b } });
        QJsonObject body = r.body();
        body.insert(QStringLiteral("booking"), b);
        return Reply::ok(body, r.status());
    });
}

Reply Bookings::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    const QJsonObject existing = m_views.bookingJson(id);
    if (existing.isEmpty())
        return Errors::notFound(QStringLiteral("no booking with id %1").arg(id));
    if (existing.value(QLatin1String("status")).toString() != QLatin1String("booked"))
        return Errors::conflict(QStringLiteral("illegal_state"),
                                QStringLiteral("booking %1 is %2; this needs it to be booked")
                                    .arg(id)
                                    .arg(existing.value(QLatin1String("status")).toString()));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!bodyKeys().contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a booking has %2")
                                       .arg(it.key(), bodyKeys().join(QStringLiteral(", "))));
    if (body.isEmpty())
        return Errors::invalid(QStringLiteral("name at least one field to change: %1")
                                   .arg(bodyKeys().join(QStringLiteral(", "))));
    // The change is the booking as it is with the given fields over it, checked as a new one.
    QJsonObject merged = asBody(existing);
    const QJsonArray guests = merged.value(QLatin1String("guests")).toArray();
    const bool perGuest =
        body.contains(QLatin1String("service_ids")) || body.contains(QLatin1String("therapist_id"));
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
    }
    for (auto it = body.begin(); it != body.end(); ++it)
        merged.insert(it.key(), it.value());
    // A null room or therapist means "any": the key must then be absent for readPlan.
    for (const char *key : { "room_id", "therapist_id", "customer_id" })
        if (merged.value(QLatin1String(key)).isNull())
            merged.remove(QLatin1String(key));
    Plan plan;
    if (auto bad = readPlan(merged, &plan))
        return *bad;
    if (body.contains(QLatin1String("start")) && plan.start < m_clock.now())
        return Errors::invalid(QStringLiteral("'start' %1 is in the past").arg(isoUtc(plan.start)));
    if (auto bad = schedule(&plan, id))
        return *bad;
    return change(id, who, QStringLiteral("booking.updated"), [&](const QJsonObject &) {
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        m_db.exec(QStringLiteral("UPDATE bookings SET customer_id = ?, customer_name = ?, "
                                 "phone = ?, notes = ?, room_id = ?, start_at = ?, end_at = ?, "
                                 "business_date = ?, updated_at = ? WHERE id = ?"),
                  { plan.customerId > 0 ? QVariant(plan.customerId) : QVariant(), plan.name,
                    orNull(plan.phone), orNull(plan.notes),
                    plan.roomId > 0 ? QVariant(plan.roomId) : QVariant(), isoUtc(plan.start),
                    isoUtc(plan.end()), m_venue.businessDate(plan.start), isoUtc(m_clock.now()),
                    id });
        m_db.exec(QStringLiteral("DELETE FROM booking_services WHERE guest_id IN "
                                 "(SELECT id FROM booking_guests WHERE booking_id = ?)"),
                  { id });
        m_db.exec(QStringLiteral("DELETE FROM booking_guests WHERE booking_id = ?"), { id });
        writeGuests(id, plan);
        return Reply::ok({});
    });
}

Reply Bookings::arrive(qint64 id, const Principal &who)
{
    const QJsonObject booking = m_views.bookingJson(id);
    const QString today = m_venue.today();
    if (!booking.isEmpty() && booking.value(QLatin1String("status")) == QLatin1String("booked")) {
        const QString day = booking.value(QLatin1String("business_date")).toString();
        if (day != today)
            return Errors::conflict(QStringLiteral("not_today"),
                                    QStringLiteral("booking %1 is for %2; it can arrive only on "
                                                   "its day (today is %3)")
                                        .arg(id)
                                        .arg(day, today));
        if (m_venue.dayClosed(today))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is closed").arg(today));
    }
    return change(id, who, QStringLiteral("booking.arrived"), [&](const QJsonObject &b) -> Reply {
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
    const QJsonObject booking = m_views.bookingJson(id);
    if (!booking.isEmpty() && booking.value(QLatin1String("status")) == QLatin1String("booked")) {
        const QDateTime start = fromIsoUtc(booking.value(QLatin1String("start")).toString());
        const int grace = m_calendar.graceMin();
        const QDateTime from = start.addSecs(qint64(grace) * 60);
        if (m_clock.now() < from)
            return Errors::conflict(QStringLiteral("too_early"),
                                    QStringLiteral("booking %1 starts %2; it can be marked a "
                                                   "no-show from %3 (%4 min grace)")
                                        .arg(id)
                                        .arg(local(start), local(from))
                                        .arg(grace));
    }
    return change(id, who, QStringLiteral("booking.no_show"), [&](const QJsonObject &) {
        const QString now = isoUtc(m_clock.now());
        m_db.exec(QStringLiteral("UPDATE bookings SET status = 'no_show', cancel_reason = ?, "
                                 "updated_at = ?, closed_at = ? WHERE id = ?"),
                  { reason.isEmpty() ? QVariant() : QVariant(reason), now, now, id });
        return Reply::ok({});
    });
}
