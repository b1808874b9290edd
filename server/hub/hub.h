// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hub/hubclient.h"
#include "hub/hubconfig.h"
#include "store/journal.h"
#include "views/roomviews.h"
#include "ws/wsconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class Commands;
class Reply;
class SpaDomain;

// The realtime hub: Engine.IO v4 / Socket.IO v5 over WebSocket on the server's port. Puts each
// connection in rooms from its token, sends each room's state after every committed change
// (coalesced per event-loop turn, serialized once per room), forwards journaled notifications,
// runs commands with acks, and replays what a reconnecting client missed from the journal.
class Hub : public QObject {
    Q_OBJECT
public:
    Hub(SpaDomain &domain, Commands &commands, const HubConfig &config, QObject *parent = nullptr);
    ~Hub() override;

    // Takes a connection whose upgrade request was checked: `transport` (a raw descriptor, or
    // the QSslSocket of a TLS connection; now ours) gets the 101 answer for `key` and the
    // Engine.IO handshake; `early` is what the client sent after its request.
    void acceptUpgrade(WsTransport transport, const QByteArray &key, const QByteArray &early,
                       const QString &address);
    void closeAll();
    // The database's epoch (DatabaseEpoch), given in every CONNECT answer. A client that sends
    // another one with its `offset` kept that offset in another history: it gets the state of
    // its rooms and no replay.
    void setEpoch(const QString &epoch) { m_epoch = epoch; }

    int connectionCount() const { return int(m_clients.size() - m_refused.size()); }
    QHash<QString, int> roomCounts() const;
    quint64 deliveredFrames() const { return m_delivered; }
    quint64 connectTimeouts() const { return m_connectTimeouts; }

private:
    void onText(HubClient *c, const QByteArray &text);
    void onSocketIo(HubClient *c, const QByteArray &payload);
    void onConnectPacket(HubClient *c, const QJsonValue &auth);
    void onEventPacket(HubClient *c, const QString &name, const QJsonArray &args, int ackId);
    // A command's answer: its ack, or an `error` event when it was sent without one.
    void ack(HubClient *c, int ackId, const Reply &reply);
    void drop(HubClient *c, const char *why);
    // The client's credential is no longer valid: out of its rooms at once, a Socket.IO
    // DISCONNECT (the official client does not reconnect after one), then the socket closed.
    void disconnectRevoked(HubClient *c, const char *why);
    // Checks every signed-in connection's credential again (after a logout, deactivation,
    // password change or device revocation) and closes those that no longer hold.
    void recheckCredentials();
    bool credentialHolds(HubClient *c);
    void leaveRooms(HubClient *c);
    void remove(HubClient *c);
    void reap();
    void sweepClosing();

    void onCommitted(qint64 seq);
    void markDirty(const QString &room);
    void flush();
    void flushIfIdle();
    void sendState(HubClient *c, const QString &room);
    // `frame` is a whole WebSocket frame (WsFrames), built once for every recipient.
    void send(HubClient *c, const QByteArray &frame);
    void sendText(HubClient *c, const QByteArray &utf8);
    struct Outbox {
        QByteArray bytes; // whole frames, back to back
        int frames = 0;
    };
    void sendToRoom(const QString &room, const Outbox &out);
    void flushOutbox(const QString &room);
    QByteArray stateFrame(const QString &room);
    void replay(HubClient *c, qint64 offset);
    // The notification's wire name for one room, or empty when that room does not get it.
    static QString notificationEvent(const QString &type, const QString &room);
    void pingTick();
    void pongCheck();
    void connectSweep();

    SpaDomain &m_domain;
    Commands &m_commands;
    HubConfig m_config;
    QString m_epoch;
    RoomViews m_views;
    QSet<HubClient *> m_clients;
    QList<HubClient *> m_dead; // closed; freed on the next loop turn, outside their callbacks
    QSet<HubClient *> m_closing; // close frame sent, waiting for the peer's answer
    QSet<HubClient *> m_refused; // over the per-address limit: being closed, never counted
    QTimer m_closingSweep;
    QHash<QString, QPair<QByteArray, QByteArray>>
        m_stateFrames; // room → (its view's text, that text framed)
    QHash<QString, QSet<HubClient *>> m_rooms;
    QHash<QString, int> m_perAddress;
    QSet<QString> m_dirty;
    QHash<QString, Outbox> m_outbox; // each room's notices since its last flush
    QHash<QString, QByteArray> m_lastFlushed; // each room's view as last sent by flush()
    QSet<QString> m_forceFlush; // rooms whose members may hold a newer view
    bool m_flushQueued = false;
    QElapsedTimer m_lastFlush;
    QTimer m_flushTimer; // the latest a queued flush runs: flushGapMs after the last one
    QTimer m_idleWake; // wakes the loop when an idle flush's gap has passed
    qint64 m_dispatchedSeq = 0; // newest journal row already sent to connected clients
    QTimer m_pingTimer;
    QTimer m_connectSweep; // runs while a socket waits for its CONNECT
    quint64 m_connectTimeouts = 0;
    quint64 m_delivered = 0;
};
