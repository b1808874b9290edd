// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hub keeping its connections honest: Engine.IO pings and pong deadlines, the CONNECT
// deadline, closing sockets swept, and credentials re-checked when one is revoked or expires.

#include "hub.h"

#include "core/clock.h"
#include "domain/spa.h"
#include "store/database.h"
#include "ws/wsconnection.h"
#include "ws/wsframes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

void Hub::sweepClosing()
{
    for (auto it = m_closing.begin(); it != m_closing.end();) {
        HubClient *c = *it;
        if (!c->conn->isClosing()) {
            it = m_closing.erase(it);
        } else if (c->conn->closeTimedOut()) {
            c->conn->abort(); // the peer never answered our close
            it = m_closing.erase(it);
        } else {
            ++it;
        }
    }
    if (m_closing.isEmpty())
        m_closingSweep.stop();
}

bool Hub::credentialHolds(HubClient *c)
{
    if (c->who.role == Principal::Role::Customer)
        return true; // a ticket code is read-only and is not revoked
    const QDateTime now = m_domain.clock().now();
    if (c->who.expiresAt.isValid() && c->who.expiresAt <= now)
        return false;
    const std::optional<Principal> who = m_domain.signIn().resolveToken(c->token);
    // A store that did not answer (PostgreSQL restarting) revoked nothing: the socket keeps its
    // rights, and a command is refused with 503 by the store itself while it is away.
    if (!who)
        return !m_domain.database().lastOk();
    c->who = *who; // a renamed account acts under its new name
    return true;
}

void Hub::disconnectRevoked(HubClient *c, const char *why)
{
    qCInfo(lcHub) << "closing" << c->sid << "from" << c->address << ":" << why;
    leaveRooms(c);
    c->stage = HubClient::Stage::Opened;
    c->token.clear();
    c->who = Principal();
    sendText(c, "41");
    c->conn->close(WsFrames::PolicyViolated, QByteArray(why));
}

void Hub::recheckCredentials()
{
    const auto clients = m_clients;
    for (HubClient *c : clients)
        if (c->stage == HubClient::Stage::Connected && !credentialHolds(c))
            disconnectRevoked(c, "credential revoked or expired");
}

void Hub::reap()
{
    const QList<HubClient *> dead = std::exchange(m_dead, {});
    for (HubClient *c : dead) {
        delete c->conn;
        delete c;
    }
}

void Hub::pingTick()
{
    static const QByteArray ping = WsFrames::text("2");
    const auto clients = m_clients;
    const QDateTime now = m_domain.clock().now();
    for (HubClient *c : clients) {
        if (c->stage == HubClient::Stage::Opened &&
            c->since.elapsed() > m_config.connectTimeoutMs) {
            drop(c, "no Socket.IO CONNECT in time");
            continue;
        }
        if (c->stage == HubClient::Stage::Connected && c->who.expiresAt.isValid() &&
            c->who.expiresAt <= now) {
            disconnectRevoked(c, "credential expired");
            continue;
        }
        if (c->awaitingPong)
            continue; // the last ping is still unanswered; pongCheck decides
        c->awaitingPong = true;
        c->pingSent.start();
        send(c, ping);
    }
    QTimer::singleShot(m_config.pingTimeoutMs, this, &Hub::pongCheck);
}

void Hub::connectSweep()
{
    bool waiting = false;
    const auto clients = m_clients;
    for (HubClient *c : clients) {
        if (c->stage != HubClient::Stage::Opened || m_refused.contains(c) || c->conn->isClosing())
            continue;
        if (c->since.elapsed() >= m_config.connectTimeoutMs) {
            ++m_connectTimeouts;
            drop(c, "no Socket.IO CONNECT in time");
        } else {
            waiting = true;
        }
    }
    if (!waiting)
        m_connectSweep.stop();
}

void Hub::pongCheck()
{
    const auto clients = m_clients;
    for (HubClient *c : clients)
        if (c->awaitingPong && c->pingSent.elapsed() >= m_config.pingTimeoutMs)
            drop(c, "no pong within pingTimeout");
}
