// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Taking money: split payments, tips to the therapist, cash change, idempotency keys, voids; and
// the day close (Z report). Payment rows are never updated or deleted; a void is a new row with
// the amounts negated. A closed day's report is stored and served as it was at closing.
#include "till.h"

#include "core/clock.h"
#include "domain/cashshifts.h"
#include "domain/commissions.h"
#include "domain/daysummaries.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/receipts.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "domain/visits.h"
#include "domain/visitstatus.h"
#include "rooms.h"
#include "store/database.h"
#include "views/shiftviews.h"
#include "views/tillviews.h"
#include "views/visitviews.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {
constexpr qint64 kMaxAmount = 100000000000LL;
}

Till::Till(CommandPipeline &pipeline, Venue &venue, VisitViews &views, TillViews &tillViews,
           ShiftViews &shifts)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_venue(venue)
    , m_views(views)
    , m_tillViews(tillViews)
    , m_shifts(shifts)
{
}

Reply Till::pay(qint64 visitId, const QJsonObject &body, const Principal &who)
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

    // Read and checked inside the transaction: on PostgreSQL once this instance holds the write
    // lock, so two instances cannot both take the same balance due, nor take money on a day
    // the other has just closed.
    return m_pipeline.run(who, [&]() -> Reply {
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
            return Reply::ok({ { QStringLiteral("payment"), m_tillViews.paymentJson(pid) },
                               { QStringLiteral("visit"), m_views.visitJson(visitId) },
                               { QStringLiteral("change_due"), prior.value(6).toLongLong() },
                               { QStringLiteral("replayed"), true } },
                             201);
        }

        const QJsonObject visit = m_views.visitJson(visitId);
        if (visit.isEmpty())
            return Errors::notFound(QStringLiteral("no visit with id %1").arg(visitId));
        const QString status = visit.value(QLatin1String("status")).toString();
        if (status != VisitStatus::AwaitingPayment)
            return Errors::conflict(QStringLiteral("illegal_state"),
                                    QStringLiteral("visit %1 is %2; payments are taken when it is "
                                                   "awaiting_payment")
                                        .arg(visitId)
                                        .arg(status));
        const QDateTime now = m_clock.now();
        const QString date = m_venue.businessDate(now);
        if (m_venue.dayClosed(date))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is closed").arg(date));
        const qint64 due = qint64(visit.value(QLatin1String("balance_due")).toDouble());
        const bool cash = method == QLatin1String("cash");
        // Cash that settles the bill may be the balance rounded to the venue's cash step; the
        // difference is the payment's rounding line (domain/billing.h).
        const qint64 cashDue = qint64(visit.value(QLatin1String("cash_due")).toDouble());
        const qint64 rounding = cash && *amount == cashDue ? cashDue - due : 0;
        if (*amount - rounding > due)
            return Errors::invalid(
                cash && cashDue != due
                    ? QStringLiteral("amount %1 is more than the balance due (%2; %3 in cash)")
                          .arg(*amount)
                          .arg(due)
                          .arg(cashDue)
                    : QStringLiteral("amount %1 is more than the balance due (%2)")
                          .arg(*amount)
                          .arg(due));
        const qint64 shift = cash ? m_shifts.openShiftId() : 0;
        if (cash && shift == 0)
            return CashShifts::noOpenShift();

        const qint64 change = tendered ? *tendered - *amount - tip : 0;
        const qint64 therapist = idOf(visit.value(QLatin1String("therapist")).toObject());
        QSqlQuery ins =
            m_db.exec(QStringLiteral(
                          "INSERT INTO payments (visit_id, kind, method, amount, tip, tendered, "
                          "change_due, therapist_id, staff_id, idempotency_key, business_date, "
                          "created_at, shift_id, rounding) "
                          "VALUES (?, 'payment', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      { visitId, method, *amount, tip, tendered ? QVariant(*tendered) : QVariant(),
                        change, therapist > 0 ? QVariant(therapist) : QVariant(),
                        who.staffId > 0 ? QVariant(who.staffId) : QVariant(), key, date,
                        isoUtc(now), shift > 0 ? QVariant(shift) : QVariant(), rounding });
        if (!ins.next())
            return Errors::internal();
        const qint64 pid = ins.value(0).toLongLong();
        const bool settled = *amount - rounding == due;
        if (settled) {
            // The number is taken in this transaction: a rollback gives it back (receipts.h).
            if (Receipts::issue(m_db, visit, date, now) == 0)
                return Errors::internal();
            // The commission at today's rate, kept with the lines (a later change of rate
            // never rewrites a paid visit).
            if (!Commissions::snapshot(m_db, visitId, therapist,
                                       qint64(visit.value(QLatin1String("net")).toDouble())))
                return Errors::internal();
            m_db.write(
                QStringLiteral("UPDATE visits SET status = 'paid', closed_at = ? WHERE id = ?"),
                { isoUtc(now), visitId });
        }
        const QJsonObject payment = m_tillViews.paymentJson(pid);
        const QJsonObject v = m_views.visitJson(visitId);
        m_pipeline.journal(
            QStringLiteral("payment.taken"), Visits::rooms(v),
            { { QStringLiteral("payment"), payment }, { QStringLiteral("visit"), v } });
        if (settled) {
            m_pipeline.journal(
                QStringLiteral("payment_completed"),
                { Room::monitor(), Room::cashier(), Room::customer(visitId) },
                { { QStringLiteral("visit_id"), visitId },
                  { QStringLiteral("ticket"), v.value(QLatin1String("ticket")) },
                  { QStringLiteral("name"),
                    VisitViews::publicName(v.value(QLatin1String("customer_name")).toString()) },
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

Reply Till::voidPayment(qint64 paymentId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", true, 500);
    if (!f.ok())
        return f.error();
    // Checked inside the transaction, as a payment is (see pay()).
    return m_pipeline.run(who, [&]() -> Reply {
        const QJsonObject p = m_tillViews.paymentJson(paymentId);
        if (p.isEmpty())
            return Errors::notFound(QStringLiteral("no payment with id %1").arg(paymentId));
        if (p.value(QLatin1String("kind")).toString() != QLatin1String("payment"))
            return Errors::conflict(QStringLiteral("illegal_state"),
                                    QStringLiteral("payment %1 is itself a void").arg(paymentId));
        if (p.value(QLatin1String("voided")).toBool())
            return Errors::conflict(QStringLiteral("already_voided"),
                                    QStringLiteral("payment %1 is already voided").arg(paymentId));
        const QString date = p.value(QLatin1String("business_date")).toString();
        if (m_venue.dayClosed(date))
            return Errors::conflict(
                QStringLiteral("day_closed"),
                QStringLiteral("business day %1 is closed; its money is frozen").arg(date));
        const qint64 visitId = idOf(p, "visit_id");
        // Cash handed back comes out of the drawer that is open now.
        const bool cash = p.value(QLatin1String("method")).toString() == QLatin1String("cash");
        const qint64 shift = cash ? m_shifts.openShiftId() : 0;
        if (cash && shift == 0)
            return CashShifts::noOpenShift();
        const QDateTime now = m_clock.now();
        // The void lands on the day of the payment it cancels, so that day's totals stay true.
        QSqlQuery ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO payments (visit_id, kind, method, amount, tip, change_due, "
                "therapist_id, staff_id, voids_payment_id, reason, business_date, created_at, "
                "shift_id, rounding) VALUES (?, 'void', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"),
            { visitId, p.value(QLatin1String("method")).toString(),
              -qint64(p.value(QLatin1String("amount")).toDouble()),
              -qint64(p.value(QLatin1String("tip")).toDouble()),
              p.value(QLatin1String("therapist_id")).isNull() ? QVariant()
                                                              : QVariant(idOf(p, "therapist_id")),
              who.staffId > 0 ? QVariant(who.staffId) : QVariant(), paymentId, reason, date,
              isoUtc(now), shift > 0 ? QVariant(shift) : QVariant(),
              -qint64(p.value(QLatin1String("rounding")).toDouble()) });
        if (!ins.next())
            return Errors::internal();
        const qint64 vid = ins.value(0).toLongLong();
        // A paid visit owes money again once part of its payment is voided.
        m_db.write(QStringLiteral("UPDATE visits SET status = 'awaiting_payment', closed_at = NULL "
                                  "WHERE id = ? AND status = 'paid'"),
                   { visitId });
        const QJsonObject v = m_views.visitJson(visitId);
        const QJsonObject voidRow = m_tillViews.paymentJson(vid);
        m_pipeline.journal(QStringLiteral("payment.voided"), Visits::rooms(v),
                           { { QStringLiteral("void"), voidRow }, { QStringLiteral("visit"), v } });
        return Reply::ok({ { QStringLiteral("void"), voidRow },
                           { QStringLiteral("payment"), m_tillViews.paymentJson(paymentId) },
                           { QStringLiteral("visit"), v } },
                         201);
    });
}

Reply Till::closeDay(const QString &date, const Principal &who)
{
    const QDate d = Fields::strictDate(date);
    if (!d.isValid())
        return Errors::invalid(QStringLiteral("the date must be YYYY-MM-DD"));
    if (d > QDate::fromString(m_venue.today(), Qt::ISODate))
        return Errors::invalid(QStringLiteral("%1 has not happened yet").arg(date));
    return m_pipeline.run(who, [&]() -> Reply {
        // Checked inside the transaction (after the write lock on PostgreSQL): another instance
        // may have checked a visit in, or opened a shift, on the day meanwhile.
        if (m_venue.dayClosed(date))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is already closed").arg(date));
        QSqlQuery open =
            m_db.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE business_date = ? AND "
                                     "status NOT IN ('paid', 'cancelled', 'no_show')"),
                      { date });
        if (open.next() && open.value(0).toInt() > 0)
            return Errors::conflict(
                QStringLiteral("open_visits"),
                QStringLiteral("%1 visit(s) of %2 are still open; finish, cancel or "
                               "mark them no-show first")
                    .arg(open.value(0).toInt())
                    .arg(date));
        // A shift opened on or before the day may still take that day's cash: count it first.
        QSqlQuery shift = m_db.exec(
            QStringLiteral("SELECT id FROM cash_shifts WHERE open_flag = 1 AND business_date <= ?"),
            { date });
        if (shift.next())
            return Errors::conflict(QStringLiteral("shift_open"),
                                    QStringLiteral("cash shift %1 is still open; close it with the "
                                                   "counted cash before closing the day")
                                        .arg(shift.value(0).toLongLong()));
        const QJsonObject report = m_tillViews.buildReport(date);
        // The day is frozen from now on: what the range reports sum from it is summed once.
        if (!DaySummaries::write(m_db, d, d))
            return Errors::internal();
        const QString now = isoUtc(m_clock.now());
        m_db.exec(
            QStringLiteral("INSERT INTO day_closes (business_date, closed_at, closed_by, report) "
                           "VALUES (?, ?, ?, ?)"),
            { date, now, who.staffId > 0 ? QVariant(who.staffId) : QVariant(),
              QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact)) });
        m_venue.closedDay(date);
        QJsonObject r = report;
        r.insert(QStringLiteral("closed"), true);
        r.insert(QStringLiteral("closed_at"), now);
        m_pipeline.journal(QStringLiteral("day.closed"), { Room::cashier() },
                           { { QStringLiteral("date"), date } });
        return Reply::ok(r, 201);
    });
}
