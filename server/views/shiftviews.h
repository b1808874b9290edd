// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QJsonArray>
#include <QJsonObject>

class Database;
class Venue;

// Cash shifts as the API shows them: the float, the cash that went through the drawer and what
// it should hold now (`expected`), and at the close the count and over/short.
class ShiftViews {
public:
    ShiftViews(Database &db, Venue &venue)
        : m_db(db)
        , m_venue(venue)
    {
    }

    // One shift with its cash lines and totals; empty when there is none with that id.
    QJsonObject shiftJson(qint64 id);
    // The open shift's id, 0 when the drawer has none open.
    qint64 openShiftId();
    // What the drawer should hold: float + cash taken (amount + tip, voids negative) - cash
    // refunds + pay-ins - pay-outs. Change given is already out of it (tendered - change).
    qint64 expectedCash(qint64 shiftId);
    // Every shift opened on `date`, for the day report and the Z close.
    QJsonArray shiftsOf(const QString &date);
    // GET /api/shifts: the open shift (or null) and the shifts of `date` (default today).
    Reply listShifts(const QString &date);

private:
    Database &m_db;
    Venue &m_venue;
};
