// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Commissions, payouts and reports over any dates against a real spa-server (ephemeral port,
// temporary SQLite, demo venue, manual clock): percent and fixed commissions, a therapist's
// override, a rate change that leaves a paid visit alone; GET /api/reports over two days with
// a void, a refund, a cancellation and a no-show, each counted on its day; GET /api/payouts equal
// to the sum of the day reports it spans; quoted-vs-actual waits; the CSV forms; bad input.
#include "apiexpect.h"
#include "testserver.h"

#include "domain/daysummaries.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

namespace {
constexpr qint64 kThai = 1, kAroma = 2, kFoot = 3, kHead = 5; // 45000, 120000, 35000, 25000

using ApiExpect::at;
using ApiExpect::describe;
using ApiExpect::num;

// The row of `array` whose `key` is `value`.
QJsonObject rowOf(const QJsonValue &array, const char *key, const QJsonValue &value)
{
    for (const QJsonValue &v : array.toArray())
        if (v.toObject().value(QLatin1String(key)) == value)
            return v.toObject();
    return {};
}
} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_s.reset(); }

    void commissionsPercentFixedOverrideAndSnapshot();
    void reportCountsEachThingOnItsDay();
    void payoutsEqualTheSumOfTheDays();
    void quotedAgainstActualWaits();
    void closedDaysReadFromTheirSums();
    void csvForms();
    void badInputIsRefused();
    void commissionBadInputChangesNothing();

private:
    void seedTwoDays(); // the scenario below; QVERIFY inside
    qint64 checkIn(const QJsonArray &services);
    bool serve(qint64 visit, qint64 therapist);
    HttpResult pay(qint64 visit, const QString &method, qint64 amount, qint64 tip = 0);
    HttpResult report(const QString &from, const QString &to, const QString &path = "reports")
    {
        return m_s->get(QStringLiteral("/api/%1?from=%2&to=%3").arg(path, from, to), m_admin);
    }
    void newDay(const QDate &d, const QTime &t = QTime(9, 0))
    {
        m_s->clock.set(QDateTime(d, t, Qt::UTC));
        m_admin = m_s->login("admin", "admin"); // yesterday's tokens have expired
        m_cashier = m_s->login("cashier", "cashier");
    }
    qint64 therapist(const QString &name);
    qint64 storedCommission(qint64 visit);

    std::unique_ptr<TestServer> m_s;
    QString m_admin, m_cashier;
    qint64 m_anna = 0, m_budi = 0, m_chai = 0;
    qint64 m_v1 = 0, m_v2 = 0, m_v5 = 0, m_v6 = 0;
    int m_keys = 0;
};

void TestReports::init()
{
    m_s = std::make_unique<TestServer>();
    m_s->config.hub.commandsPerSecond = 0;
    QVERIFY(m_s->start());
    m_admin = m_s->login("admin", "admin");
    m_cashier = m_s->login("cashier", "cashier");
    QVERIFY(!m_admin.isEmpty() && !m_cashier.isEmpty());
    m_anna = therapist("Anna");
    m_budi = therapist("Budi");
    m_chai = therapist("Chai");
    QVERIFY(m_anna > 0 && m_budi > 0 && m_chai > 0);
}

qint64 TestReports::therapist(const QString &name)
{
    const HttpResult r = m_s->get("/api/therapists", m_cashier);
    return num(rowOf(r.json.value("therapists"), "name", name), "id");
}

qint64 TestReports::checkIn(const QJsonArray &services)
{
    const HttpResult in =
        m_s->post("/api/visits", { { "customer_name", "Malee Test" }, { "service_ids", services } },
                  m_cashier);
    return in.status == 201 ? num(in.json, "visit.id") : 0;
}

bool TestReports::serve(qint64 visit, qint64 therapistId)
{
    for (const char *step : { "assign", "start", "complete" }) {
        const QJsonObject body = QByteArray(step) == "assign"
            ? QJsonObject { { "therapist_id", therapistId } }
            : QJsonObject {};
        const HttpResult r =
            m_s->post(QStringLiteral("/api/visits/%1/%2").arg(visit).arg(QLatin1String(step)), body,
                      m_cashier);
        if (r.status != 200) {
            qWarning() << step << r.status << r.raw;
            return false;
        }
    }
    return true;
}

HttpResult TestReports::pay(qint64 visit, const QString &method, qint64 amount, qint64 tip)
{
    QJsonObject body { { "method", method },
                       { "amount", amount },
                       { "idempotency_key", QStringLiteral("reports-key-%1").arg(++m_keys) } };
    if (tip)
        body.insert("tip", tip);
    return m_s->post(QStringLiteral("/api/visits/%1/payments").arg(visit), body, m_cashier);
}

qint64 TestReports::storedCommission(qint64 visit)
{
    QSqlQuery q = m_s->app->domain().database().exec(
        QStringLiteral("SELECT SUM(commission) FROM visit_services WHERE visit_id = ?"), { visit });
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : -1;
}

// Two business days (the venue on UTC, demo prices, no service charge or tax):
// rates: Thai Massage 10 %, Aromatherapy a fixed ฿200.00, Budi's own Thai rate 15 %.
// 2026-03-02  V1 Thai ฿450 for Anna, card, tip ฿50            commission 10 % x 45000 = 4500
//             V2 Thai + Aroma ฿1,650 less ฿165 for Budi, cash  net 148500 split by price:
//                Thai 148500 x 450/1650 = 40500, Aroma 108000;
//                commission 15 % x 40500 = 6075 + 20000 fixed = 26075
//             V3 Foot cancelled, V4 Head no-show
//   then Thai goes to 20 % (V1 keeps its 4500)
// 2026-03-03  V5 Thai for Anna, card, tip ฿20                  commission 20 % x 45000 = 9000
//             V6 Head ฿250 for Chai (no commission): card, voided, paid again by e-wallet
//             V1 refunded ฿100 to the card (on this day)
void TestReports::seedTwoDays()
{
    EXPECT(thai,
           m_s->put("/api/services/1/commission", { { "type", "percent" }, { "percent", "10" } },
                    m_admin),
           200);
    QCOMPARE(at(thai.json, "commission.percent").toString(), QStringLiteral("10"));
    EXPECT(aroma,
           m_s->put("/api/services/2/commission", { { "type", "fixed" }, { "amount", 20000 } },
                    m_admin),
           200);
    QCOMPARE(num(aroma.json, "commission.amount"), 20000);
    EXPECT(budi,
           m_s->put("/api/services/1/commission",
                    { { "type", "percent" }, { "percent", 15 }, { "therapist_id", m_budi } },
                    m_admin),
           200);
    QCOMPARE(num(budi.json, "commission.overrides.0.therapist_id"), m_budi);
    QCOMPARE(at(budi.json, "commission.overrides.0.percent").toString(), QStringLiteral("15"));
    QCOMPARE(at(budi.json, "commission.percent").toString(), QStringLiteral("10"));

    m_v1 = checkIn({ kThai });
    QVERIFY(m_v1 > 0 && serve(m_v1, m_anna));
    QCOMPARE(pay(m_v1, "card", 45000, 5000).status, 201);
    m_v2 = checkIn({ kThai, kAroma });
    QVERIFY(m_v2 > 0);
    EXPECT(disc,
           m_s->post(QStringLiteral("/api/visits/%1/discount").arg(m_v2),
                     { { "amount", 16500 }, { "reason", "voucher" } }, m_cashier),
           200);
    QVERIFY(serve(m_v2, m_budi));
    QCOMPARE(pay(m_v2, "cash", 148500).status, 201);
    const qint64 v3 = checkIn({ kFoot }), v4 = checkIn({ kHead });
    QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/cancel").arg(v3), { { "reason", "left" } },
                       m_cashier)
                 .status,
             200);
    QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/no-show").arg(v4), {}, m_cashier).status,
             200);
    QCOMPARE(storedCommission(m_v1), 4500);
    QCOMPARE(storedCommission(m_v2), 26075);

    EXPECT(raise,
           m_s->put("/api/services/1/commission", { { "type", "percent" }, { "percent", "20" } },
                    m_admin),
           200);

    newDay(QDate(2026, 3, 3));
    m_v5 = checkIn({ kThai });
    QVERIFY(m_v5 > 0 && serve(m_v5, m_anna));
    QCOMPARE(pay(m_v5, "card", 45000, 2000).status, 201);
    m_v6 = checkIn({ kHead });
    QVERIFY(m_v6 > 0 && serve(m_v6, m_chai));
    EXPECT(first, pay(m_v6, "card", 25000), 201);
    EXPECT(voided,
           m_s->post(QStringLiteral("/api/payments/%1/void").arg(num(first.json, "payment.id")),
                     { { "reason", "wrong card" } }, m_admin),
           201);
    QCOMPARE(pay(m_v6, "ewallet", 25000).status, 201);
    EXPECT(refund,
           m_s->post(QStringLiteral("/api/visits/%1/refunds").arg(m_v1),
                     { { "amount", 10000 }, { "method", "card" }, { "reason", "complaint" } },
                     m_admin),
           201);
    // The paid visit kept the rate of its day; the new one took the new rate.
    QCOMPARE(storedCommission(m_v1), 4500);
    QCOMPARE(storedCommission(m_v5), 9000);
    QCOMPARE(storedCommission(m_v6), 0);
}

void TestReports::commissionsPercentFixedOverrideAndSnapshot()
{
    seedTwoDays();
    if (QTest::currentTestFailed())
        return;
    EXPECT(day1, report("2026-03-02", "2026-03-02"), 200);
    const QJsonObject anna = rowOf(day1.json.value("by_therapist"), "name", "Anna");
    QCOMPARE(num(anna, "services"), 1);
    QCOMPARE(num(anna, "commission"), 4500); // 10 %, not the later 20 %
    QCOMPARE(num(anna, "tips"), 5000);
    QCOMPARE(num(anna, "total"), 9500);
    const QJsonObject budi = rowOf(day1.json.value("by_therapist"), "name", "Budi");
    QCOMPARE(num(budi, "services"), 2);
    QCOMPARE(num(budi, "net"), 148500);
    QCOMPARE(num(budi, "commission"), 26075); // his 15 % on Thai + the fixed 20000
    const QJsonObject aroma = rowOf(day1.json.value("by_service"), "service_id", kAroma);
    QCOMPARE(num(aroma, "gross"), 120000);
    QCOMPARE(num(aroma, "net"), 108000);
    QCOMPARE(num(aroma, "commission"), 20000);

    // Removing Budi's override: his next Thai would earn the service's rate; his paid one stays.
    EXPECT(back,
           m_s->put("/api/services/1/commission",
                    { { "type", "default" }, { "therapist_id", m_budi } }, m_admin),
           200);
    QVERIFY(at(back.json, "commission.overrides").toArray().isEmpty());
    QCOMPARE(storedCommission(m_v2), 26075);
    EXPECT(services, m_s->get("/api/services", m_admin), 200);
    const QJsonObject thai = rowOf(services.json.value("services"), "id", kThai);
    QCOMPARE(at(thai, "commission.type").toString(), QStringLiteral("percent"));
    QCOMPARE(at(thai, "commission.percent").toString(), QStringLiteral("20"));
}

void TestReports::reportCountsEachThingOnItsDay()
{
    seedTwoDays();
    if (QTest::currentTestFailed())
        return;
    EXPECT(r, report("2026-03-01", "2026-03-04"), 200);
    const QJsonObject &j = r.json;
    QCOMPARE(num(j, "days"), 4);
    QCOMPARE(j.value("currency").toString(), QStringLiteral("THB"));
    // Visits by check-in day: 4 + 2; one cancelled, one no-show.
    QCOMPARE(num(j, "visits.total"), 6);
    QCOMPARE(num(j, "cancellations"), 1);
    QCOMPARE(num(j, "no_shows"), 1);
    // Bills: V1 45000, V2 148500 (165000 less 16500), V5 45000, V6 25000 (its re-payment).
    QCOMPARE(num(j, "bills.count"), 4);
    QCOMPARE(num(j, "bills.subtotal"), 45000 + 165000 + 45000 + 25000);
    QCOMPARE(num(j, "discounts.amount"), 16500);
    QCOMPARE(num(j, "discounts.count"), 1);
    QCOMPARE(num(j, "bills.net"), 263500);
    QCOMPARE(num(j, "service_charge"), 0);
    QCOMPARE(num(j, "tax"), 0);
    // Money: payments 45000 + 148500 + 45000 + 25000 - 25000 (void) + 25000 = 263500,
    // tips 5000 + 2000, one refund of 10000.
    QCOMPARE(num(j, "revenue"), 263500);
    QCOMPARE(num(j, "tips"), 7000);
    QCOMPARE(num(j, "voids.count"), 1);
    QCOMPARE(num(j, "voids.amount"), 25000);
    QCOMPARE(num(j, "refunds.count"), 1);
    QCOMPARE(num(j, "refunds.amount"), 10000);
    QCOMPARE(num(j, "net_collected"), 263500 + 7000 - 10000);
    QCOMPARE(num(j, "commission"), 4500 + 26075 + 9000);

    // By day: only days with something on them; the refund and the void on 03-03.
    QCOMPARE(j.value("by_day").toArray().size(), 2);
    const QJsonObject d1 = rowOf(j.value("by_day"), "date", "2026-03-02");
    const QJsonObject d2 = rowOf(j.value("by_day"), "date", "2026-03-03");
    QCOMPARE(num(d1, "visits"), 4);
    QCOMPARE(num(d1, "cancelled"), 1);
    QCOMPARE(num(d1, "no_show"), 1);
    QCOMPARE(num(d1, "net"), 193500);
    QCOMPARE(num(d1, "refunds"), 0);
    QCOMPARE(num(d1, "net_collected"), 193500 + 5000);
    QCOMPARE(num(d2, "voids"), 1);
    QCOMPARE(num(d2, "refunds"), 10000);
    QCOMPARE(num(d2, "net_collected"), 70000 + 2000 - 10000);

    // By method: a voided payment no longer counts; the refund goes back to the card.
    const QJsonObject card = rowOf(j.value("by_method"), "method", "card");
    QCOMPARE(num(card, "count"), 2); // V1, V5 (V6's card payment voided)
    QCOMPARE(num(card, "amount"), 90000);
    QCOMPARE(num(card, "tips"), 7000);
    QCOMPARE(num(card, "refunds"), 10000);
    QCOMPARE(num(rowOf(j.value("by_method"), "method", "cash"), "amount"), 148500);
    QCOMPARE(num(rowOf(j.value("by_method"), "method", "ewallet"), "count"), 1);

    // By service: Thai three times (45000 + 40500 + 45000 net).
    const QJsonObject thai = rowOf(j.value("by_service"), "service_id", kThai);
    QCOMPARE(num(thai, "count"), 3);
    QCOMPARE(num(thai, "net"), 130500);
    QCOMPARE(num(rowOf(j.value("by_service"), "service_id", kHead), "count"), 1);

    // The report matches the Z report of a day it covers (the day's own figures).
    EXPECT(z, m_s->get("/api/reports/daily?date=2026-03-03", m_admin), 200);
    EXPECT(one, report("2026-03-03", "2026-03-03"), 200);
    QCOMPARE(num(one.json, "revenue"), num(z.json, "revenue"));
    QCOMPARE(num(one.json, "tips"), num(z.json, "tips"));
    QCOMPARE(num(one.json, "refunds.amount"), num(z.json, "refunds.amount"));
    QCOMPARE(num(one.json, "voids.count"), num(z.json, "voids.count"));
    QCOMPARE(num(one.json, "net_collected"), num(z.json, "net_collected"));

    // A cashier reads reports too, without the commissions (the owner's business).
    EXPECT(desk, m_s->get("/api/reports?from=2026-03-01&to=2026-03-04", m_cashier), 200);
    QCOMPARE(num(desk.json, "net_collected"), num(j, "net_collected"));
    QVERIFY(!desk.json.contains("commission"));
    const QJsonObject deskAnna = rowOf(desk.json.value("by_therapist"), "name", "Anna");
    QCOMPARE(num(deskAnna, "tips"), 7000);
    QVERIFY(!deskAnna.contains("commission"));
    QVERIFY(!rowOf(desk.json.value("by_service"), "service_id", kThai).contains("commission"));
    QVERIFY(!desk.raw.contains("commission"));
    // An empty range is all zeros, not an error.
    EXPECT(empty, m_s->get("/api/reports?from=2025-01-01&to=2025-01-31", m_cashier), 200);
    QCOMPARE(num(empty.json, "revenue"), 0);
    QVERIFY(empty.json.value("by_day").toArray().isEmpty());
    QVERIFY(at(empty.json, "waits.actual_p90_min").isNull());
}

void TestReports::payoutsEqualTheSumOfTheDays()
{
    seedTwoDays();
    if (QTest::currentTestFailed())
        return;
    EXPECT(range, report("2026-03-02", "2026-03-03", "payouts"), 200);
    // By hand: Anna 4500 + 9000 commission, 5000 + 2000 tips = 20500 over 2 services;
    // Budi 26075 over 2; Chai 0 over 1. Totals: 5 services, 39575 + 7000 = 46575.
    const QJsonObject anna = rowOf(range.json.value("therapists"), "name", "Anna");
    QCOMPARE(num(anna, "services"), 2);
    QCOMPARE(num(anna, "commission"), 13500);
    QCOMPARE(num(anna, "tips"), 7000);
    QCOMPARE(num(anna, "total"), 20500);
    QCOMPARE(num(range.json, "totals.services"), 5);
    QCOMPARE(num(range.json, "totals.commission"), 39575);
    QCOMPARE(num(range.json, "totals.total"), 46575);

    // The same as the sum of the day reports it spans, therapist by therapist.
    QMap<QString, qint64> sums;
    for (const QString &day : { QStringLiteral("2026-03-02"), QStringLiteral("2026-03-03") }) {
        EXPECT(d, report(day, day), 200);
        for (const QJsonValue &t : d.json.value("by_therapist").toArray()) {
            const QString name = t.toObject().value("name").toString();
            for (const char *k : { "services", "commission", "tips", "total" })
                sums[name + QLatin1Char('.') + QLatin1String(k)] += num(t.toObject(), k);
        }
    }
    for (const QJsonValue &t : range.json.value("therapists").toArray()) {
        const QString name = t.toObject().value("name").toString();
        for (const char *k : { "services", "commission", "tips", "total" })
            QCOMPARE(num(t.toObject(), k), sums.value(name + QLatin1Char('.') + QLatin1String(k)));
    }
    QCOMPARE(sums.value("Anna.total") + sums.value("Budi.total") + sums.value("Chai.total"), 46575);

    // Payouts are an admin's: a cashier is refused.
    EXPECT_ERROR(m_s->get("/api/payouts?from=2026-03-02&to=2026-03-03", m_cashier), 403,
                 "forbidden");
}

void TestReports::quotedAgainstActualWaits()
{
    // Only Anna works: the first walk-in is quoted 0 and waits 10 min; the second, checked in
    // 5 min into Anna's 60-min service, is quoted what the screens showed (55) and waits 60 min.
    for (const qint64 t : { m_budi, m_chai })
        QCOMPARE(m_s->put(QStringLiteral("/api/therapists/%1/status").arg(t),
                          { { "status", "off" } }, m_cashier)
                     .status,
                 200);
    const qint64 a = checkIn({ kThai });
    QVERIFY(a > 0);
    m_s->clock.advanceSecs(10 * 60);
    QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/assign").arg(a),
                       { { "therapist_id", m_anna } }, m_cashier)
                 .status,
             200);
    QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/start").arg(a), {}, m_cashier).status, 200);
    m_s->clock.advanceSecs(5 * 60);
    const qint64 b = checkIn({ kHead });
    QVERIFY(b > 0);
    // What the desk's board quoted at check-in.
    EXPECT(board, m_s->get("/api/visits", m_cashier), 200);
    const qint64 quotedB = num(rowOf(board.json.value("visits"), "id", b), "estimated_wait_min");
    QVERIFY2(quotedB > 0, board.raw.constData());
    m_s->clock.advanceSecs(55 * 60);
    QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/complete").arg(a), {}, m_cashier).status,
             200);
    m_s->clock.advanceSecs(5 * 60); // Anna tidies the room: b starts 60 min after check-in
    QVERIFY(serve(b, m_anna));
    QSqlQuery q = m_s->app->domain().database().exec(
        QStringLiteral("SELECT id, quoted_wait_min, wait_s FROM visits ORDER BY id"));
    QVector<QList<qint64>> stored;
    while (q.next())
        stored.append(
            { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() });
    QCOMPARE(stored, (QVector<QList<qint64>> { { a, 0, 600 }, { b, quotedB, 3600 } }));

    EXPECT(r, report("2026-03-02", "2026-03-02"), 200);
    const QJsonObject w = r.json.value("waits").toObject();
    QCOMPARE(num(w, "count"), 2);
    // Averages: quoted (0 + q) / 2, actual (10 + 60) / 2 = 35.0; p90 by nearest rank of two
    // values is the larger; one visit waited longer than quoted unless q >= 60.
    QCOMPARE(w.value("quoted_avg_min").toDouble(), std::round(quotedB / 2.0 * 10) / 10);
    QCOMPARE(w.value("actual_avg_min").toDouble(), 35.0);
    QCOMPARE(num(w, "actual_p90_min"), 60);
    QCOMPARE(num(w, "quoted_p90_min"), quotedB);
    QCOMPARE(num(w, "longer_than_quoted"), quotedB < 60 ? 2 : 1);
}

// A closed day is read from its per-day sums (migration 11), written at the close: every
// report and payout over closed, open and mixed ranges is the same as when all was read live;
// a sum changed by hand shows in the report (so the sums are what is read); sums dropped are
// made again by the backfill a server runs at start.
void TestReports::closedDaysReadFromTheirSums()
{
    seedTwoDays();
    if (QTest::currentTestFailed())
        return;
    const QVector<QPair<QString, QString>> ranges { { "2026-03-02", "2026-03-02" },
                                                    { "2026-03-03", "2026-03-03" },
                                                    { "2026-03-02", "2026-03-03" },
                                                    { "2026-02-01", "2026-03-31" },
                                                    { "2026-03-03", "2027-01-01" } };
    const auto all = [&] {
        QStringList out;
        for (const auto &r : ranges)
            for (const char *path : { "reports", "payouts" }) {
                const HttpResult h = report(r.first, r.second, path);
                out.append(QString::number(h.status) + QString::fromUtf8(h.raw));
            }
        return out;
    };
    const QStringList live = all();
    Database &db = m_s->app->domain().database();
    const auto closeDay = [&](const QString &day) {
        QSqlQuery open = db.exec(QStringLiteral("SELECT id FROM cash_shifts WHERE open_flag = 1"));
        while (open.next())
            QCOMPARE(
                m_s->post(QStringLiteral("/api/shifts/%1/close").arg(open.value(0).toLongLong()),
                          { { "counted", 0 } }, m_admin)
                    .status,
                200);
        EXPECT(closed, m_s->post(QStringLiteral("/api/days/%1/close").arg(day), {}, m_admin), 201);
    };
    const auto summedDays = [&] {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM report_days"));
        return q.next() ? q.value(0).toInt() : -1;
    };

    // 2 March closed: ranges over it mix its sums with live days.
    closeDay("2026-03-02");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(summedDays(), 1);
    QCOMPARE(all(), live);

    // The sums are what is read: one satang more in them is one more in the report.
    db.exec(QStringLiteral("UPDATE report_bills SET total = total + 1 WHERE business_date = ?"),
            { QStringLiteral("2026-03-02") });
    EXPECT(tampered, report("2026-03-02", "2026-03-02"), 200);
    db.exec(QStringLiteral("UPDATE report_bills SET total = total - 1 WHERE business_date = ?"),
            { QStringLiteral("2026-03-02") });
    EXPECT(after, report("2026-03-02", "2026-03-02"), 200);
    QCOMPARE(num(tampered.json, "bills.total"), num(after.json, "bills.total") + 1);

    // Both days closed (the next morning): everything from the sums, still the same.
    newDay(QDate(2026, 3, 4));
    closeDay("2026-03-03");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(summedDays(), 2);
    QCOMPARE(all(), live);

    // Sums lost (a database from before them): the start-up backfill makes them again.
    for (const char *table : { "report_visits", "report_bills", "report_payments", "report_refunds",
                               "report_lines", "report_waits", "report_days" })
        db.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    QCOMPARE(summedDays(), 0);
    QCOMPARE(DaySummaries::backfill(db), 2);
    QCOMPARE(DaySummaries::backfill(db), 0);
    QCOMPARE(summedDays(), 2);
    QCOMPARE(all(), live);
}

void TestReports::csvForms()
{
    seedTwoDays();
    if (QTest::currentTestFailed())
        return;
    EXPECT(csv, m_s->get("/api/payouts?from=2026-03-02&to=2026-03-03&format=csv", m_admin), 200);
    QCOMPARE(csv.header("content-type"), QByteArray("text/csv; charset=utf-8"));
    const QList<QByteArray> lines = csv.raw.split('\n');
    QCOMPARE(lines.value(0), QByteArray("name,therapist_id,services,net,commission,tips,total\r"));
    QCOMPARE(
        lines.value(1),
        QByteArray("Anna,%1,2,90000,13500,7000,20500\r").replace("%1", QByteArray::number(m_anna)));
    QVERIFY2(csv.raw.contains("\r\ntotal,,5,,39575,7000,46575\r\n"), csv.raw.constData());

    EXPECT(rc, m_s->get("/api/reports?from=2026-03-02&to=2026-03-03&format=csv", m_cashier), 200);
    QVERIFY(rc.raw.startsWith("summary,value\r\nfrom,2026-03-02\r\n"));
    QVERIFY2(rc.raw.contains("\r\nnet_collected,260500\r\n"), rc.raw.constData());
    QVERIFY(rc.raw.contains(
        "\r\n2026-03-03,2,0,0,2,70000,0,70000,0,0,70000,70000,2000,1,10000,62000\r\n"));
    QVERIFY(rc.raw.contains("\r\ncard,2,90000,7000,97000,10000\r\n"));
}

void TestReports::badInputIsRefused()
{
    const auto refused = [this](const QString &query, const QString &needle) {
        const HttpResult r = m_s->get(QStringLiteral("/api/reports") + query, m_admin);
        QVERIFY2(r.status == 422, describe(r, 422).constData());
        QCOMPARE(r.errorCode(), QStringLiteral("validation_failed"));
        const QString message = r.json.value("error").toObject().value("message").toString();
        QVERIFY2(message.contains(needle), qPrintable(message));
    };
    refused("", "'from' is required");
    refused("?from=2026-03-01", "'to' is required");
    refused("?from=2026-3-1&to=2026-03-02", "YYYY-MM-DD");
    refused("?from=2026-02-30&to=2026-03-02", "'from' must be a date");
    refused("?from=2026-03-01&to=yesterday", "'to' must be a date");
    refused("?from=2026-03-05&to=2026-03-01", "is after 'to'");
    // Ten years is the most: from 2016-03-01 to 2026-02-28 is taken, a day more is not.
    QCOMPARE(m_s->get("/api/reports?from=2016-03-01&to=2026-02-28", m_admin).status, 200);
    refused("?from=2016-03-01&to=2026-03-01", "less than ten years");
    refused("?from=2026-03-01&to=2026-03-02&format=xlsx", "'format' must be json or csv");
    // The same checks guard the payouts.
    EXPECT_ERROR(m_s->get("/api/payouts?from=2026-03-05&to=2026-03-01", m_admin), 422,
                 "validation_failed");

    // Roles: no token, a therapist, a wall monitor.
    EXPECT_ERROR(m_s->get("/api/reports?from=2026-03-01&to=2026-03-02"), 401, "unauthorized");
    const QString anna = m_s->post("/api/login", { { "staff_id", m_anna }, { "pin", "1111" } })
                             .json.value("token")
                             .toString();
    QVERIFY(!anna.isEmpty());
    EXPECT_ERROR(m_s->get("/api/reports?from=2026-03-01&to=2026-03-02", anna), 403, "forbidden");
    EXPECT_ERROR(m_s->get("/api/payouts?from=2026-03-01&to=2026-03-02", anna), 403, "forbidden");
    EXPECT_ERROR(m_s->post("/api/reports?from=2026-03-01&to=2026-03-02", {}, m_admin), 405,
                 "method_not_allowed");
}

void TestReports::commissionBadInputChangesNothing()
{
    const auto rate = [this] {
        return m_s->get("/api/services", m_admin)
            .json.value("services")
            .toArray()
            .at(0)
            .toObject()
            .value("commission");
    };
    const QJsonValue before = rate();
    QCOMPARE(before.toObject().value("type").toString(), QStringLiteral("none"));
    const QString path = QStringLiteral("/api/services/%1/commission").arg(kThai);
    EXPECT_ERROR(m_s->put(path, {}, m_admin), 422, "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "bonus" } }, m_admin), 422, "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "percent" } }, m_admin), 422, "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "percent" }, { "percent", "150" } }, m_admin), 422,
                 "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "percent" }, { "percent", "12.345" } }, m_admin), 422,
                 "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "fixed" }, { "amount", -5 } }, m_admin), 422,
                 "validation_failed");
    EXPECT_ERROR(m_s->put(path, { { "type", "fixed" }, { "amount", "100" } }, m_admin), 422,
                 "validation_failed");
    // "default" only removes a therapist's override; the service itself has no default above it.
    EXPECT_ERROR(m_s->put(path, { { "type", "default" } }, m_admin), 422, "validation_failed");
    EXPECT_ERROR(
        m_s->put(path, { { "type", "fixed" }, { "amount", 100 }, { "therapist_id", 1 } }, m_admin),
        422, "validation_failed"); // the admin, not a therapist
    EXPECT_ERROR(m_s->put("/api/services/999/commission", { { "type", "none" } }, m_admin), 404,
                 "not_found");
    EXPECT_ERROR(m_s->put(path, { { "type", "none" } }, m_cashier), 403, "forbidden");
    QCOMPARE(rate(), before);
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
