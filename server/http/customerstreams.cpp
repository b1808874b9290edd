// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerstreams.h"

#include "domain/spa.h"
#include "events.h"
#include "rooms.h"
#include "views/customerview.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcCustomer)

struct CustomerStreams::Stream {
    qint64 visitId = 0;
    QPointer<QTcpSocket> socket;
    std::unique_ptr<QHttpServerResponder> responder; // kept for the connection's lifetime
    QByteArray lastVisit; // the `visit` last sent, compact JSON: an update goes out only on change
    bool dead = false;
};

namespace {

QByteArray eventChunk(qint64 id, const char *event, const QJsonObject &data)
{
    return "id: " + QByteArray::number(id) + "\nevent: " + event +
        "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

// The page's short name for a customer notice.
const char *pageEvent(const char *customerEvent)
{
    return std::strcmp(customerEvent, Events::CustomerCalled) == 0 ? Events::PageCalled
                                                                   : Events::PagePaid;
}

// Last-Event-ID (a reconnecting EventSource), else ?since= (the page's first connect).
std::optional<qint64> resumeFrom(const QHttpServerRequest &request)
{
    QByteArray raw = request.value(QByteArrayLiteral("last-event-id")).trimmed();
    if (raw.isEmpty())
        raw = request.query().queryItemValue(QStringLiteral("since")).toLatin1();
    bool ok = false;
    const qint64 id = raw.toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

} // namespace

CustomerStreams::CustomerStreams(SpaDomain &domain, CustomerView &view, QObject *parent)
    : QObject(parent)
    , m_pipeline(domain.pipeline())
    , m_view(view)
    , m_seenSeq(view.lastSeq())
{
    connect(&domain.pipeline(), &CommandPipeline::committed, this, &CustomerStreams::onCommitted);
    m_heartbeat.setInterval(kDefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &CustomerStreams::heartbeat);
}

CustomerStreams::~CustomerStreams() = default;

void CustomerStreams::open(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                           qint64 visitId)
{
    // The state read below is sent now, not held: commands of this loop turn commit first.
    m_pipeline.commitGroup();
    auto stream = std::make_unique<Stream>();
    stream->visitId = visitId;
    stream->socket = responder.socket();
    stream->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    QHttpServerResponder &r = *stream->responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    r.writeHeader(QByteArrayLiteral("Content-Type"),
                  QByteArrayLiteral("text/event-stream; charset=utf-8"));
    r.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.writeHeader(QByteArrayLiteral("X-Accel-Buffering"),
                  QByteArrayLiteral("no")); // nginx: pass events at once
    r.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));

    // First the notices missed since the client's last event (oldest first), then the state now.
    QByteArray first = "retry: " + QByteArray::number(kRetryMs) + "\n\n";
    if (const auto from = resumeFrom(request)) {
        for (const CustomerView::Notice &n :
             m_view.notices(*from, m_seenSeq, visitId, kReplayLimit)) {
            QJsonObject payload = n.entry.payload();
            payload.insert(QStringLiteral("seq"), n.entry.seq);
            payload.insert(QStringLiteral("replayed"), true);
            first += eventChunk(n.entry.seq, pageEvent(n.event), payload);
        }
    }
    first += updateEvent(*stream, m_view.visit(visitId), true);
    r.writeBody(first);

    QTcpSocket *socket = stream->socket.data();
    connect(socket, &QTcpSocket::disconnected, this, &CustomerStreams::scheduleSweep);
    connect(socket, &QObject::destroyed, this, &CustomerStreams::scheduleSweep);

    // One ticket may have a few pages open (a phone and a tablet, a reload); not hundreds.
    int same = 0;
    for (auto it = m_streams.rbegin(); it != m_streams.rend(); ++it) {
        Stream &s = **it;
        if (s.visitId == visitId && !s.dead && ++same >= kStreamsPerVisit) {
            s.dead = true;
            if (s.socket)
                s.socket->disconnectFromHost();
        }
    }
    m_streams.push_back(std::move(stream));
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    scheduleSweep();
    qCDebug(lcCustomer) << "stream opened for visit" << visitId << "streams:" << m_streams.size();
}

QByteArray CustomerStreams::updateEvent(Stream &s, const QJsonObject &visit, bool force)
{
    if (visit.isEmpty())
        return {};
    const QByteArray compact = QJsonDocument(visit).toJson(QJsonDocument::Compact);
    if (!force && compact == s.lastVisit)
        return {};
    s.lastVisit = compact;
    return "id: " + QByteArray::number(m_seenSeq) + "\nevent: " + Events::PageUpdate +
        "\ndata: {\"seq\":" + QByteArray::number(m_seenSeq) + ",\"visit\":" + compact + "}\n\n";
}

bool CustomerStreams::write(Stream &s, const QByteArray &bytes)
{
    if (s.dead)
        return false;
    if (!s.socket || s.socket->state() != QAbstractSocket::ConnectedState) {
        s.dead = true;
        scheduleSweep();
        return false;
    }
    if (bytes.isEmpty())
        return true;
    if (s.socket->bytesToWrite() + bytes.size() > kMaxBuffered) {
        qCInfo(lcCustomer) << "dropping a customer stream that stopped reading, visit" << s.visitId;
        s.dead = true;
        s.socket->abort();
        scheduleSweep();
        return false;
    }
    if (s.socket->write(bytes) < 0) {
        s.dead = true;
        scheduleSweep();
        return false;
    }
    return true;
}

void CustomerStreams::onCommitted(qint64 seq)
{
    m_view.invalidate();
    const qint64 from = m_seenSeq;
    m_seenSeq = std::max(m_seenSeq, seq);
    if (m_streams.empty())
        return;
    // Notices go out at once, before the state that follows them, so that an `update` id never
    // passes a notice the client has not had.
    for (const CustomerView::Notice &n : m_view.notices(from, m_seenSeq)) {
        QByteArray chunk;
        for (const auto &s : m_streams) {
            if (s->dead || !n.entry.inRoom(Room::customer(s->visitId)))
                continue;
            if (chunk.isEmpty()) {
                QJsonObject payload = n.entry.payload();
                payload.insert(QStringLiteral("seq"), n.entry.seq);
                chunk = eventChunk(n.entry.seq, pageEvent(n.event), payload);
            }
            write(*s, chunk);
        }
    }
    scheduleFlush();
}

void CustomerStreams::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &CustomerStreams::flush, Qt::QueuedConnection);
}

// Several commits in one event-loop turn → one view per visit with open streams, sent to the
// streams whose last `update` differs.
void CustomerStreams::flush()
{
    // As the hub's flush: no view read inside an open group of commands (see Hub::flush).
    if (m_pipeline.groupOpen()) {
        m_pipeline.afterCommit([self = QPointer<CustomerStreams>(this)](bool) {
            if (self)
                self->flush();
        });
        return;
    }
    m_flushQueued = false;
    QHash<qint64, QJsonObject> views;
    for (std::size_t i = 0; i < m_streams.size(); ++i) {
        Stream &s = *m_streams[i];
        if (s.dead)
            continue;
        auto it = views.find(s.visitId);
        if (it == views.end())
            it = views.insert(s.visitId, m_view.visit(s.visitId));
        const QByteArray chunk = updateEvent(s, *it, false);
        if (!chunk.isEmpty())
            write(s, chunk);
    }
}

// Every 15 s: a comment line to each stream (keeps proxies from timing out and finds dead
// peers), and the views again, since estimated waits move with the clock.
void CustomerStreams::heartbeat()
{
    if (m_streams.empty()) {
        m_heartbeat.stop();
        return;
    }
    for (std::size_t i = 0; i < m_streams.size(); ++i)
        write(*m_streams[i], QByteArrayLiteral(": keep-alive\n\n"));
    m_view.invalidate();
    flush();
}

void CustomerStreams::scheduleSweep()
{
    if (m_sweepQueued)
        return;
    m_sweepQueued = true;
    QMetaObject::invokeMethod(this, &CustomerStreams::sweep, Qt::QueuedConnection);
}

void CustomerStreams::sweep()
{
    m_sweepQueued = false;
    const auto before = m_streams.size();
    m_streams.erase(std::remove_if(m_streams.begin(), m_streams.end(),
                                   [](const std::unique_ptr<Stream> &s) {
                                       return s->dead || !s->socket ||
                                           s->socket->state() != QAbstractSocket::ConnectedState;
                                   }),
                    m_streams.end());
    if (m_streams.size() != before)
        qCDebug(lcCustomer) << "dropped" << before - m_streams.size()
                            << "customer streams; open:" << m_streams.size();
    if (m_streams.empty())
        m_heartbeat.stop();
}
