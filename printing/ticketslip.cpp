// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ticketslip.h"

#include "qrcode.h"
#include "slip.h"

#include <QCoreApplication>
#include <QLocale>

QImage TicketSlip::render(const QVariantMap &visit, const QString &venue, const QString &url,
                          const QDateTime &when, int widthDots)
{
    const bool narrow = widthDots < 500;
    Slip slip(widthDots);
    slip.text(venue, narrow ? 26 : 32, true, Slip::Align::Center);
    slip.text(QCoreApplication::translate("TicketSlip", "Your ticket"), narrow ? 20 : 24, false,
              Slip::Align::Center);
    slip.text(visit.value(QStringLiteral("ticket")).toString(), narrow ? 110 : 150, true,
              Slip::Align::Center);
    slip.text(visit.value(QStringLiteral("customer_name")).toString(), narrow ? 24 : 28, true,
              Slip::Align::Center);
    for (const QVariant &s : visit.value(QStringLiteral("services")).toList())
        slip.text(s.toMap().value(QStringLiteral("name")).toString(), narrow ? 20 : 24, false,
                  Slip::Align::Center);
    slip.space(8);
    slip.image(QrCode::render(url, narrow ? 5 : 7));
    slip.text(QCoreApplication::translate("TicketSlip", "Scan to follow your place in the queue"),
              narrow ? 18 : 22, false, Slip::Align::Center);
    slip.rule();
    slip.text(QLocale().toString(when.date(), QLocale::ShortFormat) + QStringLiteral("  ") +
                  when.time().toString(QStringLiteral("HH:mm")),
              narrow ? 18 : 22, false, Slip::Align::Center);
    return slip.render();
}
