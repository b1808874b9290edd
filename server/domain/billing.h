// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The bill's arithmetic, pure (no SQL, no settings reads) so it can be table-tested to the
// satang. Money is integer minor units; rates are basis points (7 % = 700, 7.25 % = 725).
//
// The one rounding rule (docs/money.md):
//  - "++" prices (prices_include_tax false): base = subtotal - discount;
//    service charge = round(base x sc); tax = round((base + service charge) x tax);
//    total = base + service charge + tax.
//  - "net" prices (prices_include_tax true, the menu price includes both): gross =
//    subtotal - discount; pre-tax = round(gross / (1 + tax)); tax = gross - pre-tax;
//    base = round(pre-tax / (1 + sc)); service charge = pre-tax - base; total = gross. The
//    included amounts are taken out by subtraction, so base + service charge + tax == total
//    exactly.
//  - round() is half up to the minor unit (amounts are never negative here).
//  - Tips are outside the bill: no service charge or tax on them.
//  - Cash rounding (an increment such as 25 satang) applies only to what is paid in cash, to
//    the nearest increment, half up; the difference is its own line (payments.rounding).
namespace Billing {

struct Rates {
    int serviceChargeBp = 0; // basis points of the base
    int taxBp = 0;
    bool pricesIncludeTax = false;
    QString taxLabel;
};

struct Bill {
    qint64 subtotal = 0; // the services' prices as listed
    qint64 discount = 0;
    qint64 base = 0; // after discount, without service charge and tax
    qint64 serviceCharge = 0;
    qint64 tax = 0;
    qint64 total = 0; // what the bill comes to, before any cash rounding
};

Bill compute(qint64 subtotal, qint64 discount, const Rates &rates);

// `amount` x `bp` / 10000, rounded half up (amount >= 0).
qint64 percentOf(qint64 amount, int bp);
// `amount` / (1 + bp / 10000), rounded half up: the part of a gross amount before the rate.
qint64 withoutRate(qint64 amount, int bp);
// `amount` to the nearest multiple of `increment`, half up; `increment` <= 1 leaves it.
qint64 roundToIncrement(qint64 amount, qint64 increment);

// A percent setting ("7", "10", "7.5", "0.25"): basis points, or nothing when it is not a
// number from 0 to 100 with at most two decimals.
std::optional<int> parsePercent(const QString &text);
// Basis points back to the settings' text: 700 -> "7", 750 -> "7.5", 725 -> "7.25".
QString percentText(int bp);

} // namespace Billing
