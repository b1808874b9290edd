// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Taking money: split payments, tips to the therapist, cash change, idempotency keys, voids.
// Payment rows are never updated or deleted; a void is a new row with the amounts negated.
#include "spa.h"

#include "domain/fields.h"
#include "domain/rows.h"
#include "store/database.h"

namespace {
constexpr qint64 kMaxAmount = 100000000000LL;
}

QJsonObject SpaDomain::paymentJson(qint64 id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral(
                      "SELECT p.id, p.visit_id, p.kind, p.method, p.amount, p.tip, p.tendered, "
                      " p.change_due, p.therapist_id, p.staff_id, p.idempotency_key, "
                      " p.voids_payment_id, p.reason, p.business_date, p.created_at, "
                      " (SELECT v.id FROM payments v WHERE v.voids_payment_id = p.id) AS voided_by "
                      "FROM payments p WHERE p.id = ?"),
                  { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("voided"), !q.value(15).isNull());
    return o;
}

Reply SpaDomain::pay(qint64 visitId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString method =
        f.choice("method", true,
                 { QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("ewallet") });
    const auto amount = f.integer("amount", true, 1, kMaxAmount);
    const qint64 tip = f.integer("tip", false, 0, kMaxAmount).value_or(0);
    const auto tendered = f.integer("tendered", false, 0, kMaxAmount);
    const QString key = f.string("idempotency_key", true, 100, 8);
    if (f.ok() && tendered && method != QLatin1String("cash"))
        f.fail(QStringLiteral("'tendered' applies to cash payments only"));
    if (f.ok() && tendered && *tendered < *amount + tip)
        f.fail(QStringLiteral("cash tendered (%1) is less than amount plus tip (%2)")
                   .arg(*tendered)
                   .arg(*amount + tip));
    if (!f.ok())
        return f.error();

    // A retried or double-clicked payment finds its first result and takes nothing more.
    QSqlQuery prior =
        m_db.exec(QStringLiteral("SELECT id, visit_id, method, amount, tip, tendered, "
                                 "change_due FROM payments WHERE idempotency_key = ?"),
                  { key });
    if (prior.next()) {
        const bool same = prior.value(1).toLongLong() == visitId &&
            prior.value(2).toString() == method && prior.value(3).toLongLong() == *amount &&
            prior.value(4).toLongLong() == tip;
        if (!same)
            return Errors::conflict(
                QStringLiteral("idempotency_key_reused"),
                QStringLiteral("this idempotency key was used for a different payment"));
        const qint64 pid = prior.value(0).toLongLong();
        return Reply::ok({ { QStringLiteral("payment"), paymentJson(pid) },
                           { QStringLiteral("visit"), visitJson(visitId) },
                           { QStringLiteral("change_due"), prior.value(6).toLongLong() },
                           { QStringLiteral("replayed"), true } },
                         201);
    }

    const QJsonObject visit = visitJson(visitId);
    if (visit.isEmpty())
        return Errors::notFound(QStringLiteral("no visit with id %1").arg(visitId));
    const QString status = visit.value(QLatin1String("status")).toString();
    if (status != QLatin1String("awaiting_payment"))
        return Errors::conflict(QStringLiteral("illegal_state"),
                                QStringLiteral("visit %1 is %2; payments are taken when it is "
                                               "awaiting_payment")
                                    .arg(visitId)
                                    .arg(status));
    const QDateTime now = m_clock.now();
    const QString date = businessDate(now);
    if (dayClosed(date))
        return Errors::conflict(QStringLiteral("day_closed"),
                                QStringLiteral("business day %1 is closed").arg(date));
    const qint64 due = qint64(visit.value(QLatin1String("balance_due")).toDouble());
    if (*amount > due)
        return Errors::invalid(
            QStringLiteral("amount %1 is more than the balance due (%2)").arg(*amount).arg(due));

    return mutate(who, [&]() -> Reply {
        const qint64 change = tendered ? *tendered - *amount - tip : 0;
        const qint64 therapist = idOf(visit.value(QLatin1String("therapist")).toObject());
        QSqlQuery ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO payments (visit_id, kind, method, amount, tip, tendered, "
                "change_due, therapist_id, staff_id, idempotency_key, business_date, "
                "created_at) VALUES (?, 'payment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { visitId, method, *amount, tip, tendered ? QVariant(*tendered) : QVariant(), change,
              therapist > 0 ? QVariant(therapist) : QVariant(),
              who.staffId > 0 ? QVariant(who.staffId) : QVariant(), key, date, isoUtc(now) });
        if (!ins.next())
            return Errors::internal();
        const qint64 pid = ins.value(0).toLongLong();
        const bool settled = *amount == due;
        if (settled)
            m_db.exec(
                QStringLiteral("UPDATE visits SET status = 'paid', closed_at = ? WHERE id = ?"),
                { isoUtc(now), visitId });
        const QJsonObject payment = paymentJson(pid);
        const QJsonObject v = visitJson(visitId);
        journal(QStringLiteral("payment.taken"), visitRooms(v),
                { { QStringLiteral("payment"), payment }, { QStringLiteral("visit"), v } });
        if (settled) {
            journal(QStringLiteral("payment_completed"),
                    { QStringLiteral("monitor"), QStringLiteral("cashier"),
                      QStringLiteral("customer:%1").arg(visitId) },
                    { { QStringLiteral("visit_id"), visitId },
                      { QStringLiteral("ticket"), v.value(QLatin1String("ticket")) },
                      { QStringLiteral("name"),
                        publicName(v.value(QLatin1String("customer_name")).toString()) },
                      { QStringLiteral("total"), v.value(QLatin1String("total")) },
                      { QStringLiteral("tips"), v.value(QLatin1String("tips")) },
                      { QStringLiteral("currency"), v.value(QLatin1String("currency")) } },
                    true);
        }
        return Reply::ok({ { QStringLiteral("payment"), payment },
                           { QStringLiteral("visit"), v },
                           { QStringLiteral("change_due"), change } },
                         201);
    });
}

Reply SpaDomain::voidPayment(qint64 paymentId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", true, 500);
    if (!f.ok())
        return f.error();
    const QJsonObject p = paymentJson(paymentId);
    if (p.isEmpty())
        return Errors::notFound(QStringLiteral("no payment with id %1").arg(paymentId));
    if (p.value(QLatin1String("kind")).toString() != QLatin1String("payment"))
        return Errors::conflict(QStringLiteral("illegal_state"),
                                QStringLiteral("payment %1 is itself a void").arg(paymentId));
    if (p.value(QLatin1String("voided")).toBool())
        return Errors::conflict(QStringLiteral("already_voided"),
                                QStringLiteral("payment %1 is already voided").arg(paymentId));
    const QString date = p.value(QLatin1String("business_date")).toString();
    if (dayClosed(date))
        return Errors::conflict(
            QStringLiteral("day_closed"),
            QStringLiteral("business day %1 is closed; its money is frozen").arg(date));
    const qint64 visitId = idOf(p, "visit_id");
    return mutate(who, [&]() -> Reply {
        const QDateTime now = m_clock.now();
        // The void lands on the day of the payment it cancels, so that day's totals stay true.
        QSqlQuery ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO payments (visit_id, kind, method, amount, tip, change_due, "
                "therapist_id, staff_id, voids_payment_id, reason, business_date, created_at) "
                "VALUES (?, 'void', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { visitId, p.value(QLatin1String("method")).toString(),
              -qint64(p.value(QLatin1String("amount")).toDouble()),
              -qint64(p.value(QLatin1String("tip")).toDouble()),
              p.value(QLatin1String("therapist_id")).isNull() ? QVariant()
                                                              : QVariant(idOf(p, "therapist_id")),
              who.staffId > 0 ? QVariant(who.staffId) : QVariant(), paymentId, reason, date,
              isoUtc(now) });
        if (!ins.next())
            return Errors::internal();
        const qint64 vid = ins.value(0).toLongLong();
        // A paid visit owes money again once part of its payment is voided.
        m_db.exec(QStringLiteral("UPDATE visits SET status = 'awaiting_payment', closed_at = NULL "
                                 "WHERE id = ? AND status = 'paid'"),
                  { visitId });
        const QJsonObject v = visitJson(visitId);
        const QJsonObject voidRow = paymentJson(vid);
        journal(QStringLiteral("payment.voided"), visitRooms(v),
                { { QStringLiteral("void"), voidRow }, { QStringLiteral("visit"), v } });
        return Reply::ok({ { QStringLiteral("void"), voidRow },
                           { QStringLiteral("payment"), paymentJson(paymentId) },
                           { QStringLiteral("visit"), v } },
                         201);
    });
}

Reply SpaDomain::listPayments(const QString &dateIn)
{
    const QString date = dateIn.isEmpty() ? today() : dateIn;
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
        p.insert(QStringLiteral("ticket"), ticketLabel(r.ticket));
        p.insert(QStringLiteral("customer_name"), r.customer);
        p.insert(QStringLiteral("therapist_name"),
                 r.therapist.isEmpty() ? QJsonValue() : QJsonValue(r.therapist));
        items.append(p);
    }
    return Reply::ok({ { QStringLiteral("date"), date },
                       { QStringLiteral("payments"), items },
                       { QStringLiteral("closed"), dayClosed(date) } });
}
