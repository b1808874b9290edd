// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>
#include <QVector>

class CatalogViews;
class CommandPipeline;
class Database;

// Therapists' commissions (docs/money.md, "Commissions"): a rate per service, optionally one
// therapist's own rate over it, and the snapshot written when a bill is paid, so a later rate
// change never rewrites a paid visit.
class Commissions {
public:
    struct Rate {
        QString type = QStringLiteral("none"); // none, percent (basis points), fixed (minor units)
        qint64 value = 0;
    };

    Commissions(CommandPipeline &pipeline, CatalogViews &views);

    // PUT /api/services/{id}/commission: {"type": "percent", "percent": "12.5"} |
    // {"type": "fixed", "amount": 15000} | {"type": "none"}; with "therapist_id" it sets that
    // therapist's override, where {"type": "default"} removes it.
    Reply set(qint64 serviceId, const QJsonObject &body, const Principal &who);

    // Inside the paying transaction: each line's share of the bill's `base` and the commission
    // on it at today's rates, written on visit_services. False when a statement failed.
    static bool snapshot(Database &db, qint64 visitId, qint64 therapistId, qint64 base);

    // Pure, table-tested: `base` split over the lines in proportion to their prices (half up;
    // the last line takes what rounding left, so the shares add up to `base` exactly).
    static QVector<qint64> split(const QVector<qint64> &prices, qint64 base);
    // The commission on one line: percent of its net share, half up, or the fixed amount.
    static qint64 commissionOn(const Rate &rate, qint64 net);

    static QJsonObject rateJson(const Rate &rate);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    CatalogViews &m_views;
};
