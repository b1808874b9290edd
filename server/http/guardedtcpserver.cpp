#include "guardedtcpserver.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace {
constexpr qint64 kMaxDrain = 1024 * 1024;

// What Qt HttpServer skips before a request line.
bool isBlank(char ch)
{
    return ch == '\v' || ch == '\n' || ch == '\r' || ch == ' ' || ch == '\t';
}

// RFC 9110 8.6: digits and nothing else (Qt would read "+5" or " 5" as 5).
std::optional<qint64> parseLength(const QByteArray &v)
{
    if (v.isEmpty() || v.size() > 18)
        return std::nullopt;
    for (const char ch : v)
        if (ch < '0' || ch > '9')
            return std::nullopt;
    return v.toLongLong();
}

QByteArray errorBody(const QByteArray &code, const QByteArray &message)
{
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
}

// Answers and closes. The client may still be sending the refused body: closing with unread
// data would reset the connection before it reads the answer, so up to `drain` bytes are read
// and dropped first (bounded in bytes and time). Nothing else reads the socket afterwards.
void answerAndClose(QTcpSocket *socket, int status, const char *reason, const QByteArray &code,
                    const QByteArray &message, qint64 drain)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    // What Qt HttpServer read of this request so far is kept for a rollback: let it go.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    const QByteArray body = errorBody(code, message);
    socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
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

struct GuardedTcpServer::Conn {
    QTcpSocket *socket = nullptr;
    QString address; // empty once the connection no longer counts against it
    enum class Phase {
        Head, // reading a request head (a new connection starts here)
        Body, // reading a Content-Length body
        Idle, // between requests
        Done, // refused or upgraded: the guard has nothing more to say
    } phase = Phase::Head;
    qint64 phaseSince = 0; // ms on the server's clock
    bool streaming = false;
    bool gone = false; // disconnected

    // The request being read: where it began in the stream and its head so far.
    qint64 requestStart = 0;
    qint64 headBytes = 0; // counting the blank lines Qt skips before a request line
    QByteArray head; // from the request line on
    qsizetype lineEnd = -1; // where the request line ends in `head`
    qint64 bodyLeft = 0;

    // `fed`: bytes of the stream inspected. `seen`: of the bytes Qt HttpServer has not read
    // yet, how many at the front were inspected. `availBefore`: unread bytes when Qt's turn began.
    qint64 fed = 0;
    qint64 seen = 0;
    qint64 availBefore = 0;

    // A verdict on the request at requestStart, carried out once Qt has read the requests
    // before it (a pipelined request is answered in turn).
    Verdict pending = Verdict::Pass;
    qint64 headEnd = 0;
    std::optional<RequestHead> upgradeHead;
    int status = 0;
    const char *statusText = "";
    QByteArray code, counter, message;
    qint64 drain = 0;
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
    static const QList<QByteArray> reasons { "head_too_large", "body_too_large", "chunked",
                                             "bad_request",    "head_timeout",   "body_timeout",
                                             "idle_timeout",   "per_address" };
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
    auto *c = new Conn;
    c->socket = socket;
    c->address = address;
    c->phaseSince = now();
    ++m_perAddress[address];
    m_conns.insert(socket, c);
    // Connected before Qt HttpServer's own readyRead handler, so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Conn *c = m_conns.value(socket))
            beforeQt(c);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (Conn *c = m_conns.value(socket)) {
            c->gone = true; // no time limits; what it sent before is still inspected
            if (!c->address.isEmpty() && --m_perAddress[c->address] <= 0)
                m_perAddress.remove(c->address);
            c->address.clear();
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // Qt HttpServer has connected its handler by now (pendingConnectionAvailable is direct).
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (Conn *c = m_conns.value(socket))
            afterQt(c);
    });
    if (!m_sweep.isActive())
        m_sweep.start();
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
        c->bodyLeft -= avail - c->seen;
        c->fed += avail - c->seen;
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
    using Phase = Conn::Phase;
    qsizetype i = from;
    const qsizetype n = data.size();
    while (i < n && c->pending == Verdict::Pass && c->phase != Phase::Done) {
        if (c->phase == Phase::Idle) {
            c->phase = Phase::Head;
            c->phaseSince = now();
            c->requestStart = c->fed;
            c->headBytes = 0;
            c->head.clear();
            c->lineEnd = -1;
        }
        if (c->phase == Phase::Body) {
            const qint64 take = std::min<qint64>(c->bodyLeft, n - i);
            i += take;
            c->fed += take;
            c->bodyLeft -= take;
            if (c->bodyLeft == 0) {
                c->phase = Phase::Idle;
                c->phaseSince = now();
            }
            continue;
        }
        // The head, cut where Qt HttpServer cuts it: blank lines skipped, the request line up
        // to LF, the fields up to an empty line (CRLF or LF).
        const char ch = data.at(i);
        ++i;
        ++c->fed;
        ++c->headBytes;
        bool complete = false;
        if (!c->head.isEmpty() || !isBlank(ch)) {
            c->head.append(ch);
            if (ch == '\n') {
                if (c->lineEnd < 0) {
                    c->lineEnd = c->head.size();
                } else {
                    const qsizetype fields = c->head.size() - c->lineEnd;
                    const char *end = c->head.constData() + c->head.size();
                    complete = fields == 1 || (fields == 2 && end[-2] == '\r') ||
                        (fields >= 2 && end[-2] == '\n') ||
                        (fields >= 3 && end[-2] == '\r' && end[-3] == '\n');
                }
            }
        }
        if (complete) {
            headComplete(c);
        } else if (c->headBytes > m_limits.maxHeadBytes) {
            qCInfo(lcHttp) << "refused a request head over" << m_limits.maxHeadBytes << "bytes from"
                           << c->socket->peerAddress();
            refuse(c, 431, "Request Header Fields Too Large", "head_too_large",
                   "the request head is too large");
        }
    }
    c->seen = i;
    if (c->pending != Verdict::Pass)
        act(c);
}

void GuardedTcpServer::headComplete(Conn *c)
{
    using Phase = Conn::Phase;
    c->headEnd = c->fed;
    const std::optional<RequestHead> request = RequestHead::parse(c->head);
    c->head.clear();
    if (!request || request->malformed)
        return refuse(c, 400, "Bad Request", "bad_request", "malformed request head");
    int lengths = 0;
    std::optional<qint64> length = 0;
    bool upgrade = false;
    for (const auto &[name, value] : request->fields) {
        if (name == "content-length") {
            ++lengths;
            length = parseLength(value);
        } else if (name == "transfer-encoding") {
            return refuse(c, 411, "Length Required", "chunked",
                          "send a Content-Length, not a chunked body");
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            upgrade = true;
        }
    }
    // Two lengths could be read two ways (request smuggling): RFC 9112 6.3 says refuse.
    if (lengths > 1)
        return refuse(c, 400, "Bad Request", "bad_request", "more than one Content-Length");
    if (!length)
        return refuse(c, 400, "Bad Request", "bad_request", "invalid Content-Length");
    if (*length > m_limits.maxBodyBytes) {
        qCInfo(lcHttp) << "refused a body of" << *length << "bytes from"
                       << c->socket->peerAddress();
        return refuse(c, 413, "Payload Too Large", "body_too_large",
                      "request body is over " + QByteArray::number(m_limits.maxBodyBytes) +
                          " bytes",
                      *length);
    }
    c->bodyLeft = *length;
    c->phase = *length > 0 ? Phase::Body : Phase::Idle;
    c->phaseSince = now();
    if (upgrade && m_upgrade) {
        c->upgradeHead = request;
        c->pending = Verdict::Upgrade;
    }
}

void GuardedTcpServer::refuse(Conn *c, int status, const char *reason, const QByteArray &counter,
                              const QByteArray &message, qint64 drain)
{
    c->pending = Verdict::Refuse;
    c->status = status;
    c->statusText = reason;
    c->counter = counter;
    c->code = status == 431 ? "headers_too_large"
        : status == 413     ? "body_too_large"
        : status == 411     ? "length_required"
        : status == 408     ? "request_timeout"
                            : "bad_request";
    c->message = message;
    c->drain = drain;
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
        if (m_upgrade(c->socket, head, size)) {
            c->phase = Conn::Phase::Done;
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
    if (m_conns.isEmpty()) {
        m_sweep.stop();
        return;
    }
    const qint64 t = now();
    QList<QPair<Conn *, const char *>> due;
    for (Conn *c : std::as_const(m_conns)) {
        if (c->pending != Verdict::Pass || c->gone)
            continue;
        const qint64 age = t - c->phaseSince;
        if (c->phase == Phase::Head && age > m_limits.headTimeoutMs)
            due.append({ c, "head_timeout" });
        else if (c->phase == Phase::Body && age > m_limits.bodyTimeoutMs)
            due.append({ c, "body_timeout" });
        else if (c->phase == Phase::Idle && age > m_limits.idleTimeoutMs && !c->streaming &&
                 c->socket->bytesToWrite() == 0)
            due.append({ c, "idle_timeout" });
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
        refuse(c, 408, "Request Timeout", why,
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
