// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hub.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "engineio.h"
#include "events.h"
#include "rooms.h"
#include "socketio.h"
#include "store/database.h"
#include "store/journal.h"
#include "ws/wsconnection.h"
#include "ws/wsframes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHub, "spa.hub")

namespace {
using Role = Principal::Role;

QStringList roomsFor(const Principal &p)
{
    switch (p.role) {
    case Role::Admin:
    case Role::Cashier:
        return { Room::cashier() };
    case Role::Therapist:
        return { Room::therapist(p.staffId), Room::therapists() };
    case Role::Monitor:
        return { Room::monitor() };
    case Role::Customer:
        return { Room::customer(p.visitId) };
    case Role::Checkin: // a self check-in kiosk reads nobody's queue: it only checks walk-ins in
    case Role::None:
        break;
    }
    return {};
}
} // namespace

Hub::Hub(SpaDomain &domain, Commands &commands, const HubConfig &config, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_commands(commands)
    , m_config(config)
    , m_views(domain)
{
    m_dispatchedSeq = m_domain.views().journal().lastSeq();
    connect(&m_domain.pipeline(), &CommandPipeline::committed, this, &Hub::onCommitted);
    connect(&m_domain.pipeline(), &CommandPipeline::credentialsRevoked, this,
            &Hub::recheckCredentials);
    m_pingTimer.setInterval(m_config.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &Hub::pingTick);
    m_pingTimer.start();
    m_closingSweep.setInterval(1000);
    connect(&m_closingSweep, &QTimer::timeout, this, &Hub::sweepClosing);
    // The CONNECT deadline is checked on its own, often enough to close within a tenth of it
    // (the ping tick alone made 10 s about 24 s).
    m_connectSweep.setInterval(std::clamp(m_config.connectTimeoutMs / 10, 20, 1000));
    connect(&m_connectSweep, &QTimer::timeout, this, &Hub::connectSweep);
}

Hub::~Hub()
{
    for (HubClient *c : std::as_const(m_clients)) {
        delete c->conn;
        delete c;
    }
    reap();
}

void Hub::acceptUpgrade(WsTransport transport, const QByteArray &key, const QByteArray &early,
                        const QString &address)
{
    auto *c = new HubClient;
    c->sid = Secrets::randomToken(15);
    c->address = address;
    c->since.start();
    WsConnection::Limits limits;
    limits.maxMessageBytes = m_config.maxPayloadBytes;
    limits.maxQueuedBytes = m_config.maxSendBufferBytes;
    WsConnection::Callbacks callbacks;
    callbacks.message = [this, c](const QByteArray &message, bool text) {
        if (text)
            onText(c, message);
        else
            drop(c, "binary frames are not supported");
    };
    callbacks.closed = [this, c](quint16) { remove(c); };
    callbacks.closing = [this, c] {
        m_closing.insert(c);
        if (!m_closingSweep.isActive())
            m_closingSweep.start();
    };
    c->conn = new WsConnection(transport, limits, std::move(callbacks));
    m_clients.insert(c);
    QByteArray greeting = WsFrames::upgradeResponse(key);
    if (m_config.maxConnectionsPerAddress > 0 &&
        m_perAddress.value(address) >= m_config.maxConnectionsPerAddress) {
        qCWarning(lcHub) << "refusing connection: too many from" << address;
        c->address.clear(); // not counted against the address either
        m_refused.insert(c);
        c->conn->start(greeting, QByteArray());
        drop(c, "too many connections");
        return;
    }
    ++m_perAddress[address];
    greeting += WsFrames::text(EngineIO::openPacket(
        c->sid, m_config.pingIntervalMs, m_config.pingTimeoutMs, m_config.maxPayloadBytes));
    c->conn->start(greeting, early);
    ++m_delivered;
    if (!m_connectSweep.isActive())
        m_connectSweep.start();
}

void Hub::closeAll()
{
    for (HubClient *c : std::as_const(m_clients))
        c->conn->close(WsFrames::GoingAway, "server shutting down");
}

QHash<QString, int> Hub::roomCounts() const
{
    QHash<QString, int> counts;
    for (auto it = m_rooms.cbegin(); it != m_rooms.cend(); ++it) {
        // Per-person rooms are summed by kind so /metrics stays small.
        const QString kind = it.key().section(QLatin1Char(':'), 0, 0);
        counts[kind] += it.value().size();
    }
    return counts;
}

void Hub::send(HubClient *c, const QByteArray &frame)
{
    // A client that stops reading is aborted by its connection once its queue passes
    // maxSendBufferBytes, rather than buffered without bound.
    if (c->conn->send(frame))
        ++m_delivered;
}

void Hub::sendText(HubClient *c, const QByteArray &utf8)
{
    send(c, WsFrames::text(utf8));
}

void Hub::drop(HubClient *c, const char *why)
{
    qCInfo(lcHub) << "closing" << c->sid << "from" << c->address << ":" << why;
    c->conn->close(WsFrames::PolicyViolated, QByteArray(why));
}

void Hub::sweepClosing()
{
    for (auto it = m_closing.begin(); it != m_closing.end();) {
        HubClient *c = *it;
        if (!c->conn->isClosing()) {
            it = m_closing.erase(it);
        } else if (c->conn->closeTimedOut()) {
            c->conn->abort(); // the peer never answered our close
            it = m_closing.erase(it);
        } else {
            ++it;
        }
    }
    if (m_closing.isEmpty())
        m_closingSweep.stop();
}

void Hub::remove(HubClient *c)
{
    if (!m_clients.remove(c))
        return;
    m_closing.remove(c);
    m_refused.remove(c);
    leaveRooms(c);
    if (!c->address.isEmpty() && --m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    // Called from the connection's own callback: freed on the next turn.
    if (m_dead.isEmpty())
        QMetaObject::invokeMethod(this, &Hub::reap, Qt::QueuedConnection);
    m_dead.append(c);
}

void Hub::leaveRooms(HubClient *c)
{
    for (const QString &room : std::as_const(c->rooms)) {
        auto it = m_rooms.find(room);
        if (it != m_rooms.end()) {
            it->remove(c);
            if (it->isEmpty()) {
                m_rooms.erase(it);
                m_stateFrames.remove(room);
                m_lastFlushed.remove(room);
            }
        }
    }
    c->rooms.clear();
}

bool Hub::credentialHolds(HubClient *c)
{
    if (c->who.role == Principal::Role::Customer)
        return true; // a ticket code is read-only and is not revoked
    const QDateTime now = m_domain.clock().now();
    if (c->who.expiresAt.isValid() && c->who.expiresAt <= now)
        return false;
    const std::optional<Principal> who = m_domain.signIn().resolveToken(c->token);
    // A store that did not answer (PostgreSQL restarting) revoked nothing: the socket keeps its
    // rights, and a command is refused with 503 by the store itself while it is away.
    if (!who)
        return !m_domain.database().lastOk();
    c->who = *who; // a renamed account acts under its new name
    return true;
}

void Hub::disconnectRevoked(HubClient *c, const char *why)
{
    qCInfo(lcHub) << "closing" << c->sid << "from" << c->address << ":" << why;
    leaveRooms(c);
    c->stage = HubClient::Stage::Opened;
    c->token.clear();
    c->who = Principal();
    sendText(c, "41");
    c->conn->close(WsFrames::PolicyViolated, QByteArray(why));
}

void Hub::recheckCredentials()
{
    const auto clients = m_clients;
    for (HubClient *c : clients)
        if (c->stage == HubClient::Stage::Connected && !credentialHolds(c))
            disconnectRevoked(c, "credential revoked or expired");
}

void Hub::reap()
{
    const QList<HubClient *> dead = std::exchange(m_dead, {});
    for (HubClient *c : dead) {
        delete c->conn;
        delete c;
    }
}

void Hub::onText(HubClient *c, const QByteArray &frame)
{
    const auto packet = EngineIO::decode(frame);
    if (!packet) {
        drop(c, "malformed Engine.IO packet");
        return;
    }
    switch (packet->type) {
    case EngineIO::PacketType::Pong:
        c->awaitingPong = false;
        return;
    case EngineIO::PacketType::Ping:
        sendText(c, EngineIO::encode(EngineIO::PacketType::Pong, packet->data));
        return;
    case EngineIO::PacketType::Close:
        c->conn->close(WsFrames::Normal, QByteArray());
        return;
    case EngineIO::PacketType::Message:
        onSocketIo(c, packet->data);
        return;
    case EngineIO::PacketType::Noop:
        return;
    default:
        drop(c, "unexpected Engine.IO packet");
        return;
    }
}

void Hub::onSocketIo(HubClient *c, const QByteArray &payload)
{
    const SocketIO::DecodeResult r = SocketIO::decode(payload);
    if (!r.ok()) {
        qCInfo(lcHub) << "bad Socket.IO packet from" << c->sid << ":" << r.error;
        drop(c, "malformed Socket.IO packet");
        return;
    }
    const SocketIO::Packet &p = *r.packet;
    if (p.nsp != QLatin1String("/")) {
        if (p.type == SocketIO::PacketType::Connect)
            sendText(
                c, '4' + SocketIO::encodeConnectError(QStringLiteral("Invalid namespace"), p.nsp));
        return;
    }
    switch (p.type) {
    case SocketIO::PacketType::Connect:
        if (c->stage == HubClient::Stage::Opened)
            onConnectPacket(c, p.data);
        return;
    case SocketIO::PacketType::Disconnect:
        c->conn->close(WsFrames::Normal, QByteArray());
        return;
    case SocketIO::PacketType::Event:
        if (c->stage != HubClient::Stage::Connected) {
            drop(c, "event before CONNECT");
            return;
        }
        onEventPacket(c, p.eventName(), p.eventArgs(), p.id);
        return;
    case SocketIO::PacketType::Ack:
        return; // the server asks no acks of clients
    default:
        drop(c, "unsupported Socket.IO packet");
        return;
    }
}

void Hub::onConnectPacket(HubClient *c, const QJsonValue &authValue)
{
    auto refuse = [this, c](const QString &message) {
        sendText(c, '4' + SocketIO::encodeConnectError(message));
    };
    const QJsonObject auth = authValue.toObject();
    const QJsonValue tokenValue = auth.value(QLatin1String("token"));
    if (!tokenValue.isString() || tokenValue.toString().isEmpty())
        return refuse(QStringLiteral("a token is required in the auth object"));
    const QString token = tokenValue.toString();
    std::optional<Principal> who = m_domain.signIn().resolveToken(token);
    if (!who)
        who = m_domain.signIn().resolveTicketCode(token);
    if (!who)
        return refuse(QStringLiteral("invalid token"));
    const QJsonValue offsetValue = auth.value(QLatin1String("offset"));
    qint64 offset = -1;
    if (!offsetValue.isUndefined() && !offsetValue.isNull()) {
        const double d = offsetValue.toDouble(-1);
        if (!offsetValue.isDouble() || d < 0 || d != double(qint64(d)))
            return refuse(QStringLiteral("offset must be a whole number (the last seq seen)"));
        offset = qint64(d);
    }
    const QJsonValue epochValue = auth.value(QLatin1String("epoch"));
    if (!epochValue.isUndefined() && !epochValue.isNull() && !epochValue.isString())
        return refuse(QStringLiteral("epoch must be a string (the epoch of the last CONNECT)"));
    // An offset from another epoch counts seqs of another history (the database was restored
    // since): replaying after it would show notices that never happened here, or skip real ones.
    if (epochValue.isString() && epochValue.toString() != m_epoch)
        offset = -1;
    c->who = *who;
    c->token = token;
    c->stage = HubClient::Stage::Connected;
    c->rooms = roomsFor(c->who);
    for (const QString &room : std::as_const(c->rooms)) {
        // Notices still waiting for the room's flush predate this client's state and replay.
        flushOutbox(room);
        m_rooms[room].insert(c);
    }
    sendText(c,
             '4' +
                 SocketIO::encodeConnect(
                     { { QStringLiteral("sid"), c->sid }, { QStringLiteral("epoch"), m_epoch } }));
    for (const QString &room : std::as_const(c->rooms))
        sendState(c, room);
    if (offset >= 0)
        replay(c, offset);
}

void Hub::onEventPacket(HubClient *c, const QString &name, const QJsonArray &args, int ackId)
{
    auto answer = [this, c, ackId](const Reply &reply) {
        if (ackId >= 0)
            sendText(c, SocketIO::frameAck(ackId, QJsonArray { reply.ackBody() }));
        else
            sendText(c,
                     SocketIO::frameEvent(QStringLiteral("error"), QJsonArray { reply.ackBody() }));
    };
    if (!c->commands.take(m_config.commandsPerSecond, m_config.commandBurst))
        return answer(Reply::error(429, QStringLiteral("rate_limited"),
                                   QStringLiteral("too many commands; slow down")));
    if (!m_commands.exists(name))
        return answer(Reply::error(404, QStringLiteral("unknown_command"),
                                   QStringLiteral("unknown command '%1'").arg(name)));
    if (ackId < 0)
        return answer(
            Reply::error(400, QStringLiteral("ack_required"),
                         QStringLiteral("send '%1' with an acknowledgement callback").arg(name)));
    if (args.size() > 1 || (!args.isEmpty() && !args.first().isObject()))
        return answer(
            Errors::invalid(QStringLiteral("the command's argument must be one JSON object")));
    // The credential is checked again for every command, not only at CONNECT: a logout,
    // deactivation or revocation on another server instance ends this socket's rights too.
    if (!credentialHolds(c)) {
        answer(Errors::unauthorized(QStringLiteral("the token was revoked or has expired")));
        return disconnectRevoked(c, "credential revoked or expired");
    }
    Principal who = c->who;
    who.address = c->address; // journaled with the change: where it came from
    answer(m_commands.run(name, args.isEmpty() ? QJsonObject() : args.first().toObject(), who));
}

void Hub::onCommitted(qint64)
{
    m_views.invalidate();
    Journal::Range range;
    range.after = m_dispatchedSeq;
    const QVector<JournalEntry> entries = m_domain.views().journal().read(range);
    for (const JournalEntry &e : entries) {
        const qint64 seq = e.seq;
        const QStringList &rooms = e.rooms;
        m_dispatchedSeq = seq;
        for (const QString &room : rooms)
            markDirty(room);
        // A queue change moves every waiting customer's position and estimate.
        if (e.type.startsWith(QLatin1String("visit.")) ||
            e.type.startsWith(QLatin1String("therapist.")))
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
        const qint64 gap = m_lastFlush.isValid() ? m_config.flushGapMs - m_lastFlush.elapsed() : 0;
        if (gap <= 0)
            QMetaObject::invokeMethod(this, &Hub::flush, Qt::QueuedConnection);
        else
            QTimer::singleShot(int(gap), this, &Hub::flush);
    }
}

void Hub::flush()
{
    m_flushQueued = false;
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
    const QString text = m_views.frame(room, m_dispatchedSeq);
    if (text.isEmpty())
        return QByteArray();
    auto it = m_stateFrames.find(room);
    if (it == m_stateFrames.end() || !it->first.isSharedWith(text))
        it = m_stateFrames.insert(room, { text, WsFrames::text(text.toUtf8()) });
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

void Hub::pingTick()
{
    static const QByteArray ping = WsFrames::text("2");
    const auto clients = m_clients;
    const QDateTime now = m_domain.clock().now();
    for (HubClient *c : clients) {
        if (c->stage == HubClient::Stage::Opened &&
            c->since.elapsed() > m_config.connectTimeoutMs) {
            drop(c, "no Socket.IO CONNECT in time");
            continue;
        }
        if (c->stage == HubClient::Stage::Connected && c->who.expiresAt.isValid() &&
            c->who.expiresAt <= now) {
            disconnectRevoked(c, "credential expired");
            continue;
        }
        if (c->awaitingPong)
            continue; // the last ping is still unanswered; pongCheck decides
        c->awaitingPong = true;
        c->pingSent.start();
        send(c, ping);
    }
    QTimer::singleShot(m_config.pingTimeoutMs, this, &Hub::pongCheck);
}

void Hub::connectSweep()
{
    bool waiting = false;
    const auto clients = m_clients;
    for (HubClient *c : clients) {
        if (c->stage != HubClient::Stage::Opened || m_refused.contains(c) || c->conn->isClosing())
            continue;
        if (c->since.elapsed() >= m_config.connectTimeoutMs) {
            ++m_connectTimeouts;
            drop(c, "no Socket.IO CONNECT in time");
        } else {
            waiting = true;
        }
    }
    if (!waiting)
        m_connectSweep.stop();
}

void Hub::pongCheck()
{
    const auto clients = m_clients;
    for (HubClient *c : clients)
        if (c->awaitingPong && c->pingSent.elapsed() >= m_config.pingTimeoutMs)
            drop(c, "no pong within pingTimeout");
}
