// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiserver.h"

#include "http/requestparts.h"

#include "core/clock.h"
#include "core/lagmonitor.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "events.h"
#include "http/customerpage.h"
#include "http/guardedtcpserver.h"
#include "hub/hub.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <fcntl.h>

// /health and /metrics: what an operator's monitoring reads.

namespace {
QJsonObject roomsJson(const Hub *hub)
{
    QJsonObject o;
    for (const char *room : { "cashier", "monitor", "therapist", "therapists", "customer" })
        o.insert(QLatin1String(room), 0);
    if (hub) {
        const QHash<QString, int> counts = hub->roomCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            o.insert(it.key(), it.value());
    }
    return o;
}

// The last backup made or tried: null when backups are off or none exists yet.
QJsonValue backupJson(const std::optional<BackupOutcome> &b)
{
    if (!b)
        return QJsonValue();
    return QJsonObject { { QStringLiteral("at"), b->at.toUTC().toString(Qt::ISODateWithMs) },
                         { QStringLiteral("file"), b->file },
                         { QStringLiteral("size_bytes"), b->bytes },
                         { QStringLiteral("ok"), b->ok },
                         { QStringLiteral("error"), b->ok ? QJsonValue() : QJsonValue(b->error) } };
}

} // namespace

HttpResponse ApiServer::health()
{
    const double latency = m_domain.database().ping();
    // Answering SELECT 1 is not enough: a deleted file or a full disk still answers reads.
    QString problem = m_domain.database().storageProblem();
    if (latency < 0 && problem.isEmpty())
        problem = QStringLiteral("the database does not answer");
    const bool dbOk = problem.isEmpty();
    const int connections = this->connections();
    return HttpResponse::json(
        { { QStringLiteral("status"), dbOk ? QStringLiteral("ok") : QStringLiteral("degraded") },
          { QStringLiteral("version"), QStringLiteral(SPA_VERSION) },
          { QStringLiteral("epoch"), m_epoch },
          { QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000 },
          { QStringLiteral("database"),
            QJsonObject {
                { QStringLiteral("ok"), dbOk },
                { QStringLiteral("engine"),
                  m_domain.database().engine() == SqlDialect::Engine::Postgres
                      ? QStringLiteral("postgresql")
                      : QStringLiteral("sqlite") },
                { QStringLiteral("latency_ms"), latency >= 0 ? QJsonValue(latency) : QJsonValue() },
                { QStringLiteral("problem"), dbOk ? QJsonValue() : QJsonValue(problem) } } },
          { QStringLiteral("connections"), connections },
          { QStringLiteral("rooms"), roomsJson(m_hub) },
          { QStringLiteral("event_loop_lag_ms"), m_lag.lagMs() },
          { QStringLiteral("last_backup"),
            backupJson(m_backupStatus ? m_backupStatus() : std::nullopt) } },
        dbOk ? 200 : 503);
}

HttpResponse ApiServer::metrics()
{
    QByteArray out;
    auto gauge = [&out](const char *name, const char *help, double value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name +
            ' ' + QByteArray::number(value, 'g', 12) + '\n';
    };
    gauge("spa_uptime_seconds", "Seconds since the server started.", m_uptime.elapsed() / 1000.0);
    gauge("spa_connections", "Open client connections (HTTP and WebSocket).", connections());
    gauge("spa_websocket_connections", "Open Socket.IO connections.",
          m_hub ? m_hub->connectionCount() : 0);
    gauge("spa_hub_frames_sent", "Socket.IO frames sent since start.",
          m_hub ? double(m_hub->deliveredFrames()) : 0);
    out += "# HELP spa_room_connections Socket.IO connections per kind of room.\n"
           "# TYPE spa_room_connections gauge\n";
    const QJsonObject rooms = roomsJson(m_hub);
    for (auto it = rooms.begin(); it != rooms.end(); ++it)
        out += "spa_room_connections{room=\"" + it.key().toLatin1() + "\"} " +
            QByteArray::number(it.value().toInt()) + '\n';
    gauge("spa_customer_streams", "Open customer page event streams (Server-Sent Events).",
          m_customerPage->streamCount());
    gauge("spa_event_loop_lag_ms", "How late the event loop runs a 100 ms timer.", m_lag.lagMs());
    gauge("spa_database_latency_ms", "Round trip of SELECT 1.", m_domain.database().ping());
    gauge("spa_journal_seq", "Newest event sequence number.",
          double(m_domain.views().journal().lastSeq()));
    out += "# HELP spa_http_responses_total HTTP responses by status.\n"
           "# TYPE spa_http_responses_total counter\n";
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        out += "spa_http_responses_total{code=\"" + QByteArray::number(it.key()) + "\"} " +
            QByteArray::number(it.value()) + '\n';
    gauge("spa_http_connections", "Open HTTP connections (before any WebSocket upgrade).",
          m_guard ? m_guard->openConnections() : 0);
    out += "# HELP spa_http_refused_total HTTP requests refused and connections closed by a limit, "
           "by reason.\n"
           "# TYPE spa_http_refused_total counter\n";
    for (const QByteArray &reason : GuardedTcpServer::refusalReasons())
        out += "spa_http_refused_total{reason=\"" + reason + "\"} " +
            QByteArray::number(m_guard ? m_guard->refusals(reason) : 0) + '\n';
    out += "# HELP spa_http_accept_pauses_total Times accepting paused (out of descriptors: "
           "EMFILE, ENFILE).\n"
           "# TYPE spa_http_accept_pauses_total counter\n"
           "spa_http_accept_pauses_total " +
        QByteArray::number(m_guard ? m_guard->acceptPauses() : 0) + '\n';
    out += "# HELP spa_websocket_connect_timeouts_total Sockets closed for sending no Socket.IO "
           "CONNECT in time.\n"
           "# TYPE spa_websocket_connect_timeouts_total counter\n"
           "spa_websocket_connect_timeouts_total " +
        QByteArray::number(m_hub ? m_hub->connectTimeouts() : 0) + '\n';
    out += "# HELP spa_write_turns_total Turns at the write lock waited for without blocking "
           "(PostgreSQL; 0 on SQLite).\n"
           "# TYPE spa_write_turns_total counter\n"
           "spa_write_turns_total " +
        QByteArray::number(m_domain.pipeline().writeTurns()) + '\n';
    if (m_backupStatus) {
        const std::optional<BackupOutcome> b = m_backupStatus();
        gauge("spa_backup_last_ok", "1 when the last backup succeeded, 0 when it failed.",
              b && b->ok ? 1 : 0);
        gauge("spa_backup_last_timestamp_seconds",
              "When the last backup was made or tried (Unix time; 0: none yet).",
              b ? double(b->at.toSecsSinceEpoch()) : 0);
        gauge("spa_backup_last_size_bytes", "Size of the last backup written.",
              b ? double(b->bytes) : 0);
    }
    return HttpResponse::text(out, QByteArrayLiteral("text/plain; version=0.0.4"));
}
