// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SQL behind the range reports: live, summed per closed day, and read back.
#include "reportsources.h"

#include "store/database.h"

#include <QDate>
#include <QSet>
#include <QSqlQuery>

namespace {
using ReportSources::Kind;

// Past this many runs of open days among closed ones a range is read live in one go: each run
// costs a statement per kind.
constexpr int kMaxLiveRuns = 64;

// The bills a range counts: each paid visit's newest receipt issued on a day of the range (a
// voided and re-paid visit counts once, on the day of its new receipt).
const QString kBills = QStringLiteral(
    "WITH bills AS (SELECT rc.receipt_no, rc.visit_id, rc.business_date, rc.subtotal, "
    " rc.discount, rc.base, rc.service_charge, rc.tax, rc.total, v.therapist_id "
    " FROM receipts rc JOIN visits v ON v.id = rc.visit_id "
    " WHERE rc.business_date BETWEEN ? AND ? AND v.status = 'paid' "
    " AND NOT EXISTS (SELECT 1 FROM receipts x WHERE x.visit_id = rc.visit_id "
    "  AND x.receipt_no > rc.receipt_no)) ");

const QString kVisitsLive =
    QStringLiteral("SELECT business_date, status, COUNT(*) FROM visits "
                   "WHERE business_date BETWEEN ? AND ? GROUP BY business_date, status");
const QString kBillsLive =
    kBills +
    QStringLiteral(
        "SELECT business_date, COUNT(*), SUM(subtotal), SUM(discount), SUM(base), "
        "SUM(service_charge), SUM(tax), SUM(total), "
        "SUM(CASE WHEN discount > 0 THEN 1 ELSE 0 END) FROM bills GROUP BY business_date");
const QString kPaymentsLive = QStringLiteral(
    "SELECT business_date, method, kind, COUNT(*), SUM(amount), SUM(tip), SUM(rounding), "
    "therapist_id FROM payments WHERE business_date BETWEEN ? AND ? "
    "GROUP BY business_date, method, kind, therapist_id");
const QString kRefundsLive =
    QStringLiteral("SELECT business_date, method, COUNT(*), SUM(amount) FROM refunds "
                   "WHERE business_date BETWEEN ? AND ? GROUP BY business_date, method");
// Service lines and waits are summed over the whole range when read, per day when stored.
const QString kLinesSelect = QStringLiteral(
    "COUNT(*), SUM(vs.price), SUM(COALESCE(vs.net, vs.price)), SUM(COALESCE(vs.commission, 0)) "
    "FROM bills b JOIN visit_services vs ON vs.visit_id = b.visit_id ");
const QString kLinesLive = kBills +
    QStringLiteral("SELECT b.therapist_id, st.display_name, vs.service_id, vs.name, ") +
    kLinesSelect +
    QStringLiteral("LEFT JOIN staff st ON st.id = b.therapist_id "
                   "GROUP BY b.therapist_id, st.display_name, vs.service_id, vs.name");
const QString kLinesByDay = kBills +
    QStringLiteral("SELECT b.business_date, b.therapist_id, vs.service_id, vs.name, ") +
    kLinesSelect +
    QStringLiteral("GROUP BY b.business_date, b.therapist_id, vs.service_id, vs.name");
// Visits that started with a wait quoted at check-in, per (whole minutes waited, minutes
// quoted), so the p90s need no row per visit.
const QString kWaitsSelect = QStringLiteral(
    "wait_s / 60, quoted_wait_min, COUNT(*), SUM(wait_s), "
    "SUM(CASE WHEN wait_s > quoted_wait_min * 60 THEN 1 ELSE 0 END) FROM visits "
    "WHERE business_date BETWEEN ? AND ? AND wait_s IS NOT NULL AND quoted_wait_min IS NOT NULL ");
const QString kWaitsLive = QStringLiteral("SELECT ") + kWaitsSelect +
    QStringLiteral("GROUP BY wait_s / 60, quoted_wait_min");
const QString kWaitsByDay = QStringLiteral("SELECT business_date, ") + kWaitsSelect +
    QStringLiteral("GROUP BY business_date, wait_s / 60, quoted_wait_min");
const QString kTipsLive = QStringLiteral(
    "SELECT therapist_id, SUM(tip) FROM payments WHERE business_date BETWEEN ? AND ? "
    "AND therapist_id IS NOT NULL GROUP BY therapist_id");

QString live(Kind kind)
{
    switch (kind) {
    case Kind::Visits:
        return kVisitsLive;
    case Kind::Bills:
        return kBillsLive;
    case Kind::Payments:
        return kPaymentsLive;
    case Kind::Refunds:
        return kRefundsLive;
    case Kind::Lines:
        return kLinesLive;
    case Kind::Waits:
        return kWaitsLive;
    case Kind::Tips:
        return kTipsLive;
    }
    return {};
}

QString summed(Kind kind)
{
    switch (kind) {
    case Kind::Visits:
        return QStringLiteral("SELECT business_date, status, n FROM report_visits "
                              "WHERE business_date BETWEEN ? AND ?");
    case Kind::Bills:
        return QStringLiteral("SELECT business_date, n, subtotal, discount, base, "
                              "service_charge, tax, total, discounted FROM report_bills "
                              "WHERE business_date BETWEEN ? AND ?");
    case Kind::Payments:
        return QStringLiteral("SELECT business_date, method, kind, n, amount, tip, rounding, "
                              "therapist_id FROM report_payments WHERE business_date BETWEEN ? "
                              "AND ?");
    case Kind::Refunds:
        return QStringLiteral("SELECT business_date, method, n, amount FROM report_refunds "
                              "WHERE business_date BETWEEN ? AND ?");
    case Kind::Lines:
        return QStringLiteral(
            "SELECT l.therapist_id, st.display_name, l.service_id, l.name, SUM(l.n), "
            "SUM(l.gross), SUM(l.net), SUM(l.commission) FROM report_lines l "
            "LEFT JOIN staff st ON st.id = l.therapist_id WHERE l.business_date BETWEEN ? AND ? "
            "GROUP BY l.therapist_id, st.display_name, l.service_id, l.name");
    case Kind::Waits:
        return QStringLiteral("SELECT wait_min, quoted_min, SUM(n), SUM(wait_s), SUM(longer) "
                              "FROM report_waits WHERE business_date BETWEEN ? AND ? "
                              "GROUP BY wait_min, quoted_min");
    case Kind::Tips:
        return QStringLiteral("SELECT therapist_id, SUM(tip) FROM report_payments "
                              "WHERE business_date BETWEEN ? AND ? AND therapist_id IS NOT NULL "
                              "GROUP BY therapist_id");
    }
    return {};
}
} // namespace

ReportSources::Coverage ReportSources::coverage(Database &db, const QString &from,
                                                const QString &to)
{
    Coverage c;
    QSet<QString> summed;
    QSqlQuery q = db.exec(QStringLiteral("SELECT business_date FROM report_days "
                                         "WHERE business_date BETWEEN ? AND ?"),
                          { from, to });
    while (q.next())
        summed.insert(q.value(0).toString());
    if (summed.isEmpty()) {
        c.liveRuns.append({ from, to });
        return c;
    }
    const QDate last = QDate::fromString(to, Qt::ISODate);
    QDate runStart;
    for (QDate d = QDate::fromString(from, Qt::ISODate); d <= last; d = d.addDays(1)) {
        const bool isSummed = summed.contains(d.toString(Qt::ISODate));
        if (!isSummed && !runStart.isValid())
            runStart = d;
        if (isSummed && runStart.isValid()) {
            c.liveRuns.append(
                { runStart.toString(Qt::ISODate), d.addDays(-1).toString(Qt::ISODate) });
            runStart = QDate();
        }
    }
    if (runStart.isValid())
        c.liveRuns.append({ runStart.toString(Qt::ISODate), to });
    if (c.liveRuns.size() > kMaxLiveRuns)
        return { false, { { from, to } } };
    c.anySummed = true;
    return c;
}

void ReportSources::forEachRow(Database &db, Kind kind, const Coverage &c, const QString &from,
                               const QString &to, const std::function<void(const QSqlQuery &)> &row)
{
    if (c.anySummed) {
        QSqlQuery q = db.exec(summed(kind), { from, to });
        while (q.next())
            row(q);
    }
    for (const auto &run : c.liveRuns) {
        QSqlQuery q = db.exec(live(kind), { run.first, run.second });
        while (q.next())
            row(q);
    }
}

QVector<QString> ReportSources::summarizeStatements()
{
    return {
        QStringLiteral("INSERT INTO report_visits (business_date, status, n) ") + kVisitsLive,
        QStringLiteral("INSERT INTO report_bills (business_date, n, subtotal, discount, base, "
                       "service_charge, tax, total, discounted) ") +
            kBillsLive,
        QStringLiteral("INSERT INTO report_payments (business_date, method, kind, n, amount, tip, "
                       "rounding, therapist_id) ") +
            kPaymentsLive,
        QStringLiteral("INSERT INTO report_refunds (business_date, method, n, amount) ") +
            kRefundsLive,
        QStringLiteral("INSERT INTO report_lines (business_date, therapist_id, service_id, name, "
                       "n, gross, net, commission) ") +
            kLinesByDay,
        QStringLiteral("INSERT INTO report_waits (business_date, wait_min, quoted_min, n, wait_s, "
                       "longer) ") +
            kWaitsByDay,
    };
}

QVector<QString> ReportSources::summaryTables()
{
    return { QStringLiteral("report_visits"),   QStringLiteral("report_bills"),
             QStringLiteral("report_payments"), QStringLiteral("report_refunds"),
             QStringLiteral("report_lines"),    QStringLiteral("report_waits"),
             QStringLiteral("report_days") };
}
