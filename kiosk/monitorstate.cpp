// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "monitorstate.h"

#include "events.h"

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
    m_noticeTimer.setSingleShot(true);
    m_noticeTimer.setInterval(8000);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_currentNotice.clear();
        Q_EMIT currentNoticeChanged();
    });
    connect(&m_client, &SocketClient::eventReceived, this, &MonitorState::onEvent);
    // The notices shown were keyed by seqs of the history before a restore: a new notice could
    // share one and be taken for a repeat.
    connect(&m_client, &SocketClient::historyReset, this, [this] {
        m_notices.clear();
        m_noticeTimer.stop();
        if (!m_currentNotice.isEmpty()) {
            m_currentNotice.clear();
            Q_EMIT currentNoticeChanged();
        }
    });
}

void MonitorState::setNoticeDurationMs(int ms)
{
    if (ms == m_noticeTimer.interval())
        return;
    m_noticeTimer.setInterval(ms);
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
    if (!m_notices.add(kind, payload))
        return; // already shown
    m_currentNotice = m_notices.get(0);
    Q_EMIT currentNoticeChanged();
    m_noticeTimer.start();
}
