// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QString>

class Database;

// What a therapist has finished on a business date (awaiting payment or paid): the tablet's
// "my day" lists them beside the bookings and the queue, and its totals count them.
struct ServedToday {
    // In the order they were started: `[{"id", "ticket", "customer_name", "status", "services":
    // [{"name", "duration_min"}], "duration_min", "started_at", "completed_at", "booking_id"}]`.
    QJsonArray visits;
    // Time actually worked (started → completed, not the booked durations).
    qint64 workedSeconds = 0;

    static ServedToday of(Database &db, qint64 staffId, const QString &date);
};
