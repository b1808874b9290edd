// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CommandPipeline;
class Database;
class ShiftViews;
class Venue;

// The cash drawer's shifts. One drawer per venue, so at most one shift is open at a time: it is
// opened with a counted float, cash payments, cash voids, cash refunds and pay-ins/outs land on
// it, and it is closed with the counted cash (expected, counted and over/short recorded). Cash
// is refused while no shift is open (noOpenShift()).
class CashShifts {
public:
    CashShifts(CommandPipeline &pipeline, Venue &venue, ShiftViews &views);

    // POST /api/shifts: {"float": minor units} and/or {"denominations": [{"value", "count"}]}.
    Reply open(const QJsonObject &body, const Principal &who);
    // POST /api/shifts/{id}/cash: {"kind": "pay_in"|"pay_out", "amount", "reason"}.
    Reply moveCash(qint64 shiftId, const QJsonObject &body, const Principal &who);
    // POST /api/shifts/{id}/no-sale: the drawer opened without a sale, optional "reason".
    Reply noSale(qint64 shiftId, const QJsonObject &body, const Principal &who);
    // POST /api/shifts/{id}/close: {"counted"} and/or {"denominations"}, optional "note".
    Reply close(qint64 shiftId, const QJsonObject &body, const Principal &who);

    // The refusal for cash without an open shift, naming what to do.
    static Reply noOpenShift();

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    Venue &m_venue;
    ShiftViews &m_views;
};
