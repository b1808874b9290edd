// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/requesthead.h"
#include "http/requeststream.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

// A QTcpServer that looks at every request head on a connection before Qt HttpServer does, so
// an oversized body is refused (413) as soon as its Content-Length is announced instead of after
// Qt has read it all into memory, an oversized head (431), a chunked body (411) or a doubtful
// length (400) never gets that far, and slow or idle connections are closed. Qt HttpServer 6.4
// has no such limits of its own.
//
// How: its readyRead handler is connected before Qt HttpServer's and another one after it. Qt
// reads exactly one request per call and leaves what follows in the socket, so the first handler
// sees, in the bytes Qt has not read yet, every byte of the stream once; it follows the requests
// (head, Content-Length body, next head, as Qt will cut them) whether a head arrives in one
// segment or many and whether requests are pipelined. The second handler notes how much of what
// was inspected Qt has read.
//
// With TLS (setTlsConfiguration) the same port speaks HTTPS: each new connection's first byte is
// peeked on the descriptor before any Qt socket reads it; a TLS handshake record (0x16) gets a
// QSslSocket, which is handed to Qt HttpServer once encrypted, and anything else (plain HTTP) is
// answered in plain text: a redirect to https:// for GET and HEAD, a 400 otherwise. The limits
// above apply to the decrypted stream; the handshake counts as part of the first head.
class QSocketNotifier;
class QTcpSocket;

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBodyBytes = 64 * 1024;
        qint64 maxHeadBytes = 16 * 1024;
        int headTimeoutMs = 10000; // a head is due this long after its first byte (or the accept)
        int bodyTimeoutMs = 30000; // a body is due this long after its head
        int idleTimeoutMs = 60000; // a keep-alive connection with no request in it is closed
        int maxConnectionsPerAddress = 256; // open HTTP connections from one address; 0: no limit
        int acceptBackoffMs = 100; // accepting pauses this long when descriptors run out
    };

    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // listen() and then accept through startAccepting(), not QTcpServer's own loop: out of
    // descriptors (EMFILE), Qt 6.4 retries accept() at once, forever (a core at 100 %), because
    // its socket engine keeps reporting the first error it ever saw (EAGAIN, "temporary").
    bool listenAndAccept(const QHostAddress &address, quint16 port);
    void stopAccepting();
    QTcpSocket *nextPendingConnection() override;

    // Offered every complete WebSocket upgrade head before Qt HttpServer sees it; returns true
    // when it took the connection (Qt then never reads from the socket again). `headSize`
    // counts the head and its blank line, from where the socket's unread bytes begin once a
    // transaction Qt left open is rolled back (see takeUpgradeBytes).
    using UpgradeHandler =
        std::function<bool(QTcpSocket *socket, const RequestHead &head, qsizetype headSize)>;
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }
    // For an upgrade handler that takes the connection: puts back what Qt HttpServer read of the
    // head so far, so the socket's unread bytes start with the head.
    static void rewindToRequest(QTcpSocket *socket);

    // Serve TLS on the port from now on, with `config` (certificate and key) for each new
    // connection; open connections keep the one they began with. Call again to change it.
    void setTlsConfiguration(const QSslConfiguration &config) { m_tls = config; }
    bool isTls() const { return m_tls.has_value(); }
    // Stops watching `socket` (an upgraded WebSocket that keeps its QSslSocket): no limits,
    // no longer counted as an HTTP connection, and no longer this server's child.
    void release(QTcpSocket *socket);

    // The response on `socket` streams (Server-Sent Events): the idle limit no longer applies.
    static void markStreaming(QTcpSocket *socket);

    // Why connections were refused or closed, for /metrics, and how often.
    static const QList<QByteArray> &refusalReasons();
    quint64 refusals(const QByteArray &reason) const { return m_refusals.value(reason); }
    quint64 acceptPauses() const { return m_acceptPauses; }
    int openConnections() const { return int(m_conns.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Conn;
    struct Sniff; // a TLS port's new connection whose first byte has not come yet
    Conn *track(QTcpSocket *socket, const QString &address);
    void handToQt(QTcpSocket *socket);
    void sniffed(int fd);
    void dropSniff(int fd);
    void startTls(int fd, const QString &address);
    void answerPlainOnTls(Conn *c);
    using Verdict = RequestStream::Verdict;
    void beforeQt(Conn *c);
    void afterQt(Conn *c);
    // Inspects data[from..] (RequestStream); stops at a verdict that must wait until Qt has read
    // what is before.
    void feed(Conn *c, const QByteArray &data, qsizetype from);
    void act(Conn *c); // carries out c's pending verdict if Qt has read up to its request
    void forget(QTcpSocket *socket);
    void sweep();
    void acceptReady();
    qint64 now() const { return m_clock.elapsed(); }

    Limits m_limits;
    UpgradeHandler m_upgrade;
    QHash<QTcpSocket *, Conn *> m_conns;
    QHash<int, Sniff *> m_sniffing; // by descriptor
    std::optional<QSslConfiguration> m_tls;
    QHash<QString, int> m_perAddress;
    QHash<QByteArray, quint64> m_refusals;
    quint64 m_acceptPauses = 0;
    bool m_loggedAcceptPause = false;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    int m_listenFd = -1; // a duplicate of the listening socket, accepted from here
    QSocketNotifier *m_acceptNotifier = nullptr;
};
