// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>

// The CSV forms of the range report and the payouts (`&format=csv`): RFC 4180 (CRLF, fields
// with a comma, quote or line break quoted), UTF-8, money in integer minor units as in JSON.
// The report is several tables one after another, each under a header row whose first cell
// names it (day, method, service, therapist, summary), separated by an empty line.
namespace ReportCsv {
QByteArray report(const QJsonObject &report);
QByteArray payouts(const QJsonObject &payouts);
QByteArray field(const QString &text); // one quoted-if-needed field
} // namespace ReportCsv
