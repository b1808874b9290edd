#pragma once

#include "hub/hubclient.h"
#include "hub/hubconfig.h"
#include "hub/roomviews.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class Commands;
class SpaDomain;
class QWebSocket;

// The realtime hub: Engine.IO v4 / Socket.IO v5 over WebSocket on the server's port. Puts each
// connection in rooms from its token, sends each room's state after every committed change
// (coalesced per event-loop turn, serialized once per room), forwards journaled notifications,
// runs commands with acks, and replays what a reconnecting client missed from the journal.
class Hub : public QObject
{
    Q_OBJECT
public:
    Hub(SpaDomain &domain, Commands &commands, const HubConfig &config, QObject *parent = nullptr);
    ~Hub() override;

    // Takes ownership of an upgraded socket whose request URL was already checked.
    void accept(QWebSocket *socket);
    void closeAll();

    int connectionCount() const { return m_clients.size(); }
    QHash<QString, int> roomCounts() const;
    quint64 deliveredFrames() const { return m_delivered; }

private:
    void onText(HubClient *c, const QString &text);
    void onSocketIo(HubClient *c, const QByteArray &payload);
    void onConnectPacket(HubClient *c, const QJsonValue &auth);
    void onEventPacket(HubClient *c, const QString &name, const QJsonArray &args, int ackId);
    void drop(HubClient *c, const char *why);
    void remove(HubClient *c);

    void onCommitted(qint64 seq);
    void markDirty(const QString &room);
    void flush();
    void sendState(HubClient *c, const QString &room);
    void send(HubClient *c, const QString &frame);
    void sendToRoom(const QString &room, const QString &frame);
    void replay(HubClient *c, qint64 offset);
    // The notification's wire name for one room, or empty when that room does not get it.
    static QString notificationEvent(const QString &type, const QString &room);
    void pingTick();
    void pongCheck();

    SpaDomain &m_domain;
    Commands &m_commands;
    HubConfig m_config;
    RoomViews m_views;
    QHash<QWebSocket *, HubClient *> m_clients;
    QHash<QString, QSet<HubClient *>> m_rooms;
    QHash<QString, int> m_perAddress;
    QSet<QString> m_dirty;
    QHash<QString, QByteArray> m_lastFlushed; // each room's view as last sent by flush()
    QSet<QString> m_forceFlush;              // rooms whose members may hold a newer view
    bool m_flushQueued = false;
    static constexpr qint64 kMinFlushGapMs = 100;
    QElapsedTimer m_lastFlush;
    qint64 m_dispatchedSeq = 0; // newest journal row already sent to connected clients
    QTimer m_pingTimer;
    quint64 m_delivered = 0;
};
