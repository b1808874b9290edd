// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "monitorstate.h"

#include "events.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
// Monitor rows name their visit `visit_id`; the models key on `id`.
QJsonArray keyed(const QJsonArray &rows)
{
    QJsonArray out;
    for (const QJsonValue &v : rows) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("id"), o.value(QLatin1String("visit_id")));
        out.append(o);
    }
    return out;
}
} // namespace

MonitorState::MonitorState(QObject *parent)
    : QObject(parent)
{
    connect(&m_queue, &AnnouncementQueue::currentChanged, this,
            &MonitorState::currentNoticeChanged);
    connect(&m_client, &SocketClient::eventReceived, this, &MonitorState::onEvent);
    // The notices shown were keyed by seqs of the history before a restore: a new notice could
    // share one and be taken for a repeat.
    connect(&m_client, &SocketClient::historyReset, this, [this] {
        m_notices.clear();
        m_queue.forgetHistory();
    });
}

void MonitorState::setNoticeDurationMs(int ms)
{
    if (ms == m_queue.displayMs())
        return;
    m_queue.setDisplayMs(ms);
    Q_EMIT noticeDurationMsChanged();
}

void MonitorState::onEvent(const QString &name, const QJsonObject &payload)
{
    if (name == QLatin1String(Events::MonitorUpdated)) {
        const QString venue = payload.value(QLatin1String("venue")).toString();
        if (venue != m_venueName) {
            m_venueName = venue;
            Q_EMIT venueNameChanged();
        }
        m_nowServing.setItems(keyed(payload.value(QLatin1String("now_serving")).toArray()));
        m_waiting.setItems(keyed(payload.value(QLatin1String("waiting")).toArray()));
        m_therapists.setItems(payload.value(QLatin1String("therapists")).toArray());
        m_arrivingSoon.setBookings(payload.value(QLatin1String("arriving_soon")).toArray());
        if (!m_hasState) {
            m_hasState = true;
            Q_EMIT hasStateChanged();
        }
    } else if (name == QLatin1String(Events::MonitorPaymentCompleted)) {
        showNotice(QStringLiteral("payment"), payload);
    } else if (name == QLatin1String("monitor_visit_called")) {
        showNotice(QStringLiteral("called"), payload);
    }
}

void MonitorState::showNotice(const QString &kind, const QJsonObject &payload)
{
    m_notices.add(kind, payload); // the recent ones, once each
    m_queue.offer(kind, NoticeListModel::flatten(kind, payload));
}

void MonitorState::keepHistory(const QUrl &server)
{
    // One history per server (host and port): another server's seqs mean nothing here.
    QString key = server.host() + QLatin1Char('_') + QString::number(server.port(0));
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    m_historyGroup = QStringLiteral("monitor/") + key;
    m_queue.setHistoryGroup(m_historyGroup + QStringLiteral("/announced"));
    const QSettings saved;
    m_client.resumeFrom(saved.value(m_historyGroup + QStringLiteral("/offset"), -1).toLongLong(),
                        saved.value(m_historyGroup + QStringLiteral("/epoch")).toString());
    // The place and the history it counts in, saved together.
    const auto save = [this] {
        QSettings s;
        s.setValue(m_historyGroup + QStringLiteral("/offset"), m_client.lastSeq());
        s.setValue(m_historyGroup + QStringLiteral("/epoch"), m_client.epoch());
    };
    connect(&m_client, &SocketClient::lastSeqChanged, this, save);
    connect(&m_client, &SocketClient::epochChanged, this, save);
}
