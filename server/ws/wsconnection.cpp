// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wsconnection.h"

#include "wsframes.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTimer>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWs, "spa.ws")

namespace {
constexpr int kMaxIov = 64;
// One read buffer for every connection: the event loop runs on one thread.
char g_readBuffer[64 * 1024];
} // namespace

WsConnection::WsConnection(WsTransport transport, const Limits &limits, Callbacks callbacks)
    : m_fd(transport.fd)
    , m_socket(transport.socket)
    , m_limits(limits)
    , m_callbacks(std::move(callbacks))
{
    if (m_socket) {
        m_context = std::make_unique<QObject>();
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(m_socket, &QIODevice::readyRead, m_context.get(),
                         [this] { onSocketReadable(); });
        QObject::connect(m_socket, &QAbstractSocket::disconnected, m_context.get(),
                         [this] { finishSocket(false); });
        return;
    }
    const int fd = m_fd;
    m_readNotifier = std::make_unique<QSocketNotifier>(qintptr(fd), QSocketNotifier::Read);
    QObject::connect(m_readNotifier.get(), &QSocketNotifier::activated, m_readNotifier.get(),
                     [this] { onReadable(); });
    // Each write is a whole frame or a flush's batch: nothing is gained by Nagle holding a
    // second one back until the first is acknowledged (up to a delayed ACK's 40 ms).
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

WsConnection::~WsConnection()
{
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_socket) {
        m_socket->disconnect(m_context.get());
        m_socket->abort();
        m_socket->deleteLater();
    }
}

qint64 WsConnection::queuedBytes() const
{
    if (!m_socket)
        return m_queuedBytes;
    // A QSslSocket counts only what it has not encrypted yet; the encrypted bytes the kernel has
    // not taken wait in its own buffer.
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket.data());
    return m_socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

void WsConnection::start(const QByteArray &greeting, const QByteArray &initial)
{
    send(greeting);
    if (!initial.isEmpty() && m_state == State::Open) {
        QByteArray copy = initial;
        const qsizetype used = consume(copy.data(), copy.size());
        if (m_state != State::Closed)
            m_partial = copy.mid(used);
    }
}

bool WsConnection::writeNow(const char *data, qsizetype size, qsizetype *written)
{
    *written = 0;
    while (*written < size) {
        const ssize_t n =
            ::send(m_fd, data + *written, size_t(size - *written), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            *written += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        return false; // reset or broken pipe
    }
    return true;
}

bool WsConnection::send(const QByteArray &frame)
{
    if (m_state != State::Open)
        return false;
    if (m_socket)
        return sendOnSocket(frame);
    if (!m_queue.isEmpty()) {
        if (m_queuedBytes + frame.size() > m_limits.maxQueuedBytes) {
            qCInfo(lcWs) << "aborting a connection whose peer stopped reading:" << m_queuedBytes
                         << "bytes queued";
            abort();
            return false;
        }
        m_queue.append(frame);
        m_queuedBytes += frame.size();
        return true;
    }
    qsizetype written = 0;
    if (!writeNow(frame.constData(), frame.size(), &written)) {
        abort();
        return false;
    }
    if (written == frame.size())
        return true;
    m_queue.append(frame);
    m_queueOffset = written;
    m_queuedBytes = frame.size() - written;
    if (!m_writeNotifier) {
        m_writeNotifier = std::make_unique<QSocketNotifier>(qintptr(m_fd), QSocketNotifier::Write);
        QObject::connect(m_writeNotifier.get(), &QSocketNotifier::activated, m_writeNotifier.get(),
                         [this] { onWritable(); });
    }
    m_writeNotifier->setEnabled(true);
    return true;
}

void WsConnection::onWritable()
{
    while (!m_queue.isEmpty()) {
        iovec iov[kMaxIov];
        int count = 0;
        for (qsizetype i = 0; i < m_queue.size() && count < kMaxIov; ++i, ++count) {
            const QByteArray &f = m_queue.at(i);
            const qsizetype skip = i == 0 ? m_queueOffset : 0;
            iov[count].iov_base = const_cast<char *>(f.constData() + skip);
            iov[count].iov_len = size_t(f.size() - skip);
        }
        msghdr msg {};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(count);
        ssize_t n = ::sendmsg(m_fd, &msg, MSG_NOSIGNAL | MSG_DONTWAIT); // not writev: no SIGPIPE
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n < 0) {
            abort();
            return;
        }
        m_queuedBytes -= n;
        while (n > 0) {
            const qsizetype left = m_queue.first().size() - m_queueOffset;
            if (n >= left) {
                n -= left;
                m_queue.removeFirst();
                m_queueOffset = 0;
            } else {
                m_queueOffset += n;
                n = 0;
            }
        }
    }
    m_queue = QList<QByteArray>(); // release the list's storage too
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    if (m_state == State::Closing) {
        if (m_closeWhenFlushed)
            finish(); // the peer's close was answered
        else
            ::shutdown(m_fd, SHUT_WR); // our close frame is out
    }
}

void WsConnection::onReadable()
{
    for (;;) {
        const ssize_t n = ::recv(m_fd, g_readBuffer, sizeof g_readBuffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0) {
            finish(); // the peer went away (EOF or reset)
            return;
        }
        if (!received(n))
            return;
        if (size_t(n) < sizeof g_readBuffer)
            return;
    }
}

bool WsConnection::received(qsizetype n)
{
    if (m_partial.isEmpty()) {
        const qsizetype used = consume(g_readBuffer, n);
        if (m_state == State::Closed)
            return false;
        if (used < n)
            m_partial = QByteArray(g_readBuffer + used, n - used);
    } else {
        m_partial.append(g_readBuffer, n);
        const qsizetype used = consume(m_partial.data(), m_partial.size());
        if (m_state == State::Closed)
            return false;
        m_partial.remove(0, used);
        if (m_partial.isEmpty())
            m_partial = QByteArray();
    }
    return true;
}

// TLS: the QSslSocket has decrypted what came; the same framing code takes it from there.
void WsConnection::onSocketReadable()
{
    while (m_socket && m_state != State::Closed) {
        const qint64 n = m_socket->read(g_readBuffer, sizeof g_readBuffer);
        if (n <= 0)
            return;
        if (!received(n))
            return;
    }
}

bool WsConnection::sendOnSocket(const QByteArray &frame)
{
    // Qt keeps what the peer has not taken yet: a peer that stopped reading is cut off at the
    // same bound as on the raw path.
    if (queuedBytes() + frame.size() > m_limits.maxQueuedBytes) {
        qCInfo(lcWs) << "aborting a connection whose peer stopped reading:" << queuedBytes()
                     << "bytes queued";
        abort();
        return false;
    }
    m_socket->write(frame);
    return true;
}

// TLS cannot half-close, so a closing connection waits for the peer's close frame (or the
// grace); `flush` lets what is queued (our close frame) go out before the connection ends.
void WsConnection::finishSocket(bool flush)
{
    if (m_state != State::Closed) {
        m_state = State::Closed;
        m_partial = QByteArray();
        m_message = QByteArray();
        QMetaObject::invokeMethod(
            m_context.get(),
            [this] {
                if (m_callbacks.closed)
                    m_callbacks.closed(m_peerCloseCode);
            },
            Qt::QueuedConnection);
    }
    QTcpSocket *socket = m_socket.data();
    if (!socket)
        return;
    m_socket = nullptr;
    socket->disconnect(m_context.get());
    if (flush && socket->state() == QAbstractSocket::ConnectedState) {
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGraceMs, socket, [socket] { socket->abort(); });
        socket->disconnectFromHost(); // after what is queued is written
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void WsConnection::close(quint16 code, const QByteArray &reason)
{
    if (m_state != State::Open)
        return;
    send(WsFrames::close(code, reason));
    if (m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_closeDeadline.setRemainingTime(kCloseGraceMs);
    // Half-close once the frame is out: the peer answers with its close and then EOF.
    if (m_queue.isEmpty() && !m_socket)
        ::shutdown(m_fd, SHUT_WR);
    if (m_callbacks.closing)
        m_callbacks.closing();
}

void WsConnection::abort()
{
    if (m_socket) {
        finishSocket(false);
        return;
    }
    finish();
}

void WsConnection::finish()
{
    if (m_socket) {
        finishSocket(true); // the peer's close was answered: let that answer go out
        return;
    }
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    m_readNotifier->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_queue = QList<QByteArray>();
    m_queuedBytes = 0;
    m_partial = QByteArray();
    m_message = QByteArray();
    // Always from the event loop, so callers in the middle of a broadcast are not surprised.
    QMetaObject::invokeMethod(
        m_readNotifier.get(),
        [this] {
            if (m_callbacks.closed)
                m_callbacks.closed(m_peerCloseCode);
        },
        Qt::QueuedConnection);
}
