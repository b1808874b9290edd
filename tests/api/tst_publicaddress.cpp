// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The address a ticket's QR code carries when the venue has set no public_url: the server's own
// LAN address with its port, never a loopback one no phone can open.
#include "http/publicaddress.h"
#include "testserver.h"

#include <QTest>
#include <QUrl>

class TestPublicAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromTheListenAddress()
    {
        using PublicAddress::customerBaseUrl;
        using PublicAddress::lanBaseUrl;
        QCOMPARE(lanBaseUrl(QHostAddress(QStringLiteral("192.0.2.7")), 5000, false),
                 QStringLiteral("http://192.0.2.7:5000"));
        QCOMPARE(lanBaseUrl(QHostAddress(QStringLiteral("192.0.2.7")), 8443, true),
                 QStringLiteral("https://192.0.2.7:8443"));
        QCOMPARE(lanBaseUrl(QHostAddress::LocalHost, 5000, false), QString());
        QCOMPARE(lanBaseUrl(QHostAddress::LocalHostIPv6, 5000, false), QString());
        // The venue's own address wins whatever the server listens on.
        QCOMPARE(customerBaseUrl(QStringLiteral("http://spa.local:5000"), QHostAddress::LocalHost,
                                 5000, false),
                 QStringLiteral("http://spa.local:5000"));
    }

    void onAllAddressesAnInterfacesOwn()
    {
        // Listening everywhere: an IPv4 address of this machine that is not loopback, or nothing.
        const QString url = PublicAddress::lanBaseUrl(QHostAddress::Any, 5000, false);
        if (url.isEmpty())
            QSKIP("this machine has no non-loopback IPv4 address");
        const QUrl u(url);
        QCOMPARE(u.scheme(), QStringLiteral("http"));
        QCOMPARE(u.port(), 5000);
        const QHostAddress host(u.host());
        QCOMPARE(host.protocol(), QAbstractSocket::IPv4Protocol);
        QVERIFY(!host.isLoopback());
    }

    void inTheSettingsAnswer()
    {
        TestServer s;
        QVERIFY(s.start());
        const QString admin = s.login(QStringLiteral("admin"), QStringLiteral("admin"));
        // The test server listens on 127.0.0.1 only: nothing a phone could open.
        QCOMPARE(s.get(QStringLiteral("/api/settings"), admin)
                     .json.value(QLatin1String("customer_base_url"))
                     .toString(),
                 QString());
        const HttpResult put = s.put(
            QStringLiteral("/api/settings"),
            { { QStringLiteral("public_url"), QStringLiteral("https://spa.example.com") } }, admin);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QLatin1String("customer_base_url")).toString(),
                 QStringLiteral("https://spa.example.com"));
        // Every token reads it (the cashier's desk prints the tickets).
        const QString cashier = s.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QCOMPARE(s.get(QStringLiteral("/api/settings"), cashier)
                     .json.value(QLatin1String("customer_base_url"))
                     .toString(),
                 QStringLiteral("https://spa.example.com"));
    }
};

QTEST_MAIN(TestPublicAddress)
#include "tst_publicaddress.moc"
