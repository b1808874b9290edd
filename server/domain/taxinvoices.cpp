// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taxinvoices.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/visitstatus.h"
#include "rooms.h"
#include "store/database.h"
#include "views/taxinvoiceviews.h"
#include "views/visitviews.h"

#include <QSqlQuery>

namespace {
const QStringList kFields { QStringLiteral("buyer_name"), QStringLiteral("buyer_address"),
                            QStringLiteral("buyer_tax_id") };

// A tax ID as tax offices write them: Thai 13 digits ("0-1055-12345-67-8"), Indonesian NPWP
// ("01.234.567.8-901.000"), EU VAT numbers with a country prefix — digits, letters and the usual
// separators, nothing else that could smuggle markup onto a printed invoice.
bool plausibleTaxId(const QString &id)
{
    bool digit = false;
    for (const QChar c : id) {
        if (c.isDigit() && c.unicode() < 128)
            digit = true;
        else if (!(c.unicode() < 128 &&
                   (c.isLetter() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
                    c == QLatin1Char('.') || c == QLatin1Char('/'))))
            return false;
    }
    return digit;
}
} // namespace

TaxInvoices::TaxInvoices(CommandPipeline &pipeline, VisitViews &visits)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_visits(visits)
{
}

Reply TaxInvoices::issue(qint64 visitId, const QJsonObject &body, const Principal &who)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!kFields.contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a tax invoice takes "
                                                  "'buyer_name', 'buyer_address' and "
                                                  "'buyer_tax_id'")
                                       .arg(it.key()));
    Fields f(body);
    const QString name = f.string("buyer_name", true, 200, 1);
    const QString address = f.string("buyer_address", true, 500, 1);
    const QString taxId = f.string("buyer_tax_id", true, 30, 1);
    if (f.ok() && !plausibleTaxId(taxId))
        f.fail(QStringLiteral("'buyer_tax_id' must hold digits, with only letters, spaces and "
                              "- . / besides"));
    if (!f.ok())
        return f.error();

    return m_pipeline.run(who, [&]() -> Reply {
        // Read and checked inside the transaction (after the write lock on PostgreSQL): a void
        // on another instance may have taken the bill back to awaiting payment.
        const QJsonObject visit = m_visits.visitJson(visitId);
        if (visit.isEmpty())
            return Errors::notFound(QStringLiteral("no visit with id %1").arg(visitId));
        const QJsonValue receiptNo = visit.value(QLatin1String("receipt_no"));
        if (visit.value(QLatin1String("status")).toString() != VisitStatus::Paid ||
            receiptNo.isNull())
            return Errors::conflict(
                QStringLiteral("illegal_state"),
                QStringLiteral("visit %1 is %2; a tax invoice is made for a paid bill")
                    .arg(visitId)
                    .arg(visit.value(QLatin1String("status")).toString()));
        const qint64 receipt = qint64(receiptNo.toDouble());
        QSqlQuery prior =
            m_db.exec(QStringLiteral("SELECT buyer_name FROM tax_invoices WHERE receipt_no = ?"),
                      { receipt });
        if (prior.next())
            return Errors::conflict(
                QStringLiteral("tax_invoice_exists"),
                QStringLiteral("receipt %1 already has a tax invoice (for %2); reprint it instead")
                    .arg(receipt)
                    .arg(prior.value(0).toString()));
        m_db.exec(QStringLiteral("INSERT INTO tax_invoices (receipt_no, visit_id, buyer_name, "
                                 "buyer_address, buyer_tax_id, staff_id, created_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?)"),
                  { receipt, visitId, name, address, taxId,
                    who.staffId > 0 ? QVariant(who.staffId) : QVariant(),
                    isoUtc(m_pipeline.clock().now()) });
        if (!m_db.lastOk())
            return Errors::internal();
        const QJsonValue invoice = TaxInvoiceViews::ofVisit(m_db, visitId);
        QJsonObject v = m_visits.visitJson(visitId);
        v.insert(QStringLiteral("tax_invoice"), invoice);
        // The desk's room only, and no notice: screens are sent their views, never this payload,
        // so the buyer's details stay with the desk and the audit trail.
        m_pipeline.journal(QStringLiteral("visit.tax_invoice"), { Room::cashier() },
                           { { QStringLiteral("visit_id"), visitId },
                             { QStringLiteral("tax_invoice"), invoice } });
        return Reply::ok(
            { { QStringLiteral("tax_invoice"), invoice }, { QStringLiteral("visit"), v } }, 201);
    });
}
