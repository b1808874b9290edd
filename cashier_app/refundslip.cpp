// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "refundslip.h"

#include "format.h"
#include "slip.h"

#include <QDateTime>
#include <QLocale>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}
} // namespace

QImage RefundSlip::render(const QVariantMap &refund, const QVariantMap &visit,
                          const SlipVenue &venue, int widthDots)
{
    const bool narrow = widthDots < 500;
    const int body = narrow ? 20 : 24;
    const int small = narrow ? 18 : 21;
    const QString cur = str(visit, "currency");
    auto money = [&cur](qint64 m) { return Format::money(double(m), cur); };
    const QString method = str(refund, "method");
    const QString methodName = method == QLatin1String("cash") ? tr("Cash")
        : method == QLatin1String("card")                      ? tr("Card")
                                                               : tr("E-wallet");

    Slip slip(widthDots);
    slip.text(venue.name, narrow ? 26 : 32, true, Slip::Align::Center);
    if (!venue.address.isEmpty())
        slip.text(venue.address, small, false, Slip::Align::Center);
    if (!venue.taxId.isEmpty())
        slip.text(tr("Tax ID: %1").arg(venue.taxId), small, false, Slip::Align::Center);
    slip.space(6);
    slip.text(tr("REFUND"), narrow ? 30 : 38, true, Slip::Align::Center);
    slip.text(tr("for Receipt No. %1").arg(num(refund, "receipt_no"), 6, 10, QLatin1Char('0')),
              body, true, Slip::Align::Center);
    const QDateTime made = QDateTime::fromString(str(refund, "created_at"), Qt::ISODate);
    if (made.isValid())
        slip.pair(tr("Refunded"),
                  QLocale().toString(made.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")),
                  body);
    slip.pair(tr("Ticket %1").arg(str(visit, "ticket")), str(visit, "customer_name"), body);
    slip.rule();
    slip.pair(tr("Bill total"), money(num(visit, "total")), body);
    slip.pair(tr("Refund to %1").arg(methodName), money(num(refund, "amount")), narrow ? 26 : 32,
              true);
    slip.pair(tr("Refunded on this bill in all"), money(num(visit, "refunded")), small);
    slip.rule();
    slip.text(tr("Reason: %1").arg(str(refund, "reason")), body);
    if (!str(refund, "staff_name").isEmpty())
        slip.text(tr("Given by: %1").arg(str(refund, "staff_name")), small);
    if (!str(refund, "approved_by_name").isEmpty())
        slip.text(tr("Approved by: %1").arg(str(refund, "approved_by_name")), small);
    slip.space(40);
    slip.rule();
    slip.text(tr("Customer's signature"), small, false, Slip::Align::Center);
    return slip.render();
}
