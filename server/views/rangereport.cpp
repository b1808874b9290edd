// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rangereport.h"

#include "domain/fields.h"
#include "store/database.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

#include <cmath>

namespace {
const QString kMaxSpan = QStringLiteral("ten years");

// The bills a range counts: each paid visit's newest receipt issued on a day of the range (a
// voided and re-paid visit counts once, on the day of its new receipt).
const QString kBills = QStringLiteral(
    "WITH bills AS (SELECT rc.receipt_no, rc.visit_id, rc.business_date, rc.subtotal, "
    " rc.discount, rc.base, rc.service_charge, rc.tax, rc.total, v.therapist_id "
    " FROM receipts rc JOIN visits v ON v.id = rc.visit_id "
    " WHERE rc.business_date BETWEEN ? AND ? AND v.status = 'paid' "
    " AND NOT EXISTS (SELECT 1 FROM receipts x WHERE x.visit_id = rc.visit_id "
    "  AND x.receipt_no > rc.receipt_no)) ");

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

qint64 val(const QSqlQuery &q, int i)
{
    return q.value(i).toLongLong();
}

struct TherapistRow {
    qint64 id = 0;
    QString name;
    qint64 services = 0, net = 0, commission = 0, tips = 0;
    QJsonObject json() const
    {
        return { { QStringLiteral("therapist_id"), id },        { QStringLiteral("name"), name },
                 { QStringLiteral("services"), services },      { QStringLiteral("net"), net },
                 { QStringLiteral("commission"), commission },  { QStringLiteral("tips"), tips },
                 { QStringLiteral("total"), commission + tips } };
    }
};

// Per therapist: service lines done on paid bills, their net and commission, and the tips
// taken for them (payments and voids of the range). Sorted by name.
QVector<TherapistRow> therapists(Database &db, const QString &from, const QString &to)
{
    QMap<qint64, TherapistRow> rows;
    QSqlQuery s = db.exec(
        kBills +
            QStringLiteral("SELECT b.therapist_id, st.display_name, COUNT(*), "
                           " COALESCE(SUM(COALESCE(vs.net, vs.price)), 0), "
                           " COALESCE(SUM(COALESCE(vs.commission, 0)), 0) "
                           "FROM bills b JOIN visit_services vs ON vs.visit_id = b.visit_id "
                           "JOIN staff st ON st.id = b.therapist_id "
                           "GROUP BY b.therapist_id, st.display_name"),
        { from, to });
    while (s.next()) {
        TherapistRow &r = rows[val(s, 0)];
        r.id = val(s, 0);
        r.name = s.value(1).toString();
        r.services = val(s, 2);
        r.net = val(s, 3);
        r.commission = val(s, 4);
    }
    QSqlQuery t = db.exec(QStringLiteral("SELECT p.therapist_id, st.display_name, SUM(p.tip) "
                                         "FROM payments p JOIN staff st ON st.id = p.therapist_id "
                                         "WHERE p.business_date BETWEEN ? AND ? "
                                         "GROUP BY p.therapist_id, st.display_name "
                                         "HAVING SUM(p.tip) <> 0"),
                          { from, to });
    while (t.next()) {
        TherapistRow &r = rows[val(t, 0)];
        r.id = val(t, 0);
        r.name = t.value(1).toString();
        r.tips = val(t, 2);
    }
    QVector<TherapistRow> out(rows.cbegin(), rows.cend());
    std::stable_sort(out.begin(), out.end(), [](const TherapistRow &a, const TherapistRow &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

QJsonObject waits(Database &db, const QString &from, const QString &to)
{
    // Visits that started with a wait quoted at check-in: the quote against the wait they had.
    const QString where = QStringLiteral(" FROM visits WHERE business_date BETWEEN ? AND ? "
                                         "AND wait_s IS NOT NULL AND quoted_wait_min IS NOT NULL");
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(wait_s), 0), "
                                         "COALESCE(SUM(quoted_wait_min), 0), "
                                         "COALESCE(SUM(CASE WHEN wait_s > quoted_wait_min * 60 "
                                         "THEN 1 ELSE 0 END), 0)") +
                              where,
                          { from, to });
    q.next();
    const qint64 n = val(q, 0);
    // Whole minutes waited (rounded down), counted per minute: the p90 needs no row per visit.
    QVector<QPair<qint64, qint64>> actual, quoted;
    QSqlQuery h = db.exec(QStringLiteral("SELECT wait_s / 60, COUNT(*)") + where +
                              QStringLiteral(" GROUP BY wait_s / 60 ORDER BY 1"),
                          { from, to });
    while (h.next())
        actual.append({ val(h, 0), val(h, 1) });
    QSqlQuery g = db.exec(QStringLiteral("SELECT quoted_wait_min, COUNT(*)") + where +
                              QStringLiteral(" GROUP BY quoted_wait_min ORDER BY 1"),
                          { from, to });
    while (g.next())
        quoted.append({ val(g, 0), val(g, 1) });
    const auto avg = [n](double sum) {
        return n > 0 ? QJsonValue(std::round(sum / double(n) * 10) / 10) : QJsonValue();
    };
    return { { QStringLiteral("count"), n },
             { QStringLiteral("quoted_avg_min"), avg(double(val(q, 2))) },
             { QStringLiteral("actual_avg_min"), avg(double(val(q, 1)) / 60.0) },
             { QStringLiteral("quoted_p90_min"),
               n > 0 ? QJsonValue(RangeReport::percentile(quoted, 90)) : QJsonValue() },
             { QStringLiteral("actual_p90_min"),
               n > 0 ? QJsonValue(RangeReport::percentile(actual, 90)) : QJsonValue() },
             { QStringLiteral("longer_than_quoted"), val(q, 3) } };
}
} // namespace

qint64 RangeReport::percentile(const QVector<QPair<qint64, qint64>> &sortedHistogram, int p)
{
    qint64 total = 0;
    for (const auto &b : sortedHistogram)
        total += b.second;
    if (total == 0)
        return 0;
    // Nearest rank: the smallest value with at least p % of the counts at or below it.
    const qint64 rank = (qint64(p) * total + 99) / 100;
    qint64 seen = 0;
    for (const auto &b : sortedHistogram) {
        seen += b.second;
        if (seen >= rank)
            return b.first;
    }
    return sortedHistogram.last().first;
}

std::optional<Reply> RangeReport::parse(const QUrlQuery &query, Range *out)
{
    const auto date = [&](const char *key, QDate *d) -> std::optional<Reply> {
        const QString text = query.queryItemValue(QLatin1String(key));
        if (text.isEmpty())
            return Errors::invalid(QStringLiteral("'%1' is required (YYYY-MM-DD)").arg(key));
        *d = Fields::strictDate(text);
        if (!d->isValid())
            return Errors::invalid(
                QStringLiteral("'%1' must be a date written YYYY-MM-DD, not '%2'").arg(key, text));
        return std::nullopt;
    };
    if (auto bad = date("from", &out->from))
        return bad;
    if (auto bad = date("to", &out->to))
        return bad;
    if (out->from > out->to)
        return Errors::invalid(
            QStringLiteral("'from' (%1) is after 'to' (%2)").arg(iso(out->from), iso(out->to)));
    if (out->to >= out->from.addYears(10))
        return Errors::invalid(
            QStringLiteral("a report covers less than %1 (from %2: to %3 at the latest)")
                .arg(kMaxSpan, iso(out->from), iso(out->from.addYears(10).addDays(-1))));
    const QString format = query.queryItemValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv"))
        return Errors::invalid(
            QStringLiteral("'format' must be json or csv, not '%1'").arg(format));
    out->csv = format == QLatin1String("csv");
    return std::nullopt;
}

QJsonObject RangeReport::report(Database &db, const Range &range, const QString &currency)
{
    const QString from = iso(range.from), to = iso(range.to);
    const QVariantList span { from, to };
    QJsonObject r { { QStringLiteral("from"), from },
                    { QStringLiteral("to"), to },
                    { QStringLiteral("days"), range.from.daysTo(range.to) + 1 },
                    { QStringLiteral("currency"), currency } };

    // One row per day with anything on it, filled from each table's GROUP BY.
    struct Day {
        qint64 visits = 0, cancelled = 0, noShows = 0, bills = 0, subtotal = 0, discount = 0,
               net = 0, serviceCharge = 0, tax = 0, billTotal = 0, amount = 0, tips = 0,
               refunds = 0, voids = 0;
    };
    QMap<QString, Day> days;
    QJsonObject visits;
    qint64 visitCount = 0, cancelled = 0, noShows = 0;
    QSqlQuery vq = db.exec(QStringLiteral("SELECT business_date, status, COUNT(*) FROM visits "
                                          "WHERE business_date BETWEEN ? AND ? "
                                          "GROUP BY business_date, status"),
                           span);
    while (vq.next()) {
        Day &d = days[vq.value(0).toString()];
        const QString status = vq.value(1).toString();
        const qint64 n = val(vq, 2);
        d.visits += n;
        visitCount += n;
        visits.insert(status, visits.value(status).toInteger() + n);
        if (status == QLatin1String("cancelled")) {
            d.cancelled += n;
            cancelled += n;
        } else if (status == QLatin1String("no_show")) {
            d.noShows += n;
            noShows += n;
        }
    }
    visits.insert(QStringLiteral("total"), visitCount);
    r.insert(QStringLiteral("visits"), visits);
    r.insert(QStringLiteral("cancellations"), cancelled);
    r.insert(QStringLiteral("no_shows"), noShows);

    QSqlQuery bq =
        db.exec(kBills +
                    QStringLiteral("SELECT business_date, COUNT(*), SUM(subtotal), "
                                   "SUM(discount), SUM(base), SUM(service_charge), SUM(tax), "
                                   "SUM(total), SUM(CASE WHEN discount > 0 THEN 1 ELSE 0 END) "
                                   "FROM bills GROUP BY business_date"),
                span);
    qint64 discounted = 0;
    while (bq.next()) {
        Day &d = days[bq.value(0).toString()];
        d.bills = val(bq, 1);
        d.subtotal = val(bq, 2);
        d.discount = val(bq, 3);
        d.net = val(bq, 4);
        d.serviceCharge = val(bq, 5);
        d.tax = val(bq, 6);
        d.billTotal = val(bq, 7);
        discounted += val(bq, 8);
    }

    // Money taken: payments and their (negative) voids, by day and method.
    struct Method {
        qint64 amount = 0, tips = 0, count = 0, refunds = 0;
    };
    QMap<QString, Method> methods;
    for (const char *m : { "cash", "card", "ewallet" })
        methods.insert(QLatin1String(m), {});
    qint64 voidCount = 0, voidAmount = 0, voidTips = 0, rounding = 0;
    QSqlQuery pq = db.exec(
        QStringLiteral("SELECT business_date, method, kind, COUNT(*), SUM(amount), SUM(tip), "
                       "SUM(rounding) FROM payments WHERE business_date BETWEEN ? AND ? "
                       "GROUP BY business_date, method, kind"),
        span);
    while (pq.next()) {
        Day &d = days[pq.value(0).toString()];
        Method &m = methods[pq.value(1).toString()];
        const bool isVoid = pq.value(2).toString() == QLatin1String("void");
        d.amount += val(pq, 4);
        d.tips += val(pq, 5);
        m.amount += val(pq, 4);
        m.tips += val(pq, 5);
        rounding += val(pq, 6);
        if (isVoid) {
            d.voids += val(pq, 3);
            voidCount += val(pq, 3);
            voidAmount -= val(pq, 4);
            voidTips -= val(pq, 5);
            m.count -= val(pq, 3); // a voided payment no longer stands
        } else {
            m.count += val(pq, 3);
        }
    }
    qint64 refundCount = 0, refunded = 0;
    QSqlQuery fq = db.exec(QStringLiteral("SELECT business_date, method, COUNT(*), SUM(amount) "
                                          "FROM refunds WHERE business_date BETWEEN ? AND ? "
                                          "GROUP BY business_date, method"),
                           span);
    while (fq.next()) {
        days[fq.value(0).toString()].refunds += val(fq, 3);
        methods[fq.value(1).toString()].refunds += val(fq, 3);
        refundCount += val(fq, 2);
        refunded += val(fq, 3);
    }

    Day sum;
    QJsonArray byDay;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const Day &d = it.value();
        byDay.append(
            QJsonObject { { QStringLiteral("date"), it.key() },
                          { QStringLiteral("visits"), d.visits },
                          { QStringLiteral("cancelled"), d.cancelled },
                          { QStringLiteral("no_show"), d.noShows },
                          { QStringLiteral("bills"), d.bills },
                          { QStringLiteral("subtotal"), d.subtotal },
                          { QStringLiteral("discount"), d.discount },
                          { QStringLiteral("net"), d.net },
                          { QStringLiteral("service_charge"), d.serviceCharge },
                          { QStringLiteral("tax"), d.tax },
                          { QStringLiteral("bill_total"), d.billTotal },
                          { QStringLiteral("taken"), d.amount },
                          { QStringLiteral("tips"), d.tips },
                          { QStringLiteral("voids"), d.voids },
                          { QStringLiteral("refunds"), d.refunds },
                          { QStringLiteral("net_collected"), d.amount + d.tips - d.refunds } });
        sum.bills += d.bills;
        sum.subtotal += d.subtotal;
        sum.discount += d.discount;
        sum.net += d.net;
        sum.serviceCharge += d.serviceCharge;
        sum.tax += d.tax;
        sum.billTotal += d.billTotal;
        sum.amount += d.amount;
        sum.tips += d.tips;
    }
    r.insert(QStringLiteral("by_day"), byDay);

    QJsonArray byMethod;
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        byMethod.append(QJsonObject { { QStringLiteral("method"), it.key() },
                                      { QStringLiteral("count"), it->count },
                                      { QStringLiteral("amount"), it->amount },
                                      { QStringLiteral("tips"), it->tips },
                                      { QStringLiteral("total"), it->amount + it->tips },
                                      { QStringLiteral("refunds"), it->refunds } });
    r.insert(QStringLiteral("by_method"), byMethod);

    QJsonArray byService;
    QSqlQuery sq = db.exec(kBills +
                               QStringLiteral("SELECT vs.service_id, vs.name, COUNT(*), "
                                              "SUM(vs.price), SUM(COALESCE(vs.net, vs.price)), "
                                              "SUM(COALESCE(vs.commission, 0)) FROM bills b "
                                              "JOIN visit_services vs ON vs.visit_id = b.visit_id "
                                              "GROUP BY vs.service_id, vs.name ORDER BY 4 DESC, 2"),
                           span);
    while (sq.next())
        byService.append(QJsonObject { { QStringLiteral("service_id"), val(sq, 0) },
                                       { QStringLiteral("name"), sq.value(1).toString() },
                                       { QStringLiteral("count"), val(sq, 2) },
                                       { QStringLiteral("gross"), val(sq, 3) },
                                       { QStringLiteral("net"), val(sq, 4) },
                                       { QStringLiteral("commission"), val(sq, 5) } });
    r.insert(QStringLiteral("by_service"), byService);

    QJsonArray byTherapist;
    qint64 commission = 0;
    for (const TherapistRow &t : therapists(db, from, to)) {
        byTherapist.append(t.json());
        commission += t.commission;
    }
    r.insert(QStringLiteral("by_therapist"), byTherapist);

    r.insert(QStringLiteral("bills"),
             QJsonObject { { QStringLiteral("count"), sum.bills },
                           { QStringLiteral("subtotal"), sum.subtotal },
                           { QStringLiteral("discount"), sum.discount },
                           { QStringLiteral("net"), sum.net },
                           { QStringLiteral("service_charge"), sum.serviceCharge },
                           { QStringLiteral("tax"), sum.tax },
                           { QStringLiteral("total"), sum.billTotal } });
    r.insert(QStringLiteral("service_charge"), sum.serviceCharge);
    r.insert(QStringLiteral("tax"), sum.tax);
    r.insert(QStringLiteral("discounts"),
             QJsonObject { { QStringLiteral("count"), discounted },
                           { QStringLiteral("amount"), sum.discount } });
    r.insert(QStringLiteral("voids"),
             QJsonObject { { QStringLiteral("count"), voidCount },
                           { QStringLiteral("amount"), voidAmount },
                           { QStringLiteral("tips"), voidTips } });
    r.insert(QStringLiteral("refunds"),
             QJsonObject { { QStringLiteral("count"), refundCount },
                           { QStringLiteral("amount"), refunded } });
    r.insert(QStringLiteral("revenue"), sum.amount);
    r.insert(QStringLiteral("rounding"), rounding);
    r.insert(QStringLiteral("tips"), sum.tips);
    r.insert(QStringLiteral("collected"), sum.amount + sum.tips);
    r.insert(QStringLiteral("net_collected"), sum.amount + sum.tips - refunded);
    r.insert(QStringLiteral("commission"), commission);
    r.insert(QStringLiteral("waits"), waits(db, from, to));
    return r;
}

QJsonObject RangeReport::payouts(Database &db, const Range &range, const QString &currency)
{
    const QString from = iso(range.from), to = iso(range.to);
    QJsonArray rows;
    qint64 services = 0, commission = 0, tips = 0;
    for (const TherapistRow &t : therapists(db, from, to)) {
        rows.append(t.json());
        services += t.services;
        commission += t.commission;
        tips += t.tips;
    }
    return { { QStringLiteral("from"), from },
             { QStringLiteral("to"), to },
             { QStringLiteral("currency"), currency },
             { QStringLiteral("therapists"), rows },
             { QStringLiteral("totals"),
               QJsonObject { { QStringLiteral("services"), services },
                             { QStringLiteral("commission"), commission },
                             { QStringLiteral("tips"), tips },
                             { QStringLiteral("total"), commission + tips } } } };
}
