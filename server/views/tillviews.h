// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QJsonObject>

class Clock;
class Database;
class ShiftViews;
class Venue;

// Money as the API shows it: payment rows, a day's payments and the day report.
class TillViews {
public:
    TillViews(Database &db, Venue &venue, ShiftViews &shifts)
        : m_db(db)
        , m_venue(venue)
        , m_shifts(shifts)
    {
    }

    QJsonObject paymentJson(qint64 id); // empty when there is none with that id
    // Every payment and void row of a business day, with ticket and customer, for the day view.
    Reply listPayments(const QString &date);
    // The day's figures computed now (the Z report's content).
    QJsonObject buildReport(const QString &date);
    // The report of a day: as stored at its close, or computed now while it is open.
    Reply dailyReport(const QString &date);

private:
    Database &m_db;
    Venue &m_venue;
    ShiftViews &m_shifts;
};
