// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QImage>
#include <QVariantMap>

// The queue ticket a customer is handed at check-in: the venue, the ticket number large, their
// services, the time, and the QR code of their live page.
namespace TicketSlip {
// `visit` as the server returns it (ticket, customer_name, services[].name, created_at); `url`
// the customer page; `when` the check-in time shown (local to the desk).
QImage render(const QVariantMap &visit, const QString &venue, const QString &url,
              const QDateTime &when, int widthDots);
} // namespace TicketSlip
