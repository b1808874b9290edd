// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guardedtcpserver.h"

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

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace {
constexpr qint64 kMaxDrain = 1024 * 1024;

QByteArray errorBody(const QByteArray &code, const QByteArray &message)
{
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
}

// Answers and closes. The client may still be sending the refused body: closing with unread
// data would reset the connection before it reads the answer, so up to `drain` bytes are read
// and dropped first (bounded in bytes and time). Nothing else reads the socket afterwards.
void answerAndClose(QTcpSocket *socket, int status, const char *reason, const QByteArray &code,
                    const QByteArray &message, qint64 drain, const QByteArray &extraHeaders = {})
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
} // namespace

// The stream state (RequestStream) plus what ties it to a socket and to Qt's reading.
struct GuardedTcpServer::Conn : RequestStream {
    QTcpSocket *socket = nullptr;
    QString address; // empty once the connection no longer counts against it
    bool streaming = false;
    bool gone = false; // disconnected
    bool handshaking = false; // TLS: not encrypted yet, so not Qt HttpServer's yet
    bool plainOnTls = false; // plain HTTP on the TLS port: answered by answerPlainOnTls()

    // Of the bytes Qt HttpServer has not read yet, how many at the front were inspected (`seen`),
    // and the unread bytes when Qt's turn began (`availBefore`).
    qint64 seen = 0;
    qint64 availBefore = 0;
};

struct GuardedTcpServer::Sniff {
    QString address;
    qint64 since = 0;
    QSocketNotifier *notifier = nullptr;
};

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

bool GuardedTcpServer::listenAndAccept(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    m_listenFd = ::fcntl(int(socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (m_listenFd < 0) {
        close();
        return false;
    }
    pauseAccepting(); // for good: see nextPendingConnection()
    m_acceptNotifier = new QSocketNotifier(m_listenFd, QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptReady);
    return true;
}

void GuardedTcpServer::stopAccepting()
{
    delete std::exchange(m_acceptNotifier, nullptr);
    if (m_listenFd >= 0)
        ::close(std::exchange(m_listenFd, -1));
    close();
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    // QTcpServer turns its own accepting back on here; ours does it.
    if (m_acceptNotifier)
        pauseAccepting();
    return socket;
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

void GuardedTcpServer::dropSniff(int fd)
{
    Sniff *sniff = m_sniffing.take(fd);
    if (!sniff)
        return;
    if (--m_perAddress[sniff->address] <= 0)
        m_perAddress.remove(sniff->address);
    sniff->notifier->setEnabled(false);
    sniff->notifier->deleteLater(); // may be the sender of the signal being handled
    delete sniff;
}

void GuardedTcpServer::sniffed(int fd)
{
    Sniff *sniff = m_sniffing.value(fd);
    if (!sniff)
        return;
    unsigned char first = 0;
    const ssize_t n = ::recv(fd, &first, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    const QString address = sniff->address;
    dropSniff(fd);
    if (n <= 0) { // closed (or reset) before saying anything
        ::close(fd);
        return;
    }
    if (first == 0x16) { // a TLS record of type handshake: a ClientHello
        startTls(fd, address);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(fd)) {
        delete socket;
        ::close(fd);
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    Conn *c = track(socket, address);
    c->plainOnTls = true;
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Conn *c = m_conns.value(socket); c && c->pending == Verdict::Pass)
            answerPlainOnTls(c);
    });
    answerPlainOnTls(c);
}

void GuardedTcpServer::startTls(int fd, const QString &address)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(fd)) {
        delete socket;
        ::close(fd);
        return;
    }
    // An answer leaves as several TLS records (Qt HttpServer writes status, headers and body
    // apart): with Nagle, a later one can wait for the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Until Qt HttpServer has it, the socket is ours to delete (twice is harmless).
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    Conn *c = track(socket, address);
    c->handshaking = true;
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        Conn *c = m_conns.value(socket);
        if (!c || !c->handshaking)
            return;
        c->handshaking = false;
        c->phaseSince = now(); // the head is due from here
        handToQt(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
        Conn *c = m_conns.value(socket);
        if (!c || !c->handshaking)
            return;
        // A client that does not trust the certificate, or speaks no TLS we accept. (One that
        // merely hung up is not worth a log line: scanners do it all day.)
        ++m_refusals["tls_handshake"];
        if (socket->error() != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttp) << "TLS handshake failed with" << socket->peerAddress() << ":"
                            << socket->errorString();
        c->handshaking = false;
        c->phase = Conn::Phase::Done;
        socket->abort();
    });
    socket->startServerEncryption();
}

// Plain HTTP sent to the TLS port: a browser that followed an http:// link (a printed QR code,
// a typed address) is sent to the same place over https://; other requests are told why not.
void GuardedTcpServer::answerPlainOnTls(Conn *c)
{
    QTcpSocket *socket = c->socket;
    const QByteArray data = socket->peek(m_limits.maxHeadBytes);
    qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        end = data.indexOf("\n\n");
    if (end < 0 && data.size() < m_limits.maxHeadBytes)
        return; // the rest of the head is still coming (the head time limit applies)
    c->phase = Conn::Phase::Done;
    c->pending = Verdict::Refuse; // nothing else answers this connection now
    ++m_refusals["plain_http_on_tls"];
    const QList<QByteArray> lines = data.left(end < 0 ? data.size() : end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    QByteArray host;
    for (const QByteArray &line : lines.mid(1))
        if (line.toLower().startsWith("host:"))
            host = line.mid(5).trimmed();
    const auto hostOk = [&host] {
        return !host.isEmpty() && host.size() < 256 &&
            std::all_of(host.cbegin(), host.cend(), [](char ch) {
                return std::isalnum(uchar(ch)) || ch == '.' || ch == '-' || ch == ':' ||
                    ch == '[' || ch == ']';
            });
    };
    const qint64 drain = socket->bytesAvailable();
    if ((method == "GET" || method == "HEAD") && target.startsWith('/') &&
        !target.startsWith("//") &&
        std::none_of(target.cbegin(), target.cend(), [](char ch) { return uchar(ch) <= ' '; }) &&
        hostOk()) {
        answerAndClose(socket, 301, "Moved Permanently", "https_required",
                       "this server speaks HTTPS only", drain,
                       "Location: https://" + host + target + "\r\n");
        return;
    }
    answerAndClose(socket, 400, "Bad Request", "https_required",
                   "this server speaks HTTPS only: use https:// (and wss:// for WebSockets)",
                   drain);
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

void GuardedTcpServer::acceptReady()
{
    for (int i = 0; i < 256; ++i) { // then let the rest of the loop run; the notifier fires again
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            incomingConnection(fd);
            if (!m_acceptNotifier)
                return; // stopped meanwhile
            continue;
        }
        const int error = errno;
        if (error == EINTR || error == ECONNABORTED || error == EPROTO)
            continue; // that client is gone; others may be waiting
        if (error == EAGAIN || error == EWOULDBLOCK)
            return;
        // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM): the connection stays
        // in the backlog and accept() would fail again at once. Wait for descriptors to free up.
        ++m_acceptPauses;
        if (!m_loggedAcceptPause) {
            m_loggedAcceptPause = true;
            qCWarning(lcHttp).nospace()
                << "accept failed (" << strerror(error) << "); pausing accepts for "
                << m_limits.acceptBackoffMs << " ms each time this happens (logged once)";
        }
        m_acceptNotifier->setEnabled(false);
        QTimer::singleShot(m_limits.acceptBackoffMs, this, [this] {
            if (m_acceptNotifier)
                m_acceptNotifier->setEnabled(true);
        });
        return;
    }
}
