// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "roomviews.h"

#include "arrivingsoon.h"
#include "core/clock.h"
#include "domain/announcesettings.h"
#include "domain/spa.h"
#include "domain/visitstatus.h"
#include "events.h"
#include "rooms.h"
#include "servedtoday.h"
#include "socketio.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonValue nameOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(QLatin1String("name")) : QJsonValue();
}
} // namespace

void RoomViews::invalidate()
{
    m_active.reset();
    m_therapists.reset();
    m_frames.clear();
    m_bodies.clear();
}

QByteArray RoomViews::body(const QString &room, qint64 seq) const
{
    return m_bodies.value(room + QLatin1Char('#') + QString::number(seq));
}

QJsonArray RoomViews::activeVisits()
{
    if (!m_active) {
        m_active = m_domain.views().visits().activeVisits();
        m_activeIndex.clear();
        for (int i = 0; i < m_active->size(); ++i)
            m_activeIndex.insert(
                qint64(m_active->at(i).toObject().value(QLatin1String("id")).toDouble()), i);
    }
    return *m_active;
}

QJsonArray RoomViews::therapists()
{
    if (!m_therapists) {
        // Each therapist's next booking rides with them (null when none is coming): the desk's
        // board and the tablet show it.
        const QHash<qint64, QJsonObject> next = m_domain.views().bookings().nextBookings();
        QJsonArray list = m_domain.views().staff().therapistsJson();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject t = list.at(i).toObject();
            const auto it = next.constFind(qint64(t.value(QLatin1String("id")).toDouble()));
            t.insert(QStringLiteral("next_booking"),
                     it != next.cend() ? QJsonValue(*it) : QJsonValue());
            list[i] = t;
        }
        m_therapists = list;
    }
    return *m_therapists;
}

QString RoomViews::frame(const QString &room, qint64 seq)
{
    if (m_age.isValid() && m_age.elapsed() > 30000)
        invalidate();
    if (!m_age.isValid() || m_frames.isEmpty())
        m_age.start();
    const QString key = room + QLatin1Char('#') + QString::number(seq);
    auto it = m_frames.constFind(key);
    if (it != m_frames.cend())
        return *it;
    const QString event = stateEvent(room);
    QJsonObject v = view(room);
    if (event.isEmpty() || v.isEmpty())
        return QString();
    m_bodies.insert(key, QJsonDocument(v).toJson(QJsonDocument::Compact));
    v.insert(QStringLiteral("seq"), seq);
    const QString f = QString::fromUtf8(SocketIO::frameEvent(event, QJsonArray { v }));
    m_frames.insert(key, f);
    return f;
}

QString RoomViews::stateEvent(const QString &room)
{
    switch (Room::parse(room).kind()) {
    case Room::Kind::Monitor:
        return QLatin1String(Events::MonitorUpdated);
    case Room::Kind::Cashier:
        return QLatin1String(Events::CashierQueueUpdated);
    case Room::Kind::Therapist:
        return QLatin1String(Events::TherapistQueueUpdated);
    case Room::Kind::Customer:
        return QLatin1String(Events::CustomerTxnUpdate);
    case Room::Kind::Therapists: // a fan-out group, not a view of its own
    case Room::Kind::Invalid:
        break;
    }
    return QString();
}

QJsonObject RoomViews::view(const QString &room)
{
    const Room r = Room::parse(room);
    switch (r.kind()) {
    case Room::Kind::Monitor:
        return monitorView();
    case Room::Kind::Cashier:
        return cashierView();
    case Room::Kind::Therapist:
        return therapistView(r.id());
    case Room::Kind::Customer:
        return customerView(r.id());
    case Room::Kind::Therapists:
    case Room::Kind::Invalid:
        break;
    }
    return {};
}

QJsonObject RoomViews::monitorView()
{
    QJsonArray serving, waiting;
    const QJsonArray visits = activeVisits();
    for (const QJsonValue &value : visits) {
        const QJsonObject v = value.toObject();
        const QString status = str(v, "status");
        QJsonObject row {
            { QStringLiteral("visit_id"), v.value(QLatin1String("id")) },
            { QStringLiteral("ticket"), v.value(QLatin1String("ticket")) },
            { QStringLiteral("name"), VisitViews::publicName(str(v, "customer_name")) },
            { QStringLiteral("status"), status },
            { QStringLiteral("therapist"), nameOf(v.value(QLatin1String("therapist"))) },
            { QStringLiteral("room"), nameOf(v.value(QLatin1String("room"))) }
        };
        if (status == VisitStatus::InService) {
            row.insert(QStringLiteral("started_at"), v.value(QLatin1String("started_at")));
            row.insert(QStringLiteral("duration_min"), v.value(QLatin1String("duration_min")));
            serving.append(row);
        } else if (status == VisitStatus::Waiting || status == VisitStatus::Assigned) {
            row.insert(QStringLiteral("position"), v.value(QLatin1String("position")));
            row.insert(QStringLiteral("estimated_wait_min"),
                       v.value(QLatin1String("estimated_wait_min")));
            row.insert(QStringLiteral("called_at"), v.value(QLatin1String("called_at")));
            waiting.append(row);
        }
    }
    QJsonArray staff;
    for (const QJsonValue &value : therapists()) {
        const QJsonObject t = value.toObject();
        // The wall says what a guest can see: a therapist who is still "available" but has a
        // customer assigned (or called) is not free, so the row says "assigned".
        QString status = str(t, "status");
        if (status == QLatin1String("available") &&
            t.value(QLatin1String("active_visits")).toInt() > 0)
            status = QString(VisitStatus::Assigned);
        staff.append(QJsonObject {
            { QStringLiteral("id"), t.value(QLatin1String("id")) },
            { QStringLiteral("name"), t.value(QLatin1String("name")) },
            { QStringLiteral("status"), status },
            { QStringLiteral("turn_position"), t.value(QLatin1String("turn_position")) } });
    }
    return { { QStringLiteral("venue"),
               m_domain.venue().setting(QStringLiteral("venue_name"), QStringLiteral("Spa")) },
             { QStringLiteral("now_serving"), serving },
             { QStringLiteral("waiting"), waiting },
             { QStringLiteral("therapists"), staff },
             { QStringLiteral("arriving_soon"),
               ArrivingSoon::forMonitor(m_domain.database(), m_domain.clock().now()) },
             // How the walls announce: the venue's, so a change reaches every wall at once.
             { QStringLiteral("settings"), AnnounceSettings::json([this](const QString &key) {
                   return m_domain.venue().setting(key);
               }) } };
}

QJsonObject RoomViews::cashierView()
{
    // Today's bookings, so a booking change reaches the desk as a state change like a visit's.
    const Reply bookings = m_domain.views().bookings().listBookings(QUrlQuery());
    return { { QStringLiteral("visits"), activeVisits() },
             { QStringLiteral("therapists"), therapists() },
             { QStringLiteral("bookings"), bookings.body().value(QLatin1String("bookings")) },
             { QStringLiteral("currency"), m_domain.venue().currency() } };
}

QJsonObject RoomViews::therapistView(qint64 staffId)
{
    // The turn order as the tablets read it: next in turn first. A therapist on break (with no
    // customer of their own) keeps their place, so they stay in the list, marked and without a
    // number, where their turn stands; the numbered ones are the available ones, as the turn
    // order counts them.
    QJsonObject me;
    QVector<QJsonObject> rows;
    for (const QJsonValue &value : therapists()) {
        const QJsonObject t = value.toObject();
        if (qint64(t.value(QLatin1String("id")).toDouble()) == staffId)
            me = t;
        const bool inTurn = !t.value(QLatin1String("turn_position")).isNull();
        const bool keptTurn = str(t, "status") == QLatin1String("on_break") &&
            t.value(QLatin1String("active_visits")).toInt() == 0;
        if (inTurn || keptTurn)
            rows.append(QJsonObject {
                { QStringLiteral("id"), t.value(QLatin1String("id")) },
                { QStringLiteral("name"), t.value(QLatin1String("name")) },
                { QStringLiteral("status"), t.value(QLatin1String("status")) },
                { QStringLiteral("turn_since"), t.value(QLatin1String("turn_since")) },
                { QStringLiteral("position"), t.value(QLatin1String("turn_position")) } });
    }
    // The turn order's own rule (QueuePlanner::turnOrder): longest waiting first, ties by id.
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QDateTime ta = fromIsoUtc(str(a, "turn_since")),
                        tb = fromIsoUtc(str(b, "turn_since"));
        if (ta != tb)
            return ta < tb;
        return a.value(QLatin1String("id")).toDouble() < b.value(QLatin1String("id")).toDouble();
    });
    QJsonArray turnOrder;
    for (const QJsonObject &o : rows)
        turnOrder.append(o);
    QJsonArray queue;
    for (const QJsonValue &value : activeVisits()) {
        const QJsonObject v = value.toObject();
        const QString status = str(v, "status");
        if ((status == VisitStatus::Assigned || status == VisitStatus::InService) &&
            qint64(v.value(QLatin1String("therapist"))
                       .toObject()
                       .value(QLatin1String("id"))
                       .toDouble()) == staffId)
            queue.append(v);
    }
    // Today: customers served (the "my day" list and its count), time actually worked, tips
    // (net of voids).
    Database &db = m_domain.database();
    const QString today = m_domain.venue().today();
    const ServedToday served = ServedToday::of(db, staffId, today);
    QSqlQuery tips =
        db.exec(QStringLiteral("SELECT COALESCE(SUM(tip), 0) FROM payments WHERE therapist_id = ? "
                               "AND business_date = ?"),
                { staffId, today });
    tips.next();
    // "My day": today's bookings with this therapist (their guests only, with care notes).
    const QJsonArray bookings = m_domain.views().bookings().therapistBookings(staffId, today);
    return { { QStringLiteral("therapist"), me },
             { QStringLiteral("queue"), queue },
             { QStringLiteral("bookings"), bookings },
             { QStringLiteral("served"), served.visits },
             { QStringLiteral("turn_order"), turnOrder },
             { QStringLiteral("today"),
               QJsonObject { { QStringLiteral("date"), today },
                             { QStringLiteral("served"), int(served.visits.size()) },
                             { QStringLiteral("minutes"), int(served.workedSeconds / 60) },
                             { QStringLiteral("seconds"), served.workedSeconds },
                             { QStringLiteral("tips"), tips.value(0).toLongLong() } } },
             { QStringLiteral("currency"), m_domain.venue().currency() } };
}

QJsonObject RoomViews::customerView(qint64 visitId)
{
    // An open visit comes from the cached queue (with its position); a closed one from the store.
    const QJsonArray active = activeVisits();
    const auto at = m_activeIndex.constFind(visitId);
    QJsonObject v = at != m_activeIndex.cend() ? active.at(*at).toObject() : QJsonObject();
    if (v.isEmpty())
        v = m_domain.views().visits().visitJson(visitId);
    if (v.isEmpty())
        return {};
    // The customer sees their own ticket, not staff ids or other customers.
    QJsonArray services;
    for (const QJsonValue &s : v.value(QLatin1String("services")).toArray())
        services.append(s.toObject().value(QLatin1String("name")));
    QJsonObject out;
    for (const char *key : { "ticket",       "status",    "customer_name",
                             "total",        "paid",      "tips",
                             "balance_due",  "currency",  "duration_min",
                             "created_at",   "called_at", "started_at",
                             "completed_at", "position",  "estimated_wait_min",
                             "subtotal",     "discount",  "service_charge",
                             "tax",          "tax_label", "prices_include_tax",
                             "rounding",     "receipt_no" })
        out.insert(QLatin1String(key), v.value(QLatin1String(key)));
    out.insert(QStringLiteral("therapist"), nameOf(v.value(QLatin1String("therapist"))));
    out.insert(QStringLiteral("room"), nameOf(v.value(QLatin1String("room"))));
    out.insert(QStringLiteral("services"), services);
    out.insert(QStringLiteral("venue"),
               m_domain.venue().setting(QStringLiteral("venue_name"), QStringLiteral("Spa")));
    return { { QStringLiteral("visit"), out } };
}
