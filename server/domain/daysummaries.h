// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>

class Database;

// The per-day sums a range report reads for closed days (views/reportsources.h). Written once
// per day, when it closes (inside the close's transaction), so a ten-year report reads a few
// rows a day instead of every visit, receipt, payment and service line.
namespace DaySummaries {

// Sums the days from..to into the report_* tables; false if a statement failed (the caller's
// transaction then rolls back).
bool write(Database &db, const QDate &from, const QDate &to);
// Closed days without sums (closed before this existed, or restored from such a backup) get
// them now, in one transaction; the number of days summed, or -1 on a failure.
int backfill(Database &db);

} // namespace DaySummaries
