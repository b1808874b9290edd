// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The venue settings an admin may write, and what each accepts. Pure (no database): both
// `POST /api/setup` and `PUT /api/settings` check through here, so they refuse the same things.
namespace SettingsRules {
// The writable keys: venue_name, address, phone, tax_id, currency, timezone, language,
// receipt_footer, public_url, opening_hours, and the bill's service_charge_percent, tax_percent,
// tax_label, prices_include_tax and cash_rounding (domain/billing.h), and the bookings'
// booking_buffer_minutes and no_show_grace_minutes, and the wall's announcements
// (domain/announcesettings.h).
const QStringList &keys();
// Languages the apps and the customer page are translated into.
const QStringList &languages();
// Checks every key of `body` (an unknown key is an error too) and fills `values` with the text
// to store (opening_hours as compact JSON). Returns a 422 naming the first problem, or nothing.
std::optional<Reply> check(const QJsonObject &body, QHash<QString, QString> *values);
} // namespace SettingsRules
