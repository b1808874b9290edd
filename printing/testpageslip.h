// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

// The page an installer prints to see that a printer works: the venue, a line in Thai and one in
// Indonesian (whatever the printer's code pages, they print: it is a raster), a QR code, the
// printer's address, the paper and the time.
class TestPageSlip {
    Q_DECLARE_TR_FUNCTIONS(TestPageSlip)
public:
    static QImage render(const QString &venue, const QString &printer, int paperMm,
                         const QDateTime &when, int widthDots);
};
