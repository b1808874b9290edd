// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QVariantMap>

// The venue as a slip's head names it (settings: name, address, tax ID).
struct SlipVenue {
    QString name;
    QString address;
    QString taxId;
};

// The receipt on the desk's thermal printer: what the PDF receipt (Printouts::receiptHtml) says,
// drawn at the paper's dot width — receipt number, the venue, the time it was paid (not the time
// it is printed), the lines, subtotal, discount, service charge, tax, cash rounding, total, the
// tip, each payment with tendered and change. A reprint says COPY at the top and the bottom, so
// it cannot pass for a second original.
class ReceiptSlip {
    Q_DECLARE_TR_FUNCTIONS(ReceiptSlip)
public:
    // `result` is Checkout::result ({visit, payments}) or the same built from GET /api/visits/{id}.
    static QImage render(const QVariantMap &result, const SlipVenue &venue, bool copy,
                         int widthDots);
    // When it was paid: the receipt's own time, else the last payment's, else the visit's close.
    static QDateTime paidAt(const QVariantMap &result);
    // Whether the payments taken include cash (the drawer opens for it).
    static bool tookCash(const QVariantMap &result);

private:
    static QString methodName(const QString &method);
};
