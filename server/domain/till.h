// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class Clock;
class CommandPipeline;
class Database;
class ShiftViews;
class TillViews;
class Venue;
class VisitViews;

// The money: payments (split, tips, cash change, cash rounding, idempotency keys; the receipt
// number when a bill is settled), voids, and the day close. Refunds (domain/refunds.h) and the
// cash drawer's shifts (domain/cashshifts.h) sit beside it.
class Till {
public:
    Till(CommandPipeline &pipeline, Venue &venue, VisitViews &views, TillViews &tillViews,
         ShiftViews &shifts);

    Reply pay(qint64 visitId, const QJsonObject &body, const Principal &who);
    Reply voidPayment(qint64 paymentId, const QJsonObject &body, const Principal &who);
    Reply closeDay(const QString &date, const Principal &who);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    Venue &m_venue;
    VisitViews &m_views;
    TillViews &m_tillViews;
    ShiftViews &m_shifts;
};
