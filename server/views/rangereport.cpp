// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rangereport.h"

#include "domain/fields.h"
#include "store/database.h"
#include "views/rangelines.h"
#include "views/reportsources.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

#include <cmath>

namespace {
const QString kMaxSpan = QStringLiteral("ten years");

using ReportSources::Kind;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

qint64 val(const QSqlQuery &q, int i)
{
    return q.value(i).toLongLong();
}

QJsonObject waits(Database &db, const ReportSources::Coverage &c, const QString &from,
                  const QString &to)
{
    // Visits that started with a wait quoted at check-in: the quote against the wait they had,
    // counted per (whole minutes waited, minutes quoted).
    qint64 n = 0, waitedS = 0, quotedMin = 0, longer = 0;
    QMap<qint64, qint64> actualH, quotedH;
    ReportSources::forEachRow(db, Kind::Waits, c, from, to, [&](const QSqlQuery &q) {
        const qint64 count = val(q, 2);
        n += count;
        waitedS += val(q, 3);
        quotedMin += val(q, 1) * count;
        longer += val(q, 4);
        actualH[val(q, 0)] += count;
        quotedH[val(q, 1)] += count;
    });
    const auto sorted = [](const QMap<qint64, qint64> &h) {
        QVector<QPair<qint64, qint64>> out;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            out.append({ it.key(), it.value() });
        return out;
    };
    const auto avg = [n](double sum) {
        return n > 0 ? QJsonValue(std::round(sum / double(n) * 10) / 10) : QJsonValue();
    };
    return { { QStringLiteral("count"), n },
             { QStringLiteral("quoted_avg_min"), avg(double(quotedMin)) },
             { QStringLiteral("actual_avg_min"), avg(double(waitedS) / 60.0) },
             { QStringLiteral("quoted_p90_min"),
               n > 0 ? QJsonValue(RangeReport::percentile(sorted(quotedH), 90)) : QJsonValue() },
             { QStringLiteral("actual_p90_min"),
               n > 0 ? QJsonValue(RangeReport::percentile(sorted(actualH), 90)) : QJsonValue() },
             { QStringLiteral("longer_than_quoted"), longer } };
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
    const ReportSources::Coverage cover = ReportSources::coverage(db, from, to);
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
    ReportSources::forEachRow(db, Kind::Visits, cover, from, to, [&](const QSqlQuery &vq) {
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
    });
    visits.insert(QStringLiteral("total"), visitCount);
    r.insert(QStringLiteral("visits"), visits);
    r.insert(QStringLiteral("cancellations"), cancelled);
    r.insert(QStringLiteral("no_shows"), noShows);

    qint64 discounted = 0;
    ReportSources::forEachRow(db, Kind::Bills, cover, from, to, [&](const QSqlQuery &bq) {
        Day &d = days[bq.value(0).toString()];
        d.bills += val(bq, 1);
        d.subtotal += val(bq, 2);
        d.discount += val(bq, 3);
        d.net += val(bq, 4);
        d.serviceCharge += val(bq, 5);
        d.tax += val(bq, 6);
        d.billTotal += val(bq, 7);
        discounted += val(bq, 8);
    });

    // Money taken: payments and their (negative) voids, by day and method.
    struct Method {
        qint64 amount = 0, tips = 0, count = 0, refunds = 0;
    };
    QMap<QString, Method> methods;
    for (const char *m : { "cash", "card", "ewallet" })
        methods.insert(QLatin1String(m), {});
    qint64 voidCount = 0, voidAmount = 0, voidTips = 0, rounding = 0;
    // Grouped by therapist too, for the tips per therapist (one pass over the covering index).
    QMap<qint64, qint64> tips;
    ReportSources::forEachRow(db, Kind::Payments, cover, from, to, [&](const QSqlQuery &pq) {
        if (!pq.value(7).isNull())
            tips[val(pq, 7)] += val(pq, 5);
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
    });
    qint64 refundCount = 0, refunded = 0;
    ReportSources::forEachRow(db, Kind::Refunds, cover, from, to, [&](const QSqlQuery &fq) {
        days[fq.value(0).toString()].refunds += val(fq, 3);
        methods[fq.value(1).toString()].refunds += val(fq, 3);
        refundCount += val(fq, 2);
        refunded += val(fq, 3);
    });

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

    const RangeLines::Lines done = RangeLines::read(db, cover, from, to, tips);
    r.insert(QStringLiteral("by_service"), done.services);
    QJsonArray byTherapist;
    qint64 commission = 0;
    for (const RangeLines::TherapistRow &t : done.therapists) {
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
    r.insert(QStringLiteral("waits"), waits(db, cover, from, to));
    return r;
}

QJsonObject RangeReport::payouts(Database &db, const Range &range, const QString &currency)
{
    const QString from = iso(range.from), to = iso(range.to);
    QJsonArray rows;
    qint64 services = 0, commission = 0, tips = 0;
    const ReportSources::Coverage cover = ReportSources::coverage(db, from, to);
    for (const RangeLines::TherapistRow &t :
         RangeLines::read(db, cover, from, to, RangeLines::tipsOf(db, cover, from, to))
             .therapists) {
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

QJsonObject RangeReport::withoutCommission(QJsonObject report)
{
    report.remove(QStringLiteral("commission"));
    for (const char *key : { "by_therapist", "by_service" }) {
        QJsonArray rows;
        for (const QJsonValue &v : report.value(QLatin1String(key)).toArray()) {
            QJsonObject row = v.toObject();
            row.remove(QStringLiteral("commission"));
            if (QLatin1String(key) == QLatin1String("by_therapist"))
                row.insert(QStringLiteral("total"), row.value(QLatin1String("tips")));
            rows.append(row);
        }
        report.insert(QLatin1String(key), rows);
    }
    return report;
}
