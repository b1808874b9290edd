// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "receiptslip.h"

#include <QCoreApplication>
#include <QImage>
#include <QVariantMap>

// The cash shift's close on paper, for the drawer's envelope: who opened and closed it, the
// float, cash sales and tips, voids, refunds, each pay-in and pay-out, each no-sale opening of
// the drawer (who, when, why), and expected, counted and over/short.
class ShiftSlip {
    Q_DECLARE_TR_FUNCTIONS(ShiftSlip)
public:
    // `shift` as GET /api/shifts or the close answer has it.
    static QImage render(const QVariantMap &shift, const SlipVenue &venue, int widthDots);
};
