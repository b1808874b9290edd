// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hours, buffer and booked times the booking rules read.
#include "bookingcalendar.h"

#include "core/clock.h"
#include "domain/venue.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using WorkingHours::Interval;

namespace {
// Live bookings hold their therapist and room; cancelled and no-show ones free them.
const QString kLive = QStringLiteral("b.status IN ('booked', 'arrived')");
// Bookings whose guests have not come yet: an arrived guest's place is held by their visit.
const QString kNotArrived = QStringLiteral("b.status = 'booked'");
} // namespace

int BookingCalendar::bufferMin()
{
    return m_venue.setting(QStringLiteral("booking_buffer_minutes")).toInt();
}

int BookingCalendar::graceMin()
{
    return m_venue.setting(QStringLiteral("no_show_grace_minutes"), QStringLiteral("15")).toInt();
}

WorkingHours::Schedule BookingCalendar::venueHours()
{
    QString error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_venue.setting(QStringLiteral("opening_hours")).toUtf8());
    return WorkingHours::parse(doc.object(), false, &error).value_or(WorkingHours::Schedule());
}

std::optional<WorkingHours::Schedule> BookingCalendar::therapistHours(qint64 staffId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT hours FROM therapist_hours WHERE staff_id = ?"),
                            { staffId });
    if (!q.next())
        return std::nullopt;
    QString error;
    return WorkingHours::parse(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                               true, &error);
}

QVector<Interval> BookingCalendar::venueOpen(const QDate &date)
{
    const WorkingHours::Schedule venue = venueHours();
    if (!venue.isEmpty())
        return WorkingHours::openOn(venue, date, m_venue.timeZone());
    // No opening hours set: open around the clock (the day before to the day after, so a
    // booking that runs past midnight still fits).
    const QTimeZone zone = m_venue.timeZone();
    return { { QDateTime(date.addDays(-1), QTime(0, 0), zone).toUTC(),
               QDateTime(date.addDays(2), QTime(0, 0), zone).toUTC() } };
}

QVector<Interval> BookingCalendar::therapistOpen(qint64 staffId, const QDate &date)
{
    const QVector<Interval> venue = venueOpen(date);
    const auto own = therapistHours(staffId);
    if (!own)
        return venue;
    return WorkingHours::intersect(WorkingHours::openOn(*own, date, m_venue.timeZone()), venue);
}

QHash<qint64, QVector<Interval>> BookingCalendar::allTherapistsOpen(const QDate &date)
{
    const QVector<Interval> venue = venueOpen(date);
    const QTimeZone zone = m_venue.timeZone();
    QHash<qint64, QVector<Interval>> out;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT s.id, h.hours FROM staff s LEFT JOIN therapist_hours h ON h.staff_id = s.id "
        "WHERE s.role = 'therapist' AND s.active = 1"));
    while (q.next()) {
        if (q.value(1).isNull()) {
            out.insert(q.value(0).toLongLong(), venue);
            continue;
        }
        QString error;
        const auto own = WorkingHours::parse(
            QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), true, &error);
        out.insert(q.value(0).toLongLong(),
                   own ? WorkingHours::intersect(WorkingHours::openOn(*own, date, zone), venue)
                       : venue);
    }
    return out;
}

QVector<Availability::Booked> BookingCalendar::booked(const QString &column, qint64 id,
                                                      const QDateTime &from, const QDateTime &to,
                                                      qint64 exceptBooking, const QString &status)
{
    // Bounded on the indexed start: nothing that starts a whole booking-length (plus buffer)
    // before `from` can still be running.
    const qint64 reach = qint64(kMaxBookingMinutes + bufferMin()) * 60;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT g.booking_id, g.start_at, g.end_at FROM booking_guests g "
                                 "JOIN bookings b ON b.id = g.booking_id WHERE %1 = ? AND %2 "
                                 "AND g.start_at >= ? AND g.start_at < ? AND g.booking_id <> ? "
                                 "ORDER BY g.start_at, g.id")
                      .arg(column, status),
                  { id, isoUtc(from.addSecs(-reach)), isoUtc(to.addSecs(reach)), exceptBooking });
    QVector<Availability::Booked> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), fromIsoUtc(q.value(1).toString()),
                     fromIsoUtc(q.value(2).toString()) });
    return out;
}

QVector<Availability::Booked> BookingCalendar::therapistBooked(qint64 staffId,
                                                               const QDateTime &from,
                                                               const QDateTime &to,
                                                               qint64 exceptBooking)
{
    return booked(QStringLiteral("g.therapist_id"), staffId, from, to, exceptBooking, kLive);
}

QVector<Availability::Booked> BookingCalendar::roomBooked(qint64 roomId, const QDateTime &from,
                                                          const QDateTime &to, qint64 exceptBooking)
{
    return booked(QStringLiteral("b.room_id"), roomId, from, to, exceptBooking, kLive);
}

QVector<Availability::Booked> BookingCalendar::roomPromised(qint64 roomId, const QDateTime &from,
                                                            const QDateTime &to)
{
    return booked(QStringLiteral("b.room_id"), roomId, from, to, 0, kNotArrived);
}

QHash<qint64, QVector<Availability::Booked>>
BookingCalendar::bookedBy(const QString &column, const QDateTime &from, const QDateTime &to)
{
    const qint64 reach = qint64(kMaxBookingMinutes + bufferMin()) * 60;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1, g.booking_id, g.start_at, g.end_at FROM booking_guests g "
                       "JOIN bookings b ON b.id = g.booking_id WHERE %1 IS NOT NULL AND %2 "
                       "AND g.start_at >= ? AND g.start_at < ? ORDER BY g.start_at, g.id")
            .arg(column, kLive),
        { isoUtc(from.addSecs(-reach)), isoUtc(to.addSecs(reach)) });
    QHash<qint64, QVector<Availability::Booked>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append({ q.value(1).toLongLong(),
                                              fromIsoUtc(q.value(2).toString()),
                                              fromIsoUtc(q.value(3).toString()) });
    return out;
}

QHash<qint64, QVector<Availability::Booked>>
BookingCalendar::bookedByTherapist(const QDateTime &from, const QDateTime &to)
{
    return bookedBy(QStringLiteral("g.therapist_id"), from, to);
}

QHash<qint64, QVector<Availability::Booked>> BookingCalendar::bookedByRoom(const QDateTime &from,
                                                                           const QDateTime &to)
{
    return bookedBy(QStringLiteral("b.room_id"), from, to);
}

QDate BookingCalendar::localDate(const QDateTime &utc)
{
    return utc.toTimeZone(m_venue.timeZone()).date();
}
