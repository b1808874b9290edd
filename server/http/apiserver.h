// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/loginlimiter.h"
#include "core/reply.h"
#include "core/tokenbucket.h"
#include "http/router.h"
#include "store/backupfile.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <optional>

class Commands;
class ReportRunner;
class CustomerPage;
class GuardedTcpServer;
class Hub;
class LagMonitor;
class SpaDomain;
class QTcpSocket;
class QHttpServerResponder;

struct HttpLimits {
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeadBytes = 16 * 1024;
    int headTimeoutMs = 10000; // a request head, from its first byte (or the accept) to its end
    int bodyTimeoutMs = 30000; // a request body, after its head
    int idleTimeoutMs = 60000; // a keep-alive connection between requests
    int maxConnectionsPerAddress = 256; // open HTTP connections from one address; 0: no limit
    // Failed sign-ins (issue 19 #11): an account is locked for one address after 5 failures
    // from that address in the window, so a guesser on the Wi-Fi cannot lock the desk out from
    // elsewhere; an address is blocked after 20 failures whatever the accounts; and an account
    // is held for everyone only after 200 failures from anywhere in an hour (a slow, global cap
    // against guessing from many addresses). See docs/security.md.
    int loginFailuresPerAccount = 5; // per (account, address) pair, in loginWindowSecs
    int loginFailuresPerAddress = 20;
    qint64 loginWindowSecs = 300;
    // Per account from all addresses, in loginGlobalWindowSecs.
    int loginFailuresPerAccountGlobal = 200;
    qint64 loginGlobalWindowSecs = 3600;
    // Commands per bearer token over REST, as each Socket.IO connection has (HubConfig).
    int commandsPerSecond = 20;
    int commandBurst = 40;
    // Browser origins (scheme://host[:port]) allowed to call the API and open the socket from
    // another site. Empty: same-origin pages and native apps only.
    QStringList corsOrigins;
    // Reverse proxies whose X-Real-IP / X-Forwarded-For name the client (ClientAddress).
    QList<QHostAddress> trustedProxies;
};

// REST under /api, /health and /metrics on Qt HttpServer, with our own router, limits and errors.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    ApiServer(SpaDomain &domain, Commands &commands, LagMonitor &lag, const HttpLimits &limits,
              QObject *parent = nullptr);
    ~ApiServer() override;

    // Open HTTP connections right now (the hub adds its WebSockets later).
    int httpConnections() const { return m_sockets.size(); }
    // Listens through a GuardedTcpServer (body and head limits before Qt reads a body); returns
    // the bound port, 0 on failure.
    quint16 listenGuarded(const QHostAddress &address, quint16 port);
    void setHub(Hub *hub) { m_hub = hub; }
    // The database's epoch, reported in /health (DatabaseEpoch).
    void setEpoch(const QString &epoch) { m_epoch = epoch; }
    // The address listened on, for the LAN address offered when `public_url` is unset.
    void setListenAddress(const QHostAddress &address) { m_listen = address; }
    // Where /health and /metrics read the last nightly backup; unset: backups are off.
    void setBackupStatus(std::function<std::optional<BackupOutcome>()> status)
    {
        m_backupStatus = std::move(status);
    }
    // Serve https and wss on the port with this certificate and key (before or after listening;
    // connections already open keep theirs).
    void setTlsConfiguration(const QSslConfiguration &config);
    bool isTls() const { return m_tls.has_value(); }
    CustomerPage *customerPage() const { return m_customerPage; }
    // Every route as "METHOD /pattern", for the role-table test (docs/security.md).
    QStringList routePatterns() const { return m_router.patterns(); }
    void stopListening();
    // Answers not yet handed to the kernel, and sign-ins still being checked: a shutdown waits
    // for these, so a payment that was committed is also answered.
    int unfinishedResponses() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The response, or nothing when an asynchronous route will answer through `later`.
    std::optional<HttpResponse>
    dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
             const std::function<void(const HttpResponse &)> &later,
             const std::shared_ptr<QHttpServerResponder> &responder = {});
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);
    void writeTo(QHttpServerResponder &responder, const QByteArray &origin, const HttpResponse &r);
    void setupRoutes();
    void setupBookingRoutes(); // apiroutesbookings.cpp
    // GET /api/reports and /api/payouts: validated here, computed on the report thread.
    void rangeReport(const RequestContext &c, bool payouts,
                     std::function<void(const HttpResponse &)> done);
    void login(const RequestContext &c, const std::function<void(const HttpResponse &)> &done);
    HttpResponse command(const char *name, const RequestContext &c, const char *idKey = nullptr);
    // A settings answer with `customer_base_url` added (PublicAddress).
    Reply withCustomerBaseUrl(const Reply &settings) const;
    HttpResponse health();
    HttpResponse metrics();
    void track(QTcpSocket *socket);
    bool originAllowed(const QByteArray &origin, const QByteArray &host) const;
    int connections() const;
    // The request's client: its peer, or for a trusted proxy the client the proxy names.
    QString clientOf(const QHttpServerRequest &request) const;
    using HeaderLookup = std::function<QByteArray(const QByteArray &name)>;
    std::optional<HttpResponse> socketIoRefusal(const QUrl &url, const HeaderLookup &header) const;
    bool takeUpgrade(QTcpSocket *socket, const struct RequestHead &head, qsizetype headSize);

    SpaDomain &m_domain;
    Commands &m_commands;
    LagMonitor &m_lag;
    HttpLimits m_limits;
    Router m_router;
    LoginLimiter m_accountAddressLimiter; // key: account and address
    LoginLimiter m_addressLimiter;
    LoginLimiter m_accountLimiter; // key: account, from every address (the global cap)
    QElapsedTimer m_uptime;
    QSet<QTcpSocket *> m_sockets;
    // Commands read from a connection and waiting for the write turn, by connection.
    QHash<QTcpSocket *, int> m_waitingForTurn;
    int m_loginsInFlight = 0;
    QHash<QString, TokenBucket> m_commandBuckets; // by bearer token
    QMap<int, quint64> m_statusCounts;
    Hub *m_hub = nullptr;
    QString m_epoch;
    QHostAddress m_listen = QHostAddress::Any;
    std::function<std::optional<BackupOutcome>()> m_backupStatus;
    CustomerPage *m_customerPage = nullptr; // the page at /t/<code> and its event streams (a child)
    QPointer<GuardedTcpServer> m_guard; // the listening socket and its limits (a child)
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<ReportRunner> m_reports; // reports over dates, on their own thread
};
