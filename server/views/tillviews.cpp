// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tillviews.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "store/database.h"
#include "views/shiftviews.h"
#include "views/visitviews.h"

#include <QJsonDocument>
#include <QSqlQuery>

QJsonObject TillViews::paymentJson(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT p.id, p.visit_id, p.kind, p.method, p.amount, p.tip, p.tendered, "
            " p.change_due, p.therapist_id, p.staff_id, p.idempotency_key, "
            " p.voids_payment_id, p.reason, p.business_date, p.created_at, "
            " (SELECT v.id FROM payments v WHERE v.voids_payment_id = p.id) AS voided_by, "
            " p.shift_id, p.rounding "
            "FROM payments p WHERE p.id = ?"),
        { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("voided"), !q.value(15).isNull());
    return o;
}

Reply TillViews::listPayments(const QString &dateIn)
{
    const QString date = dateIn.isEmpty() ? m_venue.today() : dateIn;
    if (!Fields::strictDate(date).isValid())
        return Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD"));
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT p.id, v.ticket_no, v.customer_name, s.display_name FROM payments p "
            "JOIN visits v ON v.id = p.visit_id LEFT JOIN staff s ON s.id = p.therapist_id "
            "WHERE p.business_date = ? ORDER BY p.id"),
        { date });
    struct Row {
        qint64 id;
        int ticket;
        QString customer;
        QString therapist;
    };
    QVector<Row> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                      q.value(3).toString() });
    QJsonArray items;
    for (const Row &r : rows) {
        QJsonObject p = paymentJson(r.id);
        p.insert(QStringLiteral("ticket"), VisitViews::ticketLabel(r.ticket));
        p.insert(QStringLiteral("customer_name"), r.customer);
        p.insert(QStringLiteral("therapist_name"),
                 r.therapist.isEmpty() ? QJsonValue() : QJsonValue(r.therapist));
        items.append(p);
    }
    return Reply::ok({ { QStringLiteral("date"), date },
                       { QStringLiteral("payments"), items },
                       { QStringLiteral("closed"), m_venue.dayClosed(date) } });
}

QJsonObject TillViews::buildReport(const QString &date)
{
    QJsonObject r;
    r.insert(QStringLiteral("date"), date);
    r.insert(QStringLiteral("currency"), m_venue.currency());

    QJsonObject visits { { QStringLiteral("total"), 0 } };
    QSqlQuery vq =
        m_db.exec(QStringLiteral("SELECT status, COUNT(*) FROM visits WHERE business_date = ? "
                                 "GROUP BY status"),
                  { date });
    int total = 0;
    while (vq.next()) {
        visits.insert(vq.value(0).toString(), vq.value(1).toInt());
        total += vq.value(1).toInt();
    }
    visits.insert(QStringLiteral("total"), total);
    r.insert(QStringLiteral("visits"), visits);

    // Net per method: payments plus their (negative) voids of the same day. The count is of the
    // payments that stand: a voided payment is not counted (its void sits on the same day).
    QJsonObject byMethod;
    qint64 revenue = 0, tips = 0;
    int payments = 0;
    for (const char *method : { "cash", "card", "ewallet" }) {
        const QString m = QLatin1String(method);
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT COALESCE(SUM(p.amount), 0), COALESCE(SUM(p.tip), 0), "
                                     " COALESCE(SUM(CASE WHEN p.kind = 'payment' AND NOT EXISTS "
                                     "(SELECT 1 FROM payments v "
                                     "   WHERE v.voids_payment_id = p.id) THEN 1 ELSE 0 END), 0) "
                                     "FROM payments p WHERE p.business_date = ? AND p.method = ?"),
                      { date, m });
        q.next();
        const qint64 amount = q.value(0).toLongLong(), tip = q.value(1).toLongLong();
        byMethod.insert(m,
                        QJsonObject { { QStringLiteral("amount"), amount },
                                      { QStringLiteral("tips"), tip },
                                      { QStringLiteral("total"), amount + tip },
                                      { QStringLiteral("count"), q.value(2).toInt() } });
        revenue += amount;
        tips += tip;
        payments += q.value(2).toInt();
    }
    r.insert(QStringLiteral("by_method"), byMethod);
    r.insert(QStringLiteral("revenue"), revenue);
    r.insert(QStringLiteral("tips"), tips);
    r.insert(QStringLiteral("collected"), revenue + tips);
    r.insert(QStringLiteral("payments"), payments);

    QSqlQuery vd = m_db.exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(-amount), 0), COALESCE(SUM(-tip), 0) "
                       "FROM payments WHERE business_date = ? AND kind = 'void'"),
        { date });
    vd.next();
    r.insert(QStringLiteral("voids"),
             QJsonObject { { QStringLiteral("count"), vd.value(0).toInt() },
                           { QStringLiteral("amount"), vd.value(1).toLongLong() },
                           { QStringLiteral("tips"), vd.value(2).toLongLong() } });

    QSqlQuery dq =
        m_db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(discount), 0) FROM visits "
                                 "WHERE business_date = ? AND status = 'paid' AND discount > 0"),
                  { date });
    dq.next();
    r.insert(QStringLiteral("discounts"),
             QJsonObject { { QStringLiteral("count"), dq.value(0).toInt() },
                           { QStringLiteral("amount"), dq.value(1).toLongLong() } });

    // The bills settled on the day, as their receipts have them (a voided receipt's visit is no
    // longer paid and drops out).
    QSqlQuery bq = m_db.exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(rc.base), 0), "
                       "COALESCE(SUM(rc.service_charge), 0), COALESCE(SUM(rc.tax), 0), "
                       "COALESCE(SUM(rc.total), 0), MIN(rc.receipt_no), MAX(rc.receipt_no) "
                       "FROM receipts rc JOIN visits v ON v.id = rc.visit_id "
                       "WHERE rc.business_date = ? AND v.status = 'paid' AND rc.receipt_no = "
                       "(SELECT MAX(x.receipt_no) FROM receipts x WHERE x.visit_id = v.id)"),
        { date });
    bq.next();
    r.insert(QStringLiteral("bills"),
             QJsonObject { { QStringLiteral("count"), bq.value(0).toInt() },
                           { QStringLiteral("net"), bq.value(1).toLongLong() },
                           { QStringLiteral("service_charge"), bq.value(2).toLongLong() },
                           { QStringLiteral("tax"), bq.value(3).toLongLong() },
                           { QStringLiteral("total"), bq.value(4).toLongLong() },
                           { QStringLiteral("first_receipt_no"),
                             bq.value(5).isNull() ? QJsonValue() : bq.value(5).toLongLong() },
                           { QStringLiteral("last_receipt_no"),
                             bq.value(6).isNull() ? QJsonValue() : bq.value(6).toLongLong() } });
    r.insert(QStringLiteral("service_charge"), bq.value(2).toLongLong());
    r.insert(QStringLiteral("tax"), bq.value(3).toLongLong());
    QSqlQuery rq = m_db.exec(
        QStringLiteral("SELECT COALESCE(SUM(rounding), 0) FROM payments WHERE business_date = ?"),
        { date });
    rq.next();
    r.insert(QStringLiteral("rounding"), rq.value(0).toLongLong());

    // Refunds count on the day they are made, whichever day the bill was paid.
    QJsonObject refundsBy;
    qint64 refunded = 0;
    int refundCount = 0;
    QSqlQuery fq = m_db.exec(QStringLiteral("SELECT method, COUNT(*), SUM(amount) FROM refunds "
                                            "WHERE business_date = ? GROUP BY method"),
                             { date });
    while (fq.next()) {
        refundsBy.insert(fq.value(0).toString(), fq.value(2).toLongLong());
        refundCount += fq.value(1).toInt();
        refunded += fq.value(2).toLongLong();
    }
    r.insert(QStringLiteral("refunds"),
             QJsonObject { { QStringLiteral("count"), refundCount },
                           { QStringLiteral("amount"), refunded },
                           { QStringLiteral("by_method"), refundsBy } });
    r.insert(QStringLiteral("net_collected"), revenue + tips - refunded);
    r.insert(QStringLiteral("shifts"), m_shifts.shiftsOf(date));

    QJsonArray tipsBy;
    QSqlQuery tq = m_db.exec(
        QStringLiteral("SELECT p.therapist_id, s.display_name, SUM(p.tip) FROM payments p "
                       "JOIN staff s ON s.id = p.therapist_id WHERE p.business_date = ? "
                       "GROUP BY p.therapist_id, s.display_name "
                       "HAVING SUM(p.tip) <> 0 ORDER BY s.display_name"),
        { date });
    while (tq.next())
        tipsBy.append(QJsonObject { { QStringLiteral("therapist_id"), tq.value(0).toLongLong() },
                                    { QStringLiteral("name"), tq.value(1).toString() },
                                    { QStringLiteral("tips"), tq.value(2).toLongLong() } });
    r.insert(QStringLiteral("tips_by_therapist"), tipsBy);

    QJsonArray byService;
    QSqlQuery sq =
        m_db.exec(QStringLiteral("SELECT vs.service_id, vs.name, COUNT(*), SUM(vs.price) "
                                 "FROM visit_services vs JOIN visits v ON v.id = vs.visit_id "
                                 "WHERE v.business_date = ? AND v.status = 'paid' "
                                 "GROUP BY vs.service_id, vs.name ORDER BY vs.name"),
                  { date });
    while (sq.next())
        byService.append(QJsonObject { { QStringLiteral("service_id"), sq.value(0).toLongLong() },
                                       { QStringLiteral("name"), sq.value(1).toString() },
                                       { QStringLiteral("count"), sq.value(2).toInt() },
                                       { QStringLiteral("revenue"), sq.value(3).toLongLong() } });
    r.insert(QStringLiteral("by_service"), byService);

    // Check-ins per local hour, for the day view's chart.
    QVector<int> hours(24, 0);
    QSqlQuery hq = m_db.exec(
        QStringLiteral("SELECT created_at FROM visits WHERE business_date = ?"), { date });
    const QTimeZone tz = m_venue.timeZone();
    while (hq.next())
        ++hours[fromIsoUtc(hq.value(0).toString()).toTimeZone(tz).time().hour()];
    QJsonArray byHour;
    for (int h = 0; h < 24; ++h)
        if (hours[h] > 0)
            byHour.append(QJsonObject { { QStringLiteral("hour"), h },
                                        { QStringLiteral("visits"), hours[h] } });
    r.insert(QStringLiteral("by_hour"), byHour);
    return r;
}

Reply TillViews::dailyReport(const QString &dateIn)
{
    const QString date = dateIn.isEmpty() ? m_venue.today() : dateIn;
    if (!Fields::strictDate(date).isValid())
        return Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD"));
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT report, closed_at FROM day_closes WHERE business_date = ?"),
        { date });
    if (q.next()) {
        QJsonObject r = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        r.insert(QStringLiteral("closed"), true);
        r.insert(QStringLiteral("closed_at"), q.value(1).toString());
        return Reply::ok(r);
    }
    QJsonObject r = buildReport(date);
    r.insert(QStringLiteral("closed"), false);
    r.insert(QStringLiteral("closed_at"), QJsonValue());
    return Reply::ok(r);
}
