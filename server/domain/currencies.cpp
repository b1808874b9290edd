// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "currencies.h"

namespace {
struct Currency {
    const char *code;
    int minorUnits;
};
// ISO 4217 (the standard's minor-unit column, not local habit: IDR is 2 there although prices
// are written without cents; VND and KRW are 0). Sorted by code.
constexpr Currency kCurrencies[] = {
    { "AED", 2 }, { "AUD", 2 }, { "BND", 2 }, { "CAD", 2 }, { "CHF", 2 }, { "CNY", 2 },
    { "EUR", 2 }, { "GBP", 2 }, { "HKD", 2 }, { "IDR", 2 }, { "INR", 2 }, { "JPY", 0 },
    { "KHR", 2 }, { "KRW", 0 }, { "LAK", 2 }, { "MMK", 2 }, { "MYR", 2 }, { "NZD", 2 },
    { "PHP", 2 }, { "SGD", 2 }, { "THB", 2 }, { "TWD", 2 }, { "USD", 2 }, { "VND", 0 },
};
} // namespace

std::optional<int> Currencies::minorUnits(const QString &code)
{
    for (const Currency &c : kCurrencies)
        if (code == QLatin1String(c.code))
            return c.minorUnits;
    return std::nullopt;
}

QStringList Currencies::codes()
{
    QStringList out;
    for (const Currency &c : kCurrencies)
        out.append(QLatin1String(c.code));
    return out;
}
