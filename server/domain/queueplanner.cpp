// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queueplanner.h"
#include "domain/visitstatus.h"

#include <algorithm>
#include <limits>

namespace QueuePlanner {

QVector<qint64> turnOrder(const QVector<Therapist> &therapists)
{
    QVector<Therapist> candidates;
    for (const Therapist &t : therapists)
        if (t.status == QLatin1String("available") && t.activeVisits == 0)
            candidates.append(t);
    std::sort(candidates.begin(), candidates.end(), [](const Therapist &a, const Therapist &b) {
        if (a.turnSince != b.turnSince)
            return a.turnSince < b.turnSince;
        return a.id < b.id;
    });
    QVector<qint64> ids;
    for (const Therapist &t : candidates)
        ids.append(t.id);
    return ids;
}

bool fitsBeforeBookings(const Therapist &t, const QDateTime &now, int durationMin, int bufferMin)
{
    const QDateTime end = now.addSecs(qint64(durationMin + bufferMin) * 60);
    for (const auto &b : t.booked)
        if (b.second.addSecs(qint64(bufferMin) * 60) > now && b.first < end)
            return false;
    return true;
}

QVector<qint64> walkInOrder(const QVector<Therapist> &therapists, const QDateTime &now,
                            int durationMin, int bufferMin)
{
    QVector<Therapist> fitting;
    for (const Therapist &t : therapists)
        if (fitsBeforeBookings(t, now, durationMin, bufferMin))
            fitting.append(t);
    return turnOrder(fitting);
}

namespace {
// Booked stretches in whole minutes from now, each held with the buffer after it.
using Held = QVector<std::pair<qint64, qint64>>;

// The first minute at or after `from` where `duration` (plus the buffer) fits between the held
// stretches.
qint64 fit(const Held &held, qint64 from, int duration, int buffer)
{
    qint64 start = from;
    for (const auto &h : held)
        if (start < h.second && h.first < start + duration + buffer)
            start = std::max(start, h.second);
    return start;
}
} // namespace

QHash<qint64, Estimate> estimate(const QVector<Therapist> &therapists,
                                 const QVector<QueuedVisit> &visits, const QDateTime &now,
                                 int bufferMin)
{
    // Minutes from now until each working therapist is free, and their booked time.
    QHash<qint64, qint64> freeAt;
    QHash<qint64, Held> held;
    for (const Therapist &t : therapists) {
        if (t.status != QLatin1String("available") && t.status != QLatin1String("busy"))
            continue;
        freeAt.insert(t.id, 0);
        Held &h = held[t.id];
        for (const auto &b : t.booked) {
            // Rounded outwards: a part-minute still holds the therapist.
            const qint64 start = std::max<qint64>(0, now.secsTo(b.first) / 60);
            const qint64 end = (now.secsTo(b.second) + 59) / 60 + bufferMin;
            if (end > 0)
                h.append({ start, end });
        }
    }

    QHash<qint64, Estimate> out;
    for (const QueuedVisit &v : visits) {
        if (v.status != VisitStatus::InService)
            continue;
        out.insert(v.id, Estimate { 0, 0 });
        const qint64 elapsed = v.startedAt.isValid() ? v.startedAt.secsTo(now) / 60 : 0;
        const qint64 remaining = std::max<qint64>(0, v.durationMin - elapsed);
        if (freeAt.contains(v.therapistId))
            freeAt[v.therapistId] += remaining;
    }

    QHash<qint64, int> lineLength;
    for (const QueuedVisit &v : visits) {
        if (v.status != VisitStatus::Assigned)
            continue;
        Estimate e;
        e.position = ++lineLength[v.therapistId];
        if (freeAt.contains(v.therapistId)) {
            const qint64 start =
                fit(held.value(v.therapistId), freeAt[v.therapistId], v.durationMin, bufferMin);
            e.waitMin = int(start);
            freeAt[v.therapistId] = start + v.durationMin;
        }
        out.insert(v.id, e);
    }

    int waitingPosition = 0;
    for (const QueuedVisit &v : visits) {
        if (v.status != VisitStatus::Waiting)
            continue;
        Estimate e;
        e.position = ++waitingPosition;
        qint64 best = -1;
        qint64 bestFree = std::numeric_limits<qint64>::max();
        for (auto it = freeAt.cbegin(); it != freeAt.cend(); ++it) {
            const qint64 start = fit(held.value(it.key()), it.value(), v.durationMin, bufferMin);
            if (start < bestFree || (start == bestFree && it.key() < best)) {
                best = it.key();
                bestFree = start;
            }
        }
        if (best >= 0) {
            e.waitMin = int(bestFree);
            freeAt[best] = bestFree + v.durationMin;
        }
        out.insert(v.id, e);
    }
    return out;
}

} // namespace QueuePlanner
