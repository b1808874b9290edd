// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CommandPipeline;
class Database;
class VisitViews;

// A full tax invoice on request (issue 14 item 2): the buyer's name, address and tax ID recorded
// against a paid bill's receipt, so the receipt can be printed as a "TAX INVOICE" that a business
// customer claims the tax back with. One per receipt: a tax office does not accept two invoices for
// one sale, so a second request is refused rather than overwriting the first (a voided and re-paid
// bill has a new receipt number and may have its own). Journaled like every write.
class TaxInvoices {
public:
    TaxInvoices(CommandPipeline &pipeline, VisitViews &visits);

    // POST /api/visits/{id}/tax-invoice {buyer_name, buyer_address, buyer_tax_id}
    Reply issue(qint64 visitId, const QJsonObject &body, const Principal &who);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    VisitViews &m_visits;
};
