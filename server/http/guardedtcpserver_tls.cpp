// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The TLS side of GuardedTcpServer: a TLS port's new connection is watched until its first byte
// arrives; a handshake gets a QSslSocket, plain HTTP a redirect or a refusal.

#include "guardedtcpserver_p.h"

#include <QSslSocket>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

using guarded::answerAndClose;

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
