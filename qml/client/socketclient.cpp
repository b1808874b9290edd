// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "socketclient.h"

#include "engineio.h"
#include "socketio.h"
#include "tlstrust.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcClient, "spa.client")

namespace {
QJsonObject failure(const QString &code, const QString &message)
{
    return { { QStringLiteral("ok"), false },
             { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("code"), code },
                             { QStringLiteral("message"), message } } } };
}
} // namespace

SocketClient::SocketClient(QObject *parent)
    : QObject(parent)
{
    TlsTrust::watch(&m_socket); // a venue's own CA or pinned key (wss://)
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SocketClient::connectNow);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCInfo(lcClient) << "no ping from the server in time; reconnecting";
        setLastError(tr("The server stopped answering"));
        m_socket.abort();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &SocketClient::onTextMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, &SocketClient::onDisconnected);
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                setLastError(m_socket.errorString());
                // Some failures (refused, unreachable) end without a disconnected() from a socket
                // that never connected.
                if (m_socket.state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
}

SocketClient::~SocketClient()
{
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
    failPending(QStringLiteral("disconnected"), QStringLiteral("client closed"));
}

void SocketClient::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    // Another server's journal has other sequence numbers: start over there.
    m_lastSeq = -1;
    Q_EMIT lastSeqChanged();
    Q_EMIT serverUrlChanged();
    if (m_wanted) {
        m_socket.abort();
    }
}

void SocketClient::resumeFrom(qint64 seq)
{
    if (seq <= m_lastSeq)
        return;
    m_lastSeq = seq;
    Q_EMIT lastSeqChanged();
}

void SocketClient::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    Q_EMIT tokenChanged();
    if (m_wanted)
        m_socket.abort(); // reconnect with the new identity
}

void SocketClient::setMaxBackoffMs(int ms)
{
    if (ms == m_maxBackoffMs)
        return;
    m_maxBackoffMs = std::max(100, ms);
    Q_EMIT maxBackoffMsChanged();
}

void SocketClient::open()
{
    m_wanted = true;
    m_attempt = 0;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        connectNow();
}

void SocketClient::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_watchdog.stop();
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.close();
    else
        m_socket.abort();
    setStatus(Offline);
}

void SocketClient::connectNow()
{
    if (!m_wanted || m_socket.state() != QAbstractSocket::UnconnectedState)
        return;
    if (!m_serverUrl.isValid() || m_serverUrl.host().isEmpty()) {
        setLastError(tr("No server address is set"));
        scheduleReconnect();
        return;
    }
    QUrl url = m_serverUrl;
    url.setScheme(m_serverUrl.scheme() == QLatin1String("https") ||
                          m_serverUrl.scheme() == QLatin1String("wss")
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/socket.io/"));
    url.setQuery(QStringLiteral("EIO=4&transport=websocket"));
    m_handshaken = false;
    setStatus(Connecting);
    // QWebSocket has no handshake time-out: a server that accepts and never answers would keep
    // us "connecting" for ever. The watchdog aborts, and the usual backoff retries.
    m_watchdog.setInterval(10000);
    m_watchdog.start();
    if (url.scheme() == QLatin1String("wss"))
        m_socket.setSslConfiguration(TlsTrust::configuration());
    m_socket.open(url);
}

void SocketClient::sendFrame(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

void SocketClient::onTextMessage(const QString &text)
{
    const auto packet = EngineIO::decode(text.toUtf8());
    if (!packet)
        return;
    switch (packet->type) {
    case EngineIO::PacketType::Open: {
        const QJsonObject open = QJsonDocument::fromJson(packet->data).object();
        const int interval = open.value(QLatin1String("pingInterval")).toInt(25000);
        const int timeout = open.value(QLatin1String("pingTimeout")).toInt(20000);
        m_watchdog.setInterval(interval + timeout);
        m_watchdog.start();
        QJsonObject auth { { QStringLiteral("token"), m_token } };
        if (m_lastSeq >= 0)
            auth.insert(QStringLiteral("offset"), m_lastSeq);
        sendFrame(QByteArrayLiteral("4") + SocketIO::encodeConnect(auth));
        return;
    }
    case EngineIO::PacketType::Ping:
        m_watchdog.start();
        sendFrame(EngineIO::encode(EngineIO::PacketType::Pong, packet->data));
        return;
    case EngineIO::PacketType::Close:
        m_socket.close();
        return;
    case EngineIO::PacketType::Message:
        onSocketIo(packet->data);
        return;
    default:
        return;
    }
}

void SocketClient::onSocketIo(const QByteArray &payload)
{
    const SocketIO::DecodeResult r = SocketIO::decode(payload);
    if (!r.ok())
        return;
    const SocketIO::Packet &p = *r.packet;
    switch (p.type) {
    case SocketIO::PacketType::Connect:
        m_handshaken = true;
        m_attempt = 0;
        setLastError(QString());
        setStatus(Connected);
        Q_EMIT connected();
        return;
    case SocketIO::PacketType::ConnectError: {
        const QString message = p.data.isObject()
            ? p.data.toObject().value(QLatin1String("message")).toString()
            : p.data.toString();
        setLastError(message);
        Q_EMIT connectionRejected(message);
        m_socket.close(); // and retry later: an admin may fix the token meanwhile
        return;
    }
    case SocketIO::PacketType::Event: {
        const QJsonObject data = p.eventArgs().first().toObject();
        const qint64 seq = qint64(data.value(QLatin1String("seq")).toDouble(-1));
        if (seq > m_lastSeq) {
            m_lastSeq = seq;
            Q_EMIT lastSeqChanged();
        }
        m_lastUpdate = QDateTime::currentDateTimeUtc();
        Q_EMIT lastUpdateChanged();
        Q_EMIT eventReceived(p.eventName(), data);
        return;
    }
    case SocketIO::PacketType::Ack: {
        const auto it = m_pending.find(p.id);
        if (it == m_pending.end())
            return; // answered after its time-out: the caller was already told
        Pending pending = it.value();
        m_pending.erase(it);
        delete pending.timer;
        pending.callback(p.ackArgs().first().toObject());
        return;
    }
    case SocketIO::PacketType::Disconnect:
        m_socket.close();
        return;
    default:
        return;
    }
}

void SocketClient::onDisconnected()
{
    m_watchdog.stop();
    m_handshaken = false;
    failPending(QStringLiteral("disconnected"),
                tr("The connection was lost before the server answered"));
    if (m_wanted)
        scheduleReconnect();
    else
        setStatus(Offline);
}

void SocketClient::scheduleReconnect()
{
    if (m_reconnectTimer.isActive())
        return;
    // 0.5 s, 1 s, 2 s, ... capped, each ±30 % so a room of kiosks does not return in lockstep.
    const double base = std::min<double>(m_maxBackoffMs, 500.0 * (1 << std::min(m_attempt, 16)));
    const double jitter = 0.7 + 0.6 * QRandomGenerator::global()->generateDouble();
    ++m_attempt;
    m_reconnectTimer.start(int(std::min<double>(m_maxBackoffMs, base * jitter)));
    setStatus(Offline);
}

void SocketClient::setStatus(Status s)
{
    if (s == m_status)
        return;
    m_status = s;
    Q_EMIT statusChanged();
}

void SocketClient::setLastError(const QString &e)
{
    if (e == m_lastError)
        return;
    m_lastError = e;
    Q_EMIT lastErrorChanged();
}

void SocketClient::failPending(const QString &code, const QString &message)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        delete p.timer;
        p.callback(failure(code, message));
    }
}

void SocketClient::request(const QString &name, const QJsonObject &payload, AckCallback callback,
                           int timeoutMs)
{
    if (m_status != Connected) {
        callback(failure(QStringLiteral("offline"), tr("Not connected to the server")));
        return;
    }
    const int id = m_nextAckId++;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        Pending p = it.value();
        m_pending.erase(it);
        p.timer->deleteLater();
        p.callback(failure(QStringLiteral("timeout"), tr("The server did not answer in time")));
    });
    m_pending.insert(id, Pending { std::move(callback), timer });
    timer->start(timeoutMs);
    sendFrame(SocketIO::frameEvent(name, QJsonArray { payload }, id));
}
