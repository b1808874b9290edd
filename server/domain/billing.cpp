// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "billing.h"

#include <QRegularExpression>

namespace {
constexpr qint64 kBp = 10000; // basis points in 100 %
}

qint64 Billing::percentOf(qint64 amount, int bp)
{
    // Half up: add half the divisor before the integer division.
    return (amount * bp + kBp / 2) / kBp;
}

qint64 Billing::withoutRate(qint64 amount, int bp)
{
    const qint64 divisor = kBp + bp;
    return (amount * kBp * 2 + divisor) / (divisor * 2);
}

qint64 Billing::roundToIncrement(qint64 amount, qint64 increment)
{
    if (increment <= 1)
        return amount;
    return (amount + increment / 2) / increment * increment;
}

Billing::Bill Billing::compute(qint64 subtotal, qint64 discount, const Rates &rates)
{
    Bill b;
    b.subtotal = subtotal;
    b.discount = discount;
    const qint64 afterDiscount = subtotal - discount;
    if (rates.pricesIncludeTax) {
        const qint64 preTax = withoutRate(afterDiscount, rates.taxBp);
        b.tax = afterDiscount - preTax;
        b.base = withoutRate(preTax, rates.serviceChargeBp);
        b.serviceCharge = preTax - b.base;
        b.total = afterDiscount;
    } else {
        b.base = afterDiscount;
        b.serviceCharge = percentOf(b.base, rates.serviceChargeBp);
        b.tax = percentOf(b.base + b.serviceCharge, rates.taxBp);
        b.total = b.base + b.serviceCharge + b.tax;
    }
    return b;
}

std::optional<int> Billing::parsePercent(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString decimals = m.captured(2);
    while (decimals.size() < 2)
        decimals.append(QLatin1Char('0'));
    const int bp = m.captured(1).toInt() * 100 + decimals.toInt();
    if (bp > int(kBp))
        return std::nullopt;
    return bp;
}

QString Billing::percentText(int bp)
{
    QString s = QString::number(bp / 100);
    const int rest = bp % 100;
    if (rest != 0) {
        s += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (s.endsWith(QLatin1Char('0')))
            s.chop(1);
    }
    return s;
}
