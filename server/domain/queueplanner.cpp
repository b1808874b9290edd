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

QHash<qint64, Estimate> estimate(const QVector<Therapist> &therapists,
                                 const QVector<QueuedVisit> &visits, const QDateTime &now)
{
    // Minutes from now until each working therapist is free.
    QHash<qint64, qint64> freeAt;
    for (const Therapist &t : therapists)
        if (t.status == QLatin1String("available") || t.status == QLatin1String("busy"))
            freeAt.insert(t.id, 0);

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
            e.waitMin = int(freeAt[v.therapistId]);
            freeAt[v.therapistId] += v.durationMin;
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
            if (it.value() < bestFree || (it.value() == bestFree && it.key() < best)) {
                best = it.key();
                bestFree = it.value();
            }
        }
        if (best >= 0) {
            e.waitMin = int(bestFree);
            freeAt[best] += v.durationMin;
        }
        out.insert(v.id, e);
    }
    return out;
}

} // namespace QueuePlanner
