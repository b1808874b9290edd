// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "refunds.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/cashshifts.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "domain/visits.h"
#include "domain/visitstatus.h"
#include "store/database.h"
#include "views/shiftviews.h"
#include "views/visitviews.h"

#include <QSqlQuery>

#include <optional>

namespace {
constexpr qint64 kMaxAmount = 100000000000LL;

qint64 money(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
} // namespace

Refunds::Refunds(CommandPipeline &pipeline, Venue &venue, VisitViews &visits, ShiftViews &shifts)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_venue(venue)
    , m_visits(visits)
    , m_shifts(shifts)
{
}

Reply Refunds::approve(const QJsonObject &approval, qint64 *approver)
{
    Fields f(approval);
    const QString pin = f.string("pin", true, 12, 1);
    const auto staffId = f.integer("staff_id", false, 1, std::numeric_limits<qint64>::max() / 2);
    const QString username = f.string("username", !staffId, 64);
    if (!f.ok())
        return Errors::forbidden(QStringLiteral("the approval needs the admin's 'username' (or "
                                                "'staff_id') and 'pin'"));
    QSqlQuery q = staffId
        ? m_db.exec(QStringLiteral("SELECT id, role, pin_hash FROM staff WHERE id = ? AND "
                                   "active = 1"),
                    { *staffId })
        : m_db.exec(QStringLiteral("SELECT id, role, pin_hash FROM staff WHERE username = ? AND "
                                   "active = 1"),
                    { username });
    const bool found = q.next();
    const qint64 id = found ? q.value(0).toLongLong() : 0;
    const QString key =
        QStringLiteral("approver:%1").arg(found ? QString::number(id) : QStringLiteral("unknown"));
    const QDateTime now = m_pipeline.clock().now();
    if (const qint64 wait = m_failures.retryAfter(key, now))
        return Reply::error(
            429, QStringLiteral("too_many_attempts"),
            QStringLiteral("too many wrong approval PINs; try again in %1 s").arg(wait));
    if (!found || q.value(1).toString() != QLatin1String("admin"))
        return Errors::forbidden(QStringLiteral("the approver must be an active admin"));
    if (q.value(2).isNull())
        return Errors::forbidden(QStringLiteral("this admin has no approval PIN yet; an admin "
                                                "sets one with PUT /api/staff/{id} {\"pin\"}"));
    // PBKDF2 on the event loop (~0.1 s): acceptable for a rare, approved refund, and it slows
    // guessing further.
    if (!Secrets::verify(pin, q.value(2).toString())) {
        m_failures.recordFailure(key, now);
        return Errors::forbidden(QStringLiteral("the approval PIN is wrong"));
    }
    m_failures.reset(key);
    *approver = id;
    return Reply::ok({});
}

Reply Refunds::refund(qint64 visitId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const auto amount = f.integer("amount", true, 1, kMaxAmount);
    const QString method =
        f.choice("method", true,
                 { QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("ewallet") });
    const QString reason = f.string("reason", true, 500, 1);
    const QString key = f.string("idempotency_key", false, 100, 8);
    const QJsonValue approval = body.value(QLatin1String("approval"));
    if (f.ok() && !approval.isUndefined() && !approval.isNull() && !approval.isObject())
        f.fail(QStringLiteral("'approval' must be {\"username\", \"pin\"} or "
                              "{\"staff_id\", \"pin\"}"));
    if (!f.ok())
        return f.error();

    // A retried refund finds its first result and gives nothing more back: asked here, and
    // again inside the transaction, where a retry that reached another instance at the same
    // time has committed (it would otherwise fail on the key's UNIQUE, a 500 for a refund made).
    const auto replay = [&]() -> std::optional<Reply> {
        if (key.isEmpty())
            return std::nullopt;
        QSqlQuery prior =
            m_db.exec(QStringLiteral("SELECT id, visit_id, amount, method FROM refunds WHERE "
                                     "idempotency_key = ?"),
                      { key });
        if (!prior.next())
            return std::nullopt;
        if (prior.value(1).toLongLong() != visitId || prior.value(2).toLongLong() != *amount ||
            prior.value(3).toString() != method)
            return Errors::conflict(
                QStringLiteral("idempotency_key_reused"),
                QStringLiteral("this idempotency key was used for a different refund"));
        QSqlQuery row =
            m_db.exec(QStringLiteral("SELECT * FROM refunds WHERE id = ?"), { prior.value(0) });
        row.next();
        return Reply::ok({ { QStringLiteral("refund"), rowJson(row) },
                           { QStringLiteral("visit"), m_visits.visitJson(visitId) },
                           { QStringLiteral("replayed"), true } },
                         201);
    };
    if (auto replayed = replay())
        return *replayed;

    const QJsonObject visit = m_visits.visitJson(visitId);
    if (visit.isEmpty())
        return Errors::notFound(QStringLiteral("no visit with id %1").arg(visitId));

    qint64 approver = who.staffId;
    if (who.role != Principal::Role::Admin) {
        if (!approval.isObject())
            return Errors::forbidden(QStringLiteral(
                "a cashier's refund needs an admin's approval: 'approval': {\"username\", "
                "\"pin\"}"));
        const Reply approved = approve(approval.toObject(), &approver);
        if (!approved.isOk())
            return approved;
    }

    const QDateTime now = m_pipeline.clock().now();
    const QString date = m_venue.businessDate(now);
    return m_pipeline.run(who, [&]() -> Reply {
        if (auto replayed = replay())
            return *replayed;
        // What may be refunded, checked once the transaction holds the write lock (PostgreSQL):
        // another instance may have refunded this bill, closed the day or the shift, or
        // emptied the drawer since the PIN was checked. A cash refund's shift is the open one.
        const QJsonObject paid = m_visits.visitJson(visitId);
        const QString status = paid.value(QLatin1String("status")).toString();
        if (status != VisitStatus::Paid || paid.value(QLatin1String("receipt_no")).isNull())
            return Errors::conflict(QStringLiteral("illegal_state"),
                                    QStringLiteral("visit %1 is %2; refunds are of paid bills (an "
                                                   "unpaid payment is voided instead)")
                                        .arg(visitId)
                                        .arg(status));
        const qint64 refundable = money(paid, "paid") - money(paid, "refunded");
        if (*amount > refundable)
            return Errors::conflict(
                QStringLiteral("over_refund"),
                QStringLiteral("a refund of %1 is more than is left to refund on this bill (%2)")
                    .arg(*amount)
                    .arg(refundable));
        if (m_venue.dayClosed(date))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is closed").arg(date));
        qint64 shift = 0;
        if (method == QLatin1String("cash")) {
            shift = m_shifts.openShiftId();
            if (shift == 0)
                return CashShifts::noOpenShift();
            if (const qint64 drawer = m_shifts.expectedCash(shift); drawer < *amount)
                return Errors::conflict(QStringLiteral("not_enough_cash"),
                                        QStringLiteral("the drawer should hold %1, less than the "
                                                       "refund of %2; refund to a card or "
                                                       "e-wallet")
                                            .arg(drawer)
                                            .arg(*amount));
        }
        QSqlQuery ins = m_db.exec(
            QStringLiteral("INSERT INTO refunds (visit_id, receipt_no, method, amount, reason, "
                           "staff_id, approved_by, shift_id, idempotency_key, business_date, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { visitId, money(paid, "receipt_no"), method, *amount, reason,
              who.staffId > 0 ? QVariant(who.staffId) : QVariant(),
              approver > 0 ? QVariant(approver) : QVariant(),
              shift > 0 ? QVariant(shift) : QVariant(), key.isEmpty() ? QVariant() : key, date,
              isoUtc(now) });
        if (!ins.next())
            return Errors::internal();
        QSqlQuery row =
            m_db.exec(QStringLiteral("SELECT * FROM refunds WHERE id = ?"), { ins.value(0) });
        if (!row.next())
            return Errors::internal();
        const QJsonObject refund = rowJson(row);
        const QJsonObject v = m_visits.visitJson(visitId);
        m_pipeline.journal(
            QStringLiteral("visit.refunded"), Visits::rooms(v),
            { { QStringLiteral("refund"), refund }, { QStringLiteral("visit"), v } });
        return Reply::ok({ { QStringLiteral("refund"), refund }, { QStringLiteral("visit"), v } },
                         201);
    });
}
