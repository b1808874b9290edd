// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// GuardedTcpServer's own accept loop (see listenAndAccept() in the header for why).

#include "guardedtcpserver_p.h"

#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

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
