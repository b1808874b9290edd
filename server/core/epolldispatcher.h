// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// An epoll-based event dispatcher for the main thread: the cost of one loop turn no longer grows
// with the number of open sockets (Qt 6.4's UNIX dispatcher rebuilds and scans a pollfd array
// over every registered socket on every turn). Install before QCoreApplication is made:
//     QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
// Timers are kept in a small hash (the server has a handful); every timer is treated as precise.

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <vector>

class QSocketNotifier;

class EpollEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

private:
    struct FdEntry {
        QSocketNotifier *notifiers[3] = { nullptr, nullptr, nullptr }; // Read, Write, Exception
        uint32_t events = 0; // what epoll currently watches (0: not in the epoll set)
    };
    struct Timer {
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueNs = 0;
        bool firing = false;
    };
    void updateInterest(int fd, FdEntry &entry);
    int timeoutMs(qint64 now) const;
    bool activateTimers();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakePending { false };
    std::atomic<bool> m_interrupt { false };
    QHash<int, FdEntry> m_fds;
    QHash<int, Timer> m_timers;
    std::vector<QSocketNotifier *> m_pending; // notifiers to activate this turn
};
