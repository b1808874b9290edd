// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "announcementqueue.h"

#include <QSettings>

#include <algorithm>

namespace {
// Enough to cover any replay the server sends (it replays at most 1,000 rows, but only notices
// for this room, a few hundred a day), small enough to rewrite on each announcement.
constexpr int kRemembered = 300;
} // namespace

AnnouncementQueue::AnnouncementQueue(QObject *parent)
    : QObject(parent)
{
    m_display.setSingleShot(true);
    connect(&m_display, &QTimer::timeout, this, [this] {
        m_shownLongEnough = true;
        finishIfDone();
    });
    m_gap.setSingleShot(true);
    m_gap.setInterval(600);
    connect(&m_gap, &QTimer::timeout, this, &AnnouncementQueue::startNext);
}

void AnnouncementQueue::setHistoryGroup(const QString &group)
{
    m_group = group;
    m_announced.clear();
    if (m_group.isEmpty())
        return;
    const QVariantList kept = QSettings().value(m_group + QStringLiteral("/seqs")).toList();
    for (const QVariant &v : kept)
        m_announced.append(v.toLongLong());
}

void AnnouncementQueue::forgetHistory()
{
    m_pending.clear();
    m_display.stop();
    m_gap.stop();
    m_announced.clear();
    if (!m_group.isEmpty())
        QSettings().remove(m_group);
    if (!m_current.isEmpty()) {
        m_current = {};
        Q_EMIT currentChanged();
    }
}

bool AnnouncementQueue::offer(const QString &kind, const QJsonObject &notice)
{
    const qint64 seq = qint64(notice.value(QLatin1String("seq")).toDouble(-1));
    if (seq < 0 || announced(seq))
        return false;
    if (m_current.value(QLatin1String("seq")).toDouble(-1) == double(seq))
        return false;
    const auto at = std::lower_bound(m_pending.begin(), m_pending.end(), seq,
                                     [](const Item &i, qint64 s) { return i.seq < s; });
    if (at != m_pending.end() && at->seq == seq)
        return false;
    if (notice.value(QLatin1String("replayed")).toBool()) {
        // The server says how old the notice is (its own clock, so a kiosk's wrong clock does
        // not matter); a replay without an age is from a server too old to say: not announced.
        const double age = notice.value(QLatin1String("age_s")).toDouble(-1);
        if (age < 0 || age > m_maxReplayAgeS) {
            remember(seq); // and never later either
            return false;
        }
    }
    m_pending.insert(at, Item { seq, kind, notice });
    if (m_current.isEmpty() && !m_gap.isActive())
        startNext();
    return true;
}

void AnnouncementQueue::startNext()
{
    if (m_pending.isEmpty())
        return;
    const Item next = m_pending.takeFirst();
    remember(next.seq); // now, not at the end: a kiosk restarted mid-call does not call again
    m_current = next.notice;
    m_current.insert(QStringLiteral("kind"), next.kind);
    m_shownLongEnough = false;
    m_holds = 0;
    Q_EMIT currentChanged();
    Q_EMIT started(next.kind, m_current);
    m_display.start(m_displayMs);
}

void AnnouncementQueue::release()
{
    if (m_holds > 0)
        --m_holds;
    finishIfDone();
}

void AnnouncementQueue::finishIfDone()
{
    if (m_current.isEmpty() || !m_shownLongEnough || m_holds > 0)
        return;
    m_current = {};
    Q_EMIT currentChanged();
    if (!m_pending.isEmpty())
        m_gap.start();
}

void AnnouncementQueue::remember(qint64 seq)
{
    if (announced(seq))
        return;
    m_announced.append(seq);
    while (m_announced.size() > kRemembered)
        m_announced.removeFirst();
    if (m_group.isEmpty())
        return;
    QVariantList kept;
    kept.reserve(m_announced.size());
    for (qint64 s : std::as_const(m_announced))
        kept.append(s);
    QSettings().setValue(m_group + QStringLiteral("/seqs"), kept);
}
