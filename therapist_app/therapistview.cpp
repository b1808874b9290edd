// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TherapistState's live view: what `therapist_queue_updated` says (me, my queue, my day, the
// turn order, today's totals), what it allows, and the service timer.

#include "therapiststate.h"

#include "events.h"
#include "format.h"

#include <QJsonArray>

#include <algorithm>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

void TherapistState::onEvent(const QString &name, const QJsonObject &payload)
{
    if (name != QLatin1String(Events::TherapistQueueUpdated))
        return;
    const QJsonObject me = payload.value(QLatin1String("therapist")).toObject();
    const QString status = str(me, "status");
    const QJsonValue turn = me.value(QLatin1String("turn_position"));
    const int position = turn.isDouble() ? turn.toInt() : 0;
    if (status != m_status || position != m_turnPosition) {
        m_status = status;
        m_turnPosition = position;
        Q_EMIT meChanged();
    }

    // The turn order in the server's order (next in turn first), a therapist on break where
    // their kept turn stands. Its rows name the place `position` (none while on break); the
    // therapist model calls it turn_position.
    QJsonArray order;
    for (const QJsonValue &v : payload.value(QLatin1String("turn_order")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("turn_position"), o.value(QLatin1String("position")));
        order.append(o);
    }
    m_turnOrder.setItems(order);

    applyQueue(payload.value(QLatin1String("queue")).toArray());
    m_myDay.setDay(payload.value(QLatin1String("bookings")).toArray(),
                   payload.value(QLatin1String("queue")).toArray(),
                   payload.value(QLatin1String("served")).toArray(),
                   me.value(QLatin1String("next_booking")));

    const QJsonObject today = payload.value(QLatin1String("today")).toObject();
    const int served = today.value(QLatin1String("served")).toInt();
    const int minutes = today.value(QLatin1String("minutes")).toInt();
    const qint64 tips = qint64(today.value(QLatin1String("tips")).toDouble());
    const QString currency = str(payload, "currency");
    if (served != m_served || minutes != m_minutes || tips != m_tips || currency != m_currency) {
        m_served = served;
        m_minutes = minutes;
        m_tips = tips;
        m_currency = currency;
        Q_EMIT todayChanged();
    }
    Q_EMIT actionsChanged(); // they depend on my status as well as on the visit

    if (!m_hasState) {
        m_hasState = true;
        Q_EMIT hasStateChanged();
        Q_EMIT meChanged(); // canChangeStatus needs a state
    }
}

void TherapistState::applyQueue(const QJsonArray &visits)
{
    // The customer on the table comes first, then the assigned ones in the order they came.
    QJsonArray ordered;
    for (const QJsonValue &v : visits)
        if (str(v.toObject(), "status") == QLatin1String("in_service"))
            ordered.append(v);
    for (const QJsonValue &v : visits)
        if (str(v.toObject(), "status") != QLatin1String("in_service"))
            ordered.append(v);
    m_queue.setItems(ordered);
    QJsonArray rest = ordered;
    if (!rest.isEmpty())
        rest.removeFirst();
    m_upNext.setItems(rest);

    const QVariantMap current =
        ordered.isEmpty() ? QVariantMap() : ordered.first().toObject().toVariantMap();
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentChanged();
        updateTimer();
    }
    // A question about a visit no longer in service (completed at the desk, say) is moot.
    if (m_confirmVisitId > 0 &&
        (!inService() || m_current.value(QStringLiteral("id")).toLongLong() != m_confirmVisitId))
        setConfirmVisitId(0);
}

void TherapistState::resetView()
{
    const bool had = m_hasState;
    m_hasState = false;
    m_status.clear();
    m_turnPosition = 0;
    m_queue.setItems({});
    m_upNext.setItems({});
    m_turnOrder.setItems({});
    m_myDay.clear();
    m_current.clear();
    setConfirmVisitId(0);
    m_served = m_minutes = 0;
    m_tips = 0;
    m_currency.clear();
    Q_EMIT meChanged();
    Q_EMIT currentChanged();
    Q_EMIT actionsChanged();
    Q_EMIT todayChanged();
    updateTimer();
    if (had)
        Q_EMIT hasStateChanged();
}

bool TherapistState::inService() const
{
    return m_current.value(QStringLiteral("status")).toString() == QLatin1String("in_service");
}

bool TherapistState::canCall() const
{
    return !busy() &&
        m_current.value(QStringLiteral("status")).toString() == QLatin1String("assigned");
}

bool TherapistState::canStart() const
{
    // The server refuses a start while off shift or with someone else on the table.
    return canCall() && m_status != QLatin1String("off") && m_status != QLatin1String("busy");
}

bool TherapistState::canComplete() const
{
    return !busy() && inService();
}

void TherapistState::updateTimer()
{
    int elapsed = -1, remaining = 0;
    if (inService()) {
        const QDateTime started = QDateTime::fromString(
            m_current.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        elapsed = Format::secondsBetween(started, WallClock::instance()->now());
        remaining =
            m_current.value(QStringLiteral("duration_min")).toInt() * 60 - std::max(0, elapsed);
    }
    if (elapsed == m_elapsed && remaining == m_remaining)
        return;
    m_elapsed = elapsed;
    m_remaining = remaining;
    Q_EMIT timerChanged();
}

double TherapistState::progress() const
{
    const int total = m_current.value(QStringLiteral("duration_min")).toInt() * 60;
    if (m_elapsed < 0 || total <= 0)
        return 0;
    return std::clamp(double(m_elapsed) / total, 0.0, 1.0);
}

QString TherapistState::clockText(int seconds)
{
    seconds = std::abs(seconds);
    const int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    const auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    const QString ms = two(m) + QLatin1Char(':') + two(s);
    return h > 0 ? QString::number(h) + QLatin1Char(':') + ms : ms;
}
