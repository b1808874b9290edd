// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QVector>

// Pure scheduling logic, no database: who gets the next walk-in, and how long each visit waits.
namespace QueuePlanner {

struct Therapist {
    qint64 id = 0;
    QString status; // available, busy, on_break, off
    QDateTime turnSince; // last customer taken, or came on shift
    int activeVisits = 0; // assigned or in service
};

// Available therapists with no customer of their own, longest waiting first (ties: lower id).
QVector<qint64> turnOrder(const QVector<Therapist> &therapists);

struct QueuedVisit {
    qint64 id = 0;
    QString status; // waiting, assigned, in_service
    qint64 therapistId = 0; // 0 while waiting
    int durationMin = 0;
    QDateTime startedAt; // in_service only
};

struct Estimate {
    int position = 0; // 1-based place in the line it is in; 0 while in service
    int waitMin = -1; // minutes until it can start; -1 when no therapist is working
};

// `visits` in queue order (oldest ticket first). Therapists who are available or busy serve;
// each takes its own assigned visits in order, and the shared waiting line goes to whoever is
// free first.
QHash<qint64, Estimate> estimate(const QVector<Therapist> &therapists,
                                 const QVector<QueuedVisit> &visits, const QDateTime &now);

} // namespace QueuePlanner
