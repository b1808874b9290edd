// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "receiptslip.h"

#include <QCoreApplication>
#include <QImage>
#include <QVariantMap>

// Money given back, on paper: the customer's proof and the drawer's record. Names the bill's
// receipt number, when the refund was made (its own day, not the bill's), the method and amount,
// the reason, who gave it and the admin who approved it, what the bill was and what is now
// refunded of it, and a line for the customer's signature.
class RefundSlip {
    Q_DECLARE_TR_FUNCTIONS(RefundSlip)
public:
    // `refund` as POST /api/visits/{id}/refunds answers it (plus `approved_by_name` and
    // `staff_name` when the desk knows them); `visit` the visit after it.
    static QImage render(const QVariantMap &refund, const QVariantMap &visit,
                         const SlipVenue &venue, int widthDots);
};
