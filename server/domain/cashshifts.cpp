// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cashshifts.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/venue.h"
#include "rooms.h"
#include "store/database.h"
#include "views/shiftviews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
constexpr qint64 kMaxAmount = 100000000000LL;

// An amount given directly, by denominations ([{"value": 100000, "count": 2}, ...]), or both (then
// they must agree). `detail` gets the denominations as compact JSON, or stays empty.
std::optional<qint64> countedAmount(const QJsonObject &body, const char *amountKey, QString *detail,
                                    Reply *error)
{
    Fields f(body);
    const auto amount = f.integer(amountKey, false, 0, kMaxAmount);
    if (!f.ok()) {
        *error = f.error();
        return std::nullopt;
    }
    const QJsonValue d = body.value(QLatin1String("denominations"));
    if (d.isUndefined() || d.isNull()) {
        if (!amount)
            *error = Errors::invalid(QStringLiteral("give '%1' (minor units) or 'denominations' "
                                                    "([{\"value\": 100000, \"count\": 2}, ...])")
                                         .arg(QLatin1String(amountKey)));
        return amount;
    }
    if (!d.isArray() || d.toArray().size() > 40) {
        *error = Errors::invalid(
            QStringLiteral("'denominations' must be a list of up to 40 {\"value\", \"count\"}"));
        return std::nullopt;
    }
    qint64 sum = 0;
    QJsonArray kept;
    for (const QJsonValue &e : d.toArray()) {
        Fields one(e.toObject());
        const auto value = one.integer("value", true, 1, kMaxAmount);
        const auto count = one.integer("count", true, 0, 1000000);
        if (!e.isObject() || !one.ok() || e.toObject().size() != 2) {
            *error = Errors::invalid(QStringLiteral(
                "each denomination is {\"value\": minor units > 0, \"count\": 0 or more}"));
            return std::nullopt;
        }
        sum += *value * *count;
        if (sum > kMaxAmount) {
            *error = Errors::invalid(QStringLiteral("the denominations add up to too much"));
            return std::nullopt;
        }
        kept.append(QJsonObject { { QStringLiteral("value"), *value },
                                  { QStringLiteral("count"), *count } });
    }
    if (amount && *amount != sum) {
        *error = Errors::invalid(QStringLiteral("'%1' (%2) is not what the denominations add up "
                                                "to (%3)")
                                     .arg(QLatin1String(amountKey))
                                     .arg(*amount)
                                     .arg(sum));
        return std::nullopt;
    }
    *detail = QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
    return sum;
}

QVariant staffOf(const Principal &who)
{
    return who.staffId > 0 ? QVariant(who.staffId) : QVariant();
}
} // namespace

CashShifts::CashShifts(CommandPipeline &pipeline, Venue &venue, ShiftViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_venue(venue)
    , m_views(views)
{
}

Reply CashShifts::noOpenShift()
{
    return Errors::conflict(QStringLiteral("no_open_shift"),
                            QStringLiteral("no cash shift is open: open one with the counted float "
                                           "(Day page, Open shift; POST /api/shifts) before "
                                           "taking or giving back cash"));
}

Reply CashShifts::open(const QJsonObject &body, const Principal &who)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("float") && it.key() != QLatin1String("denominations"))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a shift opens with 'float' "
                                                  "and/or 'denominations'")
                                       .arg(it.key()));
    QString detail;
    Reply error = Reply::ok({});
    const auto opening = countedAmount(body, "float", &detail, &error);
    if (!opening)
        return error;
    return m_pipeline.run(who, [&]() -> Reply {
        // Checked inside the transaction (after the write lock on PostgreSQL), as are the
        // checks below: another instance may have opened or closed a shift meanwhile.
        if (const qint64 open = m_views.openShiftId())
            return Errors::conflict(QStringLiteral("shift_open"),
                                    QStringLiteral("shift %1 is still open; close it (counted "
                                                   "cash) before opening another")
                                        .arg(open));
        const QDateTime now = m_pipeline.clock().now();
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO cash_shifts (business_date, opened_by, opened_at, "
                           "opening_float, float_detail, open_flag) VALUES (?, ?, ?, ?, ?, 1) "
                           "RETURNING id"),
            { m_venue.businessDate(now), staffOf(who), isoUtc(now), *opening,
              detail.isEmpty() ? QVariant() : detail });
        if (!q.next())
            return Errors::internal();
        const QJsonObject shift = m_views.shiftJson(q.value(0).toLongLong());
        m_pipeline.journal(QStringLiteral("shift.opened"), { Room::cashier() },
                           { { QStringLiteral("shift"), shift } });
        return Reply::ok({ { QStringLiteral("shift"), shift } }, 201);
    });
}

Reply CashShifts::moveCash(qint64 shiftId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString kind =
        f.choice("kind", true, { QStringLiteral("pay_in"), QStringLiteral("pay_out") });
    const auto amount = f.integer("amount", true, 1, kMaxAmount);
    const QString reason = f.string("reason", true, 300, 1);
    if (!f.ok())
        return f.error();
    return m_pipeline.run(who, [&]() -> Reply {
        const QJsonObject shift = m_views.shiftJson(shiftId);
        if (shift.isEmpty())
            return Errors::notFound(QStringLiteral("no cash shift with id %1").arg(shiftId));
        if (shift.value(QLatin1String("status")).toString() != QLatin1String("open"))
            return Errors::conflict(QStringLiteral("shift_closed"),
                                    QStringLiteral("shift %1 is closed; cash moves go on the "
                                                   "open shift")
                                        .arg(shiftId));
        const qint64 expected = qint64(shift.value(QLatin1String("expected")).toDouble());
        if (kind == QLatin1String("pay_out") && *amount > expected)
            return Errors::conflict(
                QStringLiteral("not_enough_cash"),
                QStringLiteral("the drawer should hold %1; a pay-out of %2 is more than that")
                    .arg(expected)
                    .arg(*amount));
        const QDateTime now = m_pipeline.clock().now();
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO shift_cash (shift_id, kind, amount, reason, staff_id, "
                           "business_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { shiftId, kind, *amount, reason, staffOf(who), m_venue.businessDate(now),
              isoUtc(now) });
        if (!q.next())
            return Errors::internal();
        const QJsonObject s = m_views.shiftJson(shiftId);
        m_pipeline.journal(QStringLiteral("shift.cash"), { Room::cashier() },
                           { { QStringLiteral("shift"), s },
                             { QStringLiteral("kind"), kind },
                             { QStringLiteral("amount"), *amount },
                             { QStringLiteral("reason"), reason } });
        return Reply::ok({ { QStringLiteral("shift"), s } }, 201);
    });
}

Reply CashShifts::noSale(qint64 shiftId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", false, 300);
    if (!f.ok())
        return f.error();
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("reason"))
            return Errors::invalid(
                QStringLiteral("unknown field '%1'; a no-sale takes only a 'reason'")
                    .arg(it.key()));
    return m_pipeline.run(who, [&]() -> Reply {
        const QJsonObject shift = m_views.shiftJson(shiftId);
        if (shift.isEmpty())
            return Errors::notFound(QStringLiteral("no cash shift with id %1").arg(shiftId));
        if (shift.value(QLatin1String("status")).toString() != QLatin1String("open")) {
            // The drawer is only opened on the open shift; with none open, say what to do.
            if (!m_views.openShiftId())
                return noOpenShift();
            return Errors::conflict(QStringLiteral("shift_closed"),
                                    QStringLiteral("shift %1 is closed; the drawer is opened on "
                                                   "the open shift")
                                        .arg(shiftId));
        }
        const QDateTime now = m_pipeline.clock().now();
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO shift_no_sales (shift_id, staff_id, reason, "
                           "business_date, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            { shiftId, staffOf(who), reason.isEmpty() ? QVariant() : reason,
              m_venue.businessDate(now), isoUtc(now) });
        if (!q.next())
            return Errors::internal();
        const QJsonObject s = m_views.shiftJson(shiftId);
        m_pipeline.journal(
            QStringLiteral("shift.no_sale"), { Room::cashier() },
            { { QStringLiteral("shift"), s },
              { QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason) } });
        return Reply::ok({ { QStringLiteral("shift"), s } }, 201);
    });
}

Reply CashShifts::close(qint64 shiftId, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString note = f.string("note", false, 500);
    if (!f.ok())
        return f.error();
    QJsonObject counting = body;
    counting.remove(QStringLiteral("note"));
    for (auto it = counting.begin(); it != counting.end(); ++it)
        if (it.key() != QLatin1String("counted") && it.key() != QLatin1String("denominations"))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a shift closes with "
                                                  "'counted' and/or 'denominations', and a 'note'")
                                       .arg(it.key()));
    QString detail;
    Reply error = Reply::ok({});
    const auto counted = countedAmount(counting, "counted", &detail, &error);
    if (!counted)
        return error;
    return m_pipeline.run(who, [&]() -> Reply {
        const QJsonObject shift = m_views.shiftJson(shiftId);
        if (shift.isEmpty())
            return Errors::notFound(QStringLiteral("no cash shift with id %1").arg(shiftId));
        if (shift.value(QLatin1String("status")).toString() != QLatin1String("open"))
            return Errors::conflict(QStringLiteral("shift_closed"),
                                    QStringLiteral("shift %1 is already closed").arg(shiftId));
        const QDateTime now = m_pipeline.clock().now();
        // Read inside the transaction: nothing can land on the shift between this and the close.
        const qint64 expected = m_views.expectedCash(shiftId);
        m_db.exec(QStringLiteral("UPDATE cash_shifts SET open_flag = NULL, closed_by = ?, "
                                 "closed_at = ?, expected = ?, counted = ?, over_short = ?, "
                                 "counted_detail = ?, note = ? WHERE id = ? AND open_flag = 1"),
                  { staffOf(who), isoUtc(now), expected, *counted, *counted - expected,
                    detail.isEmpty() ? QVariant() : detail, note.isEmpty() ? QVariant() : note,
                    shiftId });
        const QJsonObject s = m_views.shiftJson(shiftId);
        m_pipeline.journal(QStringLiteral("shift.closed"), { Room::cashier() },
                           { { QStringLiteral("shift"), s } });
        return Reply::ok({ { QStringLiteral("shift"), s } });
    });
}
