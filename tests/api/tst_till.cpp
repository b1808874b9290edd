// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The till over REST against a real spa-server (ephemeral port, temporary SQLite, demo venue,
// manual clock): the bill with service charge and VAT (฿1,000++ -> ฿1,177.00), rate changes
// that leave paid bills alone, cash rounding as its own line, gapless receipt numbers across a
// rolled-back payment, refunds (approval, over-refund, after the day's Z close), and cash shifts
// (float by denominations, pay-in/out, counted close with over/short, cash refused without a
// shift, the Z close refused while a shift is open).
#include "apiexpect.h"
#include "testserver.h"

#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

namespace {
using ApiExpect::at;
using ApiExpect::num;
// Demo venue ids (server/app/demodata.cpp); the demo admin's approval PIN is 9999.
constexpr qint64 kAdmin = 1, kAnna = 3;
constexpr qint64 kThai = 1, kAroma = 2, kHead = 5; // 45000, 120000, 25000

} // namespace

class TestTill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_s.reset(); }

    void thousandPlusPlusIsElevenSeventySeven();
    void rateChangeLeavesPaidBillsAlone();
    void netPricesExtractTheIncludedAmounts();
    void cashRoundingIsItsOwnLine();
    void badSettingsRefusedAndNothingChanges();
    void receiptNumbersSurviveARollback();
    void refundNeedsAnAdminOrTheirApproval();
    void adminChangesTheirOwnApprovalPin();
    void refundLimitsAndBadInput();
    void wrongApprovalPinsAreHeld();
    void refundAfterTheDayIsClosed();
    void cashNeedsAnOpenShift();
    void shiftCloseRecordsOverShort();
    void shiftBadInputChangesNothing();
    void zCloseRefusedWhileAShiftIsOpen();

private:
    // Checks in `services`, starts and completes: awaiting payment. 0 on failure.
    qint64 served(const QJsonArray &services, qint64 discount = 0);
    HttpResult pay(qint64 visit, const QString &method, qint64 amount, qint64 tip = 0,
                   qint64 tendered = -1);
    QJsonObject visit(qint64 id);
    HttpResult settings(const QJsonObject &body)
    {
        return m_s->put("/api/settings", body, m_admin);
    }
    qint64 openShiftId();
    // Closes the open shift counting exactly what it should hold.
    bool closeOpenShift();

    std::unique_ptr<TestServer> m_s;
    QString m_admin, m_cashier;
    int m_keys = 0;
};

void TestTill::init()
{
    m_s = std::make_unique<TestServer>();
    m_s->config.hub.commandsPerSecond = 0;
    QVERIFY(m_s->start());
    m_admin = m_s->login("admin", "admin");
    m_cashier = m_s->login("cashier", "cashier");
    QVERIFY(!m_admin.isEmpty() && !m_cashier.isEmpty());
}

qint64 TestTill::served(const QJsonArray &services, qint64 discount)
{
    const HttpResult in =
        m_s->post("/api/visits", { { "customer_name", "Malee Test" }, { "service_ids", services } },
                  m_cashier);
    const qint64 id = num(in.json, "visit.id");
    if (in.status != 201)
        return 0;
    if (discount > 0 &&
        m_s->post(QStringLiteral("/api/visits/%1/discount").arg(id),
                  { { "amount", discount }, { "reason", "voucher" } }, m_cashier)
                .status != 200)
        return 0;
    for (const char *step : { "assign", "start", "complete" }) {
        const QJsonObject body = QByteArray(step) == "assign"
            ? QJsonObject { { "therapist_id", kAnna } }
            : QJsonObject {};
        const HttpResult r = m_s->post(
            QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), body, m_cashier);
        if (r.status != 200) {
            qWarning() << step << r.status << r.raw;
            return 0;
        }
    }
    return id;
}

HttpResult TestTill::pay(qint64 visit, const QString &method, qint64 amount, qint64 tip,
                         qint64 tendered)
{
    QJsonObject body { { "method", method },
                       { "amount", amount },
                       { "idempotency_key", QStringLiteral("till-key-%1").arg(++m_keys) } };
    if (tip)
        body.insert("tip", tip);
    if (tendered >= 0)
        body.insert("tendered", tendered);
    return m_s->post(QStringLiteral("/api/visits/%1/payments").arg(visit), body, m_cashier);
}

QJsonObject TestTill::visit(qint64 id)
{
    return m_s->get(QStringLiteral("/api/visits/%1").arg(id), m_cashier)
        .json.value("visit")
        .toObject();
}

qint64 TestTill::openShiftId()
{
    const HttpResult r = m_s->get("/api/shifts", m_cashier);
    return r.json.value("open").isObject() ? num(r.json, "open.id") : 0;
}

bool TestTill::closeOpenShift()
{
    const HttpResult list = m_s->get("/api/shifts", m_cashier);
    if (!list.json.value("open").isObject())
        return false;
    const HttpResult r =
        m_s->post(QStringLiteral("/api/shifts/%1/close").arg(num(list.json, "open.id")),
                  { { "counted", num(list.json, "open.expected") } }, m_cashier);
    return r.status == 200;
}

void TestTill::thousandPlusPlusIsElevenSeventySeven()
{
    EXPECT(set,
           settings({ { "service_charge_percent", 10 },
                      { "tax_percent", 7 },
                      { "tax_label", "VAT" },
                      { "prices_include_tax", false } }),
           200);
    QCOMPARE(set.json.value("service_charge_percent").toDouble(), 10.0);
    QCOMPARE(set.json.value("tax_percent").toDouble(), 7.0);
    QCOMPARE(set.json.value("prices_include_tax").toBool(), false);

    // Aromatherapy ฿1,200 less a ฿200 voucher: ฿1,000++.
    const qint64 id = served({ kAroma }, 20000);
    QVERIFY(id > 0);
    QJsonObject v = visit(id);
    QCOMPARE(num(v, "subtotal"), 120000);
    QCOMPARE(num(v, "discount"), 20000);
    QCOMPARE(num(v, "net"), 100000);
    QCOMPARE(num(v, "service_charge"), 10000); // 10 % of 1,000.00
    QCOMPARE(num(v, "tax"), 7700); // 7 % of 1,100.00
    QCOMPARE(num(v, "total"), 117700); // ฿1,177.00
    QCOMPARE(num(v, "balance_due"), 117700);
    QCOMPARE(v.value("tax_label").toString(), QStringLiteral("VAT"));
    QVERIFY(v.value("receipt_no").isNull());

    // Split: ฿500 by card, the rest (฿677) in cash with a ฿50 tip from ฿800: change ฿73.
    EXPECT(card, pay(id, "card", 50000), 201);
    QCOMPARE(num(card.json, "visit.balance_due"), 67700);
    QVERIFY(card.json.value("visit").toObject().value("receipt_no").isNull());
    EXPECT(cash, pay(id, "cash", 67700, 5000, 80000), 201);
    QCOMPARE(num(cash.json, "change_due"), 7300);
    v = cash.json.value("visit").toObject();
    QCOMPARE(v.value("status").toString(), QStringLiteral("paid"));
    QCOMPARE(num(v, "receipt_no"), 1);
    QCOMPARE(v.value("paid_at").toString(), QStringLiteral("2026-03-02T09:00:00.000Z"));
    QCOMPARE(num(v, "total"), 117700);
    QCOMPARE(num(v, "tips"), 5000); // outside the bill: no service charge or VAT on it
    QCOMPARE(num(v, "paid"), 117700);

    // The day report carries the service charge and VAT of the bills settled that day.
    EXPECT(report, m_s->get("/api/reports/daily?date=2026-03-02", m_admin), 200);
    QCOMPARE(num(report.json, "service_charge"), 10000);
    QCOMPARE(num(report.json, "tax"), 7700);
    QCOMPARE(num(report.json, "bills.total"), 117700);
    QCOMPARE(num(report.json, "bills.first_receipt_no"), 1);
}

void TestTill::rateChangeLeavesPaidBillsAlone()
{
    QCOMPARE(settings({ { "tax_percent", 7 } }).status, 200);
    const qint64 paid = served({ kThai });
    const qint64 open = served({ kThai });
    QVERIFY(paid > 0 && open > 0);
    QCOMPARE(num(visit(paid), "total"), 48150); // 450.00 + 7 % (31.50)
    QCOMPARE(pay(paid, "card", 48150).status, 201);

    EXPECT(set, settings({ { "tax_percent", "10" }, { "service_charge_percent", "7.5" } }), 200);
    QCOMPARE(set.json.value("service_charge_percent").toDouble(), 7.5);
    // The paid bill keeps its receipt's lines and rates.
    const QJsonObject p = visit(paid);
    QCOMPARE(num(p, "tax"), 3150);
    QCOMPARE(num(p, "service_charge"), 0);
    QCOMPARE(p.value("tax_percent").toDouble(), 7.0);
    QCOMPARE(num(p, "total"), 48150);
    QCOMPARE(num(p, "balance_due"), 0);
    // The unpaid one follows the new rates: 450.00 + 7.5 % (33.75) = 483.75; 10 % = 48.375
    // -> 48.38; 532.13.
    const QJsonObject o = visit(open);
    QCOMPARE(num(o, "service_charge"), 3375);
    QCOMPARE(num(o, "tax"), 4838);
    QCOMPARE(num(o, "total"), 53213);
}

void TestTill::netPricesExtractTheIncludedAmounts()
{
    QCOMPARE(settings({ { "service_charge_percent", 10 },
                        { "tax_percent", 7 },
                        { "prices_include_tax", true } })
                 .status,
             200);
    // Thai massage at a net ฿450: VAT 450 - 450/1.07 (420.56) = 29.44; service 420.56 -
    // 420.56/1.10 (382.33) = 38.23; 382.33 + 38.23 + 29.44 = 450.00, still the menu price.
    const qint64 id = served({ kThai });
    const QJsonObject v = visit(id);
    QCOMPARE(num(v, "total"), 45000);
    QCOMPARE(num(v, "net"), 38233);
    QCOMPARE(num(v, "service_charge"), 3823);
    QCOMPARE(num(v, "tax"), 2944);
    QCOMPARE(v.value("prices_include_tax").toBool(), true);
    EXPECT(paid, pay(id, "card", 45000), 201);
    QCOMPARE(num(paid.json, "visit.tax"), 2944);
}

void TestTill::cashRoundingIsItsOwnLine()
{
    QCOMPARE(settings({ { "tax_percent", 7 }, { "cash_rounding", 25 } }).status, 200);
    // Head & shoulder ฿250 less 0.13: 249.87 + 7 % (17.4909 -> 17.49) = 267.36. In cash to the
    // nearest 25 satang: 267.25 (0.11 away; 267.50 is 0.14): rounding -0.11.
    const qint64 id = served({ kHead }, 13);
    QVERIFY(id > 0);
    QJsonObject v = visit(id);
    QCOMPARE(num(v, "total"), 26736);
    QCOMPARE(num(v, "cash_due"), 26725);
    // More than the balance and the rounded cash amount is too much.
    EXPECT_ERROR(pay(id, "cash", 26750), 422, "validation_failed");
    EXPECT(paid, pay(id, "cash", 26725, 0, 30000), 201);
    QCOMPARE(num(paid.json, "change_due"), 3275);
    QCOMPARE(num(paid.json, "payment.rounding"), -11);
    v = paid.json.value("visit").toObject();
    QCOMPARE(v.value("status").toString(), QStringLiteral("paid"));
    QCOMPARE(num(v, "rounding"), -11);
    QCOMPARE(num(v, "tax"), 1749);
    QCOMPARE(num(v, "total"), 26725); // 267.36 - 0.11
    QCOMPARE(num(v, "balance_due"), 0);
    EXPECT(report, m_s->get("/api/reports/daily", m_admin), 200);
    QCOMPARE(num(report.json, "rounding"), -11);
    QCOMPARE(num(report.json, "by_method.cash.amount"), 26725);

    // A card pays the exact bill, no rounding.
    const qint64 card = served({ kHead }, 13);
    QCOMPARE(num(visit(card), "cash_due"), 26725);
    EXPECT(byCard, pay(card, "card", 26736), 201);
    QCOMPARE(num(byCard.json, "visit.rounding"), 0);
    QCOMPARE(byCard.json.value("visit").toObject().value("status").toString(),
             QStringLiteral("paid"));
}

void TestTill::badSettingsRefusedAndNothingChanges()
{
    const QJsonObject before = m_s->get("/api/settings", m_admin).json;
    const QList<QJsonObject> bad = {
        { { "tax_percent", 101 } },
        { { "tax_percent", -1 } },
        { { "tax_percent", "abc" } },
        { { "tax_percent", 7.125 } },
        { { "service_charge_percent", "10%" } },
        { { "prices_include_tax", "yes" } },
        { { "cash_rounding", -1 } },
        { { "cash_rounding", 2.5 } },
        { { "tax_label", QString(21, QLatin1Char('x')) } },
        // One bad key spoils the whole change.
        { { "tax_percent", 7 }, { "service_charge_percent", 1000 } },
    };
    for (const QJsonObject &body : bad)
        EXPECT_ERROR(settings(body), 422, "validation_failed");
    QCOMPARE(m_s->get("/api/settings", m_admin).json, before);
    EXPECT_ERROR(m_s->put("/api/settings", { { "tax_percent", 7 } }, m_cashier), 403, "forbidden");
}

void TestTill::receiptNumbersSurviveARollback()
{
    const qint64 a = served({ kThai }), b = served({ kThai }), c = served({ kThai });
    QVERIFY(a > 0 && b > 0 && c > 0);
    QCOMPARE(num(pay(a, "card", 45000).json, "visit.receipt_no"), 1);
    // The payment's last statement fails after the receipt number was taken: all rolls back.
    Database &db = m_s->app->domain().database();
    db.exec(QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON events "
                           "WHEN NEW.type = 'payment_completed' "
                           "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    QVERIFY(db.lastOk());
    QCOMPARE(pay(b, "card", 45000).status, 500);
    db.exec(QStringLiteral("DROP TRIGGER temp.inject"));
    QCOMPARE(visit(b).value("status").toString(), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(visit(b), "paid"), 0);
    // The number came back: no gap.
    QCOMPARE(num(pay(c, "card", 45000).json, "visit.receipt_no"), 2);
    QCOMPARE(num(pay(b, "card", 45000).json, "visit.receipt_no"), 3);
    QSqlQuery q = db.exec(QStringLiteral("SELECT receipt_no, visit_id FROM receipts ORDER BY 1"));
    QList<QPair<qint64, qint64>> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    QCOMPARE(rows, (QList<QPair<qint64, qint64>> { { 1, a }, { 2, c }, { 3, b } }));
}

void TestTill::refundNeedsAnAdminOrTheirApproval()
{
    const qint64 id = served({ kThai });
    QCOMPARE(pay(id, "card", 45000).status, 201);
    const QJsonArray paymentsBefore = visit(id).value("payments").toArray();
    const QString path = QStringLiteral("/api/visits/%1/refunds").arg(id);
    const QJsonObject body { { "amount", 10000 },
                             { "method", "card" },
                             { "reason", "oil allergy" } };

    // A cashier alone: 403, nothing written.
    EXPECT_ERROR(m_s->post(path, body, m_cashier), 403, "forbidden");
    QJsonObject wrong = body;
    wrong.insert("approval", QJsonObject { { "username", "admin" }, { "pin", "1234" } });
    EXPECT_ERROR(m_s->post(path, wrong, m_cashier), 403, "forbidden");
    QJsonObject notAdmin = body;
    notAdmin.insert("approval", QJsonObject { { "username", "cashier" }, { "pin", "9999" } });
    EXPECT_ERROR(m_s->post(path, notAdmin, m_cashier), 403, "forbidden");
    QCOMPARE(num(visit(id), "refunded"), 0);

    // With the admin's PIN at the desk: taken, the approver recorded.
    QJsonObject approved = body;
    approved.insert("approval", QJsonObject { { "username", "admin" }, { "pin", "9999" } });
    EXPECT(r, m_s->post(path, approved, m_cashier), 201);
    QCOMPARE(num(r.json, "refund.approved_by"), kAdmin);
    QCOMPARE(num(r.json, "refund.amount"), 10000);
    QCOMPARE(num(r.json, "refund.receipt_no"), 1);
    QCOMPARE(num(r.json, "visit.refunded"), 10000);
    QCOMPARE(r.json.value("visit").toObject().value("status").toString(), QStringLiteral("paid"));
    // The original payment rows are as they were.
    QCOMPARE(visit(id).value("payments").toArray(), paymentsBefore);

    // An admin refunds on their own authority.
    EXPECT(own, m_s->post(path, body, m_admin), 201);
    QCOMPARE(num(own.json, "refund.approved_by"), kAdmin);
    QCOMPARE(num(own.json, "visit.refunded"), 20000);

    // A therapist may not refund at all.
    const QString anna = m_s->loginTherapist(kAnna, "1111");
    EXPECT_ERROR(m_s->post(path, body, anna), 403, "forbidden");

    EXPECT(report, m_s->get("/api/reports/daily", m_admin), 200);
    QCOMPARE(num(report.json, "refunds.count"), 2);
    QCOMPARE(num(report.json, "refunds.amount"), 20000);
    QCOMPARE(num(report.json, "net_collected"), 25000);
}

// The PIN an admin approves refunds with is theirs to change (POST /api/me/pin, proving the old
// one); the old PIN then approves nothing, the new one does.
void TestTill::adminChangesTheirOwnApprovalPin()
{
    const qint64 id = served({ kThai });
    QCOMPARE(pay(id, "card", 45000).status, 201);
    const QString path = QStringLiteral("/api/visits/%1/refunds").arg(id);
    EXPECT_ERROR(
        m_s->post("/api/me/pin", { { "old_pin", "1111" }, { "new_pin", "4321" } }, m_admin), 403,
        "wrong_secret");
    EXPECT(changed,
           m_s->post("/api/me/pin", { { "old_pin", "9999" }, { "new_pin", "4321" } }, m_admin),
           200);
    QVERIFY(!changed.json.value("token").toString().isEmpty());
    QJsonObject body { { "amount", 5000 }, { "method", "card" }, { "reason", "late start" } };
    body.insert("approval", QJsonObject { { "username", "admin" }, { "pin", "9999" } });
    EXPECT_ERROR(m_s->post(path, body, m_cashier), 403, "forbidden");
    body.insert("approval", QJsonObject { { "username", "admin" }, { "pin", "4321" } });
    EXPECT(r, m_s->post(path, body, m_cashier), 201);
    QCOMPARE(num(r.json, "refund.approved_by"), kAdmin);
}

void TestTill::refundLimitsAndBadInput()
{
    const qint64 id = served({ kThai });
    const qint64 unpaid = served({ kThai });
    QCOMPARE(pay(id, "cash", 45000, 0, 50000).status, 201);
    const QString path = QStringLiteral("/api/visits/%1/refunds").arg(id);
    auto refund = [&](qint64 amount, const QString &method, const QString &reason = "spill") {
        return m_s->post(path, { { "amount", amount }, { "method", method }, { "reason", reason } },
                         m_admin);
    };
    EXPECT_ERROR(refund(45001, "card"), 409, "over_refund");
    EXPECT_ERROR(refund(0, "card"), 422, "validation_failed");
    EXPECT_ERROR(refund(100, "cheque"), 422, "validation_failed");
    EXPECT_ERROR(refund(100, "card", ""), 422, "validation_failed");
    EXPECT_ERROR(m_s->post(QStringLiteral("/api/visits/%1/refunds").arg(unpaid),
                           { { "amount", 100 }, { "method", "card" }, { "reason", "x" } }, m_admin),
                 409, "illegal_state");
    EXPECT_ERROR(m_s->post("/api/visits/9999/refunds",
                           { { "amount", 100 }, { "method", "card" }, { "reason", "x" } }, m_admin),
                 404, "not_found");
    QCOMPARE(num(visit(id), "refunded"), 0);

    // Cash back comes out of the open shift's drawer.
    const qint64 shift = openShiftId();
    const qint64 before = num(m_s->get("/api/shifts", m_cashier).json, "open.expected");
    EXPECT(cash, refund(30000, "cash"), 201);
    QCOMPARE(num(cash.json, "refund.shift_id"), shift);
    QCOMPARE(num(m_s->get("/api/shifts", m_cashier).json, "open.expected"), before - 30000);
    // A retried refund (same key) gives nothing more back; the key for another refund is a 409.
    const QJsonObject keyed { { "amount", 5000 },
                              { "method", "card" },
                              { "reason", "spill" },
                              { "idempotency_key", "refund-key-0001" } };
    EXPECT(first, m_s->post(path, keyed, m_admin), 201);
    EXPECT(again, m_s->post(path, keyed, m_admin), 201);
    QVERIFY(again.json.value("replayed").toBool());
    QCOMPARE(num(again.json, "refund.id"), num(first.json, "refund.id"));
    QCOMPARE(num(visit(id), "refunded"), 35000);
    QJsonObject other = keyed;
    other.insert("amount", 6000);
    EXPECT_ERROR(m_s->post(path, other, m_admin), 409, "idempotency_key_reused");
    EXPECT(rest, refund(10000, "card"), 201);
    EXPECT_ERROR(refund(1, "card"), 409, "over_refund"); // all 450.00 given back
}

void TestTill::wrongApprovalPinsAreHeld()
{
    const qint64 id = served({ kThai });
    QCOMPARE(pay(id, "card", 45000).status, 201);
    const QString path = QStringLiteral("/api/visits/%1/refunds").arg(id);
    auto withPin = [&](const QString &pin) {
        return m_s->post(path,
                         { { "amount", 1000 },
                           { "method", "card" },
                           { "reason", "test" },
                           { "approval", QJsonObject { { "staff_id", kAdmin }, { "pin", pin } } } },
                         m_cashier);
    };
    for (int i = 0; i < 5; ++i)
        EXPECT_ERROR(withPin(QStringLiteral("000%1").arg(i)), 403, "forbidden");
    // The sixth try waits, even with the right PIN: PINs cannot be tried at machine speed.
    EXPECT_ERROR(withPin("9999"), 429, "too_many_attempts");
    QCOMPARE(num(visit(id), "refunded"), 0);
    m_s->clock.advanceSecs(15 * 60);
    m_cashier = m_s->login("cashier", "cashier");
    EXPECT(ok, withPin("9999"), 201);
}

void TestTill::refundAfterTheDayIsClosed()
{
    const qint64 id = served({ kThai });
    QCOMPARE(pay(id, "card", 45000).status, 201);
    QVERIFY(closeOpenShift());
    QCOMPARE(m_s->post("/api/days/2026-03-02/close", {}, m_admin).status, 201);
    const QJsonObject closed = m_s->get("/api/reports/daily?date=2026-03-02", m_admin).json;

    m_s->clock.set(QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC));
    m_admin = m_s->login("admin", "admin"); // yesterday's token has expired
    EXPECT(r,
           m_s->post(QStringLiteral("/api/visits/%1/refunds").arg(id),
                     { { "amount", 45000 }, { "method", "card" }, { "reason", "complaint" } },
                     m_admin),
           201);
    QCOMPARE(r.json.value("refund").toObject().value("business_date").toString(),
             QStringLiteral("2026-03-03"));
    // The closed day is as it was; the refund is on the day it was made.
    QCOMPARE(m_s->get("/api/reports/daily?date=2026-03-02", m_admin).json, closed);
    EXPECT(today, m_s->get("/api/reports/daily?date=2026-03-03", m_admin), 200);
    QCOMPARE(num(today.json, "refunds.amount"), 45000);
    QCOMPARE(num(today.json, "net_collected"), -45000);
}

void TestTill::cashNeedsAnOpenShift()
{
    const qint64 id = served({ kThai });
    QVERIFY(openShiftId() > 0); // the demo opens one for the demo cashier
    QVERIFY(closeOpenShift());
    EXPECT_ERROR(pay(id, "cash", 45000), 409, "no_open_shift");
    QVERIFY(m_s->post(QStringLiteral("/api/visits/%1/payments").arg(id),
                      { { "method", "cash" },
                        { "amount", 45000 },
                        { "idempotency_key", "no-shift-0001" } },
                      m_cashier)
                .json.value("error")
                .toObject()
                .value("message")
                .toString()
                .contains("open one"));
    QCOMPARE(num(visit(id), "paid"), 0);
    // Card needs no drawer.
    EXPECT(card, pay(id, "card", 45000), 201);
}

void TestTill::shiftCloseRecordsOverShort()
{
    QVERIFY(closeOpenShift());
    // ฿1,000 x 2 + ฿100 x 5 = ฿2,500 float, counted by denomination.
    const QJsonArray float2500 { QJsonObject { { "value", 100000 }, { "count", 2 } },
                                 QJsonObject { { "value", 10000 }, { "count", 5 } } };
    EXPECT(opened, m_s->post("/api/shifts", { { "denominations", float2500 } }, m_cashier), 201);
    const qint64 shift = num(opened.json, "shift.id");
    QCOMPARE(num(opened.json, "shift.opening_float"), 250000);
    QCOMPARE(opened.json.value("shift").toObject().value("status").toString(),
             QStringLiteral("open"));
    EXPECT_ERROR(m_s->post("/api/shifts", { { "float", 0 } }, m_cashier), 409, "shift_open");

    // ฿450 + ฿50 tip from ฿600: ฿100 change; the drawer gains ฿500.
    const qint64 id = served({ kThai });
    EXPECT(paid, pay(id, "cash", 45000, 5000, 60000), 201);
    QCOMPARE(num(paid.json, "payment.shift_id"), shift);
    const QString cashPath = QStringLiteral("/api/shifts/%1/cash").arg(shift);
    // The tip paid out to Anna in cash; a ฿100 top-up of change.
    EXPECT(out,
           m_s->post(cashPath,
                     { { "kind", "pay_out" }, { "amount", 5000 }, { "reason", "tip to Anna" } },
                     m_cashier),
           201);
    EXPECT(in,
           m_s->post(cashPath, { { "kind", "pay_in" }, { "amount", 10000 }, { "reason", "coins" } },
                     m_cashier),
           201);
    QCOMPARE(num(in.json, "shift.expected"), 250000 + 50000 - 5000 + 10000); // 3,050.00
    QCOMPARE(num(in.json, "shift.change_given"), 10000);
    QCOMPARE(num(in.json, "shift.tendered"), 60000);

    // Counted ฿3,040: ฿10 short.
    EXPECT(closed,
           m_s->post(QStringLiteral("/api/shifts/%1/close").arg(shift),
                     { { "counted", 304000 }, { "note", "one coin jar short" } }, m_cashier),
           200);
    const QJsonObject s = closed.json.value("shift").toObject();
    QCOMPARE(s.value("status").toString(), QStringLiteral("closed"));
    QCOMPARE(num(s, "expected"), 305000);
    QCOMPARE(num(s, "counted"), 304000);
    QCOMPARE(num(s, "over_short"), -1000);
    EXPECT_ERROR(m_s->post(QStringLiteral("/api/shifts/%1/close").arg(shift), { { "counted", 1 } },
                           m_cashier),
                 409, "shift_closed");
    EXPECT_ERROR(m_s->post(cashPath,
                           { { "kind", "pay_in" }, { "amount", 1 }, { "reason", "late" } },
                           m_cashier),
                 409, "shift_closed");
    // Later payments in the closed shift's drawer are refused: there is none open.
    EXPECT_ERROR(pay(served({ kThai }), "cash", 45000), 409, "no_open_shift");
}

void TestTill::shiftBadInputChangesNothing()
{
    const qint64 shift = openShiftId();
    QVERIFY(shift > 0);
    const QJsonObject before = m_s->get("/api/shifts", m_cashier).json;
    const QString cashPath = QStringLiteral("/api/shifts/%1/cash").arg(shift);
    EXPECT_ERROR(
        m_s->post(cashPath, { { "kind", "steal" }, { "amount", 1 }, { "reason", "x" } }, m_cashier),
        422, "validation_failed");
    EXPECT_ERROR(m_s->post(cashPath, { { "kind", "pay_out" }, { "amount", 0 }, { "reason", "x" } },
                           m_cashier),
                 422, "validation_failed");
    EXPECT_ERROR(m_s->post(cashPath, { { "kind", "pay_out" }, { "amount", 100 } }, m_cashier), 422,
                 "validation_failed");
    EXPECT_ERROR(m_s->post(cashPath,
                           { { "kind", "pay_out" }, { "amount", 99999999 }, { "reason", "x" } },
                           m_cashier),
                 409, "not_enough_cash");
    EXPECT_ERROR(m_s->post("/api/shifts/999/cash",
                           { { "kind", "pay_in" }, { "amount", 1 }, { "reason", "x" } }, m_cashier),
                 404, "not_found");
    const QString closePath = QStringLiteral("/api/shifts/%1/close").arg(shift);
    EXPECT_ERROR(m_s->post(closePath, {}, m_cashier), 422, "validation_failed");
    EXPECT_ERROR(m_s->post(closePath, { { "counted", -5 } }, m_cashier), 422, "validation_failed");
    EXPECT_ERROR(m_s->post(closePath,
                           { { "counted", 100 },
                             { "denominations",
                               QJsonArray { QJsonObject { { "value", 100 }, { "count", 2 } } } } },
                           m_cashier),
                 422, "validation_failed");
    EXPECT_ERROR(m_s->post(closePath, { { "counted", 100 }, { "extra", 1 } }, m_cashier), 422,
                 "validation_failed");
    const QString anna = m_s->loginTherapist(kAnna, "1111");
    EXPECT_ERROR(m_s->post(closePath, { { "counted", 100 } }, anna), 403, "forbidden");
    QCOMPARE(m_s->get("/api/shifts", m_cashier).json, before);
}

void TestTill::zCloseRefusedWhileAShiftIsOpen()
{
    const qint64 demoShift = openShiftId();
    const qint64 id = served({ kThai });
    QCOMPARE(pay(id, "cash", 45000).status, 201);
    EXPECT_ERROR(m_s->post("/api/days/2026-03-02/close", {}, m_admin), 409, "shift_open");
    QVERIFY(closeOpenShift());
    // A second shift the same day, opened and closed.
    EXPECT(second, m_s->post("/api/shifts", { { "float", 100000 } }, m_cashier), 201);
    QVERIFY(closeOpenShift());
    EXPECT(z, m_s->post("/api/days/2026-03-02/close", {}, m_admin), 201);
    const QJsonArray shifts = z.json.value("shifts").toArray();
    QCOMPARE(shifts.size(), 2);
    QCOMPARE(num(shifts.at(0).toObject(), "id"), demoShift);
    QCOMPARE(num(shifts.at(0).toObject(), "expected"), 500000 + 45000);
    QCOMPARE(num(shifts.at(0).toObject(), "over_short"), 0);
    QCOMPARE(num(shifts.at(1).toObject(), "id"), num(second.json, "shift.id"));
}

QTEST_GUILESS_MAIN(TestTill)
#include "tst_till.moc"
