// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// The ISO 4217 codes the server knows the minor units of (server/domain/currencies.cpp, which
// refuses any other with a 422), for the setup wizard's and the settings page's currency lists.
// Kept in step with the server by hand: the desk does not link the server's code.
inline QStringList knownCurrencies()
{
    return { QStringLiteral("AED"), QStringLiteral("AUD"), QStringLiteral("BND"),
             QStringLiteral("CAD"), QStringLiteral("CHF"), QStringLiteral("CNY"),
             QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("HKD"),
             QStringLiteral("IDR"), QStringLiteral("INR"), QStringLiteral("JPY"),
             QStringLiteral("KHR"), QStringLiteral("KRW"), QStringLiteral("LAK"),
             QStringLiteral("MMK"), QStringLiteral("MYR"), QStringLiteral("NZD"),
             QStringLiteral("PHP"), QStringLiteral("SGD"), QStringLiteral("THB"),
             QStringLiteral("TWD"), QStringLiteral("USD"), QStringLiteral("VND") };
}
