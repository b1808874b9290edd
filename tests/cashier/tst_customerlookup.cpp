// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CustomerLookup (cashier_app/customerlookup.h), the check-in dialog's customer search, under
// QAbstractItemModelTester against a real server (TestServer on the real clock): one request
// per pause in typing, by phone or name, the newest query's answer only; too little typed lists
// nothing; a pick; a new record made and picked; a refused one says why and picks nothing.
#include "customerlookup.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

class TestCustomerLookup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_customerlookup"));
    }

    void init()
    {
        m_server = TestServer::startOnRealClock();
        QVERIFY(m_server);
        const QString desk = m_server->login(str("cashier"), str("cashier"));
        for (const auto &[name, phone, notes] :
             { std::tuple { "Mali Srisuk", "+66 81 234 5678", "firm pressure" },
               std::tuple { "Malee Chanthra", "0899 111 222", "" },
               std::tuple { "Somchai Jaidee", "0823 456 789", "" } })
            QCOMPARE(m_server
                         ->post(str("/api/customers"),
                                { { str("name"), str(name) },
                                  { str("phone"), str(phone) },
                                  { str("notes"), str(notes) },
                                  { str("preferred_therapist_id"), 4 } },
                                desk)
                         .status,
                     201);
        m_session = std::make_unique<Session>();
        m_session->setServerUrl(m_server->url(QString()));
        m_session->login(str("cashier"), str("cashier"));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->loggedIn(), 5000);
    }

    void cleanup()
    {
        m_session.reset();
        m_server.reset();
    }

    void searchesOncePerPause()
    {
        CustomerLookup lookup;
        QAbstractItemModelTester tester(&lookup,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        lookup.setSession(m_session.get());
        lookup.setDebounceMs(150);
        QSignalSpy searching(&lookup, &CustomerLookup::searchingChanged);

        // Typed a letter at a time: one search, for what stands when typing pauses.
        for (const char *typed : { "M", "Ma", "Mal", "Mali" })
            lookup.setQuery(str(typed));
        QCOMPARE(lookup.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(lookup.count(), 1, 3000);
        QCOMPARE(searching.count(), 2); // on, then off: one request
        const QVariantMap mali = lookup.get(0);
        QCOMPARE(mali.value(str("name")).toString(), str("Mali Srisuk"));
        QCOMPARE(mali.value(str("notes")).toString(), str("firm pressure"));
        QCOMPARE(mali.value(str("preferred_therapist")).toString(), str("Budi"));
        QCOMPARE(mali.value(str("preferred_therapist_id")).toLongLong(), 4);
        QCOMPARE(mali.value(str("visit_count")).toInt(), 0);
        QCOMPARE(mali.value(str("spend")).toLongLong(), 0);
        QCOMPARE(mali.value(str("no_show_count")).toInt(), 0);
        QCOMPARE(mali.value(str("health_notes")).toString(), QString()); // null comes as ""

        // "Mal" finds both; by phone, the local way of writing it.
        lookup.setQuery(str("Mal"));
        QTRY_COMPARE_WITH_TIMEOUT(lookup.count(), 2, 3000);
        lookup.setQuery(str("0812345678"));
        QTRY_COMPARE_WITH_TIMEOUT(lookup.count(), 1, 3000);
        QCOMPARE(lookup.get(0).value(str("name")).toString(), str("Mali Srisuk"));

        // Too little to search: nothing listed, nothing asked.
        searching.clear();
        lookup.setQuery(str("08"));
        QCOMPARE(lookup.count(), 0);
        lookup.setQuery(str("M"));
        QTest::qWait(300);
        QCOMPARE(searching.count(), 0);
        QVERIFY(!CustomerLookup::searchable(str(" 0 8 ")));
        QVERIFY(CustomerLookup::searchable(str("081")));
        QVERIFY(CustomerLookup::searchable(str("Ab")));

        // An answer to an older query is dropped: "Somchai" typed while "Mal" was asked.
        lookup.setDebounceMs(0);
        lookup.setQuery(str("Mal"));
        QTest::qWait(1); // its request leaves
        lookup.setQuery(str("Somchai"));
        QTRY_VERIFY_WITH_TIMEOUT(!lookup.searching() && lookup.count() == 1, 3000);
        QTest::qWait(200);
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.get(0).value(str("name")).toString(), str("Somchai Jaidee"));
    }

    void picksAndMakes()
    {
        CustomerLookup lookup;
        QAbstractItemModelTester tester(&lookup,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        lookup.setSession(m_session.get());
        lookup.setDebounceMs(0);
        lookup.setQuery(str("0899111222"));
        QTRY_COMPARE_WITH_TIMEOUT(lookup.count(), 1, 3000);
        QSignalSpy selected(&lookup, &CustomerLookup::selectedChanged);
        lookup.select(5); // no such row: nothing
        QCOMPARE(selected.count(), 0);
        lookup.select(0);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(lookup.selected().value(str("name")).toString(), str("Malee Chanthra"));
        QVERIFY(lookup.selectedId() > 0);
        lookup.clearSelection();
        QCOMPARE(lookup.selectedId(), 0);

        // A new record needs a name and a phone.
        lookup.create(str("Nok Wongsa"), QString());
        QVERIFY(!lookup.error().isEmpty());
        QVERIFY(!lookup.creating());
        // A phone someone has is refused with the server's reason; nothing picked.
        lookup.create(str("Nok Wongsa"), str("0899 111 222"));
        QVERIFY(lookup.creating());
        QTRY_VERIFY_WITH_TIMEOUT(!lookup.creating(), 5000);
        QVERIFY(!lookup.error().isEmpty());
        QCOMPARE(lookup.selectedId(), 0);
        // A new one: made, listed and picked.
        QSignalSpy created(&lookup, &CustomerLookup::created);
        lookup.create(str("Nok Wongsa"), str("0866 555 444"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 5000);
        QVERIFY(lookup.error().isEmpty());
        QVERIFY(lookup.selectedId() > 0);
        QCOMPARE(lookup.selected().value(str("name")).toString(), str("Nok Wongsa"));
        QCOMPARE(lookup.count(), 1);
        const HttpResult stored = m_server->get(str("/api/customers/%1").arg(lookup.selectedId()),
                                                m_server->login(str("cashier"), str("cashier")));
        QCOMPARE(stored.status, 200);

        // Reset: as new.
        lookup.reset();
        QCOMPARE(lookup.count(), 0);
        QCOMPARE(lookup.selectedId(), 0);
        QVERIFY(lookup.query().isEmpty());
        QVERIFY(lookup.error().isEmpty());
    }
};

QTEST_MAIN(TestCustomerLookup)
#include "tst_customerlookup.moc"
