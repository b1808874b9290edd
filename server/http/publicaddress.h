// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QString>

// Where customers' phones reach this server (the ticket QR code, the customer page link): the
// venue's `public_url` setting when set; else the server's own address on the local network —
// the address it listens on, or when it listens on all of them the first non-loopback IPv4 of
// an interface that is up — with its port. 127.0.0.1, which the desk may use, no phone can open.
namespace PublicAddress {
// "http://192.168.1.20:5000", or empty when the machine has no such address.
QString lanBaseUrl(const QHostAddress &listen, quint16 port, bool tls);
QString customerBaseUrl(const QString &publicUrl, const QHostAddress &listen, quint16 port,
                        bool tls);
} // namespace PublicAddress
