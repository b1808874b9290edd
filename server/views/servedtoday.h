// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

class Database;

struct ServedToday {
    // In the order they were started: `[{"id", "ticket", "customer_name", "status", "services":
    // [{"name", "duration_min"}], "duration_min", "started_at", "completed_at", "booking_id"}]`.
    QJsonArray visits;
    // Time actually worked (started → completed, not the booked durations).
    qint64 workedSeconds = 0;

    static ServedToday of(Database &db, qint64 staffId, const QString &date);

    // One served visit as `visits` holds it, with what orders it and the time it took.
    struct Visit {
        qint64 id = 0;
        QString startedAt; // ordered by (started_at, id), a missing start first, as SQL does
        bool started = false;
        qint64 workedSeconds = 0;
        QJsonObject json;
        // `json` as compact text, built when first asked for (TherapistDays splices it).
        mutable QByteArray text;
        bool before(const Visit &o) const
        {
            if (started != o.started)
                return !started;
            if (startedAt != o.startedAt)
                return startedAt < o.startedAt;
            return id < o.id;
        }
    };
    // The served visits of `staffId` on `date`, in order; only visit `onlyVisit` when it is not 0
    // (none when that visit is not one of them).
    static QVector<Visit> read(Database &db, qint64 staffId, const QString &date,
                               qint64 onlyVisit = 0);
};
