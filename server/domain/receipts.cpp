// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "receipts.h"

#include "core/clock.h"
#include "domain/billing.h"
#include "store/database.h"

#include <QSqlQuery>

namespace {
qint64 money(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
} // namespace

qint64 Receipts::issue(Database &db, const QJsonObject &visit, const QString &businessDate,
                       const QDateTime &paidAt)
{
    // UPDATE ... RETURNING takes the row's write lock first (SQLite: the one writer; PostgreSQL:
    // the row lock until commit), so two payments can never read the same number.
    QSqlQuery next = db.exec(QStringLiteral("UPDATE counters SET value = value + 1 "
                                            "WHERE name = 'receipt_no' RETURNING value"));
    if (!next.next())
        return 0;
    const qint64 no = next.value(0).toLongLong();
    const int scBp =
        Billing::parsePercent(
            visit.value(QLatin1String("service_charge_percent")).toVariant().toString())
            .value_or(0);
    const int taxBp =
        Billing::parsePercent(visit.value(QLatin1String("tax_percent")).toVariant().toString())
            .value_or(0);
    db.write(
        QStringLiteral(
            "INSERT INTO receipts (receipt_no, visit_id, business_date, paid_at, subtotal, "
            "discount, base, service_charge, tax, total, service_charge_bp, tax_bp, "
            "tax_label, prices_include_tax) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { no, money(visit, "id"), businessDate, isoUtc(paidAt), money(visit, "subtotal"),
          money(visit, "discount"), money(visit, "net"), money(visit, "service_charge"),
          money(visit, "tax"), money(visit, "bill_total"), scBp, taxBp,
          visit.value(QLatin1String("tax_label")).toString(),
          visit.value(QLatin1String("prices_include_tax")).toBool() ? 1 : 0 });
    return db.lastOk() ? no : 0;
}
