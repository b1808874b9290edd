// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingweek.h"

#include "bookinglayout.h"

#include <QJsonArray>

using namespace BookingLayout;

BookingWeek::BookingWeek(QObject *parent)
    : QObject(parent)
{
}

void BookingWeek::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void BookingWeek::setTherapistId(qint64 id)
{
    if (id == m_therapistId)
        return;
    m_therapistId = id;
    Q_EMIT therapistIdChanged();
}

void BookingWeek::setDate(const QString &date)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid() || d == m_date)
        return;
    m_date = d;
    Q_EMIT dateChanged();
}

void BookingWeek::setTimeZone(const QString &name)
{
    if (name == m_zoneName)
        return;
    m_zoneName = name;
    m_zone = zone(name);
    Q_EMIT timeZoneChanged();
}

void BookingWeek::refresh()
{
    if (!m_session || m_therapistId <= 0)
        return;
    const quint64 generation = ++m_generation;
    const bool wasLoading = loading();
    m_waiting = 7;
    m_days = QVector<QJsonObject>(7);
    if (!wasLoading)
        Q_EMIT loadingChanged();
    for (int i = 0; i < 7; ++i) {
        const QString day = monday().addDays(i).toString(Qt::ISODate);
        m_session->call(
            "GET", QStringLiteral("/api/therapists/%1/day?date=%2").arg(m_therapistId).arg(day), {},
            [this, generation, i](int status, const QJsonObject &answer) {
                if (generation != m_generation)
                    return;
                if (status == 200)
                    m_days[i] = answer;
                else if (m_error.isEmpty()) {
                    m_error = Session::errorText(answer, status);
                    Q_EMIT errorChanged();
                }
                if (--m_waiting == 0) {
                    Q_EMIT loadingChanged();
                    assemble();
                }
            });
    }
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
}

void BookingWeek::assemble()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    QVector<BookingColumnModel::Column> columns;
    QVector<Block> blocks;
    m_first = 8 * 60;
    m_last = 22 * 60;
    bool anyHours = false;
    int first = 24 * 60, last = 0;
    for (int i = 0; i < 7; ++i) {
        const QDate date = monday().addDays(i);
        const QJsonObject day = m_days.at(i);
        BookingColumnModel::Column c;
        c.therapistId = m_therapistId;
        c.date = date.toString(Qt::ISODate);
        c.title = c.date; // the page words it in the user's language
        c.status = day.value(QLatin1String("therapist"))
                       .toObject()
                       .value(QLatin1String("status"))
                       .toString();
        const QVector<Span> hours =
            spans(day.value(QLatin1String("hours")).toArray(), m_zone, date);
        // The whole day means no hours set: nothing to shade.
        const bool allDay =
            hours.size() == 1 && hours.first().start == 0 && hours.first().end >= 23 * 60;
        c.hours = toVariant(hours);
        c.today = date == today;
        for (const Span &s : hours)
            if (!allDay) {
                anyHours = true;
                first = std::min(first, s.start / 60 * 60);
                last = std::max(last, (s.end + 59) / 60 * 60);
            }
        columns.append(c);
        QSet<qint64> bookedVisits;
        for (const QJsonValue &v : day.value(QLatin1String("bookings")).toArray())
            for (Block b :
                 bookingBlocks(v.toObject(), m_zone, date, 0, [i](qint64) { return i; })) {
                b.key = QStringLiteral("%1.%2").arg(b.key).arg(i);
                if (b.visitId > 0)
                    bookedVisits.insert(b.visitId);
                blocks.append(b);
            }
        for (const QJsonValue &v : day.value(QLatin1String("visits")).toArray()) {
            const QJsonObject visit = v.toObject();
            if (bookedVisits.contains(qint64(visit.value(QLatin1String("id")).toDouble())))
                continue;
            Block b = visitBlock(visit, m_zone, date, QDateTime::currentDateTimeUtc(), i);
            if (!b.key.isEmpty())
                blocks.append(b);
        }
    }
    if (anyHours) {
        m_first = first;
        m_last = last;
    }
    for (const Block &b : blocks) {
        m_first = std::min(m_first, std::max(0, b.start / 60 * 60));
        m_last = std::max(m_last, std::min(24 * 60, (b.start + b.length + 59) / 60 * 60));
    }
    m_columns.setColumns(columns);
    m_blocks.setBlocks(blocks);
    Q_EMIT loaded();
}
