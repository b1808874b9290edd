// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taxinvoiceviews.h"

#include "domain/rows.h"
#include "store/database.h"

#include <QJsonObject>
#include <QSqlQuery>

QJsonValue TaxInvoiceViews::ofVisit(Database &db, qint64 visitId)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT t.receipt_no, t.buyer_name, t.buyer_address, t.buyer_tax_id, "
                       "t.staff_id, t.created_at FROM tax_invoices t WHERE t.receipt_no = "
                       "(SELECT MAX(x.receipt_no) FROM receipts x WHERE x.visit_id = ?)"),
        { visitId });
    if (!q.next())
        return QJsonValue();
    return rowJson(q);
}
