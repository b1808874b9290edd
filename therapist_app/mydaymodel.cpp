// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mydaymodel.h"

#include "format.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 idOf(const QJsonValue &v, const char *key = "id")
{
    return qint64(v.toObject().value(QLatin1String(key)).toDouble());
}

QString servicesText(const QJsonArray &services)
{
    QStringList names;
    for (const QJsonValue &s : services)
        names.append(str(s.toObject(), "name"));
    return names.join(QStringLiteral(" + "));
}

QJsonValue roomName(const QJsonValue &room)
{
    return room.isObject() ? room.toObject().value(QLatin1String("name")) : QJsonValue(QString());
}

// A visit's state as the day shows it: finished ones are "done" whether paid or not.
QString dayStatus(const QString &visitStatus)
{
    if (visitStatus == QLatin1String("awaiting_payment") || visitStatus == QLatin1String("paid"))
        return QStringLiteral("done");
    return visitStatus;
}

QJsonObject visitRow(const QJsonObject &v, const QString &start)
{
    return { { QStringLiteral("id"), QStringLiteral("v%1").arg(idOf(v)) },
             { QStringLiteral("kind"), QStringLiteral("walkin") },
             { QStringLiteral("start"), start },
             { QStringLiteral("first_name"), MyDayModel::firstName(str(v, "customer_name")) },
             { QStringLiteral("services"),
               servicesText(v.value(QLatin1String("services")).toArray()) },
             { QStringLiteral("duration_min"), v.value(QLatin1String("duration_min")).toInt() },
             { QStringLiteral("room"), roomName(v.value(QLatin1String("room"))) },
             { QStringLiteral("status"), dayStatus(str(v, "status")) },
             { QStringLiteral("ticket"), str(v, "ticket") },
             { QStringLiteral("notes"), str(v, "notes") },
             { QStringLiteral("health_notes"), QString() },
             { QStringLiteral("language"), QString() } };
}
} // namespace

MyDayModel::MyDayModel(QObject *parent)
    : JsonListModel({ "id", "kind", "start", "time", "first_name", "services", "duration_min",
                      "room", "status", "ticket", "notes", "health_notes", "language", "is_next" },
                    parent)
{
}

QString MyDayModel::firstName(const QString &fullName)
{
    const QString trimmed = fullName.trimmed();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    return space < 0 ? trimmed : trimmed.left(space);
}

void MyDayModel::clear()
{
    setDay({}, {}, {}, QJsonValue());
}

void MyDayModel::setDay(const QJsonArray &bookings, const QJsonArray &queue,
                        const QJsonArray &served, const QJsonValue &nextBooking)
{
    // The visits of today by id: an arrived booking's guest shows as its visit's state.
    QHash<qint64, QJsonObject> visits;
    for (const QJsonArray *list : { &queue, &served })
        for (const QJsonValue &v : *list)
            visits.insert(idOf(v), v.toObject());

    QVector<QJsonObject> rows;
    QHash<qint64, QJsonObject> guestOfBooking; // booking id → my (first) guest, for next_booking
    for (const QJsonValue &bv : bookings) {
        const QJsonObject b = bv.toObject();
        for (const QJsonValue &gv : b.value(QLatin1String("guests")).toArray()) {
            const QJsonObject g = gv.toObject();
            if (!guestOfBooking.contains(idOf(b)))
                guestOfBooking.insert(idOf(b), g);
            const QJsonObject care = g.value(QLatin1String("care_notes")).toObject();
            const qint64 visitId = idOf(g, "visit_id");
            const QJsonObject visit = visits.take(visitId); // shown here, not again as a walk-in
            QString status = str(b, "status");
            if (!visit.isEmpty())
                status = dayStatus(str(visit, "status"));
            else if (status == QLatin1String("arrived"))
                status = QStringLiteral("done"); // its visit ended in another way (cancelled)
            // The booking's own notes, else the customer record's.
            QString notes = str(b, "notes");
            if (notes.isEmpty())
                notes = str(care, "notes");
            rows.append(QJsonObject {
                { QStringLiteral("id"),
                  QStringLiteral("b%1-%2").arg(idOf(b)).arg(
                      g.value(QLatin1String("guest_no")).toInt()) },
                { QStringLiteral("kind"), QStringLiteral("booking") },
                { QStringLiteral("start"), str(g, "start") },
                { QStringLiteral("first_name"), firstName(str(g, "customer_name")) },
                { QStringLiteral("services"),
                  servicesText(g.value(QLatin1String("services")).toArray()) },
                { QStringLiteral("duration_min"), g.value(QLatin1String("duration_min")).toInt() },
                { QStringLiteral("room"), roomName(b.value(QLatin1String("room"))) },
                { QStringLiteral("status"), status },
                { QStringLiteral("ticket"), str(visit, "ticket") },
                { QStringLiteral("notes"), notes },
                { QStringLiteral("health_notes"), str(care, "health_notes") },
                { QStringLiteral("language"), str(care, "language") } });
        }
    }
    // Walk-ins: on the table since it started, assigned since the desk gave them to me, finished
    // since they started.
    for (const QJsonObject &v : std::as_const(visits)) {
        QString start = str(v, "started_at");
        if (start.isEmpty())
            start = str(v, "assigned_at");
        if (start.isEmpty())
            start = str(v, "created_at");
        rows.append(visitRow(v, start));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString sa = str(a, "start"), sb = str(b, "start");
        return sa != sb ? sa < sb : str(a, "id") < str(b, "id");
    });

    // The next one to get ready for: a customer already given to me, else the earliest booking
    // still to arrive.
    int next = -1;
    for (int i = 0; i < rows.size() && next < 0; ++i)
        if (str(rows.at(i), "status") == QLatin1String("assigned"))
            next = i;
    for (int i = 0; i < rows.size() && next < 0; ++i)
        if (str(rows.at(i), "status") == QLatin1String("booked"))
            next = i;
    QJsonArray items;
    for (int i = 0; i < rows.size(); ++i) {
        QJsonObject r = rows.at(i);
        r.insert(QStringLiteral("time"), Format::time(str(r, "start")));
        r.insert(QStringLiteral("is_next"), i == next);
        items.append(r);
    }
    setItems(items);

    // The next booking (maybe tomorrow's, early): its services from today's list when it is there.
    QVariantMap nb;
    const QJsonObject n = nextBooking.toObject();
    if (!n.isEmpty()) {
        const QJsonObject g = guestOfBooking.value(idOf(n, "booking_id"));
        const QDateTime start = QDateTime::fromString(str(n, "start"), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(str(n, "end"), Qt::ISODateWithMs);
        nb.insert(QStringLiteral("bookingId"), idOf(n, "booking_id"));
        nb.insert(QStringLiteral("start"), str(n, "start"));
        nb.insert(QStringLiteral("time"), Format::time(str(n, "start")));
        nb.insert(QStringLiteral("first_name"),
                  firstName(g.isEmpty() ? str(n, "customer_name") : str(g, "customer_name")));
        nb.insert(QStringLiteral("services"),
                  servicesText(g.value(QLatin1String("services")).toArray()));
        nb.insert(QStringLiteral("duration_min"),
                  g.isEmpty() ? int(start.secsTo(end) / 60)
                              : g.value(QLatin1String("duration_min")).toInt());
        nb.insert(QStringLiteral("room"), roomName(n.value(QLatin1String("room"))).toString());
    }
    if (next != m_nextRow || nb != m_nextBooking) {
        m_nextRow = next;
        m_nextBooking = nb;
        Q_EMIT nextChanged();
    }
}
