// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QTime>
#include <QTimeZone>
#include <QVector>

#include <optional>

// Weekly hours in local time (the venue's opening hours, a therapist's working hours) turned into
// UTC intervals for a day. Pure: no database, so it is table-tested (tst_workinghours).
namespace WorkingHours {

// A stretch of time in UTC, end exclusive.
struct Interval {
    QDateTime start;
    QDateTime end;
    bool operator==(const Interval &o) const { return start == o.start && end == o.end; }
};

// One local range; an end at or before the start runs past midnight into the next day.
struct Range {
    QTime start;
    QTime end;
};

struct Weekly {
    int weekday = 1; // Monday = 1 .. Sunday = 7
    Range range;
};

// A one-off change for a local date: off all day, or these ranges instead of the weekly ones
// (leave, an extra shift). Several entries for one date add their ranges.
struct Exception {
    QDate date;
    bool off = false;
    Range range;
};

struct Schedule {
    QVector<Weekly> weekly;
    QVector<Exception> exceptions;
    // No weekly ranges and no exceptions: nothing was set (for a therapist: bounded only by the
    // venue's opening hours; for the venue: open at any time).
    bool isEmpty() const { return weekly.isEmpty() && exceptions.isEmpty(); }
};

// Reads {"weekly": [{"weekday", "start", "end"}, ...], "exceptions": [{"date", "off"} or
// {"date", "start", "end"}, ...]} (exceptions only when `allowExceptions`); a clear message in
// `error` naming the entry otherwise. Times are strict "HH:MM".
std::optional<Schedule> parse(const QJsonValue &v, bool allowExceptions, QString *error);
// The stored and answered shape (the input's, normalised).
QJsonObject toJson(const Schedule &s);

// The UTC intervals the schedule is open that touch the local date `date` in `zone`: ranges that
// start on the day before and run past midnight are included, adjacent ranges merged, in order.
QVector<Interval> openOn(const Schedule &s, const QDate &date, const QTimeZone &zone);

// Interval arithmetic on sorted, merged lists.
QVector<Interval> merged(QVector<Interval> list);
QVector<Interval> intersect(const QVector<Interval> &a, const QVector<Interval> &b);
// Whether [start, end) lies inside one interval of `open`.
bool covers(const QVector<Interval> &open, const QDateTime &start, const QDateTime &end);

} // namespace WorkingHours
