// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A booking's body read into a plan: fields, customers, services.
#include "bookingrequest.h"

#include "domain/bookingcalendar.h"
#include "domain/customers.h"
#include "domain/fields.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {
constexpr int kMaxGuests = 10;
constexpr qint64 kMaxId = std::numeric_limits<qint32>::max();
// A booking's length other than its services' is set in the appointment book's steps.
constexpr int kLengthStepMin = 15;

const QStringList &bodyKeysList()
{
    static const QStringList k {
        QStringLiteral("customer_name"), QStringLiteral("customer_id"),
        QStringLiteral("phone"),         QStringLiteral("notes"),
        QStringLiteral("service_ids"),   QStringLiteral("therapist_id"),
        QStringLiteral("room_id"),       QStringLiteral("start"),
        QStringLiteral("guests"),        QStringLiteral("duration_minutes")
    };
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

const QStringList &BookingRequest::keys()
{
    return bodyKeysList();
}

std::optional<Reply> BookingRequest::checkKeys(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys().contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a booking has %2")
                                       .arg(it.key(), keys().join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Reply> BookingRequest::readGuest(const QJsonObject &o, const QString &where,
                                               BookingPlan::Guest *guest)
{
    Fields f(o);
    const auto customerId = f.integer("customer_id", false, 1, kMaxId);
    const QString name = f.string("customer_name", !customerId && guest->name.isEmpty(), 100);
    const QVector<qint64> serviceIds = f.idList("service_ids", true);
    const auto therapistId = f.integer("therapist_id", false, 1, kMaxId);
    const auto length =
        f.integer("duration_minutes", false, 1, BookingCalendar::kMaxBookingMinutes);
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
    if (length) {
        // Longer than the services (a slow client, a long clean-up), never shorter: the time
        // held is what the therapist and room are kept for. In the book's 15-minute steps, or
        // the services' own length (a 50-minute massage is not forced to 60).
        if (*length < guest->duration)
            return Errors::invalid(where +
                                   QStringLiteral("'duration_minutes' %1 is shorter than the "
                                                  "services (%2 min)")
                                       .arg(*length)
                                       .arg(guest->duration));
        if (*length != guest->duration && *length % kLengthStepMin != 0)
            return Errors::invalid(where +
                                   QStringLiteral("'duration_minutes' %1 is not a multiple of %2 "
                                                  "min (nor the services' own %3 min)")
                                       .arg(*length)
                                       .arg(kLengthStepMin)
                                       .arg(guest->duration));
        guest->duration = int(*length);
    }
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

std::optional<Reply> BookingRequest::read(const QJsonObject &body, BookingPlan *plan)
{
    if (auto bad = checkKeys(body))
        return bad;
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
            body.contains(QLatin1String("therapist_id")) ||
            body.contains(QLatin1String("duration_minutes")))
            return Errors::invalid(QStringLiteral("give 'service_ids', 'therapist_id' and "
                                                  "'duration_minutes' per guest in 'guests', not "
                                                  "beside them"));
        const QJsonValue list = body.value(QLatin1String("guests"));
        if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > kMaxGuests)
            return Errors::invalid(QStringLiteral("'guests' must be an array of 1 to %1 guests, "
                                                  "each {customer_name or customer_id, "
                                                  "service_ids, therapist_id?, "
                                                  "duration_minutes?}")
                                       .arg(kMaxGuests));
        const QJsonArray guests = list.toArray();
        for (int i = 0; i < guests.size(); ++i) {
            const QString where = QStringLiteral("guest %1: ").arg(i + 1);
            if (!guests.at(i).isObject())
                return Errors::invalid(where + QStringLiteral("must be an object"));
            const QJsonObject g = guests.at(i).toObject();
            for (auto it = g.begin(); it != g.end(); ++it)
                if (!QStringList { QStringLiteral("customer_name"), QStringLiteral("customer_id"),
                                   QStringLiteral("service_ids"), QStringLiteral("therapist_id"),
                                   QStringLiteral("duration_minutes") }
                         .contains(it.key()))
                    return Errors::invalid(where +
                                           QStringLiteral("unknown field '%1'").arg(it.key()));
            BookingPlan::Guest guest;
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
        BookingPlan::Guest guest;
        guest.name = plan->name;
        guest.customerId = plan->customerId;
        QJsonObject g;
        for (const char *key : { "service_ids", "therapist_id", "duration_minutes" })
            if (body.contains(QLatin1String(key)))
                g.insert(QLatin1String(key), body.value(QLatin1String(key)));
        if (auto bad = readGuest(g, QString(), &guest))
            return bad;
        plan->guests.append(guest);
    }
    return std::nullopt;
}
