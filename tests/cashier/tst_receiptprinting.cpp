// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 15: the till's slips on the desk's thermal printer, end to end. A real spa-server
// (in-process, ephemeral port, demo venue), the desk's real state and Checkout over its socket,
// and a real TCP listener standing in for the printer (tests/common/escposlistener.h) that parses
// each job's ESC/POS: a cash payment's receipt (576 dots, the drawer pulse first, the settings'
// copies in one job), a card payment's (no pulse), a Thai receipt whose raster has ink where its
// text is, a reprint from the server's copy of the visit (COPY, one, no pulse), "Open drawer"
// recorded as a no-sale in the open shift before the pulse (and refused, drawer shut, with no
// shift open), a job held while the printer is off and printed once after a retry, held jobs
// sent to PDF instead, the shift close slip and the Z report slip. With SPA_SLIP_PNG_DIR set the
// rasters the printer received are saved as PNG (docs/screenshots/slip-*.png, looked at).
#include "cashierstate.h"
#include "cashshift.h"
#include "checkout.h"
#include "deskprinter.h"
#include "escpos.h"
#include "escposlistener.h"
#include "language.h"
#include "receiptslip.h"
#include "testserver.h"

#include "store/database.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kAnna = 3;

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("SPA_SLIP_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QLatin1Char('/') + name));
}

// Share of black dots in a rectangle.
double ink(const QImage &img, const QRect &r)
{
    int black = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            black += qGray(img.pixel(x, y)) < 128;
    return double(black) / (r.width() * r.height());
}

// The slip's lines: runs of rows with ink, as [top, bottom].
QList<QPair<int, int>> textRows(const QImage &img)
{
    QList<QPair<int, int>> rows;
    int start = -1;
    for (int y = 0; y < img.height(); ++y) {
        const bool inked = ink(img, QRect(0, y, img.width(), 1)) > 0;
        if (inked && start < 0)
            start = y;
        if (!inked && start >= 0) {
            rows << qMakePair(start, y - 1);
            start = -1;
        }
    }
    return rows;
}

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
} // namespace

class TestReceiptPrinting : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QString m_desk; // the cashier's token, for REST checks
    std::unique_ptr<CashierState> m_state;
    std::unique_ptr<DeskPrinter> m_printer;
    std::unique_ptr<EscPosListener> m_listener;
    QVariantMap m_venue { { str("name"), str("Lotus Day Spa") },
                          { str("address"), str("12 Sukhumvit Soi 24, Bangkok 10110") },
                          { str("tax_id"), str("0105559012345") } };

    qint64 awaitingVisit(const QString &name, const QJsonArray &services)
    {
        const HttpResult in = m_server->post(
            str("/api/visits"),
            { { str("customer_name"), name }, { str("service_ids"), services } }, m_desk);
        const qint64 id = num(in.json.value(str("visit")).toObject(), "id");
        if (in.status != 201)
            return 0;
        for (const char *step : { "assign", "start", "complete" }) {
            const QJsonObject body = QByteArray(step) == "assign"
                ? QJsonObject { { str("therapist_id"), kAnna } }
                : QJsonObject {};
            if (m_server
                    ->post(str("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), body, m_desk)
                    .status != 200)
                return 0;
        }
        return id;
    }

    // Pays the visit in full with one line of `method` (cash: tendered to the next 1,000.00).
    QVariantMap pay(qint64 visitId, const QString &method)
    {
        // Once the desk's board shows it awaiting payment (the socket's state).
        if (!QTest::qWaitFor(
                [&] {
                    return m_state->visit(visitId).value(str("status")).toString() ==
                        QLatin1String("awaiting_payment");
                },
                5000)) {
            qWarning() << "visit" << visitId << "not awaiting payment at the desk"
                       << m_state->visit(visitId);
            return {};
        }
        Checkout co;
        co.setClient(m_state->client());
        co.setVisit(m_state->visit(visitId));
        co.setLineMethod(0, method);
        if (method == QLatin1String("cash"))
            co.setLineTendered(0, (co.toCollect() / 100000 + 1) * 100000);
        if (!co.canPay()) {
            qWarning() << "cannot pay:" << co.problem();
            return {};
        }
        co.pay();
        if (!QTest::qWaitFor([&] { return co.completed(); }, 5000)) {
            qWarning() << "payment not completed:" << co.error();
            return {};
        }
        return co.result();
    }

    QJsonObject openShift()
    {
        return m_server->get(str("/api/shifts"), m_desk).json.value(str("open")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_receiptprinting"));
        QSettings().clear();
    }

    void init()
    {
        m_server = TestServer::startOnRealClock();
        QVERIFY(m_server);
        m_desk = m_server->login(str("cashier"), str("cashier"));
        QVERIFY(!m_desk.isEmpty());
        m_state = std::make_unique<CashierState>();
        m_state->client()->setMaxBackoffMs(300);
        m_state->setServerUrl(m_server->url(QString()));
        m_state->signIn(str("cashier"), str("cashier"));
        QVERIFY(QTest::qWaitFor([&] { return m_state->signedIn() && m_state->hasState(); }, 5000));
        m_listener = std::make_unique<EscPosListener>();
        m_printer = std::make_unique<DeskPrinter>();
        QCOMPARE(m_printer->apply(m_listener->address(), 80, true, 0, false, 2), QString());
    }

    void cleanup()
    {
        m_printer.reset();
        m_listener.reset();
        m_state.reset();
        m_server.reset();
        Language::instance()->setCurrent(str("en"));
    }

    // Cash: one job (one connection), the drawer pulse on pin 2 before anything prints, then the
    // two copies the settings ask for, each 576 dots wide and cut. Card: no pulse.
    void cashOpensTheDrawerCardDoesNot()
    {
        const qint64 cashVisit = awaitingVisit(str("Malee Srisuk"), { 1, 5 });
        QVERIFY(cashVisit > 0);
        const QVariantMap cash = pay(cashVisit, str("cash"));
        QVERIFY(!cash.isEmpty());
        m_printer->printReceipt(cash, m_venue);
        QTRY_COMPARE(m_listener->jobs.size(), 1);
        EscPosJob job = m_listener->job(0);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(m_listener->connections, 1);
        QCOMPARE(job.drawerPulses, QList<int>({ 0 }));
        QCOMPARE(job.steps.mid(0, 4),
                 QStringList({ str("status"), str("status"), str("init"), str("drawer") }));
        QCOMPARE(job.slips.size(), 2);
        QCOMPARE(job.cuts, 2);
        for (const QImage &slip : std::as_const(job.slips)) {
            QCOMPARE(slip.width(), EscPos::kDots80mm);
            QVERIFY2(slip.height() > 450, qPrintable(QString::number(slip.height())));
            const double all = ink(slip, slip.rect());
            QVERIFY2(all > 0.02 && all < 0.4, qPrintable(QString::number(all)));
            // Nothing at the edges: the margins stay white (a cut-off line would reach them).
            QCOMPARE(ink(slip, QRect(0, 0, 8, slip.height())), 0.0);
            QCOMPARE(ink(slip, QRect(slip.width() - 8, 0, 8, slip.height())), 0.0);
        }
        QCOMPARE(job.slips.at(0), job.slips.at(1));
        keep(job.slips.at(0), str("slip-receipt-80mm.png"));

        const qint64 cardVisit = awaitingVisit(str("Ari Putra"), { 1 });
        QVERIFY(cardVisit > 0);
        const QVariantMap card = pay(cardVisit, str("card"));
        QVERIFY(!card.isEmpty());
        m_printer->printReceipt(card, m_venue);
        QTRY_COMPARE(m_listener->jobs.size(), 2);
        job = m_listener->job(1);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QVERIFY(job.drawerPulses.isEmpty());
        QVERIFY(!m_listener->jobs.at(1).contains(QByteArray("\x1b\x70", 2)));
        QCOMPARE(job.slips.size(), 2);
        QCOMPARE(m_listener->connections, 2); // one job per print
    }

    // In Thai: the slip's words and the Thai names print (a raster: no code page needed). Every
    // line of text has ink, the centred venue name has it in the middle of the paper.
    void thaiReceiptHasInkWhereItsTextIs()
    {
        QVERIFY(Language::instance()->setCurrent(str("th")));
        QCOMPARE(ReceiptSlip::tr("Total"), str("ยอดรวม"));
        const qint64 visit = awaitingVisit(str("สมชาย ใจดี"), { 1, 5 });
        QVERIFY(visit > 0);
        const QVariantMap result = pay(visit, str("cash"));
        QVERIFY(!result.isEmpty());
        QVariantMap venue = m_venue;
        venue[str("name")] = str("โลตัส เดย์ สปา");
        venue[str("address")] = str("12 ซอยสุขุมวิท 24 กรุงเทพฯ 10110");
        m_printer->printReceipt(result, venue);
        QTRY_COMPARE(m_listener->jobs.size(), 1);
        const EscPosJob job = m_listener->job(0);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(job.slips.size(), 2);
        const QImage slip = job.slips.first();
        QCOMPARE(slip.width(), EscPos::kDots80mm);
        keep(slip, str("slip-receipt-th-80mm.png"));
        const QList<QPair<int, int>> rows = textRows(slip);
        QVERIFY2(rows.size() >= 15, qPrintable(QString::number(rows.size())));
        // The venue's name, first and centred: ink in the middle third, none at the margins.
        const QRect name(0, rows.first().first, slip.width(),
                         rows.first().second - rows.first().first + 1);
        QVERIFY2(name.height() >= 20, qPrintable(QString::number(name.height())));
        QVERIFY(ink(slip, QRect(slip.width() / 3, name.top(), slip.width() / 3, name.height())) >
                0.05);
        QCOMPARE(ink(slip, QRect(0, name.top(), 60, name.height())), 0.0);
        // The same receipt in English differs (its words are not the Thai ones).
        QVERIFY(Language::instance()->setCurrent(str("en")));
        QVERIFY(ReceiptSlip::render(result, { venue.value(str("name")).toString(), {}, {} }, false,
                                    EscPos::kDots80mm) != slip);
    }

    // Reprinted from the Day page's payments (the visit as the server has it): one copy marked
    // COPY — taller than the original by its marks — and no drawer pulse, whatever the copies.
    void reprintIsACopyWithoutTheDrawer()
    {
        const qint64 visit = awaitingVisit(str("Dewi Lestari"), { 2 });
        QVERIFY(visit > 0);
        const QVariantMap result = pay(visit, str("cash"));
        QVERIFY(!result.isEmpty());
        m_printer->printReceipt(result, m_venue);
        QTRY_COMPARE(m_listener->jobs.size(), 1);
        const QImage original = m_listener->job(0).slips.first();

        QSignalSpy failed(m_printer.get(), &DeskPrinter::reprintFailed);
        m_printer->reprintPaidVisit(m_state->session(), visit, m_venue);
        QTRY_COMPARE(m_listener->jobs.size(), 2);
        const EscPosJob copy = m_listener->job(1);
        QVERIFY2(copy.ok, qPrintable(copy.problem));
        QVERIFY(copy.drawerPulses.isEmpty());
        QCOMPARE(copy.slips.size(), 1);
        QCOMPARE(copy.slips.first().width(), EscPos::kDots80mm);
        QVERIFY(copy.slips.first().height() > original.height());
        keep(copy.slips.first(), str("slip-reprint-80mm.png"));
        QCOMPARE(failed.size(), 0);
        // Rendered from the server's visit, its lines are the original's: the part below the
        // COPY mark matches the original's start row for row (the venue and receipt number).
        const QList<QPair<int, int>> copyRows = textRows(copy.slips.first());
        const QList<QPair<int, int>> origRows = textRows(original);
        const int shift = copyRows.at(1).first - origRows.at(0).first;
        QVERIFY(shift > 20);
        QCOMPARE(copy.slips.first().copy(0, origRows.at(0).first + shift, 576, 80),
                 original.copy(0, origRows.at(0).first, 576, 80));

        // In Thai too, for the record.
        QVERIFY(Language::instance()->setCurrent(str("th")));
        m_printer->reprintPaidVisit(m_state->session(), visit, m_venue);
        QTRY_COMPARE(m_listener->jobs.size(), 3);
        keep(m_listener->job(2).slips.first(), str("slip-reprint-th-80mm.png"));

        // A visit that was never paid has no receipt to reprint: said, nothing printed.
        const HttpResult in = m_server->post(
            str("/api/visits"),
            { { str("customer_name"), str("Nok") }, { str("service_ids"), QJsonArray { 1 } } },
            m_desk);
        m_printer->reprintPaidVisit(m_state->session(),
                                    num(in.json.value(str("visit")).toObject(), "id"), m_venue);
        QTRY_COMPARE(failed.size(), 1);
        QTest::qWait(300);
        QCOMPARE(m_listener->jobs.size(), 3);
    }

    // "Open drawer": the server records a no-sale in the open shift, in the cashier's name, and
    // only then the pulse goes (a job with the pulse alone). With no shift open it is refused:
    // the desk says why, the drawer stays shut, nothing is stored.
    void openDrawerIsRecordedAsANoSale()
    {
        CashShift shift;
        shift.setSession(m_state->session());
        QSignalSpy recorded(&shift, &CashShift::noSaleRecorded);
        m_printer->openDrawerNoSale(&shift, str("change for a 1000 note"));
        QTRY_COMPARE(recorded.size(), 1);
        QTRY_COMPARE(m_listener->jobs.size(), 1);
        const EscPosJob job = m_listener->job(0);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(job.drawerPulses, QList<int>({ 0 }));
        QVERIFY(job.slips.isEmpty());

        const QJsonObject open = openShift();
        QCOMPARE(num(open, "no_sales"), 1);
        const QJsonObject noSale = open.value(str("no_sale_openings")).toArray().at(0).toObject();
        QCOMPARE(noSale.value(str("staff_name")).toString(), str("Front Desk"));
        QCOMPARE(noSale.value(str("reason")).toString(), str("change for a 1000 note"));
        QSqlQuery q = m_server->app->domain().database().exec(
            str("SELECT n.shift_id, s.username FROM shift_no_sales n JOIN staff s ON s.id = "
                "n.staff_id"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), num(open, "id"));
        QCOMPARE(q.value(1).toString(), str("cashier"));
        QVERIFY(!q.next());

        // The shift closed (counted): no shift open, no drawer.
        QCOMPARE(m_server
                     ->post(str("/api/shifts/%1/close").arg(num(open, "id")),
                            { { str("counted"), num(open, "expected") } }, m_desk)
                     .status,
                 200);
        m_printer->openDrawerNoSale(&shift, QString());
        QTRY_VERIFY(!shift.error().isEmpty());
        QVERIFY2(shift.error().contains(str("No cash shift is open")), qPrintable(shift.error()));
        QTest::qWait(500);
        QCOMPARE(m_listener->jobs.size(), 1);
        QCOMPARE(recorded.size(), 1);
        QSqlQuery count =
            m_server->app->domain().database().exec(str("SELECT COUNT(*) FROM shift_no_sales"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);
    }

    // The printer is off when the receipt is printed: held, the desk says so; the printer comes
    // back and Retry prints it — once, whatever Retry is pressed again.
    void heldReceiptPrintedOnceAfterRetry()
    {
        const quint16 port = m_listener->port();
        m_listener.reset(); // off
        const qint64 visit = awaitingVisit(str("Budi Santoso"), { 1 });
        const QVariantMap result = pay(visit, str("card"));
        QVERIFY(!result.isEmpty());
        m_printer->printReceipt(result, m_venue);
        QTRY_COMPARE(m_printer->problem(), str("Printer not answering — 127.0.0.1:%1").arg(port));
        QCOMPARE(m_printer->waiting(), 1);

        m_listener = std::make_unique<EscPosListener>(port);
        QVERIFY(m_listener->server.isListening());
        QTest::qWait(300);
        QCOMPARE(m_listener->connections, 0); // held: not sent until asked
        m_printer->retry();
        QTRY_COMPARE(m_listener->jobs.size(), 1);
        QTRY_COMPARE(m_printer->waiting(), 0);
        QCOMPARE(m_printer->problem(), QString());
        const EscPosJob job = m_listener->job(0);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(job.slips.size(), 2); // its two copies, in its one job
        m_printer->retry();
        m_printer->retry();
        QTest::qWait(500);
        QCOMPARE(m_listener->jobs.size(), 1);
        QCOMPARE(m_listener->connections, 1);
    }

    // Held jobs to PDF instead: the file holds them, the printer's queue is empty, and when the
    // printer is back nothing of them prints.
    void heldJobsToPdf()
    {
        const quint16 port = m_listener->port();
        m_listener.reset();
        const qint64 visit = awaitingVisit(str("Siti Rahma"), { 5 });
        const QVariantMap result = pay(visit, str("card"));
        QVERIFY(!result.isEmpty());
        m_printer->printReceipt(result, m_venue);
        QTRY_VERIFY(!m_printer->problem().isEmpty());
        QTemporaryDir dir;
        const QString path = m_printer->saveHeldAsPdf(dir.path());
        QVERIFY(!path.isEmpty());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
        QCOMPARE(m_printer->waiting(), 0);
        QCOMPARE(m_printer->problem(), QString());
        QCOMPARE(m_printer->saveHeldAsPdf(dir.path()), QString()); // nothing held now

        m_listener = std::make_unique<EscPosListener>(port);
        m_printer->retry();
        QTest::qWait(500);
        QCOMPARE(m_listener->connections, 0);
    }

    // The shift's close (with a no-sale and a pay-out on it) and the day's Z report, on paper.
    void shiftCloseAndZReportSlips()
    {
        for (const QString lang : { str("en"), str("th") }) {
            QVERIFY(Language::instance()->setCurrent(lang));
            const QString suffix = lang == QLatin1String("en") ? QString() : str("-th");
            if (lang == QLatin1String("th")) {
                // A new day's shift for the second round: the first one's day is closed.
                m_server.reset();
                init();
            }
            const qint64 visit = awaitingVisit(str("Kanya Deeprom"), { 1, 5 });
            QVERIFY(!pay(visit, str("cash")).isEmpty());
            CashShift shift;
            shift.setSession(m_state->session());
            QSignalSpy recorded(&shift, &CashShift::noSaleRecorded);
            m_printer->openDrawerNoSale(&shift, str("float check"));
            QTRY_COMPARE(recorded.size(), 1);
            QCOMPARE(m_server
                         ->post(str("/api/shifts/%1/cash").arg(num(openShift(), "id")),
                                { { str("kind"), str("pay_out") },
                                  { str("amount"), 20000 },
                                  { str("reason"), str("flowers for the lobby") } },
                                m_desk)
                         .status,
                     201);
            shift.refresh();
            QTRY_VERIFY(shift.isOpen() && !shift.busy());
            QSignalSpy closed(&shift, &CashShift::closed);
            shift.closeShift(shift.expected() - 1000, str("one coin short"));
            QTRY_COMPARE(closed.size(), 1);
            const int before = int(m_listener->jobs.size());
            m_printer->printShiftClose(shift.closedShift(), m_venue);
            QTRY_COMPARE(int(m_listener->jobs.size()), before + 1);
            EscPosJob job = m_listener->job(before);
            QVERIFY2(job.ok, qPrintable(job.problem));
            QCOMPARE(job.slips.size(), 1);
            QCOMPARE(job.slips.first().width(), EscPos::kDots80mm);
            QVERIFY(job.drawerPulses.isEmpty());
            keep(job.slips.first(), str("slip-shift-close%1-80mm.png").arg(suffix));

            const QString admin = m_server->login(str("admin"), str("admin"));
            const HttpResult z =
                m_server->post(str("/api/days/%1/close").arg(m_server->today()), {}, admin);
            QVERIFY2(z.status == 201, z.raw.constData());
            m_printer->printZReport(z.json.toVariantMap(), m_venue);
            QTRY_COMPARE(int(m_listener->jobs.size()), before + 2);
            job = m_listener->job(before + 1);
            QVERIFY2(job.ok, qPrintable(job.problem));
            QCOMPARE(job.slips.size(), 1);
            QCOMPARE(job.slips.first().width(), EscPos::kDots80mm);
            QVERIFY(textRows(job.slips.first()).size() > 25);
            keep(job.slips.first(), str("slip-zreport%1-80mm.png").arg(suffix));
        }
    }
};

QTEST_MAIN(TestReceiptPrinting)
#include "tst_receiptprinting.moc"
