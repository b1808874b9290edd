// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingviews.h"

#include "core/clock.h"
#include "domain/availability.h"
#include "domain/bookingcalendar.h"
#include "domain/fields.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "store/database.h"
#include "views/customerviews.h"
#include "views/visitviews.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using WorkingHours::Interval;

namespace {
// Slots are offered on a quarter-hour grid from the start of each working stretch.
constexpr int kStepMin = 15;

QJsonValue named(const QVariant &id, const QVariant &name)
{
    if (id.isNull())
        return QJsonValue();
    return QJsonObject { { QStringLiteral("id"), id.toLongLong() },
                         { QStringLiteral("name"), name.toString() } };
}

QJsonArray intervalsJson(const QVector<Interval> &list)
{
    QJsonArray out;
    for (const Interval &i : list)
        out.append(QJsonObject { { QStringLiteral("start"), isoUtc(i.start) },
                                 { QStringLiteral("end"), isoUtc(i.end) } });
    return out;
}
} // namespace

QJsonArray BookingViews::bookingsWhere(const QString &where, const QVariantList &binds)
{
    QSqlQuery b = m_db.exec(
        QStringLiteral("SELECT b.id, b.status, b.start_at, b.end_at, b.business_date, "
                       " b.customer_id, b.customer_name, b.phone, b.notes, b.room_id, r.name, "
                       " b.cancel_reason, b.created_at, b.updated_at, b.closed_at "
                       "FROM bookings b LEFT JOIN rooms r ON r.id = b.room_id WHERE ") +
            where + QStringLiteral(" ORDER BY b.start_at, b.id"),
        binds);
    QVector<QJsonObject> bookings;
    QHash<qint64, int> index;
    QStringList ids;
    const int buffer = m_calendar.bufferMin();
    while (b.next()) {
        const qint64 id = b.value(0).toLongLong();
        index.insert(id, bookings.size());
        ids.append(QString::number(id));
        const QDateTime end = fromIsoUtc(b.value(3).toString());
        bookings.append(QJsonObject {
            { QStringLiteral("id"), id },
            { QStringLiteral("status"), b.value(1).toString() },
            { QStringLiteral("start"), b.value(2).toString() },
            { QStringLiteral("end"), b.value(3).toString() },
            // The longest guest's booked length (its services', or as resized).
            { QStringLiteral("duration_minutes"),
              fromIsoUtc(b.value(2).toString()).secsTo(end) / 60 },
            // Until when the therapist and room are held: the end plus the clean-up buffer.
            { QStringLiteral("held_until"), isoUtc(end.addSecs(qint64(buffer) * 60)) },
            { QStringLiteral("business_date"), b.value(4).toString() },
            { QStringLiteral("customer_id"),
              b.value(5).isNull() ? QJsonValue() : QJsonValue(b.value(5).toLongLong()) },
            { QStringLiteral("customer_name"), b.value(6).toString() },
            { QStringLiteral("phone"), b.value(7).isNull() ? QJsonValue() : b.value(7).toString() },
            { QStringLiteral("notes"), b.value(8).isNull() ? QJsonValue() : b.value(8).toString() },
            { QStringLiteral("room"), named(b.value(9), b.value(10)) },
            { QStringLiteral("cancel_reason"),
              b.value(11).isNull() ? QJsonValue() : b.value(11).toString() },
            { QStringLiteral("created_at"), b.value(12).toString() },
            { QStringLiteral("updated_at"), b.value(13).toString() },
            { QStringLiteral("closed_at"),
              b.value(14).isNull() ? QJsonValue() : b.value(14).toString() },
            { QStringLiteral("guests"), QJsonArray() } });
    }
    if (bookings.isEmpty())
        return {};
    // Ids are numbers this function read itself, so they are joined into the statement rather
    // than bound one by one (a day has a few hundred at most).
    const QString in = QStringLiteral("(%1)").arg(ids.join(QLatin1Char(',')));
    QSqlQuery s = m_db.exec(
        QStringLiteral("SELECT x.guest_id, x.service_id, x.name, x.price, x.duration_min "
                       "FROM booking_services x JOIN booking_guests g ON g.id = x.guest_id "
                       "WHERE g.booking_id IN ") +
        in + QStringLiteral(" ORDER BY x.id"));
    QHash<qint64, QJsonArray> services;
    QHash<qint64, int> servicesMin;
    while (s.next()) {
        servicesMin[s.value(0).toLongLong()] += s.value(4).toInt();
        services[s.value(0).toLongLong()].append(
            QJsonObject { { QStringLiteral("service_id"), s.value(1).toLongLong() },
                          { QStringLiteral("name"), s.value(2).toString() },
                          { QStringLiteral("price"), s.value(3).toLongLong() },
                          { QStringLiteral("duration_min"), s.value(4).toInt() } });
    }
    QSqlQuery g = m_db.exec(
        QStringLiteral("SELECT g.id, g.booking_id, g.guest_no, g.customer_id, g.customer_name, "
                       " g.therapist_id, s.display_name, g.start_at, g.end_at, g.duration_min, "
                       " g.total, g.visit_id "
                       "FROM booking_guests g LEFT JOIN staff s ON s.id = g.therapist_id "
                       "WHERE g.booking_id IN ") +
        in + QStringLiteral(" ORDER BY g.booking_id, g.guest_no"));
    QHash<qint64, QJsonArray> guests;
    while (g.next())
        guests[g.value(1).toLongLong()].append(QJsonObject {
            { QStringLiteral("guest_no"), g.value(2).toInt() },
            { QStringLiteral("customer_id"),
              g.value(3).isNull() ? QJsonValue() : QJsonValue(g.value(3).toLongLong()) },
            { QStringLiteral("customer_name"), g.value(4).toString() },
            { QStringLiteral("therapist"), named(g.value(5), g.value(6)) },
            { QStringLiteral("start"), g.value(7).toString() },
            { QStringLiteral("end"), g.value(8).toString() },
            // The guest's booked length (`duration_min` is its older name), and its services'.
            { QStringLiteral("duration_min"), g.value(9).toInt() },
            { QStringLiteral("duration_minutes"), g.value(9).toInt() },
            { QStringLiteral("services_min"), servicesMin.value(g.value(0).toLongLong()) },
            { QStringLiteral("total"), g.value(10).toLongLong() },
            { QStringLiteral("visit_id"),
              g.value(11).isNull() ? QJsonValue() : QJsonValue(g.value(11).toLongLong()) },
            { QStringLiteral("services"), services.value(g.value(0).toLongLong()) } });
    QJsonArray out;
    for (QJsonObject o : bookings) {
        o.insert(QStringLiteral("guests"), guests.value(idOf(o)));
        out.append(o);
    }
    return out;
}

QJsonObject BookingViews::bookingJson(qint64 id)
{
    const QJsonArray one = bookingsWhere(QStringLiteral("b.id = ?"), { id });
    return one.isEmpty() ? QJsonObject() : one.first().toObject();
}

Reply BookingViews::getBooking(qint64 id)
{
    const QJsonObject b = bookingJson(id);
    if (b.isEmpty())
        return Errors::notFound(QStringLiteral("no booking with id %1").arg(id));
    return Reply::ok({ { QStringLiteral("booking"), b } });
}

QDate BookingViews::dateParam(const QUrlQuery &query, Reply *error)
{
    const QString text = query.queryItemValue(QStringLiteral("date"));
    if (text.isEmpty())
        return Fields::strictDate(m_venue.today());
    const QDate date = Fields::strictDate(text);
    if (!date.isValid())
        *error = Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD, not '%1'").arg(text));
    return date;
}

Reply BookingViews::listBookings(const QUrlQuery &query)
{
    Reply error = Reply::ok({});
    const QDate date = dateParam(query, &error);
    if (!date.isValid())
        return error;
    const QString d = date.toString(Qt::ISODate);
    return Reply::ok({ { QStringLiteral("date"), d },
                       { QStringLiteral("bookings"),
                         bookingsWhere(QStringLiteral("b.business_date = ?"), { d }) } });
}

Reply BookingViews::dayView(const QUrlQuery &query)
{
    Reply error = Reply::ok({});
    const QDate date = dateParam(query, &error);
    if (!date.isValid())
        return error;
    const QString d = date.toString(Qt::ISODate);
    const QHash<qint64, QVector<Interval>> open = m_calendar.allTherapistsOpen(date);
    QSqlQuery t = m_db.exec(QStringLiteral(
        "SELECT s.id, s.display_name, t.status FROM staff s LEFT JOIN therapist_state t "
        "ON t.staff_id = s.id WHERE s.role = 'therapist' AND s.active = 1 "
        "ORDER BY s.display_name, s.id"));
    QJsonArray therapists;
    while (t.next())
        therapists.append(QJsonObject {
            { QStringLiteral("id"), t.value(0).toLongLong() },
            { QStringLiteral("name"), t.value(1).toString() },
            { QStringLiteral("status"), t.value(2).toString() },
            { QStringLiteral("hours"), intervalsJson(open.value(t.value(0).toLongLong())) } });
    QSqlQuery r = m_db.exec(
        QStringLiteral("SELECT id, name, capacity FROM rooms WHERE active = 1 ORDER BY name, id"));
    QJsonArray rooms;
    while (r.next())
        rooms.append(rowJson(r));
    const Reply visits = m_visits.listVisits(QUrlQuery(QStringLiteral("date=") + d));
    return Reply::ok(
        { { QStringLiteral("date"), d },
          { QStringLiteral("timezone"), QString::fromUtf8(m_venue.timeZone().id()) },
          { QStringLiteral("buffer_min"), m_calendar.bufferMin() },
          { QStringLiteral("opening_hours"), intervalsJson(m_calendar.venueOpen(date)) },
          { QStringLiteral("therapists"), therapists },
          { QStringLiteral("rooms"), rooms },
          { QStringLiteral("bookings"),
            bookingsWhere(QStringLiteral("b.business_date = ? AND b.status IN ('booked', "
                                         "'arrived', 'no_show')"),
                          { d }) },
          { QStringLiteral("visits"), visits.body().value(QLatin1String("visits")) } });
}

Reply BookingViews::therapistDay(qint64 staffId, const QUrlQuery &query, const Principal &who)
{
    if (who.role == Principal::Role::Therapist && who.staffId != staffId)
        return Errors::forbidden(QStringLiteral("a therapist reads only their own day"));
    QSqlQuery t = m_db.exec(QStringLiteral("SELECT display_name FROM staff WHERE id = ? AND "
                                           "role = 'therapist'"),
                            { staffId });
    if (!t.next())
        return Errors::notFound(QStringLiteral("no therapist with id %1").arg(staffId));
    Reply error = Reply::ok({});
    const QDate date = dateParam(query, &error);
    if (!date.isValid())
        return error;
    const QString d = date.toString(Qt::ISODate);
    const QJsonArray bookings = therapistBookings(staffId, d);
    const Reply all = m_visits.listVisits(QUrlQuery(QStringLiteral("date=") + d), who);
    QJsonArray visits;
    for (const QJsonValue &v : all.body().value(QLatin1String("visits")).toArray())
        if (idOf(v.toObject().value(QLatin1String("therapist")).toObject()) == staffId)
            visits.append(v);
    return Reply::ok(
        { { QStringLiteral("date"), d },
          { QStringLiteral("therapist"),
            QJsonObject { { QStringLiteral("id"), staffId },
                          { QStringLiteral("name"), t.value(0).toString() } } },
          { QStringLiteral("hours"), intervalsJson(m_calendar.therapistOpen(staffId, date)) },
          { QStringLiteral("bookings"), bookings },
          { QStringLiteral("visits"), visits } });
}

QJsonArray BookingViews::therapistBookings(qint64 staffId, const QString &date)
{
    QJsonArray bookings = bookingsWhere(
        QStringLiteral("b.business_date = ? AND b.status IN ('booked', 'arrived') AND EXISTS "
                       "(SELECT 1 FROM booking_guests x WHERE x.booking_id = b.id AND "
                       "x.therapist_id = ?)"),
        { date, staffId });
    // Only this therapist's guests, each with the care notes of their customer record: the
    // therapist serving a customer sees their health notes; nobody else on the floor does.
    for (qsizetype i = 0; i < bookings.size(); ++i) {
        QJsonObject b = bookings.at(i).toObject();
        QJsonArray mine;
        for (const QJsonValue &gv : b.value(QLatin1String("guests")).toArray()) {
            QJsonObject g = gv.toObject();
            if (idOf(g.value(QLatin1String("therapist")).toObject()) != staffId)
                continue;
            const qint64 customer = idOf(g, "customer_id");
            g.insert(QStringLiteral("care_notes"),
                     customer > 0 ? QJsonValue(m_customers.careNotes(customer)) : QJsonValue());
            mine.append(g);
        }
        b.insert(QStringLiteral("guests"), mine);
        bookings[i] = b;
    }
    return bookings;
}

Reply BookingViews::availability(const QUrlQuery &query)
{
    Reply error = Reply::ok({});
    const QDate date = dateParam(query, &error);
    if (!date.isValid())
        return error;
    const QStringList parts = query.queryItemValue(QStringLiteral("service_ids"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 50)
        return Errors::invalid(
            QStringLiteral("'service_ids' is required: ids separated by commas, such as 1,3"));
    int duration = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const qint64 id = p.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return Errors::invalid(
                QStringLiteral("'service_ids' must be positive whole numbers, not '%1'").arg(p));
        QSqlQuery s = m_db.exec(
            QStringLiteral("SELECT duration_min FROM services WHERE id = ? AND active = 1"),
            { id });
        if (!s.next())
            return Errors::invalid(QStringLiteral("no active service with id %1").arg(id));
        duration += s.value(0).toInt();
    }
    qint64 onlyTherapist = 0;
    const QString therapistText = query.queryItemValue(QStringLiteral("therapist_id"));
    if (!therapistText.isEmpty()) {
        bool ok = false;
        onlyTherapist = therapistText.toLongLong(&ok);
        QSqlQuery s = m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = "
                                               "'therapist' AND active = 1"),
                                { onlyTherapist });
        if (!ok || onlyTherapist <= 0 || !s.next())
            return Errors::invalid(
                QStringLiteral("no active therapist with id '%1'").arg(therapistText));
    }
    const int buffer = m_calendar.bufferMin();
    QHash<qint64, QVector<Interval>> open = m_calendar.allTherapistsOpen(date);
    const QDateTime dayStart = QDateTime(date, QTime(0, 0), m_venue.timeZone()).toUTC();
    const QDateTime dayEnd = QDateTime(date.addDays(1), QTime(0, 0), m_venue.timeZone()).toUTC();
    const auto booked = m_calendar.bookedByTherapist(dayStart, dayEnd);
    const auto roomBooked = m_calendar.bookedByRoom(dayStart, dayEnd);
    QVector<std::pair<qint64, int>> rooms; // id, capacity
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT id, capacity FROM rooms WHERE active = 1"));
    while (r.next())
        rooms.append({ r.value(0).toLongLong(), r.value(1).toInt() });
    // Start times per therapist (only those that start on the asked date), then grouped by time.
    QMap<QDateTime, QVector<qint64>> byStart;
    const QDateTime now = m_clock.now();
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        if (onlyTherapist > 0 && it.key() != onlyTherapist)
            continue;
        for (const QDateTime &start :
             Availability::freeStarts(it.value(), booked.value(it.key()), duration, buffer,
                                      kStepMin, std::max(now, dayStart)))
            if (start < dayEnd)
                byStart[start].append(it.key());
    }
    QJsonArray slots;
    for (auto it = byStart.cbegin(); it != byStart.cend(); ++it) {
        const QDateTime end = it.key().addSecs(qint64(duration) * 60);
        // With treatment rooms, a slot needs one with a place free for the whole stretch.
        const bool roomFree =
            rooms.isEmpty() ||
            std::any_of(rooms.cbegin(), rooms.cend(), [&](const std::pair<qint64, int> &room) {
                return Availability::peakHeld(roomBooked.value(room.first), it.key(), end, buffer) <
                    room.second;
            });
        if (!roomFree)
            continue;
        // Therapists are visited in hash order: sort each slot's ids.
        QVector<qint64> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        QJsonArray ids;
        for (qint64 t : sorted)
            ids.append(t);
        slots.append(QJsonObject { { QStringLiteral("start"), isoUtc(it.key()) },
                                   { QStringLiteral("end"), isoUtc(end) },
                                   { QStringLiteral("therapist_ids"), ids } });
    }
    return Reply::ok({ { QStringLiteral("date"), date.toString(Qt::ISODate) },
                       { QStringLiteral("duration_min"), duration },
                       { QStringLiteral("buffer_min"), buffer },
                       { QStringLiteral("step_min"), kStepMin },
                       { QStringLiteral("slots"), slots } });
}

QHash<qint64, QJsonObject> BookingViews::nextBookings()
{
    // The earliest guest of each therapist still to come (or running late: not yet arrived and
    // not marked a no-show), within the coming day.
    const QDateTime now = m_clock.now();
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT g.therapist_id, b.id, g.start_at, g.end_at, g.customer_name, "
            " b.room_id, r.name FROM booking_guests g "
            "JOIN bookings b ON b.id = g.booking_id LEFT JOIN rooms r ON r.id = b.room_id "
            "WHERE b.status = 'booked' AND g.therapist_id IS NOT NULL "
            "AND g.start_at >= ? AND g.start_at < ? AND g.end_at > ? "
            "ORDER BY g.start_at, g.id"),
        { isoUtc(now.addSecs(-qint64(BookingCalendar::kMaxBookingMinutes) * 60)),
          isoUtc(now.addDays(1)), isoUtc(now) });
    QHash<qint64, QJsonObject> out;
    while (q.next()) {
        const qint64 therapist = q.value(0).toLongLong();
        if (out.contains(therapist))
            continue;
        out.insert(therapist,
                   QJsonObject { { QStringLiteral("booking_id"), q.value(1).toLongLong() },
                                 { QStringLiteral("start"), q.value(2).toString() },
                                 { QStringLiteral("end"), q.value(3).toString() },
                                 { QStringLiteral("customer_name"), q.value(4).toString() },
                                 { QStringLiteral("room"), named(q.value(5), q.value(6)) } });
    }
    return out;
}

Reply BookingViews::hoursOf(qint64 staffId)
{
    QSqlQuery t = m_db.exec(
        QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = 'therapist'"), { staffId });
    if (!t.next())
        return Errors::notFound(QStringLiteral("no therapist with id %1").arg(staffId));
    const auto hours = m_calendar.therapistHours(staffId);
    return Reply::ok({ { QStringLiteral("therapist_id"), staffId },
                       { QStringLiteral("hours"),
                         hours ? QJsonValue(WorkingHours::toJson(*hours)) : QJsonValue() } });
}
