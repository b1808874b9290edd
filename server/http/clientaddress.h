// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// Who a request comes from, as the sign-in limits, the per-address caps and the audit trail see
// it. Behind a reverse proxy every client arrives from the proxy's address: one client's five wrong
// passwords would lock an account for the whole venue, and the audit would name nginx. So for a
// peer listed in `--trusted-proxy` (and only for such a peer: anyone else could write the header)
// the client is the proxy's X-Real-IP, else the nearest X-Forwarded-For entry that is not itself a
// trusted proxy. A header that names no valid address leaves the peer's own address.
namespace ClientAddress {

// 192.0.2.7 for an IPv4 client on a dual-stack socket, not ::ffff:192.0.2.7.
QString text(const QHostAddress &a);

QString of(const QHostAddress &peer, const QByteArray &realIp, const QByteArray &forwardedFor,
           const QList<QHostAddress> &trustedProxies);

} // namespace ClientAddress
