// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiserver.h"

#include "core/clock.h"
#include "core/lagmonitor.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "events.h"
#include "http/customerpage.h"
#include "http/guardedtcpserver.h"
#include "hub/hub.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>

Q_LOGGING_CATEGORY(lcHttp, "spa.http")

namespace {
using Role = Principal::Role;
using Method = QHttpServerRequest::Method;
const QSet<Role> kAdmin { Role::Admin };
const QSet<Role> kDesk { Role::Admin, Role::Cashier };
const QSet<Role> kStaff { Role::Admin, Role::Cashier, Role::Therapist };
const QSet<Role> kAnyToken { Role::Admin, Role::Cashier, Role::Therapist, Role::Monitor };

HttpResponse errorResponse(int status, const char *code, const QString &message)
{
    return HttpResponse::fromReply(Reply::error(status, QLatin1String(code), message));
}

// Path ids are positive integers written plainly: `7`, not `+7`, `07`, ` 7` or `7%00`, so one
// resource has one spelling. Anything else names nothing.
std::optional<qint64> pathId(const QString &s)
{
    if (s.isEmpty() || s.size() > 18 || s.front() == QLatin1Char('0'))
        return std::nullopt;
    for (const QChar ch : s)
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    return s.toLongLong();
}

QJsonObject roomsJson(const Hub *hub)
{
    QJsonObject o;
    for (const char *room : { "cashier", "monitor", "therapist", "therapists", "customer" })
        o.insert(QLatin1String(room), 0);
    if (hub) {
        const QHash<QString, int> counts = hub->roomCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

// A client's address as the audit trail records it: an IPv4 client on a dual-stack socket is
// written 192.0.2.7, not ::ffff:192.0.2.7.
QString clientAddress(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4).toString() : a.toString();
}

QString bearerToken(const QHttpServerRequest &r)
{
    const QByteArray h = r.value(QByteArrayLiteral("authorization")).trimmed();
    if (h.size() > 7 && h.left(7).compare(QByteArrayLiteral("bearer "), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(h.mid(7).trimmed());
    return QString();
}
} // namespace

ApiServer::ApiServer(SpaDomain &domain, Commands &commands, LagMonitor &lag,
                     const HttpLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_domain(domain)
    , m_commands(commands)
    , m_lag(lag)
    , m_limits(limits)
    , m_accountAddressLimiter(limits.loginFailuresPerAccount, limits.loginWindowSecs)
    , m_addressLimiter(limits.loginFailuresPerAddress, limits.loginWindowSecs)
    , m_accountLimiter(limits.loginFailuresPerAccountGlobal, limits.loginGlobalWindowSecs)
{
    m_uptime.start();
    m_customerPage = new CustomerPage(domain, this);
    setupRoutes();
}

quint16 ApiServer::listenGuarded(const QHostAddress &address, quint16 port)
{
    GuardedTcpServer::Limits limits;
    limits.maxBodyBytes = m_limits.maxBodyBytes;
    limits.maxHeadBytes = m_limits.maxHeadBytes;
    limits.headTimeoutMs = m_limits.headTimeoutMs;
    limits.bodyTimeoutMs = m_limits.bodyTimeoutMs;
    limits.idleTimeoutMs = m_limits.idleTimeoutMs;
    limits.maxConnectionsPerAddress = m_limits.maxConnectionsPerAddress;
    auto *tcp = new GuardedTcpServer(limits, this);
    // Qt's default backlog (50) drops a reconnect storm's SYNs, and each dropped client then
    // waits for TCP's retransmit (1 s, 3 s, 7 s...). The kernel caps this at somaxconn.
    tcp->setListenBacklogSize(4096);
    if (!tcp->listenAndAccept(address, port)) {
        delete tcp;
        return 0;
    }
    if (m_tls)
        tcp->setTlsConfiguration(*m_tls);
    tcp->setUpgradeHandler([this](QTcpSocket *socket, const RequestHead &head, qsizetype headSize) {
        return takeUpgrade(socket, head, headSize);
    });
    bind(tcp);
    m_guard = tcp;
    return tcp->serverPort();
}

void ApiServer::setTlsConfiguration(const QSslConfiguration &config)
{
    m_tls = config;
    if (m_guard)
        m_guard->setTlsConfiguration(config);
}

void ApiServer::stopListening()
{
    for (QTcpServer *s : servers()) {
        if (auto *guarded = qobject_cast<GuardedTcpServer *>(s))
            guarded->stopAccepting();
        else
            s->close();
    }
}

int ApiServer::unfinishedResponses() const
{
    int n = m_loginsInFlight;
    for (QTcpSocket *s : m_sockets) {
        // Under TLS, bytes already encrypted wait apart from those not encrypted yet.
        const auto *tls = qobject_cast<const QSslSocket *>(s);
        if (s->bytesToWrite() > 0 || (tls && tls->encryptedBytesToWrite() > 0))
            ++n;
    }
    return n;
}

void ApiServer::track(QTcpSocket *socket)
{
    if (m_sockets.contains(socket))
        return;
    m_sockets.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_sockets.remove(socket); });
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    track(socket);
    // Qt 6.4 hands an upgrade request to its WebSocket server whenever this returns true, even
    // after a response was written: a refused upgrade must return false (and close).
    const bool upgrade = request.value(QByteArrayLiteral("upgrade"))
                             .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0;
    const auto header = [&request](const QByteArray &name) { return request.value(name); };
    if (auto refusal = socketIoRefusal(request.url(), header)) {
        write(request, socket, *refusal);
        if (upgrade) {
            socket->disconnectFromHost();
            return false;
        }
        return true;
    }
    const QString path = request.url().path();
    if (path == QLatin1String("/socket.io/") || path == QLatin1String("/socket.io")) {
        // A well-formed upgrade was taken by takeUpgrade() before Qt read it; one that reaches
        // here lacks what RFC 6455 requires of the handshake.
        write(request, socket,
              errorResponse(400, "bad_handshake",
                            QStringLiteral("a WebSocket handshake needs GET, Connection: Upgrade, "
                                           "Sec-WebSocket-Version: 13 and a Sec-WebSocket-Key")));
        socket->disconnectFromHost();
        return false;
    }
    // An asynchronous route answers later on the same connection, if it is still open.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QByteArray origin = request.value(QByteArrayLiteral("origin"));
    QPointer<QTcpSocket> alive(socket);
    const auto later = [this, responder, origin, alive](const HttpResponse &r) {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            writeTo(*responder, origin, r);
    };
    if (auto now = dispatch(request, later, responder))
        writeTo(*responder, origin, *now);
    if (upgrade) {
        socket->disconnectFromHost();
        return false;
    }
    return true;
}

// The Socket.IO endpoint speaks Engine.IO v4 over WebSocket only; anything else is told why.
std::optional<HttpResponse> ApiServer::socketIoRefusal(const QUrl &url,
                                                       const HeaderLookup &header) const
{
    const QString path = url.path();
    if (path != QLatin1String("/socket.io/") && path != QLatin1String("/socket.io"))
        return std::nullopt;
    auto refuse = [](const char *code, const QString &message) {
        return errorResponse(400, code, message);
    };
    const QUrlQuery q(url);
    const QString eio = q.queryItemValue(QStringLiteral("EIO"));
    if (eio != QLatin1String("4"))
        return refuse("unsupported_protocol",
                      eio == QLatin1String("3")
                          ? QStringLiteral("Engine.IO v3 (socket.io 2.x clients) is not supported; "
                                           "use a socket.io 3+ client")
                          : QStringLiteral("EIO=4 is required"));
    if (q.queryItemValue(QStringLiteral("transport")) != QLatin1String("websocket"))
        return refuse("unsupported_transport",
                      QStringLiteral("only the websocket transport is served; create the client "
                                     "with transports: ['websocket']"));
    if (header(QByteArrayLiteral("upgrade"))
            .compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) != 0)
        return refuse("upgrade_required", QStringLiteral("a WebSocket upgrade is required"));
    if (!originAllowed(header(QByteArrayLiteral("origin")), header(QByteArrayLiteral("host"))))
        return errorResponse(
            403, "origin_not_allowed",
            QStringLiteral("WebSocket connections from this origin are not allowed"));
    if (!m_hub)
        return errorResponse(503, "unavailable", QStringLiteral("the realtime hub is not running"));
    return std::nullopt;
}

// Takes a good Socket.IO upgrade away from Qt HttpServer: the descriptor goes to the hub's own
// WebSocket transport and the QTcpSocket (with its buffers) is dropped. Anything else is left to
// handleRequest(), which answers it.
bool ApiServer::takeUpgrade(QTcpSocket *socket, const RequestHead &head, qsizetype headSize)
{
    const QUrl url(QString::fromLatin1(head.target));
    const auto header = [&head](const QByteArray &name) { return head.value(name.toLower()); };
    const QString path = url.path();
    if (!m_hub || (path != QLatin1String("/socket.io/") && path != QLatin1String("/socket.io")))
        return false;
    const QByteArray key = head.value("sec-websocket-key");
    if (head.method != "GET" || head.value("sec-websocket-version") != "13" || key.isEmpty() ||
        !head.value("connection").toLower().contains("upgrade") || socketIoRefusal(url, header))
        return false;
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        // TLS: the QSslSocket must go on encrypting, so the hub gets the socket itself.
        GuardedTcpServer::rewindToRequest(tls);
        tls->read(headSize);
        const QByteArray early = tls->readAll();
        // Nothing of Qt HttpServer's may read it or delete it on disconnect from now on.
        QObject::disconnect(tls, &QIODevice::readyRead, nullptr, nullptr);
        QObject::disconnect(tls, &QAbstractSocket::disconnected, nullptr, nullptr);
        if (m_guard)
            m_guard->release(tls);
        const QString address = clientAddress(tls->peerAddress());
        m_sockets.remove(tls);
        m_hub->acceptUpgrade(WsTransport { -1, tls }, key, early, address);
        return true;
    }
    const int fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return false;
    GuardedTcpServer::rewindToRequest(socket); // a head in several segments: Qt read some
    socket->read(headSize);
    const QByteArray early =
        socket->readAll(); // frames a client sent before the 101 (none expected)
    const QString address = clientAddress(socket->peerAddress());
    // Qt HttpServer must not read this socket again; closing it leaves our duplicate open.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->abort();
    socket->deleteLater();
    m_hub->acceptUpgrade(WsTransport { fd, nullptr }, key, early, address);
    return true;
}

int ApiServer::connections() const
{
    return httpConnections() + (m_hub ? m_hub->connectionCount() : 0);
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return; // already answered (a refused upgrade) and closing
    write(request, socket, errorResponse(404, "not_found", QStringLiteral("no such route")));
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &r)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeTo(responder, request.value(QByteArrayLiteral("origin")), r);
}

void ApiServer::writeTo(QHttpServerResponder &responder, const QByteArray &origin,
                        const HttpResponse &r)
{
    ++m_statusCounts[r.status];
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(r.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), r.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &h : r.headers)
        responder.writeHeader(h.first, h.second);
    if (r.status == 401)
        responder.writeHeader(QByteArrayLiteral("WWW-Authenticate"),
                              QByteArrayLiteral("Bearer realm=\"spa\""));
    if (!origin.isEmpty() && m_limits.corsOrigins.contains(QString::fromLatin1(origin))) {
        responder.writeHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        responder.writeHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    }
    responder.writeBody(r.body);
}

// Same-origin pages (the customer page) and native apps (no Origin) are always allowed; other
// sites only when configured.
bool ApiServer::originAllowed(const QByteArray &origin, const QByteArray &host) const
{
    if (origin.isEmpty())
        return true;
    const QUrl o(QString::fromLatin1(origin));
    if (o.authority() == QString::fromLatin1(host))
        return true;
    return m_limits.corsOrigins.contains(QString::fromLatin1(origin));
}

std::optional<HttpResponse>
ApiServer::dispatch(const QHttpServerRequest &request,
                    const std::function<void(const HttpResponse &)> &later,
                    const std::shared_ptr<QHttpServerResponder> &responder)
{
    const QString path = request.url().path();
    if (request.method() == Method::Options) {
        // CORS preflight: answered for configured origins on existing routes, refused otherwise.
        const Router::Match any = m_router.match(Method::Get, path);
        if (!any.route && any.allowed.isEmpty())
            return errorResponse(404, "not_found", QStringLiteral("no route %1").arg(path));
        if (request.value(QByteArrayLiteral("origin")).isEmpty() ||
            !originAllowed(request.value(QByteArrayLiteral("origin")),
                           request.value(QByteArrayLiteral("host"))))
            return errorResponse(403, "origin_not_allowed",
                                 QStringLiteral("this origin may not call the API"));
        QStringList methods = any.allowed;
        if (any.route)
            methods.prepend(QStringLiteral("GET"));
        HttpResponse r = HttpResponse::text({}, QByteArrayLiteral("text/plain"), 204);
        r.headers.append({ QByteArrayLiteral("Access-Control-Allow-Methods"),
                           methods.join(QStringLiteral(", ")).toLatin1() });
        r.headers.append({ QByteArrayLiteral("Access-Control-Allow-Headers"),
                           QByteArrayLiteral("Authorization, Content-Type") });
        r.headers.append({ QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600") });
        return r;
    }
    const Router::Match m = m_router.match(request.method(), path);
    if (!m.route) {
        if (m.allowed.isEmpty() && request.method() == Method::Get &&
            path.startsWith(QLatin1String("/t/")))
            return m_customerPage->missing(
                request); // a customer's mangled link gets a page, not JSON
        if (m.allowed.isEmpty())
            return errorResponse(404, "not_found", QStringLiteral("no route %1").arg(path));
        HttpResponse r = errorResponse(
            405, "method_not_allowed",
            QStringLiteral("%1 is not allowed here; use %2")
                .arg(Router::methodName(request.method()), m.allowed.join(QStringLiteral(", "))));
        r.headers.append(
            { QByteArrayLiteral("Allow"), m.allowed.join(QStringLiteral(", ")).toLatin1() });
        return r;
    }
    const QByteArray raw = request.body();
    if (raw.size() > m_limits.maxBodyBytes)
        return errorResponse(
            413, "body_too_large",
            QStringLiteral("request body is over %1 bytes").arg(m_limits.maxBodyBytes));
    RequestContext c { request, m.args, {}, {}, {}, responder };
    if (!raw.trimmed().isEmpty()) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError)
            return errorResponse(400, "bad_json",
                                 QStringLiteral("malformed JSON at offset %1: %2")
                                     .arg(err.offset)
                                     .arg(err.errorString()));
        if (!doc.isObject())
            return errorResponse(400, "bad_json", QStringLiteral("the body must be a JSON object"));
        c.body = doc.object();
    }
    if (!m.route->roles.isEmpty()) {
        c.token = bearerToken(request);
        const auto who = m_domain.signIn().resolveToken(c.token);
        if (!who)
            return HttpResponse::fromReply(Errors::unauthorized(
                c.token.isEmpty() ? QStringLiteral("an Authorization: Bearer token is required")
                                  : QStringLiteral("the token is invalid or expired")));
        if (!m.route->roles.contains(who->role))
            return HttpResponse::fromReply(Errors::forbidden(
                QStringLiteral("role '%1' may not do this").arg(who->roleName())));
        c.who = *who;
        c.who.address = clientAddress(request.remoteAddress());
    }
    if (m.route->asyncHandler) {
        m.route->asyncHandler(c, later);
        return std::nullopt;
    }
    return m.route->handler(c);
}

HttpResponse ApiServer::command(const char *name, const RequestContext &c, const char *idKey)
{
    // One loop of check-ins over REST made 35,000 open visits in 20 s (issue 19 #7).
    if (m_commandBuckets.size() > 10000)
        m_commandBuckets.removeIf([this](const auto &it) {
            return it.value().isFull(m_limits.commandsPerSecond, m_limits.commandBurst);
        });
    if (!m_commandBuckets[c.token].take(m_limits.commandsPerSecond, m_limits.commandBurst)) {
        HttpResponse r = HttpResponse::fromReply(Reply::error(
            429, QStringLiteral("rate_limited"), QStringLiteral("too many commands; slow down")));
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
        return r;
    }
    QJsonObject params = c.body;
    if (idKey) {
        const auto id = pathId(c.args.value(0));
        if (!id)
            return errorResponse(404, "not_found",
                                 QStringLiteral("no such id '%1'").arg(c.args.value(0)));
        params.insert(QLatin1String(idKey), *id);
    }
    return HttpResponse::fromReply(m_commands.run(QLatin1String(name), params, c.who));
}

// PBKDF2 takes ~0.1 s: it runs on the thread pool so sign-ins never stall the event loop.
void ApiServer::login(const RequestContext &c,
                      const std::function<void(const HttpResponse &)> &done)
{
    const QDateTime now = m_domain.clock().now();
    const QString address = QStringLiteral("addr:") + c.request.remoteAddress().toString();
    const QJsonValue who = c.body.contains(QLatin1String("staff_id"))
        ? c.body.value(QLatin1String("staff_id"))
        : c.body.value(QLatin1String("username"));
    const QString account = QStringLiteral("acct:") + who.toVariant().toString();
    // Five wrong passwords from one address lock the account for that address only: anyone on
    // the venue's Wi-Fi could otherwise lock the desk out (issue 19 #11). The account as a whole
    // is held only at a much higher count from all addresses together.
    const QString accountAtAddress = account + QLatin1Char(' ') + address;
    const qint64 wait = std::max({ m_addressLimiter.retryAfter(address, now),
                                   m_accountAddressLimiter.retryAfter(accountAtAddress, now),
                                   m_accountLimiter.retryAfter(account, now) });
    if (wait > 0) {
        HttpResponse r =
            errorResponse(429, "too_many_attempts",
                          QStringLiteral("too many failed sign-ins; try again in %1 s").arg(wait));
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(wait) });
        return done(r);
    }
    const LoginAttempt attempt = m_domain.signIn().prepareLogin(c.body);
    if (attempt.error)
        return done(HttpResponse::fromReply(*attempt.error));
    auto *watcher = new QFutureWatcher<bool>(this);
    ++m_loginsInFlight;
    connect(watcher, &QFutureWatcher<bool>::finished, this, [=] {
        watcher->deleteLater();
        --m_loginsInFlight;
        const Reply reply = m_domain.signIn().finishLogin(attempt, watcher->result());
        const QDateTime at = m_domain.clock().now();
        if (reply.status() == 401) {
            m_addressLimiter.recordFailure(address, at);
            m_accountAddressLimiter.recordFailure(accountAtAddress, at);
            m_accountLimiter.recordFailure(account, at);
        } else if (reply.isOk()) {
            // Only this address's count: a success here says nothing about guesses elsewhere.
            m_accountAddressLimiter.reset(accountAtAddress);
        }
        done(HttpResponse::fromReply(reply));
    });
    watcher->setFuture(QtConcurrent::run([attempt] { return attempt.verify(); }));
}

HttpResponse ApiServer::health()
{
    const double latency = m_domain.database().ping();
    // Answering SELECT 1 is not enough: a deleted file or a full disk still answers reads.
    const QString problem = latency >= 0 ? m_domain.database().storageProblem()
                                         : QStringLiteral("the database does not answer");
    const bool dbOk = problem.isEmpty();
    const int connections = this->connections();
    return HttpResponse::json(
        { { QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded") },
          { QStringLiteral("version"), QStringLiteral(SPA_VERSION) },
          { QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000 },
          { QStringLiteral("database"),
            QJsonObject {
                { QStringLiteral("ok"), dbOk },
                { QStringLiteral("engine"), QStringLiteral("sqlite") },
                { QStringLiteral("latency_ms"), latency >= 0 ? QJsonValue(latency) : QJsonValue() },
                { QStringLiteral("problem"), dbOk ? QJsonValue() : QJsonValue(problem) } } },
          { QStringLiteral("connections"), connections },
          { QStringLiteral("rooms"), roomsJson(m_hub) },
          { QStringLiteral("event_loop_lag_ms"), m_lag.lagMs() } },
        dbOk ? 200 : 503);
}

HttpResponse ApiServer::metrics()
{
    QByteArray out;
    auto gauge = [&out](const char *name, const char *help, double value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
            ' ' + QByteArray::number(value, 'g', 12) + '\n';
    };
    gauge("spa_uptime_seconds", "Seconds since the server started.", m_uptime.elapsed() / 1000.0);
    gauge("spa_connections", "Open client connections (HTTP and WebSocket).", connections());
    gauge("spa_websocket_connections", "Open Socket.IO connections.",
          m_hub ? m_hub->connectionCount() : 0);
    gauge("spa_hub_frames_sent", "Socket.IO frames sent since start.",
          m_hub ? double(m_hub->deliveredFrames()) : 0);
    out += "# HELP spa_room_connections Socket.IO connections per kind of room.\n"
           "# TYPE spa_room_connections gauge\n";
    const QJsonObject rooms = roomsJson(m_hub);
    for (auto it = rooms.begin(); it != rooms.end(); ++it)
        out += "spa_room_connections{room=\"" + it.key().toLatin1() + "\"} " +
            QByteArray::number(it.value().toInt()) + '\n';
    gauge("spa_customer_streams", "Open customer page event streams (Server-Sent Events).",
          m_customerPage->streamCount());
    gauge("spa_event_loop_lag_ms", "How late the event loop runs a 100 ms timer.", m_lag.lagMs());
    gauge("spa_database_latency_ms", "Round trip of SELECT 1.", m_domain.database().ping());
    gauge("spa_journal_seq", "Newest event sequence number.",
          double(m_domain.views().journal().lastSeq()));
    out += "# HELP spa_http_responses_total HTTP responses by status.\n"
           "# TYPE spa_http_responses_total counter\n";
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        out += "spa_http_responses_total{code=\"" + QByteArray::number(it.key()) + "\"} " +
            QByteArray::number(it.value()) + '\n';
    gauge("spa_http_connections", "Open HTTP connections (before any WebSocket upgrade).",
          m_guard ? m_guard->openConnections() : 0);
    out += "# HELP spa_http_refused_total HTTP requests refused and connections closed by a limit, "
           "by reason.\n"
           "# TYPE spa_http_refused_total counter\n";
    for (const QByteArray &reason : GuardedTcpServer::refusalReasons())
        out += "spa_http_refused_total{reason=\"" + reason + "\"} " +
            QByteArray::number(m_guard ? m_guard->refusals(reason) : 0) + '\n';
    out += "# HELP spa_http_accept_pauses_total Times accepting paused (out of descriptors: "
           "EMFILE, ENFILE).\n"
           "# TYPE spa_http_accept_pauses_total counter\n"
           "spa_http_accept_pauses_total " +
        QByteArray::number(m_guard ? m_guard->acceptPauses() : 0) + '\n';
    out += "# HELP spa_websocket_connect_timeouts_total Sockets closed for sending no Socket.IO "
           "CONNECT in time.\n"
           "# TYPE spa_websocket_connect_timeouts_total counter\n"
           "spa_websocket_connect_timeouts_total " +
        QByteArray::number(m_hub ? m_hub->connectTimeouts() : 0) + '\n';
    return HttpResponse::text(out, QByteArrayLiteral("text/plain; version=0.0.4"));
}

void ApiServer::setupRoutes()
{
    auto reply = [](const Reply &r) { return HttpResponse::fromReply(r); };
    auto withId = [](const RequestContext &c, const std::function<Reply(qint64)> &fn) {
        const auto id = pathId(c.args.value(0));
        return HttpResponse::fromReply(
            id ? fn(*id)
               : Errors::notFound(QStringLiteral("no such id '%1'").arg(c.args.value(0))));
    };
    Router &r = m_router;

    r.add(Method::Get, QStringLiteral("/health"), {},
          [this](const RequestContext &) { return health(); });
    r.add(Method::Get, QStringLiteral("/metrics"), {},
          [this](const RequestContext &) { return metrics(); });

    // The customer's page (the code on the printed ticket) and its Server-Sent Events stream.
    r.add(Method::Get, QStringLiteral("/t/{code}"), {}, [this](const RequestContext &c) {
        return m_customerPage->page(c.request, c.args.value(0));
    });
    r.addAsync(Method::Get, QStringLiteral("/t/{code}/events"), {},
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   QTcpSocket *socket = c.responder ? c.responder->socket() : nullptr;
                   if (auto refused =
                           m_customerPage->openStream(c.request, c.responder, c.args.value(0)))
                       done(*refused);
                   else
                       GuardedTcpServer::markStreaming(socket); // no idle limit on a stream
               });

    r.addAsync(Method::Post, QStringLiteral("/api/login"), {},
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   login(c, done);
               });
    r.add(Method::Post, QStringLiteral("/api/logout"), kAnyToken,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.signIn().logout(c.token));
          });

    r.add(Method::Get, QStringLiteral("/api/services"), kAnyToken,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().catalog().listServices(c.who));
          });
    r.add(Method::Post, QStringLiteral("/api/services"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.catalog().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/services/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.catalog().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/services/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.catalog().retire(id, c.who); });
          });

    r.add(Method::Get, QStringLiteral("/api/staff"), kStaff, [this, reply](const RequestContext &) {
        return reply(m_domain.views().staff().listStaff());
    });
    r.add(Method::Post, QStringLiteral("/api/staff"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.staff().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/staff/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c,
                            [&](qint64 id) { return m_domain.staff().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/staff/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.staff().deactivate(id, c.who); });
          });

    r.add(
        Method::Get, QStringLiteral("/api/settings"), kAnyToken,
        [this, reply](const RequestContext &) { return reply(m_domain.venue().publicSettings()); });
    r.add(Method::Put, QStringLiteral("/api/settings"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.venue().update(c.body, c.who));
          });
    // Your own secret, proving the old one; an admin resets others' with PUT /api/staff/{id}.
    r.add(Method::Post, QStringLiteral("/api/me/password"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.credentials().changePassword(c.body, c.who));
          });
    r.add(Method::Post, QStringLiteral("/api/me/pin"), { Role::Therapist },
          [this, reply](const RequestContext &c) {
              return reply(m_domain.credentials().changePin(c.body, c.who));
          });
    // Treatment rooms: the desk and the tablets read them, an admin changes them.
    r.add(Method::Get, QStringLiteral("/api/rooms"), kStaff, [this, reply](const RequestContext &) {
        return reply(m_domain.views().rooms().listRooms());
    });
    r.add(Method::Post, QStringLiteral("/api/rooms"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.rooms().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/rooms/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c,
                            [&](qint64 id) { return m_domain.rooms().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/rooms/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.rooms().retire(id, c.who); });
          });
    // First run: public, since nobody can sign in yet; the one-time code is the credential.
    r.add(Method::Get, QStringLiteral("/api/setup"), {}, [this](const RequestContext &) {
        return HttpResponse::json({ { QStringLiteral("needed"), m_domain.setup().needed() } });
    });
    r.add(Method::Post, QStringLiteral("/api/setup"), {}, [this, reply](const RequestContext &c) {
        Principal who = Principal::system();
        who.address = clientAddress(c.request.remoteAddress());
        return reply(m_domain.setup().withCode(c.body, who));
    });
    // Public: first names the wall screen shows anyway, for the tablets' sign-in screen.
    r.add(Method::Get, QStringLiteral("/api/roster"), {}, [this, reply](const RequestContext &) {
        return reply(m_domain.views().staff().roster());
    });
    r.add(Method::Get, QStringLiteral("/api/therapists"), kAnyToken,
          [this, reply](const RequestContext &) {
              return reply(m_domain.views().staff().listTherapists());
          });
    // Routes that run a command take its roles from the command table (domain/commands.cpp).
    const auto rolesOf = [this](const char *name) { return m_commands.roles(QLatin1String(name)); };
    r.add(Method::Put, QStringLiteral("/api/therapists/{id}/status"),
          rolesOf(Events::TherapistStatus), [this](const RequestContext &c) {
              return command(Events::TherapistStatus, c, "therapist_id");
          });

    r.add(Method::Post, QStringLiteral("/api/visits"), rolesOf(Events::VisitCheckin),
          [this](const RequestContext &c) { return command(Events::VisitCheckin, c); });
    r.add(Method::Get, QStringLiteral("/api/visits"), kStaff,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().visits().listVisits(c.request.query(), c.who));
          });
    // A therapist reads other therapists' and unassigned visits without phone, notes, ticket code
    // or full name (issue 19 #11).
    r.add(Method::Get, QStringLiteral("/api/visits/{id}"), kStaff,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.views().visits().getVisit(id, c.who); });
          });
    const std::pair<const char *, const char *> visitActions[] = {
        { "assign", Events::VisitAssign }, { "call", Events::VisitCall },
        { "start", Events::VisitStart },   { "complete", Events::VisitComplete },
        { "cancel", Events::VisitCancel }, { "no-show", Events::VisitNoShow },
        { "payments", Events::VisitPay },  { "discount", Events::VisitDiscount },
    };
    for (const auto &[action, name] : visitActions) {
        const char *commandName = name;
        r.add(Method::Post, QStringLiteral("/api/visits/{id}/") + QLatin1String(action),
              rolesOf(commandName), [this, commandName](const RequestContext &c) {
                  return command(commandName, c, "visit_id");
              });
    }
    r.add(
        Method::Post, QStringLiteral("/api/payments/{id}/void"), rolesOf(Events::PaymentVoid),
        [this](const RequestContext &c) { return command(Events::PaymentVoid, c, "payment_id"); });

    r.add(Method::Get, QStringLiteral("/api/payments"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().till().listPayments(
                  c.request.query().queryItemValue(QStringLiteral("date"))));
          });
    r.add(Method::Get, QStringLiteral("/api/reports/daily"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().till().dailyReport(
                  c.request.query().queryItemValue(QStringLiteral("date"))));
          });
    r.add(Method::Post, QStringLiteral("/api/days/{date}/close"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.till().closeDay(c.args.value(0), c.who));
          });

    // The audit trail: who changed what, when, from where (docs/api.md "Audit").
    r.add(Method::Get, QStringLiteral("/api/audit"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().audit().auditLog(c.request.query()));
          });

    r.add(Method::Get, QStringLiteral("/api/devices"), kAdmin,
          [this, reply](const RequestContext &) {
              return reply(m_domain.views().staff().listDevices());
          });
    r.add(Method::Post, QStringLiteral("/api/devices"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.staff().createDevice(c.body, c.who));
          });
    // A lost or stolen kiosk: revoked by its id, its live connections closed at once.
    r.add(Method::Delete, QStringLiteral("/api/devices/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.staff().revokeDevice(id, c.who); });
          });
}
