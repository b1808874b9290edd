// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerviews.h"

#include "domain/rows.h"
#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace {
const QString kCustomerSelect = QStringLiteral(
    "SELECT c.id, c.name, c.phone, c.language, c.notes, c.health_notes, "
    " c.preferred_therapist_id, s.display_name AS preferred_therapist_name, c.created_at, "
    " c.updated_at, "
    " (SELECT COUNT(*) FROM visits v WHERE v.customer_id = c.id AND v.status = 'paid') "
    "  AS visit_count, "
    " (SELECT COALESCE(SUM(p.amount), 0) FROM payments p JOIN visits v ON v.id = p.visit_id "
    "  WHERE v.customer_id = c.id) - "
    " (SELECT COALESCE(SUM(f.amount), 0) FROM refunds f JOIN visits v ON v.id = f.visit_id "
    "  WHERE v.customer_id = c.id) AS spend, "
    " (SELECT COUNT(*) FROM bookings b WHERE b.customer_id = c.id AND b.status = 'no_show') + "
    " (SELECT COUNT(*) FROM visits v WHERE v.customer_id = c.id AND v.status = 'no_show') "
    "  AS no_show_count "
    "FROM customers c LEFT JOIN staff s ON s.id = c.preferred_therapist_id ");

QJsonObject fromRow(const QSqlQuery &q)
{
    QJsonObject o = rowJson(q);
    const QJsonValue therapistId = o.take(QStringLiteral("preferred_therapist_id"));
    const QJsonValue therapistName = o.take(QStringLiteral("preferred_therapist_name"));
    o.insert(QStringLiteral("preferred_therapist"),
             therapistId.isNull() ? QJsonValue()
                                  : QJsonObject { { QStringLiteral("id"), therapistId },
                                                  { QStringLiteral("name"), therapistName } });
    return o;
}
} // namespace

QJsonObject CustomerViews::customerJson(qint64 id)
{
    QSqlQuery q = m_db.exec(kCustomerSelect + QStringLiteral("WHERE c.id = ?"), { id });
    return q.next() ? fromRow(q) : QJsonObject();
}

QJsonObject CustomerViews::careNotes(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT language, notes, health_notes FROM customers WHERE id = ?"), { id });
    return q.next() ? rowJson(q) : QJsonObject();
}

Reply CustomerViews::search(const QString &text)
{
    const QString q = text.trimmed();
    if (q.isEmpty())
        return Errors::invalid(QStringLiteral("'q' is required: part of a phone number or name"));
    if (q.size() > 100)
        return Errors::invalid(QStringLiteral("'q' is longer than 100 characters"));
    QString digits;
    for (const QChar c : q)
        if (c.isDigit())
            digits.append(c);
    // A query of mostly digits is a phone number: match its digits in the stored number,
    // spaces, dashes and "+" aside, without the leading 0 of a local number (so 089 765 4321
    // finds +66 89 765 4321). Otherwise a part of the name, any case.
    const bool byPhone = digits.size() >= 3 && digits.size() * 2 >= q.size();
    while (byPhone && digits.size() > 3 && digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    QSqlQuery rows = byPhone
        ? m_db.exec(
              kCustomerSelect +
                  QStringLiteral(
                      "WHERE REPLACE(REPLACE(REPLACE(REPLACE(c.phone, ' ', ''), '-', ''), '+', "
                      "''), '.', '') LIKE ? ORDER BY c.name, c.id LIMIT 20"),
              { QString(QLatin1Char('%') + digits + QLatin1Char('%')) })
        : m_db.exec(kCustomerSelect +
                        QStringLiteral("WHERE LOWER(c.name) LIKE ? ORDER BY "
                                       "CASE WHEN LOWER(c.name) LIKE ? THEN 0 ELSE 1 END, "
                                       "c.name, c.id LIMIT 20"),
                    { QString(QLatin1Char('%') + q.toLower() + QLatin1Char('%')),
                      QString(q.toLower() + QLatin1Char('%')) });
    QJsonArray items;
    while (rows.next())
        items.append(fromRow(rows));
    return Reply::ok({ { QStringLiteral("customers"), items } });
}

Reply CustomerViews::getCustomer(qint64 id)
{
    QJsonObject c = customerJson(id);
    if (c.isEmpty())
        return Errors::notFound(QStringLiteral("no customer with id %1").arg(id));
    QSqlQuery v = m_db.exec(
        QStringLiteral(
            "SELECT v.id, v.business_date, v.status, v.therapist_id, s.display_name AS "
            "therapist_name, v.total AS subtotal, v.discount, "
            " (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.visit_id = v.id) - "
            " (SELECT COALESCE(SUM(f.amount), 0) FROM refunds f WHERE f.visit_id = v.id) AS paid, "
            " (SELECT COALESCE(SUM(p.tip), 0) FROM payments p WHERE p.visit_id = v.id) AS tips "
            "FROM visits v LEFT JOIN staff s ON s.id = v.therapist_id WHERE v.customer_id = ? "
            "ORDER BY v.created_at DESC, v.id DESC LIMIT 200"),
        { id });
    QJsonArray visits;
    while (v.next())
        visits.append(rowJson(v));
    QSqlQuery b = m_db.exec(QStringLiteral("SELECT id, start_at, end_at, status, cancel_reason "
                                           "FROM bookings WHERE customer_id = ? "
                                           "ORDER BY start_at DESC, id DESC LIMIT 200"),
                            { id });
    QJsonArray bookings;
    while (b.next())
        bookings.append(rowJson(b));
    c.insert(QStringLiteral("visits"), visits);
    c.insert(QStringLiteral("bookings"), bookings);
    return Reply::ok({ { QStringLiteral("customer"), c } });
}
