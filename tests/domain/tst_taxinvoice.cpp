// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Full tax invoices (issue 14 item 2): the buyer recorded against a paid bill's receipt, through
// the command table over a real database (SQLite; through Qt Sql's prepared queries under
// SPA_STORE_STATEMENTS=qt; a throwaway PostgreSQL under SPA_TEST_ENGINE=postgres): one per
// receipt, journaled for the desk's room only, shown with the visit to the desk and not to a
// therapist, a new one after a void and a re-payment, and every refusal changing nothing.
#include "app/demodata.h"
#include "core/clock.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "domain/tillcommands.h"
#include "store/database.h"
#include "testengine.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QString describe(const Reply &r)
{
    if (r.isOk())
        return QStringLiteral("ok %1").arg(r.status());
    return QStringLiteral("%1 %2: %3").arg(r.status()).arg(r.errorCode(), r.errorMessage());
}

qint64 idOf(const QJsonValue &v)
{
    return qint64(v.toObject().value(QLatin1String("id")).toDouble());
}

QJsonObject buyer()
{
    return { { QStringLiteral("buyer_name"), QStringLiteral("บริษัท สยาม เวลเนส จำกัด") },
             { QStringLiteral("buyer_address"),
               QStringLiteral("99 Sukhumvit Rd, Khlong Toei\nBangkok 10110") },
             { QStringLiteral("buyer_tax_id"), QStringLiteral("0-1055-61234-56-7") } };
}
} // namespace

class TestTaxInvoice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordedForAPaidBill();
    void onePerReceipt();
    void newReceiptAfterVoidTakesItsOwn();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void onlyTheDesk();

private:
    Principal as(Principal::Role role, qint64 id) const;
    Reply issue(qint64 visitId, const QJsonObject &body,
                Principal::Role role = Principal::Role::Cashier);
    qint64 paidVisit();
    QString snapshot();

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_name;
    int m_counter = 0;
    ManualClock m_clock { kStart };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SpaDomain> m_domain;
    std::unique_ptr<Commands> m_commands;
    qint64 m_anna = 0, m_admin = 0, m_cashier = 0, m_thai = 0;
};

void TestTaxInvoice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString why = TestEngine::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") + why));
    const QString seedPath = TestEngine::fresh(m_dir, QStringLiteral("seed"));
    QVERIFY(!seedPath.isEmpty());
    m_template = TestEngine::postgres() ? QStringLiteral("seed")
                                        : m_dir.filePath(QStringLiteral("template.db"));
    Database db;
    QString error;
    QVERIFY2(db.open(seedPath, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    SpaDomain domain(db, m_clock);
    domain.venue().setSetting(QStringLiteral("timezone"), QStringLiteral("UTC"));
    seedDemo(domain, m_dir.path());
    auto idFor = [&](const char *sql, const char *name) {
        QSqlQuery q = db.exec(QLatin1String(sql), { QLatin1String(name) });
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    m_anna = idFor("SELECT id FROM staff WHERE display_name = ?", "Anna");
    m_admin = idFor("SELECT id FROM staff WHERE username = ?", "admin");
    m_cashier = idFor("SELECT id FROM staff WHERE username = ?", "cashier");
    m_thai = idFor("SELECT id FROM services WHERE name = ?", "Thai Massage");
    for (qint64 id : { m_anna, m_admin, m_cashier, m_thai })
        QVERIFY(id > 0);
    if (!TestEngine::postgres())
        QVERIFY2(db.backupTo(m_template, &error), qPrintable(error));
}

void TestTaxInvoice::init()
{
    m_clock.set(kStart);
    m_name = QStringLiteral("test-%1").arg(++m_counter);
    if (TestEngine::postgres()) {
        m_path = TestEngine::fresh(m_dir, m_name, m_template);
        QVERIFY(!m_path.isEmpty());
    } else {
        m_path = m_dir.filePath(m_name + QStringLiteral(".db"));
        QVERIFY(QFile::copy(m_template, m_path));
    }
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    QVERIFY2(m_db->migrate(&error), qPrintable(error));
    m_domain = std::make_unique<SpaDomain>(*m_db, m_clock);
    m_commands = std::make_unique<Commands>(*m_domain);
}

void TestTaxInvoice::cleanup()
{
    m_commands.reset();
    m_domain.reset();
    m_db.reset();
    TestEngine::discard(m_path, m_name);
}

Principal TestTaxInvoice::as(Principal::Role role, qint64 id) const
{
    Principal p;
    p.role = role;
    p.staffId = id;
    p.name = QStringLiteral("Someone");
    return p;
}

Reply TestTaxInvoice::issue(qint64 visitId, const QJsonObject &body, Principal::Role role)
{
    QJsonObject params = body;
    params.insert(QStringLiteral("visit_id"), visitId);
    const qint64 id = role == Principal::Role::Admin ? m_admin
        : role == Principal::Role::Therapist         ? m_anna
                                                     : m_cashier;
    return m_commands->run(QLatin1String(TillCommands::VisitTaxInvoice), params, as(role, id));
}

// A Thai massage checked in, served by Anna and paid by card; its id, 0 on failure.
qint64 TestTaxInvoice::paidVisit()
{
    const Principal desk = as(Principal::Role::Cashier, m_cashier);
    const Reply in =
        m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("Somchai") },
                                     { QStringLiteral("service_ids"), QJsonArray { m_thai } },
                                     { QStringLiteral("therapist_id"), m_anna } },
                                   desk);
    const qint64 id = idOf(in.body().value(QLatin1String("visit")));
    if (!in.isOk() || !m_domain->visits().start(id, desk).isOk() ||
        !m_domain->visits().complete(id, desk).isOk())
        return 0;
    const qint64 due = qint64(
        m_domain->views().visits().visitJson(id).value(QLatin1String("balance_due")).toDouble());
    static int serial = 0;
    const Reply paid = m_domain->till().pay(
        id,
        { { QStringLiteral("method"), QStringLiteral("card") },
          { QStringLiteral("amount"), due },
          { QStringLiteral("idempotency_key"), QStringLiteral("tax-test-%1").arg(++serial) } },
        desk);
    return paid.isOk() ? id : 0;
}

// Every row a tax invoice command could touch, and the journal's length.
QString TestTaxInvoice::snapshot()
{
    QStringList out;
    for (const char *sql : { "SELECT receipt_no, visit_id, buyer_name, buyer_address, "
                             "buyer_tax_id, staff_id FROM tax_invoices ORDER BY receipt_no",
                             "SELECT receipt_no, visit_id FROM receipts ORDER BY receipt_no",
                             "SELECT COUNT(*) FROM events" }) {
        QSqlQuery q = m_db->exec(QLatin1String(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

void TestTaxInvoice::recordedForAPaidBill()
{
    const qint64 visit = paidVisit();
    QVERIFY(visit > 0);
    const qint64 receipt = qint64(
        m_domain->views().visits().visitJson(visit).value(QLatin1String("receipt_no")).toDouble());
    QVERIFY(receipt > 0);
    // Before: the desk's visit says no invoice.
    const Reply before =
        m_domain->views().visits().getVisit(visit, as(Principal::Role::Cashier, m_cashier));
    QVERIFY(before.body()
                .value(QLatin1String("visit"))
                .toObject()
                .contains(QLatin1String("tax_invoice")));
    QVERIFY(before.body()
                .value(QLatin1String("visit"))
                .toObject()
                .value(QLatin1String("tax_invoice"))
                .isNull());

    const Reply r = issue(visit, buyer());
    QVERIFY2(r.isOk() && r.status() == 201, qPrintable(describe(r)));
    const QJsonObject inv = r.body().value(QLatin1String("tax_invoice")).toObject();
    QCOMPARE(qint64(inv.value(QLatin1String("receipt_no")).toDouble()), receipt);
    QCOMPARE(inv.value(QLatin1String("buyer_name")).toString(),
             QStringLiteral("บริษัท สยาม เวลเนส จำกัด"));
    QCOMPARE(inv.value(QLatin1String("buyer_address")).toString(),
             QStringLiteral("99 Sukhumvit Rd, Khlong Toei\nBangkok 10110"));
    QCOMPARE(inv.value(QLatin1String("buyer_tax_id")).toString(),
             QStringLiteral("0-1055-61234-56-7"));
    QCOMPARE(qint64(inv.value(QLatin1String("staff_id")).toDouble()), m_cashier);
    QCOMPARE(r.body()
                 .value(QLatin1String("visit"))
                 .toObject()
                 .value(QLatin1String("tax_invoice"))
                 .toObject(),
             inv);

    // The desk reads it with the visit; the journal has it, for no room.
    const QJsonObject read = m_domain->views()
                                 .visits()
                                 .getVisit(visit, as(Principal::Role::Admin, m_admin))
                                 .body()
                                 .value(QLatin1String("visit"))
                                 .toObject();
    QCOMPARE(read.value(QLatin1String("tax_invoice")).toObject(), inv);
    QSqlQuery j = m_db->exec(QStringLiteral("SELECT rooms, actor FROM events WHERE type = "
                                            "'visit.tax_invoice'"));
    QVERIFY(j.next());
    QCOMPARE(j.value(0).toString(), QStringLiteral("cashier"));
    QCOMPARE(j.value(1).toString(), QStringLiteral("staff:%1").arg(m_cashier));
    QVERIFY(!j.next());
}

void TestTaxInvoice::onePerReceipt()
{
    const qint64 visit = paidVisit();
    QVERIFY(visit > 0);
    QVERIFY(issue(visit, buyer()).isOk());
    const QString before = snapshot();
    QJsonObject other = buyer();
    other.insert(QStringLiteral("buyer_name"), QStringLiteral("Someone Else"));
    const Reply again = issue(visit, other, Principal::Role::Admin);
    QCOMPARE(again.status(), 409);
    QCOMPARE(again.errorCode(), QStringLiteral("tax_invoice_exists"));
    QVERIFY(again.errorMessage().contains(QStringLiteral("สยาม")));
    QCOMPARE(snapshot(), before);
}

void TestTaxInvoice::newReceiptAfterVoidTakesItsOwn()
{
    const qint64 visit = paidVisit();
    QVERIFY(visit > 0);
    QVERIFY(issue(visit, buyer()).isOk());
    QSqlQuery p =
        m_db->exec(QStringLiteral("SELECT id FROM payments WHERE visit_id = ?"), { visit });
    QVERIFY(p.next());
    const Reply voided = m_domain->till().voidPayment(
        p.value(0).toLongLong(), { { QStringLiteral("reason"), QStringLiteral("wrong card") } },
        as(Principal::Role::Admin, m_admin));
    QVERIFY2(voided.isOk(), qPrintable(describe(voided)));
    // Unpaid again: no invoice can be made for it.
    const Reply unpaid = issue(visit, buyer());
    QCOMPARE(unpaid.status(), 409);
    QCOMPARE(unpaid.errorCode(), QStringLiteral("illegal_state"));
    const qint64 due = qint64(
        m_domain->views().visits().visitJson(visit).value(QLatin1String("balance_due")).toDouble());
    QVERIFY(m_domain->till()
                .pay(visit,
                     { { QStringLiteral("method"), QStringLiteral("ewallet") },
                       { QStringLiteral("amount"), due },
                       { QStringLiteral("idempotency_key"), QStringLiteral("repaid-after-void") } },
                     as(Principal::Role::Cashier, m_cashier))
                .isOk());
    // The new receipt has no invoice yet; the old one keeps its own.
    const QJsonObject now = m_domain->views()
                                .visits()
                                .getVisit(visit, as(Principal::Role::Cashier, m_cashier))
                                .body()
                                .value(QLatin1String("visit"))
                                .toObject();
    QVERIFY(now.value(QLatin1String("tax_invoice")).isNull());
    const Reply second = issue(visit, buyer());
    QVERIFY2(second.isOk(), qPrintable(describe(second)));
    QSqlQuery n = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM tax_invoices WHERE visit_id = ?"),
                             { visit });
    QVERIFY(n.next());
    QCOMPARE(n.value(0).toInt(), 2);
}

void TestTaxInvoice::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");

    const QString longName(201, QLatin1Char('x'));
    QTest::newRow("no name") << "buyer_name" << QJsonValue(QJsonValue::Undefined) << 422
                             << "validation_failed"
                             << "'buyer_name' is required";
    QTest::newRow("blank name") << "buyer_name" << QJsonValue(QStringLiteral("   ")) << 422
                                << "validation_failed"
                                << "buyer_name";
    QTest::newRow("name too long")
        << "buyer_name" << QJsonValue(longName) << 422 << "validation_failed"
        << "buyer_name";
    QTest::newRow("name a number") << "buyer_name" << QJsonValue(42) << 422 << "validation_failed"
                                   << "'buyer_name' must be a string";
    QTest::newRow("no address") << "buyer_address" << QJsonValue(QJsonValue::Undefined) << 422
                                << "validation_failed"
                                << "'buyer_address' is required";
    QTest::newRow("address with escape")
        << "buyer_address" << QJsonValue(QStringLiteral("a\x1b[2Jb")) << 422 << "validation_failed"
        << "control characters";
    QTest::newRow("no tax id") << "buyer_tax_id" << QJsonValue(QJsonValue::Undefined) << 422
                               << "validation_failed"
                               << "'buyer_tax_id' is required";
    QTest::newRow("tax id without digits")
        << "buyer_tax_id" << QJsonValue(QStringLiteral("ABC")) << 422 << "validation_failed"
        << "buyer_tax_id";
    QTest::newRow("tax id with markup")
        << "buyer_tax_id" << QJsonValue(QStringLiteral("0105<b>61")) << 422 << "validation_failed"
        << "buyer_tax_id";
    QTest::newRow("tax id too long")
        << "buyer_tax_id" << QJsonValue(QString(31, QLatin1Char('1'))) << 422 << "validation_failed"
        << "buyer_tax_id";
    QTest::newRow("unknown field")
        << "buyer_phone" << QJsonValue(QStringLiteral("0812345678")) << 422 << "validation_failed"
        << "unknown field 'buyer_phone'";
}

void TestTaxInvoice::badInputChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const qint64 visit = paidVisit();
    QVERIFY(visit > 0);
    QJsonObject body = buyer();
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    const QString before = snapshot();
    const Reply r = issue(visit, body);
    QVERIFY2(!r.isOk() && r.status() == status && r.errorCode() == code &&
                 r.errorMessage().contains(says),
             qPrintable(describe(r)));
    QCOMPARE(snapshot(), before);
}

void TestTaxInvoice::onlyTheDesk()
{
    const qint64 visit = paidVisit();
    QVERIFY(visit > 0);
    // An unknown visit, and a visit not yet paid: refused, nothing written.
    const QString before = snapshot();
    const Reply unknown = issue(visit + 1000, buyer());
    QCOMPARE(unknown.status(), 404);
    const Principal desk = as(Principal::Role::Cashier, m_cashier);
    const Reply waiting =
        m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("Niran") },
                                     { QStringLiteral("service_ids"), QJsonArray { m_thai } } },
                                   desk);
    QVERIFY(waiting.isOk());
    const QString withWaiting = snapshot();
    const Reply early = issue(idOf(waiting.body().value(QLatin1String("visit"))), buyer());
    QCOMPARE(early.status(), 409);
    QCOMPARE(early.errorCode(), QStringLiteral("illegal_state"));
    QCOMPARE(snapshot(), withWaiting);
    QVERIFY(before != withWaiting); // the check-in itself was journaled

    // A therapist may not make one, nor read the buyer with the visit.
    const Reply therapist = issue(visit, buyer(), Principal::Role::Therapist);
    QCOMPARE(therapist.status(), 403);
    QVERIFY(issue(visit, buyer(), Principal::Role::Admin).isOk());
    const QJsonObject seen = m_domain->views()
                                 .visits()
                                 .getVisit(visit, as(Principal::Role::Therapist, m_anna))
                                 .body()
                                 .value(QLatin1String("visit"))
                                 .toObject();
    QVERIFY(seen.value(QLatin1String("tax_invoice")).isNull());
}

QTEST_GUILESS_MAIN(TestTaxInvoice)
#include "tst_taxinvoice.moc"
