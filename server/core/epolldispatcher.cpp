// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "epolldispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QVarLengthArray>

#include <cerrno>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {
qint64 nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
constexpr quint64 kWakeTag = ~quint64(0);
} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeTag;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

void EpollEventDispatcher::updateInterest(int fd, FdEntry &entry)
{
    uint32_t want = 0;
    if (entry.notifiers[QSocketNotifier::Read])
        want |= EPOLLIN;
    if (entry.notifiers[QSocketNotifier::Write])
        want |= EPOLLOUT;
    if (entry.notifiers[QSocketNotifier::Exception])
        want |= EPOLLPRI;
    if (want == entry.events)
        return;
    epoll_event ev {};
    ev.events = want;
    ev.data.u64 = quint64(quint32(fd));
    if (want == 0) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
    } else if (entry.events == 0) {
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0 && errno == EEXIST)
            ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    } else if (::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev) != 0 && errno == ENOENT) {
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev); // the fd was closed and reopened meanwhile
    }
    entry.events = want;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    FdEntry &e = m_fds[fd];
    e.notifiers[notifier->type()] = notifier;
    updateInterest(fd, e);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_fds.find(fd);
    if (it == m_fds.end())
        return;
    if (it->notifiers[notifier->type()] == notifier)
        it->notifiers[notifier->type()] = nullptr;
    for (QSocketNotifier *&p : m_pending) // do not activate it later in this turn
        if (p == notifier)
            p = nullptr;
    updateInterest(fd, *it);
    if (!it->notifiers[0] && !it->notifiers[1] && !it->notifiers[2])
        m_fds.erase(it);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject *object)
{
    Timer t;
    t.intervalMs = interval;
    t.type = timerType;
    t.object = object;
    t.dueNs = nowNs() + interval * 1000000;
    m_timers.insert(timerId, t);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        if (it->object == object)
            out.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(std::max<qint64>(0, (it->dueNs - nowNs()) / 1000000));
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakePending.exchange(true))
        return;
    const quint64 one = 1;
    [[maybe_unused]] auto n = ::write(m_wakeFd, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupt = true;
    wakeUp();
}

int EpollEventDispatcher::timeoutMs(qint64 now) const
{
    qint64 best = -1;
    for (const Timer &t : m_timers) {
        if (t.firing)
            continue;
        const qint64 ms = std::max<qint64>(0, (t.dueNs - now + 999999) / 1000000);
        if (best < 0 || ms < best)
            best = ms;
    }
    return int(std::min<qint64>(best, 24 * 3600 * 1000));
}

bool EpollEventDispatcher::activateTimers()
{
    const qint64 now = nowNs();
    QVarLengthArray<int, 16> due;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it)
        if (!it->firing && it->dueNs <= now)
            due.append(it.key());
    for (int id : due) {
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->firing)
            continue;
        it->dueNs += it->intervalMs * 1000000;
        if (it->dueNs <= now)
            it->dueNs = now + it->intervalMs * 1000000;
        it->firing = true;
        QObject *object = it->object;
        QTimerEvent e(id);
        QCoreApplication::sendEvent(object, &e);
        auto again = m_timers.find(id); // the slot may have stopped or restarted the timer
        if (again != m_timers.end())
            again->firing = false;
    }
    return !due.isEmpty();
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupt = false;
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupt.load())
        return false;

    int timeout = 0;
    if (flags & QEventLoop::WaitForMoreEvents)
        timeout = timeoutMs(nowNs());
    epoll_event events[1024];
    // What is ready first: aboutToBlock means "nothing to do" here (the hub flushes its rooms
    // sooner then), so it is emitted only when no socket is ready. What its receivers post or
    // start (events, a sooner timer) shortens the wait that follows.
    int n = ::epoll_wait(m_epoll, events, 1024, 0);
    if (n == 0 && timeout != 0 && !m_interrupt.load()) {
        Q_EMIT aboutToBlock();
        QCoreApplication::sendPostedEvents();
        timeout = m_interrupt.load() ? 0 : timeoutMs(nowNs());
        n = ::epoll_wait(m_epoll, events, 1024, timeout);
        Q_EMIT awake();
    }
    if (n < 0)
        n = 0;
    m_pending.clear();
    for (int i = 0; i < n; ++i) {
        if (events[i].data.u64 == kWakeTag) {
            quint64 v;
            [[maybe_unused]] auto r = ::read(m_wakeFd, &v, sizeof v);
            m_wakePending = false;
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue;
        const int fd = int(quint32(events[i].data.u64));
        auto it = m_fds.constFind(fd);
        if (it == m_fds.cend())
            continue;
        const uint32_t r = events[i].events;
        const bool failed = r & (EPOLLHUP | EPOLLERR);
        if (it->notifiers[QSocketNotifier::Read] && ((r & (EPOLLIN | EPOLLRDHUP)) || failed))
            m_pending.push_back(it->notifiers[QSocketNotifier::Read]);
        if (it->notifiers[QSocketNotifier::Write] && ((r & EPOLLOUT) || failed))
            m_pending.push_back(it->notifiers[QSocketNotifier::Write]);
        if (it->notifiers[QSocketNotifier::Exception] && (r & EPOLLPRI))
            m_pending.push_back(it->notifiers[QSocketNotifier::Exception]);
    }
    bool did = false;
    // Activation may unregister or delete later notifiers: unregisterSocketNotifier clears them
    // here.
    for (size_t i = 0; i < m_pending.size(); ++i) {
        QSocketNotifier *sn = m_pending[i];
        if (!sn)
            continue;
        m_pending[i] = nullptr;
        QEvent ev(QEvent::SockAct);
        QCoreApplication::sendEvent(sn, &ev);
        did = true;
    }
    m_pending.clear();
    if (activateTimers())
        did = true;
    return did || n > 0;
}
