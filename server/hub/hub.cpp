// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hub.h"

#include <QAbstractEventDispatcher>

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "engineio.h"
#include "rooms.h"
#include "socketio.h"
#include "ws/wsconnection.h"
#include "ws/wsframes.h"

#include <QJsonArray>
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
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Hub::flush);
    // The idle wake only ends the loop's wait: the aboutToBlock after it decides.
    m_idleWake.setSingleShot(true);
    connect(&m_idleWake, &QTimer::timeout, this, [] {});
    if (QAbstractEventDispatcher *loop = QAbstractEventDispatcher::instance(thread()))
        connect(loop, &QAbstractEventDispatcher::aboutToBlock, this, &Hub::flushIfIdle);
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
    // The state below is sent at once, not held: commands of this loop turn commit first.
    m_domain.pipeline().commitGroup();
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

void Hub::ack(HubClient *c, int ackId, const Reply &reply)
{
    if (ackId >= 0)
        sendText(c, SocketIO::frameAck(ackId, QJsonArray { reply.ackBody() }));
    else
        sendText(c, SocketIO::frameEvent(QStringLiteral("error"), QJsonArray { reply.ackBody() }));
}

void Hub::onEventPacket(HubClient *c, const QString &name, const QJsonArray &args, int ackId)
{
    auto answer = [this, c, ackId](const Reply &reply) {
        // Held until the group of commands this one joined has committed (afterCommit).
        m_domain.pipeline().afterCommit([this, c, sid = c->sid, ackId, reply](bool committed) {
            if (m_clients.contains(c) && c->sid == sid)
                ack(c, ackId, committed ? reply : m_domain.pipeline().commitFailure());
        });
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
    // Run once this instance may write (CommandPipeline::whenOurTurn: on PostgreSQL with
    // several instances it may wait, without holding up this loop, for another's turn), in
    // the order sent. A client gone meanwhile never had an answer: its command does not run.
    const QJsonObject body = args.isEmpty() ? QJsonObject() : args.first().toObject();
    m_domain.pipeline().whenOurTurn([this, c, sid = c->sid, name, body, answer] {
        if (!m_clients.contains(c) || c->sid != sid)
            return;
        // The credential is checked again for every command, not only at CONNECT: a logout,
        // deactivation or revocation on another server instance ends this socket's rights too.
        if (!credentialHolds(c)) {
            answer(Errors::unauthorized(QStringLiteral("the token was revoked or has expired")));
            return disconnectRevoked(c, "credential revoked or expired");
        }
        Principal who = c->who;
        who.address = c->address; // journaled with the change: where it came from
        answer(m_commands.run(name, body, who));
    });
}
