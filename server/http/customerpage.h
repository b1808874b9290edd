// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/httpresponse.h"
#include "views/roomviews.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class SpaDomain;

// The customer's page at /t/<code> (one self-contained HTML page: inline CSS and JS, the first
// state rendered on the server so it reads without JS) and its Server-Sent Events stream at
// /t/<code>/events: `update` (the customer view, sent when it changes), `called` and `paid` (the
// journaled notices of that visit), each with `id: <seq>` so a reconnecting EventSource gets what
// it missed through Last-Event-ID. Language from Accept-Language (English, Thai, Indonesian).
class CustomerPage : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultHeartbeatMs = 15000;
    static constexpr int kRetryMs = 3000; // EventSource reconnect delay we ask for
    static constexpr int kStreamsPerVisit = 8; // the oldest is closed beyond this
    static constexpr qint64 kMaxBuffered = 256 * 1024; // a client that stops reading is dropped
    static constexpr int kReplayLimit = 100;

    explicit CustomerPage(SpaDomain &domain, QObject *parent = nullptr);
    ~CustomerPage() override;

    // GET /t/{code}: the page, or a friendly 404 page for an unknown or malformed code.
    HttpResponse page(const QHttpServerRequest &request, const QString &code);
    // GET /t/{code}/events: takes the responder and keeps the connection as an event stream;
    // answers a response (the 404 page) instead when the code names no ticket.
    std::optional<HttpResponse> openStream(const QHttpServerRequest &request,
                                           const std::shared_ptr<QHttpServerResponder> &responder,
                                           const QString &code);

    // Any other GET under /t/: "/t/<code>/" (a trailing slash some scanners add) is the page,
    // anything else the friendly 404 page.
    HttpResponse missing(const QHttpServerRequest &request);

    int streamCount() const { return int(m_streams.size()); }
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }

    // "th-TH,th;q=0.9,en;q=0.8" → "th". `override` (?lang=) wins when it names one of ours.
    static QString language(const QByteArray &acceptLanguage, const QString &override = QString());
    static QStringList languages();

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
    QJsonObject customerVisit(qint64 visitId);
    std::optional<qint64> resolve(const QString &code);
    HttpResponse notFound(const QString &lang);

    SpaDomain &m_domain;
    RoomViews m_views;
    std::vector<std::unique_ptr<Stream>> m_streams;
    qint64 m_seenSeq = 0; // newest journal row already looked at for notices
    bool m_flushQueued = false;
    bool m_sweepQueued = false;
    QTimer m_heartbeat;
};
