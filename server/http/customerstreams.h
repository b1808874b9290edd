// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class CustomerView;
class QHttpServerRequest;
class QHttpServerResponder;
class CommandPipeline;
class SpaDomain;

// The customer pages' open event streams (/t/<code>/events, Server-Sent Events): `update` (the
// customer view, sent when it changes), `called` and `paid` (the journaled notices of that
// visit), each with `id: <seq>`, so a reconnecting EventSource gets what it missed through
// Last-Event-ID. Watches SpaDomain::committed like the hub: notices go out at once, views are
// rebuilt once per event-loop turn only for visits with open streams.
class CustomerStreams : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHeartbeatMs = 15000;
    static constexpr int kRetryMs = 3000; // EventSource reconnect delay we ask for
    static constexpr int kStreamsPerVisit = 8; // the oldest is closed beyond this
    static constexpr qint64 kMaxBuffered = 256 * 1024; // a client that stops reading is dropped
    static constexpr int kReplayLimit = 100;

    CustomerStreams(SpaDomain &domain, CustomerView &view, QObject *parent = nullptr);
    ~CustomerStreams() override;

    // Takes the responder's connection for visitId's stream: writes the head, the notices missed
    // since Last-Event-ID (or ?since=) and the view now. The responder must have a socket.
    void open(const QHttpServerRequest &request, QHttpServerResponder &&responder, qint64 visitId);

    int count() const { return int(m_streams.size()); }
    // The newest journal seq looked at: a page rendered now is up to date to here.
    qint64 seenSeq() const { return m_seenSeq; }
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }

private:
    struct Stream;

    void onCommitted(qint64 seq);
    void scheduleFlush();
    void flush();
    void heartbeat();
    // Writes to one stream; false (and the stream marked dead) when its client is gone.
    bool write(Stream &s, const QByteArray &bytes);
    void scheduleSweep();
    void sweep();
    QByteArray updateEvent(Stream &s, const QJsonObject &visit, bool force);

    CommandPipeline &m_pipeline;
    CustomerView &m_view;
    std::vector<std::unique_ptr<Stream>> m_streams;
    qint64 m_seenSeq = 0; // newest journal row already looked at for notices
    bool m_flushQueued = false;
    bool m_sweepQueued = false;
    QTimer m_heartbeat;
};
