// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shiftviews.h"

#include "domain/fields.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {
qint64 sumOf(Database &db, const QString &sql, qint64 shiftId)
{
    QSqlQuery q = db.exec(sql, { shiftId });
    return q.next() ? q.value(0).toLongLong() : 0;
}

QJsonValue jsonOrNull(const QVariant &text)
{
    if (text.isNull())
        return QJsonValue();
    const QJsonDocument d = QJsonDocument::fromJson(text.toString().toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue();
}
} // namespace

qint64 ShiftViews::openShiftId()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM cash_shifts WHERE open_flag = 1"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ShiftViews::expectedCash(qint64 shiftId)
{
    const qint64 opening =
        sumOf(m_db, QStringLiteral("SELECT opening_float FROM cash_shifts WHERE id = ?"), shiftId);
    const qint64 taken = sumOf(
        m_db,
        QStringLiteral("SELECT COALESCE(SUM(amount + tip), 0) FROM payments WHERE shift_id = ? "
                       "AND method = 'cash'"),
        shiftId);
    const qint64 refunded =
        sumOf(m_db,
              QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM refunds WHERE shift_id = ? "
                             "AND method = 'cash'"),
              shiftId);
    const qint64 in = sumOf(m_db,
                            QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM shift_cash "
                                           "WHERE shift_id = ? AND kind = 'pay_in'"),
                            shiftId);
    const qint64 out = sumOf(m_db,
                             QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM shift_cash "
                                            "WHERE shift_id = ? AND kind = 'pay_out'"),
                             shiftId);
    return opening + taken - refunded + in - out;
}

QJsonObject ShiftViews::shiftJson(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT c.id, c.business_date, c.opened_by, o.display_name, c.opened_at, "
                       " c.opening_float, c.float_detail, c.closed_by, k.display_name, "
                       " c.closed_at, c.expected, c.counted, c.over_short, c.counted_detail, "
                       " c.note "
                       "FROM cash_shifts c LEFT JOIN staff o ON o.id = c.opened_by "
                       "LEFT JOIN staff k ON k.id = c.closed_by WHERE c.id = ?"),
        { id });
    if (!q.next())
        return {};
    const bool open = q.value(9).isNull();
    QJsonObject s {
        { QStringLiteral("id"), id },
        { QStringLiteral("business_date"), q.value(1).toString() },
        { QStringLiteral("opened_by"), q.value(2).toLongLong() },
        { QStringLiteral("opened_by_name"), q.value(3).toString() },
        { QStringLiteral("opened_at"), q.value(4).toString() },
        { QStringLiteral("opening_float"), q.value(5).toLongLong() },
        { QStringLiteral("float_denominations"), jsonOrNull(q.value(6)) },
        { QStringLiteral("status"), open ? QStringLiteral("open") : QStringLiteral("closed") },
        { QStringLiteral("closed_by"),
          q.value(7).isNull() ? QJsonValue() : QJsonValue(q.value(7).toLongLong()) },
        { QStringLiteral("closed_by_name"),
          q.value(8).isNull() ? QJsonValue() : QJsonValue(q.value(8).toString()) },
        { QStringLiteral("closed_at"), open ? QJsonValue() : QJsonValue(q.value(9).toString()) },
        { QStringLiteral("counted"), open ? QJsonValue() : QJsonValue(q.value(11).toLongLong()) },
        { QStringLiteral("over_short"),
          open ? QJsonValue() : QJsonValue(q.value(12).toLongLong()) },
        { QStringLiteral("counted_denominations"), jsonOrNull(q.value(13)) },
        { QStringLiteral("note"),
          q.value(14).isNull() ? QJsonValue() : QJsonValue(q.value(14).toString()) }
    };
    // Kept as recorded once closed; while open, what the drawer should hold now.
    s.insert(QStringLiteral("expected"), open ? expectedCash(id) : q.value(10).toLongLong());

    QSqlQuery cash = m_db.exec(
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN kind = 'payment' THEN amount ELSE 0 END), "
                       "0), COALESCE(SUM(tip), 0), COALESCE(SUM(tendered), 0), "
                       "COALESCE(SUM(change_due), 0), COALESCE(SUM(CASE WHEN kind = 'void' THEN "
                       "amount ELSE 0 END), 0), COUNT(*) FROM payments "
                       "WHERE shift_id = ? AND method = 'cash'"),
        { id });
    cash.next();
    s.insert(QStringLiteral("cash_sales"), cash.value(0).toLongLong());
    s.insert(QStringLiteral("cash_tips"), cash.value(1).toLongLong());
    s.insert(QStringLiteral("tendered"), cash.value(2).toLongLong());
    s.insert(QStringLiteral("change_given"), cash.value(3).toLongLong());
    s.insert(QStringLiteral("cash_voids"), cash.value(4).toLongLong());
    s.insert(QStringLiteral("cash_refunds"),
             sumOf(m_db,
                   QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM refunds "
                                  "WHERE shift_id = ? AND method = 'cash'"),
                   id));
    QJsonArray moves;
    qint64 in = 0, out = 0;
    QSqlQuery m = m_db.exec(QStringLiteral("SELECT id, kind, amount, reason, staff_id, created_at "
                                           "FROM shift_cash WHERE shift_id = ? ORDER BY id"),
                            { id });
    while (m.next()) {
        moves.append(rowJson(m));
        (m.value(1).toString() == QLatin1String("pay_in") ? in : out) += m.value(2).toLongLong();
    }
    s.insert(QStringLiteral("pay_ins"), in);
    s.insert(QStringLiteral("pay_outs"), out);
    s.insert(QStringLiteral("cash_moves"), moves);
    // The drawer opened without a sale, and by whom: counted at the close.
    QJsonArray noSales;
    QSqlQuery n =
        m_db.exec(QStringLiteral("SELECT n.id, n.staff_id, st.display_name, n.reason, n.created_at "
                                 "FROM shift_no_sales n LEFT JOIN staff st ON st.id = n.staff_id "
                                 "WHERE n.shift_id = ? ORDER BY n.id"),
                  { id });
    while (n.next())
        noSales.append(QJsonObject {
            { QStringLiteral("id"), n.value(0).toLongLong() },
            { QStringLiteral("staff_id"),
              n.value(1).isNull() ? QJsonValue() : QJsonValue(n.value(1).toLongLong()) },
            { QStringLiteral("staff_name"),
              n.value(2).isNull() ? QJsonValue() : QJsonValue(n.value(2).toString()) },
            { QStringLiteral("reason"),
              n.value(3).isNull() ? QJsonValue() : QJsonValue(n.value(3).toString()) },
            { QStringLiteral("created_at"), n.value(4).toString() } });
    s.insert(QStringLiteral("no_sales"), noSales.size());
    s.insert(QStringLiteral("no_sale_openings"), noSales);
    s.insert(QStringLiteral("currency"), m_venue.currency());
    return s;
}

QJsonArray ShiftViews::shiftsOf(const QString &date)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id FROM cash_shifts WHERE business_date = ? ORDER BY id"), { date });
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray shifts;
    for (qint64 id : ids)
        shifts.append(shiftJson(id));
    return shifts;
}

Reply ShiftViews::listShifts(const QString &dateIn)
{
    const QString date = dateIn.isEmpty() ? m_venue.today() : dateIn;
    if (!Fields::strictDate(date).isValid())
        return Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD"));
    const qint64 open = openShiftId();
    return Reply::ok(
        { { QStringLiteral("date"), date },
          { QStringLiteral("open"), open > 0 ? QJsonValue(shiftJson(open)) : QJsonValue() },
          { QStringLiteral("shifts"), shiftsOf(date) } });
}
