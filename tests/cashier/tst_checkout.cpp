// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The front desk's checkout arithmetic (cashier_app/checkout.h), without a server: subtotal,
// discount (amount, or percent rounded half up as the server does), total, balance due after an
// earlier partial payment, tip (percent of the total after discount, or an amount), the split into
// payment lines, what is still to allocate, change due for cash, every reason Pay is refused, the
// quick tender amounts, and Format::parseMoney (what the money fields accept). The Checkout model
// is watched by QAbstractItemModelTester in every test.
#include "checkout.h"
#include "format.h"
#include "printouts.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

// A visit as the server sends it (REST / cashier_queue_updated), trimmed to what Checkout reads.
QVariantMap visitMap(qint64 subtotal, qint64 paid = 0, qint64 discount = 0,
                     const QString &reason = QString(),
                     const QString &status = QStringLiteral("awaiting_payment"))
{
    return { { str("id"), 7 },
             { str("ticket"), str("007") },
             { str("customer_name"), str("Mali Srisuk") },
             { str("status"), status },
             { str("currency"), str("THB") },
             { str("subtotal"), subtotal },
             { str("discount"), discount },
             { str("discount_reason"), reason.isEmpty() ? QVariant() : QVariant(reason) },
             { str("total"), subtotal - discount },
             { str("paid"), paid },
             { str("tips"), 0 },
             { str("balance_due"), subtotal - discount - paid },
             { str("therapist"), QVariantMap { { str("id"), 3 }, { str("name"), str("Anna") } } } };
}

// The server's rounding for a percent discount (server/domain/visits.cpp): half up to a minor unit.
qint64 serverPercent(qint64 subtotal, qint64 percent)
{
    return (subtotal * percent + 50) / 100;
}

} // namespace

class TestCheckout : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Checkout> co;
    std::unique_ptr<QAbstractItemModelTester> tester;

    QVariant role(int row, Checkout::Role r) const { return co->data(co->index(row), r); }
    qint64 amount(int row) const { return role(row, Checkout::AmountRole).toLongLong(); }
    qint64 tendered(int row) const { return role(row, Checkout::TenderedRole).toLongLong(); }
    qint64 lineTip(int row) const { return role(row, Checkout::TipRole).toLongLong(); }
    qint64 change(int row) const { return role(row, Checkout::ChangeRole).toLongLong(); }
    QString method(int row) const { return role(row, Checkout::MethodRole).toString(); }
    QString key(int row) const { return role(row, Checkout::KeyRole).toString(); }

    // Every derived figure agrees with the others, whatever the state.
    void checkInvariants()
    {
        QCOMPARE(co->total(), co->subtotal() - co->discount());
        QCOMPARE(co->due(), co->total() - co->alreadyPaid());
        QCOMPARE(co->remaining(), co->due() - co->allocated());
        QCOMPARE(co->tipToTake(), std::max<qint64>(0, co->tip() - co->tipsRecorded()));
        QCOMPARE(co->toCollect(), co->due() + (co->rowCount() > 0 ? co->tipToTake() : 0));
        qint64 allocated = 0, changeDue = 0, tips = 0;
        for (int r = 0; r < co->rowCount(); ++r) {
            allocated += amount(r);
            changeDue += change(r);
            tips += lineTip(r);
            QCOMPARE(role(r, Checkout::ChargedRole).toLongLong(), amount(r) + lineTip(r));
        }
        QCOMPARE(co->allocated(), allocated);
        QCOMPARE(co->changeDue(), changeDue);
        QCOMPARE(tips, co->rowCount() > 0 ? co->tipToTake() : 0); // the tip is on exactly one line
        QCOMPARE(co->canPay(), co->problem().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        co = std::make_unique<Checkout>();
        tester = std::make_unique<QAbstractItemModelTester>(
            co.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        if (co && !QTest::currentTestFailed())
            checkInvariants();
        tester.reset();
        co.reset();
    }

    // ---- Format::parseMoney: what the money fields accept -------------------------------------

    void parseMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("minor");
        QTest::newRow("whole") << str("450") << 45000.0;
        QTest::newRow("one decimal") << str("450.5") << 45050.0;
        QTest::newRow("two decimals") << str("450.50") << 45050.0;
        QTest::newRow("decimal comma") << str("450,50") << 45050.0;
        QTest::newRow("cents") << str("450.05") << 45005.0;
        QTest::newRow("zero") << str("0") << 0.0;
        QTest::newRow("spaces around") << str(" 12 ") << 1200.0;
        QTest::newRow("big") << str("123456789012") << 12345678901200.0;
        QTest::newRow("empty") << str("") << -1.0;
        QTest::newRow("blank") << str("   ") << -1.0;
        QTest::newRow("letters") << str("abc") << -1.0;
        QTest::newRow("digits and letters") << str("12a") << -1.0;
        QTest::newRow("three decimals") << str("1.234") << -1.0;
        QTest::newRow("thousands separator") << str("1,234.56") << -1.0;
        QTest::newRow("negative") << str("-5") << -1.0;
        QTest::newRow("negative decimals") << str("-450.50") << -1.0;
        QTest::newRow("trailing point") << str("12.") << -1.0;
        QTest::newRow("leading point") << str(".5") << -1.0;
        QTest::newRow("two points") << str("1.2.3") << -1.0;
        QTest::newRow("exponent") << str("1e3") << -1.0;
        QTest::newRow("plus sign") << str("+5") << -1.0;
    }

    void parseMoney()
    {
        QFETCH(QString, text);
        QFETCH(double, minor);
        QCOMPARE(Format::parseMoney(text), minor);
    }

    // ---- opening a visit ----------------------------------------------------------------------

    void noVisit()
    {
        QCOMPARE(co->rowCount(), 0);
        QCOMPARE(co->subtotal(), 0);
        QCOMPARE(co->due(), 0);
        QCOMPARE(co->problem(), str("Open a visit to check out"));
        QVERIFY(!co->canPay());
        QVERIFY(!co->busy());
        QVERIFY(!co->completed());
    }

    void openVisit()
    {
        QSignalSpy visitChanged(co.get(), &Checkout::visitChanged);
        QSignalSpy changed(co.get(), &Checkout::changed);
        QSignalSpy reset(co.get(), &QAbstractItemModel::modelReset);
        co->setVisit(visitMap(70000));
        QCOMPARE(visitChanged.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(reset.count(), 1);

        QCOMPARE(co->currency(), str("THB"));
        QCOMPARE(co->subtotal(), 70000);
        QCOMPARE(co->discountMode(), str("none"));
        QCOMPARE(co->discount(), 0);
        QCOMPARE(co->total(), 70000);
        QCOMPARE(co->alreadyPaid(), 0);
        QCOMPARE(co->due(), 70000);
        QCOMPARE(co->tipMode(), str("none"));
        QCOMPARE(co->tip(), 0);
        // One cash line for the whole balance, paid exactly.
        QCOMPARE(co->rowCount(), 1);
        QCOMPARE(method(0), str("cash"));
        QCOMPARE(amount(0), 70000);
        QCOMPARE(tendered(0), -1);
        QCOMPARE(change(0), 0);
        QCOMPARE(role(0, Checkout::PaidRole).toBool(), false);
        QCOMPARE(role(0, Checkout::LockedRole).toBool(), false);
        QCOMPARE(co->allocated(), 70000);
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->changeDue(), 0);
        QCOMPARE(co->toCollect(), 70000);
        QCOMPARE(co->problem(), QString());
        QVERIFY(co->canPay());
        QVERIFY(co->error().isEmpty());
        // An idempotency key the server accepts (8 to 100 characters).
        QVERIFY(key(0).size() >= 8 && key(0).size() <= 100);
    }

    void roleNames()
    {
        const QHash<int, QByteArray> names = co->roleNames();
        for (const char *n :
             { "method", "amount", "tendered", "tip", "change", "paid", "key", "locked" })
            QVERIFY2(names.values().contains(QByteArray(n)), n);
        co->setVisit(visitMap(45000));
        QVERIFY(!co->data(co->index(0), Qt::DisplayRole).isValid());
        QVERIFY(!co->data(co->index(5), Checkout::AmountRole).isValid());
    }

    void olderVisitWithoutSubtotal()
    {
        QVariantMap v = visitMap(35000);
        v.remove(str("subtotal"));
        v.remove(str("discount"));
        co->setVisit(v);
        QCOMPARE(co->subtotal(), 35000);
        QCOMPARE(co->due(), 35000);
        QCOMPARE(amount(0), 35000);
    }

    void reopeningResets()
    {
        co->setVisit(visitMap(70000));
        const QString first = key(0);
        co->setDiscountMode(str("amount"));
        co->setDiscountValue(5000);
        co->setDiscountReason(str("loyal"));
        co->setTipMode(str("percent"));
        co->setTipValue(10);
        co->addLine(str("card"));
        co->setVisit(visitMap(45000));
        QCOMPARE(co->rowCount(), 1);
        QCOMPARE(co->discountMode(), str("none"));
        QCOMPARE(co->discount(), 0);
        QCOMPARE(co->discountReason(), QString());
        QCOMPARE(co->tipMode(), str("none"));
        QCOMPARE(co->tip(), 0);
        QCOMPARE(amount(0), 45000);
        QVERIFY(key(0) != first); // a new intended payment gets a new key
    }

    // ---- discount -----------------------------------------------------------------------------

    void discount_data()
    {
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("discount");
        QTest::newRow("none") << qint64(70000) << str("none") << qint64(0) << qint64(0);
        QTest::newRow("amount") << qint64(70000) << str("amount") << qint64(5000) << qint64(5000);
        QTest::newRow("amount, the whole bill")
            << qint64(70000) << str("amount") << qint64(70000) << qint64(70000);
        QTest::newRow("10%") << qint64(70000) << str("percent") << qint64(10) << qint64(7000);
        QTest::newRow("10% of 123.45: 12.345 up")
            << qint64(12345) << str("percent") << qint64(10) << qint64(1235);
        QTest::newRow("33% of 123.45: 40.7385 up")
            << qint64(12345) << str("percent") << qint64(33) << qint64(4074);
        QTest::newRow("15% of 123.30: exactly .5 up")
            << qint64(12330) << str("percent") << qint64(15) << qint64(1850);
        QTest::newRow("1% of 1.50: .5 up")
            << qint64(150) << str("percent") << qint64(1) << qint64(2);
        QTest::newRow("1% of 1.49: .49 down")
            << qint64(149) << str("percent") << qint64(1) << qint64(1);
        QTest::newRow("7% of 9.99") << qint64(999) << str("percent") << qint64(7) << qint64(70);
        QTest::newRow("0%") << qint64(70000) << str("percent") << qint64(0) << qint64(0);
        QTest::newRow("100%") << qint64(70000) << str("percent") << qint64(100) << qint64(70000);
    }

    void discount()
    {
        QFETCH(qint64, subtotal);
        QFETCH(QString, mode);
        QFETCH(qint64, value);
        QFETCH(qint64, discount);
        co->setVisit(visitMap(subtotal));
        co->setDiscountMode(mode);
        co->setDiscountValue(value);
        co->setDiscountReason(str("birthday"));
        QCOMPARE(co->discountMode(), mode);
        QCOMPARE(co->discount(), discount);
        if (mode == QLatin1String("percent"))
            QCOMPARE(co->discount(), serverPercent(subtotal, value));
        QCOMPARE(co->total(), subtotal - discount);
        QCOMPARE(co->due(), subtotal - discount);
        // The single line follows the balance.
        QCOMPARE(co->rowCount(), 1);
        QCOMPARE(amount(0), subtotal - discount);
        QCOMPARE(co->remaining(), 0);
        // A discount of the whole bill is itself what settles it: payable, with nothing to take.
        QCOMPARE(co->problem(), QString());
        QVERIFY(co->canPay());
    }

    void discountNeedsReason()
    {
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("amount"));
        co->setDiscountValue(5000);
        QCOMPARE(co->problem(), str("Give a reason for the discount"));
        QVERIFY(!co->canPay());
        co->setDiscountReason(str("   "));
        QCOMPARE(co->problem(), str("Give a reason for the discount"));
        QVERIFY(!co->canPay());
        QSignalSpy changed(co.get(), &Checkout::changed);
        co->setDiscountReason(str("birthday"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(co->problem(), QString());
        QVERIFY(co->canPay());
        // A zero discount needs no reason.
        co->setDiscountReason(QString());
        co->setDiscountValue(0);
        QCOMPARE(co->problem(), QString());
        co->setDiscountMode(str("percent"));
        co->setDiscountValue(10);
        QCOMPARE(co->problem(), str("Give a reason for the discount"));
    }

    void discountOverTheBill()
    {
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("amount"));
        co->setDiscountReason(str("birthday"));
        co->setDiscountValue(70001);
        QCOMPARE(co->discount(), 70001);
        QCOMPARE(co->problem(), str("The discount is more than the bill"));
        QVERIFY(!co->canPay());
        co->setDiscountValue(-100); // typed nonsense is clamped, never a negative discount
        QCOMPARE(co->discountValue(), 0);
        QCOMPARE(co->discount(), 0);
        QCOMPARE(co->problem(), QString());
    }

    void discountModes()
    {
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("amount"));
        co->setDiscountValue(5000);
        co->setDiscountMode(str("percent")); // a new mode starts from zero
        QCOMPARE(co->discountValue(), 0);
        QCOMPARE(co->discount(), 0);
        co->setDiscountMode(str("coupon")); // not a mode: ignored
        QCOMPARE(co->discountMode(), str("percent"));
        co->setDiscountValue(10);
        co->setDiscountMode(str("none"));
        QCOMPARE(co->discount(), 0);
        QCOMPARE(amount(0), 70000);
    }

    void existingDiscount()
    {
        // A visit discounted at the desk earlier opens with that discount.
        co->setVisit(visitMap(70000, 0, 5000, str("loyal customer")));
        QCOMPARE(co->discountMode(), str("amount"));
        QCOMPARE(co->discountValue(), 5000);
        QCOMPARE(co->discountReason(), str("loyal customer"));
        QCOMPARE(co->discount(), 5000);
        QCOMPARE(co->total(), 65000);
        QCOMPARE(co->due(), 65000);
        QCOMPARE(amount(0), 65000);
        QCOMPARE(co->problem(), QString());
    }

    // ---- an earlier partial payment -----------------------------------------------------------

    void partialPayment()
    {
        co->setVisit(visitMap(70000, 20000));
        QCOMPARE(co->alreadyPaid(), 20000);
        QCOMPARE(co->total(), 70000);
        QCOMPARE(co->due(), 50000);
        QCOMPARE(amount(0), 50000);
        QCOMPARE(co->problem(), QString());
        // The tip is a percent of the whole bill after discount, not of what is left.
        co->setTipMode(str("percent"));
        co->setTipValue(10);
        QCOMPARE(co->tip(), 7000);
        QCOMPARE(co->toCollect(), 57000);
        // A discount that would leave less than is already paid.
        co->setDiscountMode(str("amount"));
        co->setDiscountReason(str("complaint"));
        co->setDiscountValue(50000);
        QCOMPARE(co->total(), 20000);
        QCOMPARE(co->due(), 0);
        QCOMPARE(co->problem(), QString()); // the discount settles what is left

        co->setDiscountValue(50001);
        QCOMPARE(co->due(), -1);
        QCOMPARE(co->problem(), str("The discount would leave less than is already paid"));
        QVERIFY(!co->canPay());
        co->setDiscountValue(10000);
        QCOMPARE(co->due(), 40000);
        QCOMPARE(amount(0), 40000);
        QCOMPARE(co->problem(), QString());
    }

    // ---- tip ----------------------------------------------------------------------------------

    void tip_data()
    {
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("discountPercent");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("tip");
        QTest::newRow("none") << qint64(70000) << qint64(0) << str("none") << qint64(0)
                              << qint64(0);
        QTest::newRow("10%") << qint64(70000) << qint64(0) << str("percent") << qint64(10)
                             << qint64(7000);
        QTest::newRow("10% after a 10% discount")
            << qint64(70000) << qint64(10) << str("percent") << qint64(10) << qint64(6300);
        QTest::newRow("15% of 123.45 up")
            << qint64(12345) << qint64(0) << str("percent") << qint64(15) << qint64(1852);
        QTest::newRow("5% of 123.30: .5 up")
            << qint64(12330) << qint64(0) << str("percent") << qint64(5) << qint64(617);
        QTest::newRow("20% of 9.99 down")
            << qint64(999) << qint64(0) << str("percent") << qint64(20) << qint64(200);
        QTest::newRow("0%") << qint64(70000) << qint64(0) << str("percent") << qint64(0)
                            << qint64(0);
        QTest::newRow("custom amount")
            << qint64(70000) << qint64(0) << str("amount") << qint64(2000) << qint64(2000);
        QTest::newRow("custom amount, discount")
            << qint64(70000) << qint64(50) << str("amount") << qint64(2000) << qint64(2000);
        QTest::newRow("100% discount, 10% tip")
            << qint64(70000) << qint64(100) << str("percent") << qint64(10) << qint64(0);
    }

    void tip()
    {
        QFETCH(qint64, subtotal);
        QFETCH(qint64, discountPercent);
        QFETCH(QString, mode);
        QFETCH(qint64, value);
        QFETCH(qint64, tip);
        co->setVisit(visitMap(subtotal));
        if (discountPercent > 0) {
            co->setDiscountMode(str("percent"));
            co->setDiscountValue(discountPercent);
            co->setDiscountReason(str("promo"));
        }
        co->setTipMode(mode);
        co->setTipValue(value);
        QCOMPARE(co->tip(), tip);
        QCOMPARE(co->toCollect(), co->due() + tip);
        QCOMPARE(lineTip(0), tip);
        // The tip never changes what goes towards the bill.
        QCOMPARE(amount(0), co->due());
        QCOMPARE(co->remaining(), 0);
    }

    void tipModes()
    {
        co->setVisit(visitMap(70000));
        co->setTipMode(str("percent"));
        co->setTipValue(10);
        co->setTipMode(str("amount")); // a new mode starts from zero
        QCOMPARE(co->tipValue(), 0);
        QCOMPARE(co->tip(), 0);
        co->setTipValue(-500);
        QCOMPARE(co->tipValue(), 0);
        co->setTipMode(str("round up")); // not a mode
        QCOMPARE(co->tipMode(), str("amount"));
        co->setTipValue(1500);
        co->setTipMode(str("none"));
        QCOMPARE(co->tip(), 0);
    }

    // ---- the split ----------------------------------------------------------------------------

    void splitLines()
    {
        co->setVisit(visitMap(70000));
        QSignalSpy inserted(co.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(co.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy dataChanged(co.get(), &QAbstractItemModel::dataChanged);

        co->setLineAmount(0, 30000);
        QCOMPARE(amount(0), 30000);
        QVERIFY(dataChanged.count() >= 1);
        QCOMPARE(co->allocated(), 30000);
        QCOMPARE(co->remaining(), 40000);
        QCOMPARE(co->problem(), str("Still to allocate: ฿400.00"));
        QVERIFY(!co->canPay());

        // A new line takes what is still unallocated.
        co->addLine(str("card"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(co->rowCount(), 2);
        QCOMPARE(method(1), str("card"));
        QCOMPARE(amount(1), 40000);
        QCOMPARE(tendered(1), -1);
        QVERIFY(key(1) != key(0));
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->problem(), QString());
        QVERIFY(co->canPay());

        // Nothing is left: a third line starts at zero, and a line needs an amount.
        co->addLine(str("ewallet"));
        QCOMPARE(co->rowCount(), 3);
        QCOMPARE(amount(2), 0);
        QCOMPARE(co->problem(), str("Each payment needs an amount"));
        QVERIFY(!co->canPay());
        co->setLineAmount(2, 5000);
        QCOMPARE(co->remaining(), -5000);
        QCOMPARE(co->problem(), str("The payments are more than the balance by ฿50.00"));
        QVERIFY(!co->canPay());
        co->setLineAmount(2, -300); // never negative
        QCOMPARE(amount(2), 0);
        co->removeLine(2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(co->rowCount(), 2);
        QCOMPARE(co->problem(), QString());

        // Method changes: only the three the server takes.
        co->setLineMethod(1, str("ewallet"));
        QCOMPARE(method(1), str("ewallet"));
        co->setLineMethod(1, str("bitcoin"));
        QCOMPARE(method(1), str("ewallet"));

        // Out-of-range rows are ignored.
        co->removeLine(5);
        co->removeLine(-1);
        co->setLineAmount(9, 100);
        co->setLineMethod(9, str("card"));
        co->setLineTendered(9, 100);
        QCOMPARE(co->rowCount(), 2);
        QCOMPARE(co->allocated(), 70000);

        // Three ways, to the minor unit.
        co->setLineAmount(0, 23333);
        co->setLineAmount(1, 23333);
        co->addLine(str("card"));
        QCOMPARE(amount(2), 23334);
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->problem(), QString());
    }

    void singleLineFollowsTheBalanceUntilTyped()
    {
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("amount"));
        co->setDiscountReason(str("promo"));
        co->setDiscountValue(10000);
        QCOMPARE(amount(0), 60000);
        // Once the cashier types an amount, the line keeps it.
        co->setLineAmount(0, 60000);
        co->setDiscountValue(20000);
        QCOMPARE(amount(0), 60000);
        QCOMPARE(co->problem(), str("The payments are more than the balance by ฿100.00"));
    }

    void removingTheOnlyLine()
    {
        co->setVisit(visitMap(70000));
        co->removeLine(0);
        QCOMPARE(co->rowCount(), 0);
        QCOMPARE(co->problem(), str("Add a payment"));
        QVERIFY(!co->canPay());
        co->addLine(str("card"));
        QCOMPARE(amount(0), 70000);
        QCOMPARE(co->problem(), QString());
    }

    void tipCarriedByTheFirstLine()
    {
        co->setVisit(visitMap(70000));
        co->setTipMode(str("amount"));
        co->setTipValue(5000);
        co->setLineAmount(0, 40000);
        co->setLineMethod(0, str("card"));
        co->addLine(str("cash"));
        QCOMPARE(lineTip(0), 5000);
        QCOMPARE(lineTip(1), 0);
        co->removeLine(0);
        QCOMPARE(co->rowCount(), 1);
        QCOMPARE(method(0), str("cash"));
        QCOMPARE(lineTip(0), 5000); // the remaining line carries it now
    }

    // Defect 4: "Add: Card" on a checkout nobody has typed into gives the card line the balance,
    // and the first (cash) line, which holds the balance, keeps what is left; typing the card's
    // amount gives the rest back to the cash line. "Balance due" (remaining) is what the lines do
    // not cover. The tip goes on the line the cashier chooses. By hand: bill 800.00, 10% tip =
    // 80.00; card 500.00 + tip 80.00 = 580.00 charged, cash 300.00; 880.00 to collect in all.
    void defect4_addLineTakesTheBalance()
    {
        co->setVisit(visitMap(80000));
        co->setTipMode(str("percent"));
        co->setTipValue(10);
        QCOMPARE(co->tip(), 8000);
        QCOMPARE(amount(0), 80000);
        QCOMPARE(co->remaining(), 0);

        co->addLine(str("card"));
        QCOMPARE(co->rowCount(), 2);
        QCOMPARE(amount(1), 80000); // the old code gave the card 0.00 and left cash at 800.00
        QCOMPARE(amount(0), 0); // the cash line keeps what is left: nothing yet
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->problem(), QString()); // the empty cash line is not a payment
        QCOMPARE(lineTip(1), 8000); // the tip is on the line with the money
        QCOMPARE(lineTip(0), 0);
        QCOMPARE(role(1, Checkout::ChargedRole).toLongLong(), 88000); // 800.00 + 80.00

        // The customer puts 500.00 on the card: the cash line holds the other 300.00.
        co->setLineAmount(1, 50000);
        QCOMPARE(amount(0), 30000);
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->problem(), QString());
        // The tip on the card, as chosen: 500.00 + 80.00 = 580.00 on the card, 300.00 in cash.
        co->setTipLine(1);
        QCOMPARE(lineTip(1), 8000);
        QCOMPARE(lineTip(0), 0);
        QCOMPARE(role(1, Checkout::ChargedRole).toLongLong(), 58000);
        QCOMPARE(role(0, Checkout::ChargedRole).toLongLong(), 30000);
        QCOMPARE(co->toCollect(), 88000); // 580.00 + 300.00
        // Cash tendered is checked against the cash line alone now: 300.00 from 500.00, 200.00
        // back.
        co->setLineTendered(0, 50000);
        QCOMPARE(change(0), 20000);
        QCOMPARE(co->problem(), QString());
        // And back on the cash line: 300.00 + 80.00 = 380.00 from 500.00, 120.00 back.
        co->setTipLine(0);
        QCOMPARE(lineTip(0), 8000);
        QCOMPARE(change(0), 12000);

        // Typing into the cash line as well: no untyped line is left to hold the balance, so what
        // the lines do not cover shows as "Balance due".
        co->setLineAmount(0, 20000);
        QCOMPARE(amount(1), 50000);
        QCOMPARE(co->remaining(), 10000); // "Balance due" 100.00
        QCOMPARE(co->problem(), str("Still to allocate: ฿100.00"));
    }

    // Typing into the balance line first: the card line added before, untouched, holds the rest.
    // By hand: 700.00; card added (700.00, cash 0), cash typed 300.00 → card 400.00.
    void defect4_typingIntoTheBalanceLineHandsItOn()
    {
        co->setVisit(visitMap(70000));
        co->addLine(str("card"));
        QCOMPARE(amount(1), 70000);
        co->setLineAmount(0, 30000);
        QCOMPARE(amount(1), 40000);
        QCOMPARE(co->remaining(), 0);
        QCOMPARE(co->problem(), QString());
        // A discount of 100.00 (reason given) comes off the line that holds the balance.
        co->setDiscountMode(str("amount"));
        co->setDiscountReason(str("promo"));
        co->setDiscountValue(10000);
        QCOMPARE(amount(0), 30000);
        QCOMPARE(amount(1), 30000);
        QCOMPARE(co->problem(), QString());
    }

    // Defect 2: a visit with a tip already recorded (a tipped cash payment stayed, the card payment
    // was voided) opens with that tip, which is not taken again. By hand: bill 800.00, cash 400.00
    // + tip 80.00 taken and kept, card 400.00 voided: 400.00 due, tip 80.00 recorded, 400.00 to
    // collect; a 15% tip (120.00) instead takes the other 40.00.
    void defect2_tipRecordedBeforeAVoid()
    {
        QVariantMap v = visitMap(80000, 40000);
        v.insert(str("tips"), 8000);
        co->setVisit(v);
        QCOMPARE(co->tipsRecorded(), 8000);
        QCOMPARE(co->tipMode(), str("amount")); // the old checkout said "No tip", tip 0.00
        QCOMPARE(co->tip(), 8000);
        QCOMPARE(co->tipToTake(), 0);
        QCOMPARE(amount(0), 40000);
        QCOMPARE(lineTip(0), 0);
        QCOMPARE(co->toCollect(), 40000);
        co->setTipMode(str("percent"));
        co->setTipValue(15);
        QCOMPARE(co->tip(), 12000);
        QCOMPARE(co->tipToTake(), 4000);
        QCOMPARE(lineTip(0), 4000);
        QCOMPARE(co->toCollect(), 44000);
        // "No tip" cannot take back what is recorded: nothing more is taken.
        co->setTipMode(str("none"));
        QCOMPARE(co->tipToTake(), 0);
        QCOMPARE(co->toCollect(), 40000);
    }

    // Defect 4 (receipt): each payment shows what was charged on it, amount + tip, and how it
    // is made up. By hand: card 800.00 + tip 80.00 = 880.00; cash 100.00, no tip.
    void defect4_receiptShowsWhatEachLineCharged()
    {
        QVariantMap v = visitMap(90000, 90000);
        v.insert(str("tips"), 8000);
        v.insert(str("business_date"), str("2026-12-04"));
        const QVariantList payments {
            QVariantMap { { str("method"), str("card") },
                          { str("amount"), 80000 },
                          { str("tip"), 8000 },
                          { str("created_at"), str("2026-12-04T07:30:00Z") } },
            QVariantMap { { str("method"), str("cash") },
                          { str("amount"), 10000 },
                          { str("tip"), 0 },
                          { str("created_at"), str("2026-12-04T07:31:00Z") } },
        };
        const QVariantMap result { { str("visit"), v },
                                   { str("payments"), payments },
                                   { str("change_due"), 0 },
                                   { str("tip"), 8000 } };
        Printouts p;
        const QString html = p.receiptHtml(result, str("Lotus Spa"));
        QVERIFY2(html.contains(str("฿880.00")), qPrintable(html));
        QVERIFY2(html.contains(str("฿800.00 + tip ฿80.00")),
                 qPrintable(html)); // the old receipt: 880.00 alone
        QVERIFY(html.contains(str("฿100.00")));
        QVERIFY(!html.contains(str("฿100.00 + tip")));
    }

    // Defect 15: the receipt shows when it was paid (the last payment), not when it is printed,
    // with the month in words, not "12/4/26"; a ticket PDF and a long receipt are one page each.
    void defect15_receiptTimeAndOnePagePdfs()
    {
        QVariantMap v = visitMap(70000, 70000);
        v.insert(str("business_date"), str("2026-12-04"));
        v.insert(str("code"), str("abcdefgh"));
        v.insert(
            str("services"),
            QVariantList {
                QVariantMap { { str("name"), str("Thai Massage") }, { str("price"), 45000 } },
                QVariantMap { { str("name"), str("Head & Shoulder") }, { str("price"), 25000 } } });
        const QString paidAt = str("2026-12-04T07:31:00Z");
        const QVariantList payments { QVariantMap { { str("method"), str("cash") },
                                                    { str("amount"), 70000 },
                                                    { str("tip"), 0 },
                                                    { str("created_at"), paidAt } } };
        const QVariantMap result { { str("visit"), v },
                                   { str("payments"), payments },
                                   { str("change_due"), 0 } };
        Printouts p;
        const QString html = p.receiptHtml(result, str("Lotus Spa"));
        const QDateTime local = QDateTime::fromString(paidAt, Qt::ISODate).toLocalTime();
        QVERIFY2(html.contains(QLocale().toString(local, str("d MMM yyyy, HH:mm"))),
                 qPrintable(html));
        QVERIFY2(!html.contains(QLocale().toString(local, QLocale::ShortFormat)),
                 qPrintable(html)); // "12/4/26 ..."

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        p.setOutputDir(dir.path());
        auto pages = [](const QString &path) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            return int(QString::fromLatin1(f.readAll())
                           .count(QRegularExpression(str("/Type\\s*/Page(?!s)"))));
        };
        const QString ticket = p.saveTicketPdf(v, str("Lotus Spa"), str("http://spa.local:8080"));
        QVERIFY(!ticket.isEmpty());
        QCOMPARE(pages(ticket),
                 1); // the old ticket: the number on one page, the QR code on the next
        QVariantList many;
        for (int i = 0; i < 30; ++i)
            many.append(QVariantMap { { str("method"), str("card") },
                                      { str("amount"), 1000 },
                                      { str("tip"), 100 },
                                      { str("created_at"), paidAt } });
        QVariantMap longResult = result;
        longResult.insert(str("payments"), many);
        const QString receipt = p.saveReceiptPdf(longResult, str("Lotus Spa"));
        QVERIFY(!receipt.isEmpty());
        QCOMPARE(pages(receipt), 1);
    }

    // ---- cash tendered and change due ---------------------------------------------------------

    void changeDue_data()
    {
        QTest::addColumn<qint64>("lineAmount");
        QTest::addColumn<qint64>("tip");
        QTest::addColumn<qint64>("tendered");
        QTest::addColumn<qint64>("change");
        QTest::addColumn<QString>("problem");
        const QString tooLittle = str("The cash tendered is less than the amount");
        QTest::newRow("exact, nothing typed")
            << qint64(70000) << qint64(0) << qint64(-1) << qint64(0) << QString();
        QTest::newRow("exact, typed")
            << qint64(70000) << qint64(0) << qint64(70000) << qint64(0) << QString();
        QTest::newRow("a 1000 note")
            << qint64(70000) << qint64(0) << qint64(100000) << qint64(30000) << QString();
        QTest::newRow("with a tip")
            << qint64(70000) << qint64(7000) << qint64(100000) << qint64(23000) << QString();
        QTest::newRow("exact with a tip")
            << qint64(70000) << qint64(7000) << qint64(77000) << qint64(0) << QString();
        QTest::newRow("short by the tip's last unit")
            << qint64(70000) << qint64(7000) << qint64(76999) << qint64(0) << tooLittle;
        QTest::newRow("short of the amount")
            << qint64(70000) << qint64(0) << qint64(69999) << qint64(0) << tooLittle;
        QTest::newRow("nothing tendered")
            << qint64(70000) << qint64(0) << qint64(0) << qint64(0) << tooLittle;
    }

    void changeDue()
    {
        QFETCH(qint64, lineAmount);
        QFETCH(qint64, tip);
        QFETCH(qint64, tendered);
        QFETCH(qint64, change);
        QFETCH(QString, problem);
        co->setVisit(visitMap(lineAmount));
        if (tip > 0) {
            co->setTipMode(str("amount"));
            co->setTipValue(tip);
        }
        co->setLineTendered(0, tendered);
        QCOMPARE(this->tendered(0), tendered < 0 ? -1 : tendered);
        QCOMPARE(this->change(0), change);
        QCOMPARE(co->changeDue(), change);
        QCOMPARE(co->problem(), problem);
        QCOMPARE(co->canPay(), problem.isEmpty());
    }

    void changeDueOnASplit()
    {
        // 700.00 less 10% = 630.00, a 10% tip of 63.00: 300.00 cash (with the tip) from 400.00, the
        // rest by card.
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("percent"));
        co->setDiscountValue(10);
        co->setDiscountReason(str("birthday"));
        co->setTipMode(str("percent"));
        co->setTipValue(10);
        co->setLineAmount(0, 30000);
        co->setLineTendered(0, 40000);
        co->addLine(str("card"));
        QCOMPARE(co->total(), 63000);
        QCOMPARE(co->tip(), 6300);
        QCOMPARE(amount(1), 33000);
        QCOMPARE(change(0), 3700);
        QCOMPARE(change(1), 0);
        QCOMPARE(co->changeDue(), 3700);
        QCOMPARE(co->toCollect(), 69300);
        QCOMPARE(co->problem(), QString());

        // Tendered applies to cash only.
        co->setLineTendered(1, 50000);
        QCOMPARE(tendered(1), -1);
        QCOMPARE(change(1), 0);
        // A second cash line has change of its own, without the tip.
        co->setLineMethod(1, str("cash"));
        co->setLineTendered(1, 40000);
        QCOMPARE(change(1), 7000);
        QCOMPARE(co->changeDue(), 10700);
        // Turning a cash line into card drops what was tendered.
        co->setLineMethod(0, str("card"));
        QCOMPARE(tendered(0), -1);
        QCOMPARE(change(0), 0);
        QCOMPARE(co->changeDue(), 7000);
        // Clearing the tendered amount means exact again.
        co->setLineTendered(1, -5);
        QCOMPARE(tendered(1), -1);
        QCOMPARE(co->changeDue(), 0);
        QCOMPARE(co->problem(), QString());
        // A cash line other than the first: tendered below its amount.
        co->setLineTendered(1, 32999);
        QCOMPARE(co->problem(), str("The cash tendered is less than the amount"));
    }

    // ---- what cannot be paid ------------------------------------------------------------------

    void nothingDue()
    {
        // A service with no price.
        co->setVisit(visitMap(0));
        QCOMPARE(co->rowCount(), 0);
        QCOMPARE(co->problem(), str("Nothing is due"));
        QVERIFY(!co->canPay());
        // Paid in full already.
        co->setVisit(visitMap(70000, 70000));
        QCOMPARE(co->rowCount(), 0);
        QCOMPARE(co->problem(), str("Nothing is due"));
        QVERIFY(!co->canPay());
        co->addLine(str("cash"));
        QCOMPARE(amount(0), 0);
        QCOMPARE(co->problem(), str("Nothing is due"));
    }

    void onlyAwaitingPaymentCanBePaid_data()
    {
        QTest::addColumn<QString>("status");
        for (const char *s :
             { "waiting", "assigned", "in_service", "paid", "cancelled", "no_show" })
            QTest::newRow(s) << str(s);
    }

    void onlyAwaitingPaymentCanBePaid()
    {
        QFETCH(QString, status);
        co->setVisit(visitMap(70000, 0, 0, QString(), status));
        QCOMPARE(co->problem(), str("Only a completed service can be paid"));
        QVERIFY(!co->canPay());
    }

    void problemsInOrder()
    {
        // Several things wrong at once: the first the cashier has to fix is named.
        co->setVisit(visitMap(70000));
        co->setDiscountMode(str("amount"));
        co->setDiscountValue(5000);
        co->setLineAmount(0, 10000);
        co->setLineTendered(0, 100);
        QCOMPARE(co->problem(), str("Give a reason for the discount"));
        co->setDiscountReason(str("promo"));
        QCOMPARE(co->problem(), str("The cash tendered is less than the amount"));
        co->setLineTendered(0, -1);
        QCOMPARE(co->problem(), str("Still to allocate: ฿550.00"));
        co->setLineAmount(0, 65000);
        QCOMPARE(co->problem(), QString());
    }

    void payWithoutAClientDoesNothing()
    {
        co->setVisit(visitMap(70000));
        QSignalSpy busy(co.get(), &Checkout::busyChanged);
        co->pay();
        QCOMPARE(busy.count(), 0);
        QVERIFY(!co->busy());
        QVERIFY(!co->completed());
        QVERIFY(co->error().isEmpty());
        QCOMPARE(role(0, Checkout::PaidRole).toBool(), false);
    }

    // ---- quick tender amounts -----------------------------------------------------------------

    void tenderSuggestions_data()
    {
        QTest::addColumn<qint64>("lineAmount");
        QTest::addColumn<qint64>("tip");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("700.00") << qint64(70000) << qint64(0) << QList<qint64> { 70000, 100000 };
        QTest::newRow("363.00") << qint64(36300) << qint64(0)
                                << QList<qint64> { 36300, 40000, 50000, 100000 };
        QTest::newRow("630.00 + 63.00 tip")
            << qint64(63000) << qint64(6300) << QList<qint64> { 69300, 70000, 100000 };
        QTest::newRow("1,500.00") << qint64(150000) << qint64(0)
                                  << QList<qint64> { 150000, 200000 };
        QTest::newRow("1,234.56") << qint64(123456) << qint64(0)
                                  << QList<qint64> { 123456, 130000, 150000, 200000 };
        QTest::newRow("0.01") << qint64(1) << qint64(0)
                              << QList<qint64> { 1, 10000, 50000, 100000 };
        QTest::newRow("1,000.00") << qint64(100000) << qint64(0) << QList<qint64> { 100000 };
    }

    void tenderSuggestions()
    {
        QFETCH(qint64, lineAmount);
        QFETCH(qint64, tip);
        QFETCH(QList<qint64>, expected);
        co->setVisit(visitMap(lineAmount));
        if (tip > 0) {
            co->setTipMode(str("amount"));
            co->setTipValue(tip);
        }
        const QList<qint64> got = co->tenderSuggestions(0);
        QCOMPARE(got, expected);
        // Each suggestion covers the line with its tip, so picking one never makes Pay impossible.
        for (qint64 s : got) {
            co->setLineTendered(0, s);
            QCOMPARE(co->problem(), QString());
            QCOMPARE(co->changeDue(), s - lineAmount - tip);
        }
        QVERIFY(co->tenderSuggestions(1).isEmpty());
        QVERIFY(co->tenderSuggestions(-1).isEmpty());
    }

    void tenderSuggestionsForASecondLine()
    {
        co->setVisit(visitMap(70000));
        co->setTipMode(str("amount"));
        co->setTipValue(5000);
        co->setLineAmount(0, 30000);
        co->addLine(str("cash"));
        QCOMPARE(co->tenderSuggestions(0), (QList<qint64> { 35000, 40000, 50000, 100000 }));
        QCOMPARE(co->tenderSuggestions(1),
                 (QList<qint64> { 40000, 50000, 100000 })); // no tip on it
    }
};

QTEST_MAIN(TestCheckout) // a GUI application: the printouts lay out text
#include "tst_checkout.moc"
