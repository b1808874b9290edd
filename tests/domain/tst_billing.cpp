// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bill's arithmetic (domain/billing.h), a table of bills each worked out by hand in the
// comments: "++" and net prices, service charge and VAT on and off, discounts, half-up rounding,
// cash rounding, the percent settings' text, and commissions (a bill's net split over its lines).
#include "domain/billing.h"
#include "domain/commissions.h"

#include <QtTest>

class TestBilling : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bills_data();
    void bills();
    void netLinesAlwaysAddUp();
    void cashRounding_data();
    void cashRounding();
    void percentText_data();
    void percentText();
    void commissionSplit_data();
    void commissionSplit();
};

void TestBilling::bills_data()
{
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("discount");
    QTest::addColumn<int>("serviceBp");
    QTest::addColumn<int>("taxBp");
    QTest::addColumn<bool>("net");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("service");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("total");

    // ฿1,000++ in Bangkok: 1,000.00 + 10 % = 100.00 service; 7 % of 1,100.00 = 77.00 VAT;
    // 1,000 + 100 + 77 = ฿1,177.00.
    QTest::newRow("1000++ 10% service 7% VAT")
        << qint64(100000) << qint64(0) << 1000 << 700 << false << qint64(100000) << qint64(10000)
        << qint64(7700) << qint64(117700);
    // ฿1,200 less ฿200 discount = ฿1,000 base: the same ฿1,177.00 (discount before both).
    QTest::newRow("1200 less 200 discount ++")
        << qint64(120000) << qint64(20000) << 1000 << 700 << false << qint64(100000)
        << qint64(10000) << qint64(7700) << qint64(117700);
    // Nothing set: the prices are the bill. 450.00 -> 450.00.
    QTest::newRow("no service, no tax") << qint64(45000) << qint64(0) << 0 << 0 << false
                                        << qint64(45000) << qint64(0) << qint64(0) << qint64(45000);
    // 450.00 less 15 % (67.50, the discount command's rounding) = 382.50; 10 % = 38.25;
    // 7 % of 420.75 = 29.4525 -> 29.45 (down); 382.50 + 38.25 + 29.45 = 450.20.
    QTest::newRow("percent discount ++")
        << qint64(45000) << qint64(6750) << 1000 << 700 << false << qint64(38250) << qint64(3825)
        << qint64(2945) << qint64(45020);
    // Half up: 25.00 + 10 % = 2.50; 7 % of 27.50 = 1.925 -> 1.93 (the half goes up);
    // 25.00 + 2.50 + 1.93 = 29.43.
    QTest::newRow("half a satang rounds up")
        << qint64(2500) << qint64(0) << 1000 << 700 << false << qint64(2500) << qint64(250)
        << qint64(193) << qint64(2943);
    // VAT only: 7 % of 450.00 = 31.50; 481.50.
    QTest::newRow("VAT only ++") << qint64(45000) << qint64(0) << 0 << 700 << false << qint64(45000)
                                 << qint64(0) << qint64(3150) << qint64(48150);
    // Service charge only: 10 % of 450.00 = 45.00; 495.00.
    QTest::newRow("service only ++") << qint64(45000) << qint64(0) << 1000 << 0 << false
                                     << qint64(45000) << qint64(4500) << qint64(0) << qint64(49500);
    // 7.5 %: 10.01 x 0.075 = 0.75075 -> 0.75; 10.76.
    QTest::newRow("7.5% on 10.01") << qint64(1001) << qint64(0) << 0 << 750 << false << qint64(1001)
                                   << qint64(0) << qint64(75) << qint64(1076);
    // Net ฿1,177.00: 1,177 / 1.07 = 1,100.00 before VAT, VAT 77.00; 1,100 / 1.10 = 1,000.00,
    // service 100.00. The ++ bill backwards, to the satang.
    QTest::newRow("net 1177 is 1000++")
        << qint64(117700) << qint64(0) << 1000 << 700 << true << qint64(100000) << qint64(10000)
        << qint64(7700) << qint64(117700);
    // Net 450.00, VAT only: 450 / 1.07 = 420.5607 -> 420.56; VAT = 450.00 - 420.56 = 29.44.
    QTest::newRow("net 450 VAT only")
        << qint64(45000) << qint64(0) << 0 << 700 << true << qint64(42056) << qint64(0)
        << qint64(2944) << qint64(45000);
    // Net 450.00 with both: before VAT 420.56 and VAT 29.44 (above); 420.56 / 1.10 = 382.327
    // -> 382.33; service = 420.56 - 382.33 = 38.23; 382.33 + 38.23 + 29.44 = 450.00.
    QTest::newRow("net 450 both") << qint64(45000) << qint64(0) << 1000 << 700 << true
                                  << qint64(38233) << qint64(3823) << qint64(2944) << qint64(45000);
    // Net with a discount: 800.00 - 100.00 = 700.00 gross; 700 / 1.07 = 654.2056 -> 654.21,
    // VAT 45.79; 654.21 / 1.10 = 594.736 -> 594.74, service 59.47; 594.74 + 59.47 + 45.79 = 700.00.
    QTest::newRow("net with discount")
        << qint64(80000) << qint64(10000) << 1000 << 700 << true << qint64(59474) << qint64(5947)
        << qint64(4579) << qint64(70000);
    // A free bill stays free whatever the rates.
    QTest::newRow("free") << qint64(0) << qint64(0) << 1000 << 700 << false << qint64(0)
                          << qint64(0) << qint64(0) << qint64(0);
    // Fully discounted: nothing to charge service or VAT on.
    QTest::newRow("fully discounted") << qint64(45000) << qint64(45000) << 1000 << 700 << false
                                      << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void TestBilling::bills()
{
    QFETCH(qint64, subtotal);
    QFETCH(qint64, discount);
    QFETCH(int, serviceBp);
    QFETCH(int, taxBp);
    QFETCH(bool, net);
    Billing::Rates rates;
    rates.serviceChargeBp = serviceBp;
    rates.taxBp = taxBp;
    rates.pricesIncludeTax = net;
    const Billing::Bill b = Billing::compute(subtotal, discount, rates);
    QCOMPARE(b.subtotal, subtotal);
    QCOMPARE(b.discount, discount);
    QTEST(b.base, "base");
    QTEST(b.serviceCharge, "service");
    QTEST(b.tax, "tax");
    QTEST(b.total, "total");
    // The lines always add up to the total, exactly.
    QCOMPARE(b.base + b.serviceCharge + b.tax, b.total);
}

void TestBilling::netLinesAlwaysAddUp()
{
    // Every gross amount from 0.00 to 50.00: the extracted lines sum to it exactly, and the ++
    // rule run forward on the extracted base lands within 2 satang (each of its two roundings
    // may go the other way: net 0.52 -> base 0.45, and 0.45++ is 0.45 + 0.05 + 0.04 = 0.54).
    Billing::Rates rates;
    rates.serviceChargeBp = 1000;
    rates.taxBp = 700;
    rates.pricesIncludeTax = true;
    for (qint64 gross = 0; gross <= 5000; ++gross) {
        const Billing::Bill b = Billing::compute(gross, 0, rates);
        QCOMPARE(b.base + b.serviceCharge + b.tax, gross);
        QVERIFY(b.base >= 0 && b.serviceCharge >= 0 && b.tax >= 0);
        Billing::Rates plus = rates;
        plus.pricesIncludeTax = false;
        const Billing::Bill forward = Billing::compute(b.base, 0, plus);
        QVERIFY2(qAbs(forward.total - gross) <= 2, qPrintable(QString::number(gross)));
    }
}

void TestBilling::cashRounding_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<qint64>("rounded");
    // 1,177.30 to 25 satang: 1,177.25 is 5 away, 1,177.50 is 20: 1,177.25 (rounding -0.05).
    QTest::newRow("down to 25") << qint64(117730) << qint64(25) << qint64(117725);
    // 1,177.13: 1,177.25 is 12 away, 1,177.00 is 13: 1,177.25 (rounding +0.12).
    QTest::newRow("up to 25") << qint64(117713) << qint64(25) << qint64(117725);
    // 1,177.25 to 50 satang: exactly half way between 1,177.00 and 1,177.50: up.
    QTest::newRow("half way goes up") << qint64(117725) << qint64(50) << qint64(117750);
    QTest::newRow("already on a step") << qint64(117700) << qint64(25) << qint64(117700);
    QTest::newRow("no rounding (0)") << qint64(117713) << qint64(0) << qint64(117713);
    QTest::newRow("no rounding (1)") << qint64(117713) << qint64(1) << qint64(117713);
    // Whole baht: 481.50 -> 482.00.
    QTest::newRow("to whole baht") << qint64(48150) << qint64(100) << qint64(48200);
}

void TestBilling::cashRounding()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, step);
    QTEST(Billing::roundToIncrement(amount, step), "rounded");
}

void TestBilling::percentText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bp"); // -1: refused
    QTest::addColumn<QString>("back");
    QTest::newRow("7") << "7" << 700 << "7";
    QTest::newRow("10") << "10" << 1000 << "10";
    QTest::newRow("7.5") << "7.5" << 750 << "7.5";
    QTest::newRow("7.25") << "7.25" << 725 << "7.25";
    QTest::newRow("0.05") << "0.05" << 5 << "0.05";
    QTest::newRow("100") << "100" << 10000 << "100";
    QTest::newRow("0") << "0" << 0 << "0";
    QTest::newRow("over 100") << "100.01" << -1 << "";
    QTest::newRow("three decimals") << "7.125" << -1 << "";
    QTest::newRow("negative") << "-7" << -1 << "";
    QTest::newRow("word") << "seven" << -1 << "";
    QTest::newRow("empty") << "" << -1 << "";
    QTest::newRow("percent sign") << "7%" << -1 << "";
}

void TestBilling::percentText()
{
    QFETCH(QString, text);
    QFETCH(int, bp);
    QFETCH(QString, back);
    const auto parsed = Billing::parsePercent(text);
    if (bp < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, bp);
    QCOMPARE(Billing::percentText(bp), back);
}

void TestBilling::commissionSplit_data()
{
    QTest::addColumn<QVector<qint64>>("prices");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<QVector<qint64>>("nets");
    QTest::addColumn<int>("percentBp"); // on each line
    QTest::addColumn<QVector<qint64>>("commissions");
    // One line takes the whole base: 10 % of 450.00 = 45.00.
    QTest::newRow("one line") << QVector<qint64> { 45000 } << qint64(45000)
                              << QVector<qint64> { 45000 } << 1000 << QVector<qint64> { 4500 };
    // 1,650.00 less 165.00 = 1,485.00 by price: 1485 x 450/1650 = 405.00, the rest 1,080.00;
    // 15 %: 60.75 and 162.00.
    QTest::newRow("discount split by price")
        << QVector<qint64> { 45000, 120000 } << qint64(148500) << QVector<qint64> { 40500, 108000 }
        << 1500 << QVector<qint64> { 6075, 16200 };
    // Three equal lines of 1.00 sharing 1.00: 0.33 (33.33 half up to 33), 0.33, and the last
    // takes what is left, 0.34, so the shares add up; 12.5 % of 33 = 4.125 -> 4, of 34 = 4.25 -> 4.
    QTest::newRow("remainder to the last line")
        << QVector<qint64> { 100, 100, 100 } << qint64(100) << QVector<qint64> { 33, 33, 34 }
        << 1250 << QVector<qint64> { 4, 4, 4 };
    // Half up: 2 lines 1 and 2 sharing 2: 2 x 1/3 = 0.667 -> 1, the last 1. 50 % of 1 = 0.5 -> 1.
    QTest::newRow("half up") << QVector<qint64> { 1, 2 } << qint64(2) << QVector<qint64> { 1, 1 }
                             << 5000 << QVector<qint64> { 1, 1 };
    // A free bill (a 100 % discount): nothing to share, no percent commission.
    QTest::newRow("free") << QVector<qint64> { 45000, 25000 } << qint64(0)
                          << QVector<qint64> { 0, 0 } << 1000 << QVector<qint64> { 0, 0 };
}

void TestBilling::commissionSplit()
{
    QFETCH(QVector<qint64>, prices);
    QFETCH(qint64, base);
    QFETCH(QVector<qint64>, nets);
    QFETCH(int, percentBp);
    QFETCH(QVector<qint64>, commissions);
    const QVector<qint64> got = Commissions::split(prices, base);
    QCOMPARE(got, nets);
    qint64 sum = 0;
    for (int i = 0; i < got.size(); ++i) {
        sum += got[i];
        QCOMPARE(Commissions::commissionOn({ QStringLiteral("percent"), percentBp }, got[i]),
                 commissions[i]);
        // A fixed commission does not depend on the price.
        QCOMPARE(Commissions::commissionOn({ QStringLiteral("fixed"), 7500 }, got[i]), 7500);
        QCOMPARE(Commissions::commissionOn({ QStringLiteral("none"), 0 }, got[i]), 0);
    }
    QCOMPARE(sum, base);
}

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
