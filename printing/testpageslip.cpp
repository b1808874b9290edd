// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "testpageslip.h"

#include "qrcode.h"
#include "slip.h"

#include <QLocale>

QImage TestPageSlip::render(const QString &venue, const QString &printer, int paperMm,
                            const QDateTime &when, int widthDots)
{
    const bool narrow = widthDots < 500;
    Slip slip(widthDots);
    slip.text(venue, narrow ? 26 : 30, true, Slip::Align::Center);
    slip.text(tr("Printer test page"), narrow ? 22 : 26, false, Slip::Align::Center);
    slip.rule();
    // Fixed, not translated: the same three scripts print on every desk's test page.
    slip.text(QStringLiteral("English: the quick brown fox"), 22);
    slip.text(QStringLiteral("ภาษาไทย: ทดสอบเครื่องพิมพ์ใบเสร็จ"), 22);
    slip.text(QStringLiteral("Bahasa Indonesia: uji coba printer struk"), 22);
    slip.space(6);
    slip.image(
        QrCode::render(QStringLiteral("https://spa-suite.example/printer-test"), narrow ? 4 : 5));
    slip.pair(tr("Printer"), printer, 22);
    slip.pair(tr("Paper"), tr("%1 mm, %2 dots").arg(paperMm).arg(widthDots), 22);
    slip.text(QLocale().toString(when, QLocale::ShortFormat), 20, false, Slip::Align::Center);
    return slip.render();
}
