// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guardedtcpserver_p.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
constexpr qint64 kMaxDrain = 1024 * 1024;

QByteArray errorBody(const QByteArray &code, const QByteArray &message)
{
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
}
} // namespace

void guarded::answerAndClose(QTcpSocket *socket, int status, const char *reason,
                             const QByteArray &code, const QByteArray &message, qint64 drain,
                             const QByteArray &extraHeaders)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    // What Qt HttpServer read of this request so far is kept for a rollback: let it go.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    const QByteArray body = errorBody(code, message);
    socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extraHeaders +
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    auto left = std::make_shared<qint64>(std::min(drain, kMaxDrain));
    auto close = [socket] {
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, left, close] {
        *left -= socket->readAll().size();
        if (*left <= 0)
            close();
    });
    *left -= socket->readAll().size();
    if (*left <= 0)
        close();
    else
        QTimer::singleShot(5000, socket, close);
}

using guarded::answerAndClose;

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_clock.start();
    const int shortest =
        std::min({ limits.headTimeoutMs, limits.bodyTimeoutMs, limits.idleTimeoutMs });
    m_sweep.setInterval(std::clamp(shortest / 5, 20, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
}

GuardedTcpServer::~GuardedTcpServer()
{
    stopAccepting();
    for (int fd : m_sniffing.keys()) {
        dropSniff(fd);
        ::close(fd);
    }
    qDeleteAll(m_conns);
}

const QList<QByteArray> &GuardedTcpServer::refusalReasons()
{
    static const QList<QByteArray> reasons {
        "head_too_large", "body_too_large", "chunked",     "bad_request",       "head_timeout",
        "body_timeout",   "idle_timeout",   "per_address", "plain_http_on_tls", "tls_handshake"
    };
    return reasons;
}

void GuardedTcpServer::rewindToRequest(QTcpSocket *socket)
{
    // Qt HttpServer starts a transaction at the start of each request and commits it at its end.
    if (socket->isTransactionStarted())
        socket->rollbackTransaction();
}

void GuardedTcpServer::markStreaming(QTcpSocket *socket)
{
    if (auto *server = qobject_cast<GuardedTcpServer *>(socket ? socket->parent() : nullptr))
        if (Conn *c = server->m_conns.value(socket))
            c->streaming = true;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_tls) {
        // Nothing may read the stream before its first byte says TLS or not.
        const int fd = int(descriptor);
        sockaddr_storage peer {};
        socklen_t len = sizeof peer;
        const QString address = ::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &len) == 0
            ? QHostAddress(reinterpret_cast<sockaddr *>(&peer)).toString()
            : QString();
        if (m_limits.maxConnectionsPerAddress > 0 &&
            m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
            // No answer can be read before the handshake: the connection is just closed.
            ++m_refusals["per_address"];
            ::close(fd);
            return;
        }
        auto *sniff = new Sniff { address, now(), new QSocketNotifier(fd, QSocketNotifier::Read) };
        connect(sniff->notifier, &QSocketNotifier::activated, this, [this, fd] { sniffed(fd); });
        ++m_perAddress[address];
        m_sniffing.insert(fd, sniff);
        if (!m_sweep.isActive())
            m_sweep.start();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (m_limits.maxConnectionsPerAddress > 0 &&
        m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
        if (m_refusals.value("per_address") % 1000 == 0)
            qCWarning(lcHttp) << "refusing HTTP connections from" << address << ": over"
                              << m_limits.maxConnectionsPerAddress << "open";
        ++m_refusals["per_address"];
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        answerAndClose(socket, 503, "Service Unavailable", "too_many_connections",
                       "too many connections from this address", 0);
        return;
    }
    track(socket, address);
    handToQt(socket);
}

GuardedTcpServer::Conn *GuardedTcpServer::track(QTcpSocket *socket, const QString &address)
{
    auto *c = new Conn;
    c->socket = socket;
    c->address = address;
    c->phaseSince = now();
    ++m_perAddress[address];
    m_conns.insert(socket, c);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (Conn *c = m_conns.value(socket)) {
            c->gone = true; // no time limits; what it sent before is still inspected
            if (!c->address.isEmpty() && --m_perAddress[c->address] <= 0)
                m_perAddress.remove(c->address);
            c->address.clear();
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (!m_sweep.isActive())
        m_sweep.start();
    return c;
}

void GuardedTcpServer::handToQt(QTcpSocket *socket)
{
    // Connected before Qt HttpServer's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Conn *c = m_conns.value(socket))
            beforeQt(c);
    });
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // Qt HttpServer has connected its handler by now (pendingConnectionAvailable is direct).
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Conn *c = m_conns.value(socket))
            afterQt(c);
    });
}

void GuardedTcpServer::release(QTcpSocket *socket)
{
    QObject::disconnect(socket, nullptr, this, nullptr);
    forget(socket);
    socket->setParent(nullptr);
}

void GuardedTcpServer::forget(QTcpSocket *socket)
{
    Conn *c = m_conns.take(socket);
    if (!c)
        return;
    if (!c->address.isEmpty() && --m_perAddress[c->address] <= 0)
        m_perAddress.remove(c->address);
    delete c;
}

void GuardedTcpServer::beforeQt(Conn *c)
{
    QTcpSocket *socket = c->socket;
    const qint64 avail = socket->bytesAvailable();
    c->availBefore = avail;
    if (c->phase == Conn::Phase::Done && c->pending == Verdict::Pass)
        return;
    if (c->pending != Verdict::Pass) {
        act(c);
        return;
    }
    if (avail <= c->seen)
        return;
    if (c->phase == Conn::Phase::Body && avail - c->seen < c->bodyLeft) {
        // More of a body: counted, not looked at.
        c->skipBody(avail - c->seen);
        c->seen = avail;
        return;
    }
    feed(c, socket->peek(avail), c->seen);
}

void GuardedTcpServer::afterQt(Conn *c)
{
    const qint64 avail = c->socket->bytesAvailable();
    if (avail < c->availBefore)
        c->seen = std::max<qint64>(0, c->seen - (c->availBefore - avail));
    c->availBefore = avail;
    if (c->pending != Verdict::Pass)
        act(c);
}

void GuardedTcpServer::feed(Conn *c, const QByteArray &data, qsizetype from)
{
    const RequestStream::Limits limits { m_limits.maxBodyBytes, m_limits.maxHeadBytes,
                                         bool(m_upgrade) };
    c->seen = c->RequestStream::feed(data, from, limits, now());
    if (c->pending == Verdict::Pass)
        return;
    if (c->pending == Verdict::Refuse && c->counter == "head_too_large")
        qCInfo(lcHttp) << "refused a request head over" << m_limits.maxHeadBytes << "bytes from"
                       << c->socket->peerAddress();
    else if (c->pending == Verdict::Refuse && c->counter == "body_too_large")
        qCInfo(lcHttp) << "refused a body of" << c->drain << "bytes from"
                       << c->socket->peerAddress();
    act(c);
}

void GuardedTcpServer::act(Conn *c)
{
    // The first byte Qt HttpServer has not read, as a stream offset.
    const qint64 unread = c->fed - c->seen;
    if (c->requestStart > unread)
        return; // Qt has yet to read (and answer) the requests before this one
    const Verdict verdict = std::exchange(c->pending, Verdict::Pass);
    if (verdict == Verdict::Refuse) {
        c->phase = Conn::Phase::Done;
        ++m_refusals[c->counter];
        answerAndClose(c->socket, c->status, c->statusText, c->code, c->message, c->drain);
        return;
    }
    if (verdict == Verdict::Upgrade) {
        const RequestHead head = *std::exchange(c->upgradeHead, std::nullopt);
        const qsizetype size = c->headEnd - c->requestStart;
        QTcpSocket *socket = c->socket;
        if (m_upgrade(socket, head, size)) {
            // A TLS upgrade keeps its socket and release()s it: `c` is gone then.
            if (Conn *still = m_conns.value(socket))
                still->phase = Conn::Phase::Done;
            return;
        }
        // Not taken: Qt HttpServer answers it; go on inspecting what follows.
        if (c->socket->bytesAvailable() > c->seen)
            feed(c, c->socket->peek(c->socket->bytesAvailable()), c->seen);
    }
}

void GuardedTcpServer::sweep()
{
    using Phase = Conn::Phase;
    if (m_conns.isEmpty() && m_sniffing.isEmpty()) {
        m_sweep.stop();
        return;
    }
    const qint64 t = now();
    // A TLS port's connection that has not said anything, or not finished its handshake, in the
    // head's time is closed: nothing readable can be answered before the handshake.
    QList<int> silent;
    for (auto it = m_sniffing.cbegin(); it != m_sniffing.cend(); ++it)
        if (t - it.value()->since > m_limits.headTimeoutMs)
            silent.append(it.key());
    for (int fd : silent) {
        dropSniff(fd);
        ::close(fd);
        ++m_refusals["head_timeout"];
    }
    QList<Conn *> slowHandshakes;
    QList<QPair<Conn *, const char *>> due;
    for (Conn *c : std::as_const(m_conns)) {
        if (c->pending != Verdict::Pass || c->gone)
            continue;
        const qint64 age = t - c->phaseSince;
        if (c->handshaking) {
            if (age > m_limits.headTimeoutMs)
                slowHandshakes.append(c);
            continue;
        }
        if (c->phase == Phase::Head && age > m_limits.headTimeoutMs)
            due.append({ c, "head_timeout" });
        else if (c->phase == Phase::Body && age > m_limits.bodyTimeoutMs)
            due.append({ c, "body_timeout" });
        else if (c->phase == Phase::Idle && age > m_limits.idleTimeoutMs && !c->streaming &&
                 c->socket->bytesToWrite() == 0)
            due.append({ c, "idle_timeout" });
    }
    for (Conn *c : slowHandshakes) {
        c->handshaking = false;
        c->phase = Phase::Done;
        ++m_refusals["head_timeout"];
        c->socket->abort();
    }
    for (const auto &[c, why] : due) {
        if (qstrcmp(why, "idle_timeout") == 0) {
            c->phase = Phase::Done;
            ++m_refusals[why];
            c->socket->disconnectFromHost();
            continue;
        }
        if (c->requestStart > c->fed - c->seen)
            continue; // Qt is still behind this request: the connection is busy, not slow
        c->refuse(408, "Request Timeout", why,
                  qstrcmp(why, "head_timeout") == 0 ? "the request head took too long"
                                                    : "the request body took too long");
        act(c);
    }
}
