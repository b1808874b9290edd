// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QDate>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

class Database;

// Reports over any range of business days: GET /api/reports and GET /api/payouts. Everything
// here reads through the Database it is given, so it runs as well on the report worker's own
// connection (http/reportrunner.h) as on the main one; it never writes.
//
// Which day a row counts on (docs/money.md, "Reports over any dates"): a payment, void, refund
// or tip on the business day it was taken; a bill (its service charge, tax, the service lines,
// their commission) on the day its receipt was issued, while it stays paid (a voided bill drops
// out); visits, cancellations, no-shows and waits on the day of check-in.
namespace RangeReport {

struct Range {
    QDate from;
    QDate to;
    bool csv = false;
};

// from and to (YYYY-MM-DD, inclusive, from <= to, less than ten years apart) and format (json
// or csv); a 422 naming the problem otherwise.
std::optional<Reply> parse(const QUrlQuery &query, Range *out);

QJsonObject report(Database &db, const Range &range, const QString &currency);
QJsonObject payouts(Database &db, const Range &range, const QString &currency);
// The report as a cashier sees it: no commission anywhere (by therapist: services, net, tips).
QJsonObject withoutCommission(QJsonObject report);

// p-th percentile (0..100) of a histogram of whole values (value -> count), nearest rank.
qint64 percentile(const QVector<QPair<qint64, qint64>> &sortedHistogram, int p);

} // namespace RangeReport
