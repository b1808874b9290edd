// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookinglayout.h"

#include <QStringList>

namespace BookingLayout {

QTimeZone zone(const QString &name)
{
    const QTimeZone z(name.toUtf8());
    return z.isValid() ? z : QTimeZone::utc();
}

int minutesInto(const QTimeZone &zone, const QDate &date, const QDateTime &utc)
{
    const QDateTime midnight(date, QTime(0, 0), zone);
    return int(midnight.secsTo(utc) / 60);
}

QDateTime utcAt(const QTimeZone &zone, const QDate &date, int minutes)
{
    return QDateTime(date, QTime(0, 0), zone).addSecs(qint64(minutes) * 60).toUTC();
}

QString isoUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime parseUtc(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString clock(int minutes)
{
    const int m = std::max(0, minutes);
    return QStringLiteral("%1:%2")
        .arg(m / 60, 2, 10, QLatin1Char('0'))
        .arg(m % 60, 2, 10, QLatin1Char('0'));
}

QVector<Span> spans(const QJsonArray &intervals, const QTimeZone &zone, const QDate &date)
{
    const int dayLength = minutesInto(zone, date, utcAt(zone, date.addDays(1), 0));
    QVector<Span> out;
    for (const QJsonValue &v : intervals) {
        const QJsonObject o = v.toObject();
        const QDateTime from = parseUtc(o.value(QLatin1String("start")).toString());
        const QDateTime to = parseUtc(o.value(QLatin1String("end")).toString());
        if (!from.isValid() || !to.isValid())
            continue;
        const int s = std::max(0, minutesInto(zone, date, from));
        const int e = std::min(dayLength, minutesInto(zone, date, to));
        if (e > s)
            out.append({ s, e });
    }
    std::sort(out.begin(), out.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return out;
}

QVariantList toVariant(const QVector<Span> &spans)
{
    QVariantList out;
    for (const Span &s : spans)
        out.append(
            QVariantMap { { QStringLiteral("start"), s.start }, { QStringLiteral("end"), s.end } });
    return out;
}

namespace {
QString serviceNames(const QJsonArray &services)
{
    QStringList names;
    for (const QJsonValue &s : services)
        names.append(s.toObject().value(QLatin1String("name")).toString());
    return names.join(QStringLiteral(", "));
}
QString roomName(const QJsonValue &room)
{
    return room.toObject().value(QLatin1String("name")).toString();
}
qint64 idOf(const QJsonValue &v)
{
    return qint64(v.toObject().value(QLatin1String("id")).toDouble());
}
} // namespace

QVector<Block> bookingBlocks(const QJsonObject &booking, const QTimeZone &zone, const QDate &date,
                             int buffer, const std::function<int(qint64)> &columnOf)
{
    QVector<Block> out;
    const QJsonArray guests = booking.value(QLatin1String("guests")).toArray();
    for (const QJsonValue &gv : guests) {
        const QJsonObject g = gv.toObject();
        Block b;
        b.kind = QStringLiteral("booking");
        b.bookingId = qint64(booking.value(QLatin1String("id")).toDouble());
        b.guestNo = g.value(QLatin1String("guest_no")).toInt(1);
        b.guests = int(guests.size());
        b.key = QStringLiteral("b%1.%2").arg(b.bookingId).arg(b.guestNo);
        b.visitId = qint64(g.value(QLatin1String("visit_id")).toDouble());
        b.therapistId = idOf(g.value(QLatin1String("therapist")));
        b.column = b.therapistId > 0 ? columnOf(b.therapistId) : -1;
        const QDateTime from = parseUtc(g.value(QLatin1String("start")).toString());
        b.start = minutesInto(zone, date, from);
        b.length = g.value(QLatin1String("duration_min")).toInt();
        b.minLength = g.value(QLatin1String("services_min")).toInt(b.length);
        b.buffer = buffer;
        b.customer = g.value(QLatin1String("customer_name")).toString();
        b.services = serviceNames(g.value(QLatin1String("services")).toArray());
        b.status = booking.value(QLatin1String("status")).toString();
        b.room = roomName(booking.value(QLatin1String("room")));
        b.phone = booking.value(QLatin1String("phone")).toString();
        b.notes = booking.value(QLatin1String("notes")).toString();
        out.append(b);
    }
    return out;
}

Block visitBlock(const QJsonObject &visit, const QTimeZone &zone, const QDate &date,
                 const QDateTime &now, int column)
{
    Block b;
    b.therapistId = idOf(visit.value(QLatin1String("therapist")));
    const QString status = visit.value(QLatin1String("status")).toString();
    if (b.therapistId <= 0 || column < 0 || status == QLatin1String("cancelled") ||
        status == QLatin1String("no_show"))
        return {};
    const QDateTime started = parseUtc(visit.value(QLatin1String("started_at")).toString());
    const QDateTime completed = parseUtc(visit.value(QLatin1String("completed_at")).toString());
    const int duration = visit.value(QLatin1String("duration_min")).toInt();
    // Not started yet: it will start when its therapist takes it, at the earliest now.
    const QDateTime from = started.isValid() ? started : now;
    b.start = minutesInto(zone, date, from);
    b.length = completed.isValid() && started.isValid()
        ? std::max(5, int(started.secsTo(completed) / 60))
        : duration;
    if (b.start + b.length <= 0 || b.start >= 25 * 60)
        return {};
    b.kind = QStringLiteral("visit");
    b.visitId = qint64(visit.value(QLatin1String("id")).toDouble());
    b.key = QStringLiteral("v%1").arg(b.visitId);
    b.column = column;
    b.customer = visit.value(QLatin1String("customer_name")).toString();
    QStringList names;
    for (const QJsonValue &s : visit.value(QLatin1String("services")).toArray())
        names.append(s.toObject().value(QLatin1String("name")).toString());
    b.services = names.join(QStringLiteral(", "));
    b.status = status;
    b.room = roomName(visit.value(QLatin1String("room")));
    b.phone = visit.value(QLatin1String("phone")).toString();
    b.notes = visit.value(QLatin1String("ticket")).toString();
    return b;
}

} // namespace BookingLayout
