// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bounds on what one credential can make the server do: commands per token per second over REST
// (as each Socket.IO connection already had), and a ceiling on open visits. Issue 19, defect 7:
// one cashier token made 35,000 open visits in 20 s, and every desk then got a 39 MB state frame.

#include "testserver.h"

#include <QJsonArray>
#include <QtTest>

namespace {
QJsonObject walkIn(const QString &name)
{
    return { { QStringLiteral("customer_name"), name },
             { QStringLiteral("service_ids"), QJsonArray { 1 } } };
}
} // namespace

class TstCommandLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void restCommandsPerTokenAreRateLimited()
    {
        TestServer srv;
        srv.config.hub.commandsPerSecond = 5;
        srv.config.hub.commandBurst = 10;
        QVERIFY(srv.start());
        const QString token = srv.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        const QString other = srv.login(QStringLiteral("admin"), QStringLiteral("admin"));
        int created = 0, limited = 0;
        HttpResult refusal;
        for (int i = 0; i < 30; ++i) {
            const HttpResult r = srv.post(QStringLiteral("/api/visits"),
                                          walkIn(QStringLiteral("Loop %1").arg(i)), token);
            if (r.status == 201)
                ++created;
            else if (r.status == 429) {
                ++limited;
                refusal = r;
            }
        }
        // The burst of 10 goes through, then about 5 a second: 30 requests in well under a
        // second leave most refused.
        QVERIFY2(created >= 10 && created < 20, qPrintable(QString::number(created)));
        QCOMPARE(created + limited, 30);
        QCOMPARE(refusal.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(refusal.header("Retry-After"), QByteArray("1"));
        // Refused commands changed nothing: exactly the accepted visits exist.
        QCOMPARE(srv.get(QStringLiteral("/api/visits"), other)
                     .json.value(QLatin1String("visits"))
                     .toArray()
                     .size(),
                 created);
        // Another token has its own bucket; reads are not commands.
        QCOMPARE(
            srv.post(QStringLiteral("/api/visits"), walkIn(QStringLiteral("Other desk")), other)
                .status,
            201);
        QCOMPARE(srv.get(QStringLiteral("/api/visits"), token).status, 200);
        // And the bucket refills.
        QTest::qWait(1100);
        QCOMPARE(
            srv.post(QStringLiteral("/api/visits"), walkIn(QStringLiteral("Later")), token).status,
            201);
    }

    void openVisitsAreBounded()
    {
        TestServer srv;
        srv.config.maxOpenVisits = 3;
        QVERIFY(srv.start());
        const QString token = srv.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        qint64 first = 0;
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = srv.post(QStringLiteral("/api/visits"),
                                          walkIn(QStringLiteral("Guest %1").arg(i)), token);
            QCOMPARE(r.status, 201);
            if (!first)
                first = qint64(r.json.value(QLatin1String("visit"))
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toDouble());
        }
        const HttpResult full =
            srv.post(QStringLiteral("/api/visits"), walkIn(QStringLiteral("One too many")), token);
        QCOMPARE(full.status, 409);
        QCOMPARE(full.errorCode(), QStringLiteral("too_many_open_visits"));
        QCOMPARE(srv.get(QStringLiteral("/api/visits"), token)
                     .json.value(QLatin1String("visits"))
                     .toArray()
                     .size(),
                 3);
        // A visit that ends makes room again.
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/cancel").arg(first),
                          { { QStringLiteral("reason"), QStringLiteral("left") } }, token)
                     .status,
                 200);
        QCOMPARE(
            srv.post(QStringLiteral("/api/visits"), walkIn(QStringLiteral("Next")), token).status,
            201);
    }

    void limitsAreOptions()
    {
        ServerConfig c;
        QString error;
        bool exitNow = false;
        QVERIFY(ServerConfig::parse(
            { QStringLiteral("spa-server"), QStringLiteral("--max-commands-per-second"),
              QStringLiteral("7"), QStringLiteral("--max-open-visits"), QStringLiteral("50") },
            &c, &error, &exitNow));
        QCOMPARE(c.hub.commandsPerSecond, 7);
        QCOMPARE(c.hub.commandBurst, 14);
        QCOMPARE(c.maxOpenVisits, 50);
        QVERIFY(!ServerConfig::parse({ QStringLiteral("spa-server"),
                                       QStringLiteral("--max-open-visits"), QStringLiteral("-1") },
                                     &c, &error, &exitNow));
        QVERIFY(error.contains(QLatin1String("--max-open-visits")));
    }
};

QTEST_GUILESS_MAIN(TstCommandLimits)
#include "tst_commandlimits.moc"
