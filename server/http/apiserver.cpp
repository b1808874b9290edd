// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiserver.h"

#include "clientaddress.h"

#include "http/requestparts.h"

#include "core/clock.h"
#include "core/lagmonitor.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "events.h"
#include "http/customerpage.h"
#include "http/guardedtcpserver.h"
#include "http/reportrunner.h"
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
using namespace RequestParts;
using Method = QHttpServerRequest::Method;

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
    m_reports = std::make_unique<ReportRunner>(domain.database().location());
    setupRoutes();
}

ApiServer::~ApiServer() = default;

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
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_sockets.remove(socket);
        m_waitingForTurn.remove(socket);
    });
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
    // Every answer waits for the COMMIT of the commands run so far (group commit): a command's
    // success, or a read that saw it, is sent only once it is durable.
    const auto later = [this, responder, origin, alive](const HttpResponse &r) {
        m_domain.pipeline().afterCommit([this, responder, origin, alive, r](bool committed) {
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                writeTo(*responder, origin,
                        committed ? r
                                  : HttpResponse::fromReply(m_domain.pipeline().commitFailure()));
        });
    };
    if (auto now = dispatch(request, socket, later, responder)) {
        if (upgrade)
            writeTo(*responder, origin, *now); // closed right after: nothing to hold
        else if (m_waitingForTurn.contains(socket))
            // A command sent before it on this connection waits for the write turn: HTTP
            // answers go in the order asked.
            m_domain.pipeline().whenOurTurn([later, r = *now] { later(r); });
        else
            later(*now);
    }
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
        const QString address =
            ClientAddress::of(tls->peerAddress(), head.value("x-real-ip"),
                              head.value("x-forwarded-for"), m_limits.trustedProxies);
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
    const QString address =
        ClientAddress::of(socket->peerAddress(), head.value("x-real-ip"),
                          head.value("x-forwarded-for"), m_limits.trustedProxies);
    // Qt HttpServer must not read this socket again; closing it leaves our duplicate open.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->abort();
    socket->deleteLater();
    m_hub->acceptUpgrade(WsTransport { fd, nullptr }, key, early, address);
    return true;
}

QString ApiServer::clientOf(const QHttpServerRequest &request) const
{
    return ClientAddress::of(request.remoteAddress(), request.value(QByteArrayLiteral("x-real-ip")),
                             request.value(QByteArrayLiteral("x-forwarded-for")),
                             m_limits.trustedProxies);
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
ApiServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
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
    RequestContext c {
        &request, m.args, {}, {}, {}, responder, request.query(), clientOf(request)
    };
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
        c.who.address = c.client;
    }
    if (m.route->method == Method::Get) {
        if (m.route->asyncHandler) {
            m.route->asyncHandler(c, later);
            return std::nullopt;
        }
        return m.route->handler(c);
    }
    // A command: run once this instance may write (on PostgreSQL, with several instances, it
    // may wait for the other instances' turn without holding up this event loop). Requests
    // after it on the same connection are answered after it (handleRequest).
    c.request = nullptr;
    ++m_waitingForTurn[socket];
    m_domain.pipeline().whenOurTurn(
        [this, c, route = m.route, later, socket = QPointer<QTcpSocket>(socket)] {
            if (const auto it = m_waitingForTurn.find(socket.data());
                socket && it != m_waitingForTurn.end() && --*it == 0)
                m_waitingForTurn.erase(it);
            if (route->asyncHandler)
                route->asyncHandler(c, later);
            else
                later(route->handler(c));
        });
    return std::nullopt;
}
