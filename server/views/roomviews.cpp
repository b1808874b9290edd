// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "roomviews.h"

#include "arrivingsoon.h"
#include "core/clock.h"
#include "domain/announcesettings.h"
#include "domain/spa.h"
#include "domain/visitstatus.h"
#include "events.h"
#include "jsonsplice.h"
#include "rooms.h"
#include "servedtoday.h"
#include "socketio.h"
#include "store/journal.h"

#include <QJsonArray>
#include <QJsonDocument>
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

RoomViews::RoomViews(SpaDomain &domain)
    : m_domain(domain)
    , m_days(domain.database())
{
}

void RoomViews::dropViews()
{
    m_active.reset();
    m_therapists.reset();
    m_frames.clear();
    m_bodies.clear();
}

void RoomViews::invalidate()
{
    dropViews();
    m_days.clear();
    m_customerViews.clear();
}

void RoomViews::invalidate(const QVector<JournalEntry> &entries)
{
    dropViews();
    for (const JournalEntry &e : entries) {
        QVector<qint64> therapists, visits;
        for (const QString &name : e.rooms) {
            const Room room = Room::parse(name);
            if (room.kind() == Room::Kind::Therapist)
                therapists.append(room.id());
            else if (room.kind() == Room::Kind::Customer)
                visits.append(room.id());
        }
        // A visit with no therapist (a check-in, a cancelled wait) is in nobody's day; staff,
        // settings and rooms name the therapists as a whole: anyone's day may read differently.
        if (therapists.isEmpty() && visits.isEmpty() && e.rooms.contains(Room::therapists()))
            m_days.clear();
        for (const qint64 t : std::as_const(therapists)) {
            if (visits.isEmpty())
                m_days.drop(t);
            for (const qint64 v : std::as_const(visits))
                m_days.visitChanged(t, v);
        }
    }
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

QByteArray RoomViews::frame(const QString &room, qint64 seq)
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
    const Room r = Room::parse(room);
    QJsonObject v;
    QByteArray body;
    if (r.kind() == Room::Kind::Therapist) {
        // The day's served list is kept as text: spliced in, not serialized again.
        v = therapistView(r.id(), false);
        body = JsonSplice::withMember(QJsonDocument(v).toJson(QJsonDocument::Compact),
                                      QLatin1String("served"),
                                      m_days.of(r.id(), m_domain.venue().today()).servedText());
        if (body.isEmpty())
            v = therapistView(r.id());
    } else {
        v = view(room);
    }
    if (event.isEmpty() || v.isEmpty())
        return QByteArray();
    // Serialized once: the frame is the body with its seq spliced in, as
    // SocketIO::frameEvent(event, [view + seq]) would write it.
    if (body.isEmpty())
        body = QJsonDocument(v).toJson(QJsonDocument::Compact);
    m_bodies.insert(key, body);
    const QByteArray withSeq =
        JsonSplice::withMember(body, QLatin1String("seq"), QByteArray::number(seq));
    QByteArray f;
    if (withSeq.isEmpty()) {
        QJsonObject s = QJsonDocument::fromJson(body).object();
        s.insert(QStringLiteral("seq"), seq);
        f = SocketIO::frameEvent(event, QJsonArray { s });
    } else {
        f = SocketIO::frameEvent(event, QJsonArray());
        f.chop(1); // `42["name"]` → `42["name"`
        f.reserve(f.size() + withSeq.size() + 2);
        f += ',';
        f += withSeq;
        f += ']';
    }
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

QJsonObject RoomViews::therapistView(qint64 staffId, bool withServed)
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
    const QString today = m_domain.venue().today();
    const TherapistDays::Day &day = m_days.of(staffId, today);
    const qint64 worked = day.workedSeconds();
    // "My day": today's bookings with this therapist (their guests only, with care notes).
    const QJsonArray bookings = m_domain.views().bookings().therapistBookings(staffId, today);
    QJsonObject out { { QStringLiteral("therapist"), me },
                      { QStringLiteral("queue"), queue },
                      { QStringLiteral("bookings"), bookings },
                      { QStringLiteral("turn_order"), turnOrder },
                      { QStringLiteral("today"),
                        QJsonObject { { QStringLiteral("date"), today },
                                      { QStringLiteral("served"), int(day.visits.size()) },
                                      { QStringLiteral("minutes"), int(worked / 60) },
                                      { QStringLiteral("seconds"), worked },
                                      { QStringLiteral("tips"), day.tips } } },
                      { QStringLiteral("currency"), m_domain.venue().currency() } };
    if (withServed)
        out.insert(QStringLiteral("served"), day.servedJson());
    return out;
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
    const QString venue =
        m_domain.venue().setting(QStringLiteral("venue_name"), QStringLiteral("Spa"));
    // Every change in the queue rebuilds every customer's view; most tickets read the same.
    const auto kept = m_customerViews.constFind(visitId);
    if (kept != m_customerViews.cend() && kept->venue == venue && kept->visit == v)
        return kept->view;
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
    out.insert(QStringLiteral("venue"), venue);
    const QJsonObject view { { QStringLiteral("visit"), out } };
    if (m_customerViews.size() >= 4096) // tickets of days gone by
        m_customerViews.clear();
    m_customerViews.insert(visitId, { v, venue, view });
    return view;
}
