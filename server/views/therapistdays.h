// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "servedtoday.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QVector>

class Database;

// Each therapist's day as their tablet shows it ("my day": the visits they served, time worked,
// tips), kept between commits and refreshed one visit at a time. The list grows all day and a
// tablet's view is rebuilt after every change in the turn order; reading it whole each time
// made the fan-out's cost grow with the day (issue 11's durable regression).
class TherapistDays {
public:
    explicit TherapistDays(Database &db)
        : m_db(db)
    {
    }

    struct Day {
        QString date;
        QVector<ServedToday::Visit> visits; // in ServedToday's order
        qint64 tips = 0;
        // Derived from `visits` when first asked for after a change.
        QJsonArray servedJson() const;
        QByteArray servedText() const; // servedJson() as compact JSON
        qint64 workedSeconds() const;

    private:
        friend class TherapistDays;
        QSet<qint64> staleVisits;
        QHash<qint64, qint64> tipsByVisit; // what `tips` adds up, so a change re-reads one visit's
        mutable QByteArray text; // empty when not built since the last change
    };
    // The day of `staffId` on `date`, read whole the first time, then only what changed.
    const Day &of(qint64 staffId, const QString &date);

    // A committed change to visit `visitId` (its row, its payments) that names `staffId`.
    void visitChanged(qint64 staffId, qint64 visitId);
    // Something of `staffId`'s changed that names no visit: their day is read whole next time.
    void drop(qint64 staffId) { m_days.remove(staffId); }
    void clear() { m_days.clear(); }

private:
    Database &m_db;
    QHash<qint64, Day> m_days;
    QElapsedTimer m_age;
};
