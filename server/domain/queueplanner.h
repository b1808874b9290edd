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
    // Their coming bookings' service times (start, end), in order: time a walk-in cannot have.
    QVector<std::pair<QDateTime, QDateTime>> booked;
};

// Available therapists with no customer of their own, longest waiting first (ties: lower id).
QVector<qint64> turnOrder(const QVector<Therapist> &therapists);
// The turn order for one walk-in of `durationMin` starting `now`: only those whose next booking
// starts no earlier than the walk-in's end plus the clean-up buffer (so the next therapist in
// turn gets it when the first is booked too soon).
QVector<qint64> walkInOrder(const QVector<Therapist> &therapists, const QDateTime &now,
                            int durationMin, int bufferMin);
// Whether a walk-in of `durationMin` from `now` ends, with the buffer, before `t`'s next booking.
bool fitsBeforeBookings(const Therapist &t, const QDateTime &now, int durationMin, int bufferMin);

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
// free first. Booked time counts: a visit starts only where it (plus `bufferMin`) fits before
// its therapist's next booking, else after that booking (and its buffer).
QHash<qint64, Estimate> estimate(const QVector<Therapist> &therapists,
                                 const QVector<QueuedVisit> &visits, const QDateTime &now,
                                 int bufferMin = 0);

} // namespace QueuePlanner
