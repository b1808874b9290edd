// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>

class Database;
class Venue;

// Gapless receipt numbers. A bill that becomes paid takes the next `receipt_no` from the
// `counters` row in the SAME transaction that records the payment, and its lines and rates are
// kept with the number (the snapshot later rate changes never touch). A rollback or a killed
// server takes the counter back with the payment, so no number is lost or given twice.
namespace Receipts {
// Inside a pipeline run: numbers the now-paid `visit` (visit JSON with its bill lines, as
// VisitViews::visitJson gives it while unpaid). Returns the number, or 0 when a statement failed
// (the run then rolls back).
qint64 issue(Database &db, const QJsonObject &visit, const QString &businessDate,
             const QDateTime &paidAt);
} // namespace Receipts
