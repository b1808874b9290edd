// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clientaddress.h"

namespace {

QHostAddress normalised(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(ip4) : a;
}

bool trusted(const QHostAddress &a, const QList<QHostAddress> &proxies)
{
    const QHostAddress n = normalised(a);
    for (const QHostAddress &p : proxies)
        if (normalised(p) == n)
            return true;
    return false;
}

// One address of a header ("192.0.2.7", "2001:db8::1", "[2001:db8::1]"); a port or anything
// else makes it no address.
QHostAddress parse(QByteArray s)
{
    s = s.trimmed();
    if (s.startsWith('[') && s.endsWith(']'))
        s = s.mid(1, s.size() - 2);
    QHostAddress a;
    return a.setAddress(QString::fromLatin1(s)) ? a : QHostAddress();
}

} // namespace

QString ClientAddress::text(const QHostAddress &a)
{
    return normalised(a).toString();
}

QString ClientAddress::of(const QHostAddress &peer, const QByteArray &realIp,
                          const QByteArray &forwardedFor, const QList<QHostAddress> &trustedProxies)
{
    if (trustedProxies.isEmpty() || !trusted(peer, trustedProxies))
        return text(peer);
    const QHostAddress real = parse(realIp);
    if (!real.isNull())
        return text(real);
    // "client, proxy1, proxy2": each proxy appends whom it heard from, so the entries on the
    // right are the ones our own proxies wrote; the first untrusted one from the right is the
    // client as far as anyone we trust can tell.
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = parse(*it);
        if (hop.isNull())
            break;
        if (!trusted(hop, trustedProxies))
            return text(hop);
    }
    return text(peer);
}
