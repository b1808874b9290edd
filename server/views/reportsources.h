// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVector>

#include <functional>

class Database;
class QSqlQuery;

// Where a range report's rows come from. Each kind of row (visits by status, bills, payments,
// refunds, service lines, waits, tips) has one column layout, read either live from the
// business tables or from the per-day sums of closed days (migration 11, report_* tables). A
// closed day is frozen, so its sums are the live rows of that day, written once by
// DaySummaries at the close; a range reads the sums for its closed days and the live tables
// only for the runs of days still open. Either way the same rows reach the report.
namespace ReportSources {

enum class Kind {
    Visits, // business_date, status, n
    Bills, // business_date, n, subtotal, discount, base, service_charge, tax, total, discounted
    Payments, // business_date, method, kind, n, amount, tip, rounding, therapist_id
    Refunds, // business_date, method, n, amount
    Lines, // therapist_id, display_name, service_id, name, n, gross, net, commission
    Waits, // wait_min, quoted_min, n, wait_s, longer
    Tips, // therapist_id, tips
};

// Which days of [from, to] (YYYY-MM-DD) are read from the sums and which live.
struct Coverage {
    bool anySummed = false;
    QVector<QPair<QString, QString>> liveRuns; // inclusive runs of days not summed
};
Coverage coverage(Database &db, const QString &from, const QString &to);

// Every row of `kind` over the range, from the sums and the live runs.
void forEachRow(Database &db, Kind kind, const Coverage &c, const QString &from, const QString &to,
                const std::function<void(const QSqlQuery &)> &row);

// The statements that sum the days from..to (two binds) into the report_* tables, for
// DaySummaries: each one the live rows grouped by day.
QVector<QString> summarizeStatements();
// The tables those fill, report_days last.
QVector<QString> summaryTables();

} // namespace ReportSources
