// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "receiptslip.h"

#include <QCoreApplication>
#include <QImage>
#include <QVariantMap>

// The day's Z report on paper, printed when the day is closed: the bills and their receipt
// numbers, service charge, tax and rounding, takings by method, tips (by therapist), voids,
// discounts, refunds, what was collected, sales by service, and each cash shift's count.
class ZReportSlip {
    Q_DECLARE_TR_FUNCTIONS(ZReportSlip)
public:
    // `report` as GET /api/reports/daily or the close answer (POST /api/days/{date}/close) has it.
    static QImage render(const QVariantMap &report, const SlipVenue &venue, int widthDots);
};
