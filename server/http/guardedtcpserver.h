#pragma once

#include <QTcpServer>

// A QTcpServer that looks at each request's head before Qt HttpServer does, so an oversized
// body is refused (413) as soon as its Content-Length is announced instead of after Qt has read
// it all into memory, and an oversized head (431) or a chunked body (411) never gets that far.
// Qt HttpServer 6.4 has no such limits of its own.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, qint64 maxHeadBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_maxBody(maxBodyBytes), m_maxHead(maxHeadBytes)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    // True when the request was refused and the socket is being closed.
    bool inspect(class QTcpSocket *socket);

    qint64 m_maxBody;
    qint64 m_maxHead;
};
