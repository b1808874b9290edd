// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "publicaddress.h"

#include <QNetworkInterface>

namespace {
QString urlFor(const QHostAddress &address, quint16 port, bool tls)
{
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), address.toString())
        .arg(port);
}
} // namespace

QString PublicAddress::lanBaseUrl(const QHostAddress &listen, quint16 port, bool tls)
{
    QHostAddress given = listen;
    bool isV4 = false;
    given.toIPv4Address(&isV4);
    if (isV4 && !given.isLoopback() && given != QHostAddress(QHostAddress::AnyIPv4))
        return urlFor(QHostAddress(given.toIPv4Address()), port, tls);
    if (!listen.isEqual(QHostAddress::Any, QHostAddress::TolerantConversion) &&
        listen != QHostAddress(QHostAddress::AnyIPv4) &&
        listen != QHostAddress(QHostAddress::AnyIPv6))
        return QString(); // a loopback or IPv6-only listener: phones cannot reach it by IPv4
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            const QHostAddress a = e.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                return urlFor(a, port, tls);
        }
    }
    return QString();
}

QString PublicAddress::customerBaseUrl(const QString &publicUrl, const QHostAddress &listen,
                                       quint16 port, bool tls)
{
    return publicUrl.isEmpty() ? lanBaseUrl(listen, port, tls) : publicUrl;
}
