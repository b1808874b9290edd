// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/workinghours.h"

#include <QDateTime>
#include <QVector>

#include <optional>

// When a booking clashes and where one still fits. Pure time arithmetic over UTC instants: the
// store's rows come in as Booked, so the rules are table-tested (tst_workinghours).
//
// A booking holds its therapist and its room for [start, end + buffer): the services' time plus
// the venue's clean-up buffer. Two bookings clash when those stretches overlap, so a booking may
// start exactly when the previous one's buffer ends.
namespace Availability {

using WorkingHours::Interval;

// One guest's booked service time (without the buffer).
struct Booked {
    qint64 bookingId = 0;
    QDateTime start;
    QDateTime end;
};

bool clashes(const QDateTime &start, const QDateTime &end, const Booked &other, int bufferMin);
// The first of `booked` (in their order) that [start, end) clashes with.
std::optional<Booked> firstClash(const QVector<Booked> &booked, const QDateTime &start,
                                 const QDateTime &end, int bufferMin);
// The most of `booked` held at one moment within [start, end + buffer), each holding
// [its start, its end + buffer): with n new guests a room of capacity c is over when
// peak + n > c.
int peakHeld(const QVector<Booked> &booked, const QDateTime &start, const QDateTime &end,
             int bufferMin);
// Start times, every `stepMin` from the start of each open interval, not before `notBefore`,
// where `durationMin` of service fits inside the interval and clashes with none of `booked`.
QVector<QDateTime> freeStarts(const QVector<Interval> &open, const QVector<Booked> &booked,
                              int durationMin, int bufferMin, int stepMin,
                              const QDateTime &notBefore);

} // namespace Availability
