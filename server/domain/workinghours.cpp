// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Weekly local hours to UTC intervals, and the interval arithmetic bookings need.
#include "workinghours.h"

#include "domain/fields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace WorkingHours {

namespace {
// "HH:MM", 00:00 to 23:59, exactly so (the same rule as the venue's opening_hours setting).
QTime strictTime(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return QTime();
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

// The local ranges of one date: its exceptions if it has any, else its weekday's ranges.
QVector<Range> rangesOf(const Schedule &s, const QDate &date)
{
    QVector<Range> out;
    bool excepted = false;
    for (const Exception &e : s.exceptions) {
        if (e.date != date)
            continue;
        excepted = true;
        if (!e.off)
            out.append(e.range);
    }
    if (excepted)
        return out;
    for (const Weekly &w : s.weekly)
        if (w.weekday == date.dayOfWeek())
            out.append(w.range);
    return out;
}

Interval toUtc(const QDate &date, const Range &r, const QTimeZone &zone)
{
    const QDate endDate = r.end <= r.start ? date.addDays(1) : date;
    return { QDateTime(date, r.start, zone).toUTC(), QDateTime(endDate, r.end, zone).toUTC() };
}
} // namespace

std::optional<Schedule> parse(const QJsonValue &v, bool allowExceptions, QString *error)
{
    const QString shape = allowExceptions
        ? QStringLiteral("must be {\"weekly\": [{\"weekday\": 1, \"start\": \"09:00\", \"end\": "
                         "\"18:00\"}, ...], \"exceptions\": [{\"date\": \"2026-03-05\", \"off\": "
                         "true}, {\"date\": ..., \"start\": ..., \"end\": ...}]}")
        : QStringLiteral("must be {\"weekly\": [{\"weekday\": 1, \"start\": \"09:00\", \"end\": "
                         "\"18:00\"}, ...]}");
    const QJsonObject o = v.toObject();
    QStringList allowed { QStringLiteral("weekly") };
    if (allowExceptions)
        allowed.append(QStringLiteral("exceptions"));
    bool keysOk = v.isObject() && o.value(QLatin1String("weekly")).isArray();
    for (auto it = o.begin(); it != o.end(); ++it)
        keysOk = keysOk && allowed.contains(it.key());
    const QJsonValue exceptions = o.value(QLatin1String("exceptions"));
    if (!keysOk || (!exceptions.isUndefined() && !exceptions.isArray())) {
        *error = QStringLiteral("the hours ") + shape;
        return std::nullopt;
    }
    Schedule s;
    const QJsonArray weekly = o.value(QLatin1String("weekly")).toArray();
    if (weekly.size() > 7 * 4) {
        *error = QStringLiteral("'weekly' has more than 28 ranges");
        return std::nullopt;
    }
    for (int i = 0; i < weekly.size(); ++i) {
        const QJsonObject r = weekly.at(i).toObject();
        const QJsonValue day = r.value(QLatin1String("weekday"));
        const QTime start = strictTime(r.value(QLatin1String("start")));
        const QTime end = strictTime(r.value(QLatin1String("end")));
        if (!weekly.at(i).isObject() || r.size() != 3 || !day.isDouble() ||
            day.toDouble() != double(day.toInt()) || day.toInt() < 1 || day.toInt() > 7) {
            *error = QStringLiteral("'weekly' entry %1 needs exactly weekday (1 = Monday to 7 = "
                                    "Sunday), start and end")
                         .arg(i);
            return std::nullopt;
        }
        if (!start.isValid() || !end.isValid() || start == end) {
            *error = QStringLiteral("'weekly' entry %1 needs start and end as HH:MM (00:00 to "
                                    "23:59), not equal")
                         .arg(i);
            return std::nullopt;
        }
        s.weekly.append({ day.toInt(), { start, end } });
    }
    const QJsonArray list = exceptions.toArray();
    if (list.size() > 366) {
        *error = QStringLiteral("'exceptions' has more than 366 entries");
        return std::nullopt;
    }
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QDate date = Fields::strictDate(e.value(QLatin1String("date")).toString());
        const QString where = QStringLiteral("'exceptions' entry %1 ").arg(i);
        if (!list.at(i).isObject() || !date.isValid()) {
            *error = where + QStringLiteral("needs 'date' as YYYY-MM-DD");
            return std::nullopt;
        }
        const bool isOff = e.size() == 2 && e.value(QLatin1String("off")) == QJsonValue(true);
        const QTime start = strictTime(e.value(QLatin1String("start")));
        const QTime end = strictTime(e.value(QLatin1String("end")));
        const bool isRange = e.size() == 3 && start.isValid() && end.isValid() && start != end;
        if (!isOff && !isRange) {
            *error = where +
                QStringLiteral("needs either \"off\": true or start and end as HH:MM "
                               "(not equal), and nothing else");
            return std::nullopt;
        }
        s.exceptions.append({ date, isOff, { start, end } });
    }
    return s;
}

QJsonObject toJson(const Schedule &s)
{
    QJsonArray weekly, exceptions;
    for (const Weekly &w : s.weekly)
        weekly.append(QJsonObject { { QStringLiteral("weekday"), w.weekday },
                                    { QStringLiteral("start"), hhmm(w.range.start) },
                                    { QStringLiteral("end"), hhmm(w.range.end) } });
    for (const Exception &e : s.exceptions) {
        QJsonObject o { { QStringLiteral("date"), e.date.toString(Qt::ISODate) } };
        if (e.off) {
            o.insert(QStringLiteral("off"), true);
        } else {
            o.insert(QStringLiteral("start"), hhmm(e.range.start));
            o.insert(QStringLiteral("end"), hhmm(e.range.end));
        }
        exceptions.append(o);
    }
    return { { QStringLiteral("weekly"), weekly }, { QStringLiteral("exceptions"), exceptions } };
}

QVector<Interval> openOn(const Schedule &s, const QDate &date, const QTimeZone &zone)
{
    // The day before too: a range that starts late on it may run into `date`. And the day after,
    // so a range running past midnight is merged with one that starts at 00:00.
    QVector<Interval> all;
    for (const QDate &d : { date.addDays(-1), date, date.addDays(1) })
        for (const Range &r : rangesOf(s, d))
            all.append(toUtc(d, r, zone));
    const QDateTime dayStart = QDateTime(date, QTime(0, 0), zone).toUTC();
    const QDateTime dayEnd = QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC();
    QVector<Interval> out;
    for (const Interval &i : merged(all))
        if (i.start < dayEnd && dayStart < i.end)
            out.append(i);
    return out;
}

QVector<Interval> merged(QVector<Interval> list)
{
    std::sort(list.begin(), list.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QVector<Interval> out;
    for (const Interval &i : list) {
        if (!i.start.isValid() || !i.end.isValid() || i.end <= i.start)
            continue;
        if (!out.isEmpty() && i.start <= out.last().end)
            out.last().end = std::max(out.last().end, i.end);
        else
            out.append(i);
    }
    return out;
}

QVector<Interval> intersect(const QVector<Interval> &a, const QVector<Interval> &b)
{
    QVector<Interval> out;
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const QDateTime start = std::max(a[i].start, b[j].start);
        const QDateTime end = std::min(a[i].end, b[j].end);
        if (start < end)
            out.append({ start, end });
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return out;
}

bool covers(const QVector<Interval> &open, const QDateTime &start, const QDateTime &end)
{
    return std::any_of(open.cbegin(), open.cend(),
                       [&](const Interval &i) { return i.start <= start && end <= i.end; });
}

} // namespace WorkingHours
