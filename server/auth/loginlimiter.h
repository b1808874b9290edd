// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QVector>

// Counts failed sign-ins per key (an address, an account) in a sliding window, so PINs and
// passwords cannot be guessed at network speed.
class LoginLimiter {
public:
    LoginLimiter(int maxFailures, qint64 windowSecs)
        : m_max(maxFailures)
        , m_window(windowSecs)
    {
    }

    // Seconds to wait before the next attempt; 0 when allowed.
    qint64 retryAfter(const QString &key, const QDateTime &now)
    {
        QVector<QDateTime> &f = prune(key, now);
        if (f.size() < m_max)
            return 0;
        return std::max<qint64>(1, now.secsTo(f.first().addSecs(m_window)));
    }
    void recordFailure(const QString &key, const QDateTime &now) { prune(key, now).append(now); }
    void reset(const QString &key) { m_failures.remove(key); }

private:
    QVector<QDateTime> &prune(const QString &key, const QDateTime &now)
    {
        QVector<QDateTime> &f = m_failures[key];
        while (!f.isEmpty() && f.first().secsTo(now) >= m_window)
            f.removeFirst();
        if (m_failures.size() > 100000) // a flood of made-up keys must not grow memory forever
            m_failures.clear();
        return m_failures[key];
    }

    int m_max;
    qint64 m_window;
    QHash<QString, QVector<QDateTime>> m_failures;
};
