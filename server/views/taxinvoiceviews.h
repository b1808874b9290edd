// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonValue>

class Database;

// The read side of tax invoices: the one recorded for a visit's current receipt (the newest, as
// the visit's bill is), or null.
namespace TaxInvoiceViews {
// {receipt_no, buyer_name, buyer_address, buyer_tax_id, staff_id, created_at} or null.
QJsonValue ofVisit(Database &db, qint64 visitId);
} // namespace TaxInvoiceViews
