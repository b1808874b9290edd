// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The currencies a venue may keep its money in, with their ISO 4217 minor units (THB 2: 45000
// is 450.00 baht; JPY 0). Qt has no table of minor units, so this is a short, fixed one: the
// currencies of South-East Asia plus the common ones. Anything else is refused rather than
// guessed, since every stored amount depends on it.
namespace Currencies {
// Minor units of an ISO 4217 code (upper case), or nothing when the code is not in the table.
std::optional<int> minorUnits(const QString &code);
// Every code in the table, sorted.
QStringList codes();
} // namespace Currencies
