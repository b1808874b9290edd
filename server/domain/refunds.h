// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/loginlimiter.h"
#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CommandPipeline;
class Database;
class ShiftViews;
class Venue;
class VisitViews;

// Money back on a paid bill: part or all of it, by amount, to a method, with a reason. A refund
// is a new row dated on the business day it is made (so it works after the bill's own day is
// closed) and never changes the payment rows. An admin refunds; a cashier refunds only with an
// admin's approval given at the desk (the admin's username or staff_id and PIN in the body), and
// the approver is recorded. Cash refunds come out of the open cash shift.
class Refunds {
public:
    Refunds(CommandPipeline &pipeline, Venue &venue, VisitViews &visits, ShiftViews &shifts);

    // POST /api/visits/{id}/refunds
    Reply refund(qint64 visitId, const QJsonObject &body, const Principal &who);

private:
    // The approving admin's staff id, or the refusal (403; 429 after repeated wrong PINs).
    Reply approve(const QJsonObject &approval, qint64 *approver);

    CommandPipeline &m_pipeline;
    Database &m_db;
    Venue &m_venue;
    VisitViews &m_visits;
    ShiftViews &m_shifts;
    // Wrong approval PINs per approver: a cashier cannot try PINs at machine speed.
    LoginLimiter m_failures { 5, 15 * 60 };
};
