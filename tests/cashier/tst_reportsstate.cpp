// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Reports page's state (cashier_app/reportsstate.*, reportmodel.*) against a real in-process
// server: the presets count from the business day (this week from Monday, this month from the
// 1st), a custom range and its refusals, the server's report over the range, and the chart's
// model (a bar per day, per month past two months) under QAbstractItemModelTester.
#include "cashierstate.h"
#include "reportmodel.h"
#include "reportsstate.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

class TestReportsState : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presetsCountFromTheBusinessDay()
    {
        ReportsState r;
        r.setToday(str("2026-03-05")); // a Thursday
        QCOMPARE(r.preset(), str("today"));
        QCOMPARE(r.from(), str("2026-03-05"));
        QVERIFY(r.singleDay());
        r.setPreset(str("week"));
        QCOMPARE(r.from(), str("2026-03-02")); // Monday
        QCOMPARE(r.to(), str("2026-03-05"));
        QVERIFY(!r.singleDay());
        r.setPreset(str("month"));
        QCOMPARE(r.from(), str("2026-03-01"));
        QVERIFY(r.setCustom(str("2026-01-01"), str("2026-02-15")));
        QCOMPARE(r.preset(), str("custom"));
        QCOMPARE(r.to(), str("2026-02-15"));
        // Refused: nothing changes, the desk is told why.
        QVERIFY(!r.setCustom(str("2026-02-16"), str("2026-02-01")));
        QVERIFY(!r.error().isEmpty());
        QVERIFY(!r.setCustom(str("2026-02-30"), str("2026-03-01")));
        QCOMPARE(r.from(), str("2026-01-01"));
        QCOMPARE(r.to(), str("2026-02-15"));
    }

    void modelBarsPerDayThenPerMonth()
    {
        ReportModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Three days, money on two: a bar for each day, the empty one zero.
        m.setReport(QJsonObject { { str("from"), str("2026-03-01") },
                                  { str("to"), str("2026-03-03") },
                                  { str("by_day"),
                                    QJsonArray { QJsonObject { { str("date"), str("2026-03-01") },
                                                               { str("net_collected"), 40000 },
                                                               { str("visits"), 3 } },
                                                 QJsonObject { { str("date"), str("2026-03-03") },
                                                               { str("net_collected"), 10000 },
                                                               { str("visits"), 1 } } } } });
        QCOMPARE(m.rowCount(), 3);
        QVERIFY(!m.monthly());
        QCOMPARE(m.data(m.index(0), ReportModel::LabelRole).toString(), str("1"));
        QCOMPARE(m.data(m.index(1), ReportModel::AmountRole).toLongLong(), 0);
        QCOMPARE(m.data(m.index(0), ReportModel::FractionRole).toDouble(), 1.0);
        QCOMPARE(m.data(m.index(2), ReportModel::FractionRole).toDouble(), 0.25);
        // A year goes by month: 12 bars, days added into their month.
        m.setReport(QJsonObject {
            { str("from"), str("2025-03-06") },
            { str("to"), str("2026-03-05") },
            { str("by_day"),
              QJsonArray {
                  QJsonObject { { str("date"), str("2025-03-06") }, { str("net_collected"), 5 } },
                  QJsonObject { { str("date"), str("2025-03-31") }, { str("net_collected"), 7 } },
                  QJsonObject { { str("date"), str("2026-03-05") },
                                { str("net_collected"), 24 } } } } });
        QVERIFY(m.monthly());
        QCOMPARE(m.rowCount(), 13); // March 2025 … March 2026
        QCOMPARE(m.data(m.index(0), ReportModel::AmountRole).toLongLong(), 12);
        QCOMPARE(m.data(m.index(12), ReportModel::AmountRole).toLongLong(), 24);
        QCOMPARE(m.data(m.index(12), ReportModel::FractionRole).toDouble(), 1.0);
        m.setReport({}); // nothing yet
        QCOMPARE(m.rowCount(), 0);
    }

    void reportFromTheServer()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        // One visit paid today by card with a tip.
        const HttpResult in = server->post(str("/api/visits"),
                                           { { str("customer_name"), str("Mali") },
                                             { str("service_ids"), QJsonArray { 1 } },
                                             { str("therapist_id"), 3 } },
                                           desk);
        const qint64 id = qint64(in.json.value("visit").toObject().value("id").toDouble());
        QVERIFY(id > 0);
        for (const char *step : { "start", "complete" })
            QCOMPARE(
                server->post(str("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {}, desk)
                    .status,
                200);
        QCOMPARE(server
                     ->post(str("/api/visits/%1/payments").arg(id),
                            { { str("method"), str("card") },
                              { str("amount"), 45000 },
                              { str("tip"), 3000 },
                              { str("idempotency_key"), str("reports-state-0001") } },
                            desk)
                     .status,
                 201);

        CashierState state;
        state.setServerUrl(server->url(QString()));
        state.signIn(str("cashier"), str("cashier"));
        QTRY_VERIFY_WITH_TIMEOUT(state.signedIn(), 5000);
        ReportsState r;
        QAbstractItemModelTester tester(r.bars(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        r.setSession(state.session());
        r.setToday(server->today());
        r.setPreset(str("month"));
        QSignalSpy changed(&r, &ReportsState::reportChanged);
        r.refresh();
        QVERIFY(r.loading());
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1 && !r.loading(), 10000);
        QVERIFY2(r.error().isEmpty(), qPrintable(r.error()));
        QCOMPARE(r.report().value(str("from")).toString(), r.from());
        QCOMPARE(r.report().value(str("net_collected")).toLongLong(), 48000);
        QCOMPARE(r.bars()->rowCount(),
                 QDate::fromString(r.from(), Qt::ISODate)
                         .daysTo(QDate::fromString(r.to(), Qt::ISODate)) +
                     1);
        QCOMPARE(r.bars()
                     ->data(r.bars()->index(r.bars()->rowCount() - 1), ReportModel::AmountRole)
                     .toLongLong(),
                 48000);
        QCOMPARE(r.byTherapist().value(0).toMap().value(str("tips")).toLongLong(), 3000);
    }
};

QTEST_MAIN(TestReportsState)
#include "tst_reportsstate.moc"
