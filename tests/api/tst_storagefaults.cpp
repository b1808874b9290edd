// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// When the database refuses writes, nothing is acknowledged that was not stored: logout fails
// loudly (the token would otherwise keep working behind a 200), login hands out no token that was
// never kept, /health says what is wrong, and all of it recovers when writes work again.
// Issue 19, defects 4 and 6. A read-only database is made with SQLite's own `query_only`, which
// refuses every write with SQLITE_READONLY as a read-only file or mount does.

#include "testserver.h"

#include "store/database.h"

#include <QJsonArray>
#include <QtTest>

class TstStorageFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_srv = std::make_unique<TestServer>();
        QVERIFY(m_srv->start());
    }
    void cleanup() { m_srv.reset(); }

    void logoutOnReadOnlyDatabaseFailsLoudly()
    {
        const QString token = m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QVERIFY(!token.isEmpty());
        setReadOnly(true);
        const HttpResult out = m_srv->post(QStringLiteral("/api/logout"), {}, token);
        QCOMPARE(out.status, 503);
        QCOMPARE(out.errorCode(), QStringLiteral("storage_unavailable"));
        // The desk was told; and the token indeed still works, so it can try again.
        QCOMPARE(m_srv->get(QStringLiteral("/api/therapists"), token).status, 200);
        const HttpResult health = m_srv->get(QStringLiteral("/health"));
        QCOMPARE(health.status, 503);
        QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
        QVERIFY(!health.json.value(QLatin1String("database"))
                     .toObject()
                     .value(QLatin1String("problem"))
                     .toString()
                     .isEmpty());

        setReadOnly(false);
        QCOMPARE(m_srv->post(QStringLiteral("/api/logout"), {}, token).status, 200);
        QCOMPARE(m_srv->get(QStringLiteral("/api/therapists"), token).status, 401);
        QCOMPARE(m_srv->get(QStringLiteral("/health")).status, 200);
    }

    void loginOnReadOnlyDatabaseHandsOutNoToken()
    {
        setReadOnly(true);
        const HttpResult in =
            m_srv->post(QStringLiteral("/api/login"),
                        { { QStringLiteral("username"), QStringLiteral("cashier") },
                          { QStringLiteral("password"), QStringLiteral("cashier") } });
        QCOMPARE(in.status, 503);
        QVERIFY(!in.json.contains(QLatin1String("token")));
        setReadOnly(false);
        QVERIFY(!m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier")).isEmpty());
    }

    void commandsOnReadOnlyDatabaseChangeNothing()
    {
        const QString token = m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        setReadOnly(true);
        const HttpResult r =
            m_srv->post(QStringLiteral("/api/visits"),
                        { { QStringLiteral("customer_name"), QStringLiteral("Ploy") },
                          { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                        token);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.errorCode(), QStringLiteral("storage_unavailable"));
        setReadOnly(false);
        const HttpResult list = m_srv->get(QStringLiteral("/api/visits"), token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("visits")).toArray().size(), 0);
    }

private:
    void setReadOnly(bool on)
    {
        m_srv->app->database().exec(on ? QStringLiteral("PRAGMA query_only = ON")
                                       : QStringLiteral("PRAGMA query_only = OFF"));
    }

    std::unique_ptr<TestServer> m_srv;
};

QTEST_GUILESS_MAIN(TstStorageFaults)
#include "tst_storagefaults.moc"
