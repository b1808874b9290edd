// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hub's fan-out: after a commit, each dirty room gets its new state once per flush and each
// notification event in seq order; a reconnecting client is replayed what it missed.

#include "hub.h"

#include <QPointer>

#include "core/clock.h"
#include "domain/spa.h"
#include "events.h"
#include "rooms.h"
#include "socketio.h"
#include "store/journal.h"
#include "ws/wsconnection.h"
#include "ws/wsframes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

void Hub::onCommitted(qint64 newest)
{
    // PostgreSQL: this instance's own NOTIFY comes back after its commit was dispatched, and
    // another instance's may come after a later read took it in. Commits happen in seq order
    // (SqlDialect::serializeWrites), so nothing at or below the dispatched seq is new.
    if (newest > 0 && newest <= m_dispatchedSeq)
        return;
    Journal::Range range;
    range.after = m_dispatchedSeq;
    const QVector<JournalEntry> entries = m_domain.views().journal().read(range);
    m_views.invalidate(entries);
    for (const JournalEntry &e : entries) {
        const qint64 seq = e.seq;
        const QStringList &rooms = e.rooms;
        m_dispatchedSeq = seq;
        for (const QString &room : rooms)
            markDirty(room);
        // A queue change moves every waiting customer's position and estimate.
        if (e.type.startsWith(QLatin1String("visit.")) ||
            e.type.startsWith(QLatin1String("therapist.")) ||
            e.type.startsWith(QLatin1String("booking."))) // booked time moves estimates
            for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
                if (Room::parse(it.key()).kind() == Room::Kind::Customer)
                    m_dirty.insert(it.key());
        if (!e.notify)
            continue;
        QJsonObject payload = e.payload();
        payload.insert(QStringLiteral("seq"), seq);
        for (const QString &room : rooms) {
            const QString event = notificationEvent(e.type, room);
            if (!event.isEmpty() && m_rooms.contains(room)) {
                // Sent with the room's next flush (markDirty above scheduled it): under load a
                // screen gets one write per flush gap carrying every notice, not one per notice.
                Outbox &out = m_outbox[room];
                out.bytes += WsFrames::text(SocketIO::frameEvent(event, QJsonArray { payload }));
                ++out.frames;
            }
        }
    }
}

void Hub::markDirty(const QString &room)
{
    if (room == QLatin1String("therapists")) {
        for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it)
            if (Room::parse(it.key()).kind() == Room::Kind::Therapist)
                m_dirty.insert(it.key());
    } else if (m_rooms.contains(room)) {
        m_dirty.insert(room);
    }
    if (!m_flushQueued && !m_dirty.isEmpty()) {
        m_flushQueued = true;
        // Once per event-loop turn; and when changes come faster than every flushGapMs, once
        // per room per gap: a burst of commands costs one view and one write, not one per command.
        // A loop with nothing else to do flushes sooner (flushIfIdle). (A gap following the
        // flush's cost, down to 10 ms whether busy or not, cost a third of the durable rate:
        // docs/benchmarks.md.)
        const qint64 gap = m_lastFlush.isValid() ? m_config.flushGapMs - m_lastFlush.elapsed() : 0;
        if (gap <= 0)
            QMetaObject::invokeMethod(this, &Hub::flush, Qt::QueuedConnection);
        else
            m_flushTimer.start(int(gap));
    }
}

void Hub::flushIfIdle()
{
    // Called as the event loop is about to wait (on the server's own dispatcher: with no socket
    // ready and no event posted). Under load that never happens, and flushes keep the full gap.
    if (!m_flushQueued || m_config.idleFlushGapMs >= m_config.flushGapMs ||
        m_domain.pipeline().groupOpen())
        return;
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : m_config.flushGapMs;
    if (since >= m_config.idleFlushGapMs)
        flush();
    else if (!m_idleWake.isActive())
        m_idleWake.start(int(m_config.idleFlushGapMs - since));
}

void Hub::flush()
{
    if (!m_flushQueued)
        return; // flushed already (when the loop was idle) before the timer or the queued call
    // A view read while a group of commands is open would show what its COMMIT may still undo
    // (a database restarted under it): screens would keep a state nothing committed. The views
    // are built once the group has committed, or failed.
    if (m_domain.pipeline().groupOpen()) {
        m_domain.pipeline().afterCommit([self = QPointer<Hub>(this)](bool) {
            if (self)
                self->flush();
        });
        return;
    }
    m_flushQueued = false;
    m_flushTimer.stop();
    m_idleWake.stop();
    m_lastFlush.restart();
    // Every room with notices waiting is dirty too: markDirty() ran for it in onCommitted().
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &room : dirty) {
        Outbox out = m_outbox.take(room);
        if (!m_rooms.contains(room))
            continue;
        const QByteArray frame = stateFrame(room);
        // A commit that leaves a room's view as it was (a payment, for the monitor) sends no
        // state: every member already shows it. Notifications carry their own seq.
        const QByteArray body = m_views.body(room, m_dispatchedSeq);
        const bool forced = m_forceFlush.remove(room);
        if (!frame.isEmpty() && (forced || body.isEmpty() || m_lastFlushed.value(room) != body)) {
            m_lastFlushed.insert(room, body);
            out.bytes += frame;
            ++out.frames;
        }
        if (out.frames)
            sendToRoom(room, out);
    }
}

void Hub::flushOutbox(const QString &room)
{
    const Outbox out = m_outbox.take(room);
    if (out.frames)
        sendToRoom(room, out);
}

void Hub::sendState(HubClient *c, const QString &room)
{
    if (m_dirty.contains(room))
        m_forceFlush.insert(room); // this client gets a view newer than the room's last flush
    const QByteArray frame = stateFrame(room);
    if (!frame.isEmpty())
        send(c, frame);
}

QByteArray Hub::stateFrame(const QString &room)
{
    // The view's text is cached by RoomViews until the next change; it is framed once per
    // change, not once per screen (a reconnect storm asks for the same frame 10,000 times).
    const QByteArray text = m_views.frame(room, m_dispatchedSeq);
    if (text.isEmpty())
        return QByteArray();
    auto it = m_stateFrames.find(room);
    if (it == m_stateFrames.end() || !it->first.isSharedWith(text))
        it = m_stateFrames.insert(room, { text, WsFrames::text(text) });
    return it->second;
}

void Hub::sendToRoom(const QString &room, const Outbox &out)
{
    // Nothing is removed from a room while this runs: connections report closing on a later turn.
    const auto members = m_rooms.constFind(room);
    if (members == m_rooms.cend())
        return;
    for (HubClient *c : *members)
        if (c->conn->send(out.bytes))
            m_delivered += out.frames;
}

QString Hub::notificationEvent(const QString &type, const QString &room)
{
    const Room::Kind kind = Room::parse(room).kind();
    const bool monitor = kind == Room::Kind::Monitor;
    const bool customer = kind == Room::Kind::Customer;
    // Every booking change tells the desks which dates it touched: a desk showing another day's
    // book (not in its state, which carries today's) reads that day again at once.
    if (type.startsWith(QLatin1String("booking.")))
        return kind == Room::Kind::Cashier ? QLatin1String(Events::CashierBookingChanged)
                                           : QString();
    if (type == QLatin1String("payment_completed")) {
        if (monitor)
            return QLatin1String(Events::MonitorPaymentCompleted);
        if (customer)
            return QLatin1String(Events::CustomerPaymentCompleted);
    } else if (type == QLatin1String("visit_called")) {
        if (monitor)
            return QLatin1String(Events::MonitorVisitCalled);
        if (customer)
            return QLatin1String(Events::CustomerCalled);
    }
    return QString();
}

void Hub::replay(HubClient *c, qint64 offset)
{
    const QString cutoff =
        isoUtc(m_domain.clock().now().addSecs(-qint64(m_config.retentionHours) * 3600));
    Journal::Range range;
    range.after = offset;
    range.upTo = m_dispatchedSeq;
    range.noticesOnly = true;
    range.since = cutoff;
    range.limit = 1000;
    const QVector<JournalEntry> entries = m_domain.views().journal().read(range);
    for (const JournalEntry &e : entries) {
        for (const QString &room : e.rooms) {
            if (!c->rooms.contains(room))
                continue;
            const QString event = notificationEvent(e.type, room);
            if (event.isEmpty())
                continue;
            QJsonObject payload = e.payload();
            payload.insert(QStringLiteral("seq"), e.seq);
            payload.insert(QStringLiteral("replayed"), true);
            // How old it is by the server's clock: a wall announces only recent replays, and
            // its own clock may be wrong.
            const QDateTime at = fromIsoUtc(e.createdAt);
            if (at.isValid())
                payload.insert(QStringLiteral("age_s"),
                               std::max<qint64>(0, at.secsTo(m_domain.clock().now())));
            sendText(c, SocketIO::frameEvent(event, QJsonArray { payload }));
            break; // once per notification, even for a client in two of its rooms
        }
    }
}
