// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how late a 100 ms timer fires: the event loop's lag, which is what every client feels.
class LagMonitor : public QObject {
    Q_OBJECT
public:
    explicit LagMonitor(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = std::max(0.0, m_elapsed.nsecsElapsed() / 1e6 - kIntervalMs);
            m_elapsed.restart();
            // A decaying maximum: spikes show for a few seconds, then fade.
            m_lagMs = std::max(late, m_lagMs * 0.9);
        });
        m_elapsed.start();
        m_timer.start();
    }
    double lagMs() const { return m_lagMs; }

private:
    static constexpr int kIntervalMs = 100;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    double m_lagMs = 0;
};
