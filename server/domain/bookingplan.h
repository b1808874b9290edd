// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/visits.h"

#include <QDateTime>
#include <QString>
#include <QVector>

// A booking as asked for (create, or a change merged over the booking as it is): read from the
// body by BookingRequest, its "any" therapists and room filled in by BookingScheduler, then
// written by Bookings.
struct BookingPlan {
    struct Guest {
        qint64 customerId = 0;
        QString name;
        QVector<Visits::ServiceLine> lines;
        qint64 therapistId = 0; // 0: any
        int duration = 0;
        qint64 total = 0;
    };

    qint64 customerId = 0;
    QString name;
    QString phone;
    QString notes;
    QDateTime start;
    qint64 roomId = 0; // 0: any free one
    QVector<Guest> guests;

    // The start plus the longest guest's services.
    QDateTime end() const
    {
        int longest = 0;
        for (const Guest &g : guests)
            longest = std::max(longest, g.duration);
        return start.addSecs(qint64(longest) * 60);
    }
};
