// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shiftslip.h"

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

QString when(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))
                       : QString();
}

QString clock(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}
} // namespace

QImage ShiftSlip::render(const QVariantMap &shift, const SlipVenue &venue, int widthDots)
{
    const bool narrow = widthDots < 500;
    const int body = narrow ? 20 : 24;
    const int small = narrow ? 18 : 21;
    const QString cur = str(shift, "currency");
    auto money = [&cur](qint64 m) { return Format::money(double(m), cur); };
    const bool closed = str(shift, "status") == QLatin1String("closed");

    Slip slip(widthDots);
    slip.text(venue.name, narrow ? 26 : 30, true, Slip::Align::Center);
    slip.text(closed ? tr("Cash shift close") : tr("Cash shift (open)"), narrow ? 24 : 30, true,
              Slip::Align::Center);
    slip.text(tr("Shift %1 · %2").arg(num(shift, "id")).arg(str(shift, "business_date")), body,
              false, Slip::Align::Center);
    slip.rule();
    slip.pair(tr("Opened"), when(str(shift, "opened_at")), body);
    slip.text(QStringLiteral("  ") + tr("by %1").arg(str(shift, "opened_by_name")), small);
    if (closed) {
        slip.pair(tr("Closed"), when(str(shift, "closed_at")), body);
        slip.text(QStringLiteral("  ") + tr("by %1").arg(str(shift, "closed_by_name")), small);
    }
    slip.rule();
    slip.pair(tr("Opening float"), money(num(shift, "opening_float")), body);
    slip.pair(tr("Cash sales"), money(num(shift, "cash_sales")), body);
    slip.pair(tr("Cash tips"), money(num(shift, "cash_tips")), body);
    if (num(shift, "cash_voids") != 0)
        slip.pair(tr("Cash voids"), money(num(shift, "cash_voids")), body);
    if (num(shift, "cash_refunds") != 0)
        slip.pair(tr("Cash refunds"), money(-num(shift, "cash_refunds")), body);
    for (const QVariant &m : shift.value(QStringLiteral("cash_moves")).toList()) {
        const QVariantMap move = m.toMap();
        const bool in = str(move, "kind") == QLatin1String("pay_in");
        slip.pair(QStringLiteral("%1 %2 %3")
                      .arg(clock(str(move, "created_at")), in ? tr("Pay-in") : tr("Pay-out"),
                           str(move, "reason")),
                  money(in ? num(move, "amount") : -num(move, "amount")), small);
    }
    slip.pair(tr("Expected in the drawer"), money(num(shift, "expected")), body, true);
    if (closed) {
        slip.pair(tr("Counted"), money(num(shift, "counted")), body);
        const qint64 overShort = num(shift, "over_short");
        slip.pair(overShort < 0 ? tr("Short") : tr("Over"), money(overShort), narrow ? 24 : 28,
                  true);
        if (!str(shift, "note").isEmpty())
            slip.text(tr("Note: %1").arg(str(shift, "note")), small);
    }
    // Every opening of the drawer without a sale, and who opened it.
    const QVariantList noSales = shift.value(QStringLiteral("no_sale_openings")).toList();
    slip.rule();
    slip.pair(tr("Drawer opened without a sale"), QString::number(noSales.size()), body, true);
    for (const QVariant &n : noSales) {
        const QVariantMap open = n.toMap();
        QString line =
            QStringLiteral("%1 %2").arg(clock(str(open, "created_at")), str(open, "staff_name"));
        if (!str(open, "reason").isEmpty())
            line += QStringLiteral(" — ") + str(open, "reason");
        slip.text(QStringLiteral("  ") + line, small);
    }
    slip.rule();
    slip.text(tr("Printed %1")
                  .arg(QLocale().toString(QDateTime::currentDateTime(),
                                          QStringLiteral("d MMM yyyy, HH:mm"))),
              small, false, Slip::Align::Center);
    slip.space(20);
    slip.text(tr("Counted by: ____________________"), body);
    return slip.render();
}
