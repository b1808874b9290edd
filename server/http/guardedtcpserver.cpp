#include "guardedtcpserver.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace {
constexpr qint64 kMaxDrain = 1024 * 1024;

// Answers and closes. The client may still be sending the refused body: closing with unread
// data would reset the connection before it reads the answer, so up to `drain` bytes are read
// and dropped first (bounded in bytes and time).
void refuse(QTcpSocket *socket, int status, const char *reason, const char *code,
            const QByteArray &message, qint64 drain = 0)
{
    const QByteArray body =
        QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
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

// The start of a request, as opposed to the rest of a body Qt HttpServer is still reading.
bool looksLikeRequestLine(const QByteArray &data)
{
    const qsizetype space = data.indexOf(' ');
    if (space <= 0 || space > 10)
        return false;
    for (qsizetype i = 0; i < space; ++i)
        if (data[i] < 'A' || data[i] > 'Z')
            return false;
    return true;
}
} // namespace

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before Qt HttpServer's own readyRead handler, so it runs first.
    auto guard = std::make_shared<QMetaObject::Connection>();
    *guard = connect(socket, &QTcpSocket::readyRead, this, [this, socket, guard] {
        // Refused: refuse() reads and drops the rest. Upgraded: the socket is no longer Qt's.
        if (inspect(socket))
            QObject::disconnect(*guard);
    });
    addPendingConnection(socket);
    Q_EMIT newConnection();
}

bool GuardedTcpServer::inspect(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(m_maxHead + 4);
    if (!looksLikeRequestLine(head))
        return false; // more of a body whose head was already accepted
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_maxHead) {
            qCInfo(lcHttp) << "refused a request head over" << m_maxHead << "bytes from"
                           << socket->peerAddress();
            refuse(socket, 431, "Request Header Fields Too Large", "headers_too_large",
                   "the request head is too large");
            return true;
        }
        return false; // wait for the rest of the head
    }
    const std::optional<RequestHead> request = RequestHead::parse(head.left(end));
    if (!request)
        return false; // Qt HttpServer answers what it cannot parse
    bool upgrade = false;
    for (const auto &[name, value] : request->fields) {
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(socket, 400, "Bad Request", "bad_request", "invalid Content-Length");
                return true;
            }
            if (length > m_maxBody) {
                qCInfo(lcHttp) << "refused a body of" << length << "bytes from"
                               << socket->peerAddress();
                refuse(socket, 413, "Payload Too Large", "body_too_large",
                       "request body is over " + QByteArray::number(m_maxBody) + " bytes",
                       end + 4 + length);
                return true;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            refuse(socket, 411, "Length Required", "length_required",
                   "send a Content-Length, not a chunked body");
            return true;
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            upgrade = true;
        }
    }
    // A WebSocket upgrade we do not take goes on to Qt HttpServer, which answers and closes it.
    return upgrade && m_upgrade && m_upgrade(socket, *request, end + 4);
}
