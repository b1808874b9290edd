#pragma once

#include "http/requesthead.h"

#include <QTcpServer>

#include <functional>

// A QTcpServer that looks at each request's head before Qt HttpServer does, so an oversized
// body is refused (413) as soon as its Content-Length is announced instead of after Qt has read
// it all into memory, and an oversized head (431) or a chunked body (411) never gets that far.
// Qt HttpServer 6.4 has no such limits of its own.
class QTcpSocket;

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, qint64 maxHeadBytes, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_maxBody(maxBodyBytes)
        , m_maxHead(maxHeadBytes)
    {
    }

    // Offered every complete WebSocket upgrade head before Qt HttpServer sees it; returns true
    // when it took the connection (Qt then never reads from the socket again). `headSize`
    // counts the head and its blank line.
    using UpgradeHandler =
        std::function<bool(QTcpSocket *socket, const RequestHead &head, qsizetype headSize)>;
    void setUpgradeHandler(UpgradeHandler handler) { m_upgrade = std::move(handler); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // True when Qt HttpServer must not read the socket again: the request was refused (and the
    // socket is closing) or its upgrade was taken.
    bool inspect(QTcpSocket *socket);

    UpgradeHandler m_upgrade;
    qint64 m_maxBody;
    qint64 m_maxHead;
};
