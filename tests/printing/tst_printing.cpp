// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 15: slips reach a thermal printer as ESC/POS raster images. A real TCP listener on an
// ephemeral port stands in for the printer's raw port 9100: what it receives is parsed back into
// the picture the printer would print (saved as PNG with SPA_SLIP_PNG_DIR set, to look at). A
// printer that is off gives a message naming it, holds the jobs in order, and a retry prints each
// exactly once. A printer that answers its real-time status (DLE EOT) out of paper or with the
// cover open gets no job, and the problem says which; a device write that ends after its deadline
// is that job's result, never the next one's.

#include "escpos.h"
#include "escposlistener.h"
#include "slip.h"
#include "thermalprinter.h"
#include "ticketslip.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// A printer on the network: takes each connection's bytes until the client closes.
class FakePrinter : public QObject {
public:
    QTcpServer server;
    QList<QByteArray> jobs; // one per connection, complete
    bool stallAfterFirstBytes = false; // a printer out of paper stops reading

    bool listen(quint16 port = 0)
    {
        if (!server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                if (stallAfterFirstBytes)
                    s->setReadBufferSize(16); // and never read: the sender's writes back up
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    if (!stallAfterFirstBytes)
                        *buffer += s->readAll();
                });
                connect(s, &QTcpSocket::disconnected, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    // The status request before each job prints nothing (this printer does not
                    // answer it): the job is what follows.
                    if (buffer->startsWith(EscPos::statusQuery()))
                        buffer->remove(0, EscPos::statusQuery().size());
                    jobs << *buffer;
                    delete buffer;
                    s->deleteLater();
                });
            }
        });
        return true;
    }
};

QVariantMap visit(const QString &ticket, const QString &name, const QStringList &services)
{
    QVariantList list;
    for (const QString &s : services)
        list << QVariantMap { { QStringLiteral("name"), s } };
    return { { QStringLiteral("ticket"), ticket },
             { QStringLiteral("customer_name"), name },
             { QStringLiteral("services"), list } };
}

void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("SPA_SLIP_PNG_DIR");
    if (!dir.isEmpty())
        image.save(dir + QLatin1Char('/') + name);
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
} // namespace

class TestPrinting : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The raster command round-trips: what we send is the picture we drew, bit for bit, in bands
    // the printer's buffer takes.
    void rasterRoundTrip()
    {
        QImage img(576, 600, QImage::Format_Grayscale8);
        img.fill(255);
        for (int y = 0; y < 600; ++y)
            for (int x = 0; x < 576; ++x)
                if ((x / 8 + y / 8) % 2 == 0)
                    img.setPixel(x, y, qRgb(0, 0, 0));
        const QByteArray bytes = EscPos::raster(img, 256);
        // Three bands (256 + 256 + 88 rows), each a GS v 0 header of 8 bytes and 72 bytes a row.
        QCOMPARE(bytes.size(), 3 * 8 + 600 * 72);
        QCOMPARE(bytes.left(8), QByteArray("\x1d\x76\x30\x00\x48\x00\x00\x01", 8));
        const QImage back = EscPos::decodeRaster(bytes);
        QCOMPARE(back.size(), img.size());
        QCOMPARE(back, img);
        // A width that is not whole bytes is padded white.
        QImage odd(10, 2, QImage::Format_Grayscale8);
        odd.fill(0);
        QCOMPARE(EscPos::raster(odd).mid(8, 2), QByteArray("\xff\xc0", 2));
    }

    void commands()
    {
        QCOMPARE(EscPos::initialize(), QByteArray("\x1b\x40", 2));
        QCOMPARE(EscPos::feedAndCut(4, true), QByteArray("\x1b\x64\x04\x1d\x56\x42\x00", 7));
        QCOMPARE(EscPos::feedAndCut(4, false), QByteArray("\x1b\x64\x04", 3));
        QCOMPARE(EscPos::openDrawer(0), QByteArray("\x1b\x70\x00\x19\x7d", 5));
        QCOMPARE(EscPos::openDrawer(1), QByteArray("\x1b\x70\x01\x19\x7d", 5));
    }

    void targets()
    {
        QCOMPARE(PrinterTarget::parse(QStringLiteral("10.0.0.7")).describe(),
                 QStringLiteral("10.0.0.7:9100"));
        QCOMPARE(PrinterTarget::parse(QStringLiteral(" desk-printer:9101 ")).describe(),
                 QStringLiteral("desk-printer:9101"));
        QCOMPARE(PrinterTarget::parse(QStringLiteral("[fe80::1]:9100")).host,
                 QStringLiteral("fe80::1"));
        QCOMPARE(PrinterTarget::parse(QStringLiteral("/dev/usb/lp0")).device,
                 QStringLiteral("/dev/usb/lp0"));
        QVERIFY(!PrinterTarget::parse(QStringLiteral("host:0")).isSet());
        QVERIFY(!PrinterTarget::parse(QStringLiteral("host:99999")).isSet());
        QVERIFY(!PrinterTarget::parse(QStringLiteral("host:abc")).isSet());
        QVERIFY(!PrinterTarget::parse(QString()).isSet());
    }

    // A Thai ticket, 80 mm and 58 mm: printed through a real socket and read back byte for byte
    // and dot for dot, at the paper's width (docs/screenshots/slip-ticket-*.png are these, saved
    // with SPA_SLIP_PNG_DIR and looked at: Thai drawn from fonts-thai-tlwg, the QR code whole).
    void ticketReachesThePrinter_data()
    {
        QTest::addColumn<int>("dots");
        QTest::newRow("80mm") << EscPos::kDots80mm;
        QTest::newRow("58mm") << EscPos::kDots58mm;
    }
    void ticketReachesThePrinter()
    {
        QFETCH(int, dots);
        FakePrinter printer;
        QVERIFY(printer.listen());
        ThermalPrinter link;
        link.setTarget(
            PrinterTarget::parse(QStringLiteral("127.0.0.1:%1").arg(printer.server.serverPort())));
        const QImage slip = TicketSlip::render(
            visit(QStringLiteral("017"), QStringLiteral("สมชาย ใจดี"),
                  { QStringLiteral("นวดไทย 60 นาที"), QStringLiteral("Foot massage 30 min") }),
            QStringLiteral("Lotus Day Spa สุขุมวิท"),
            QStringLiteral("http://spa.local:5000/t/AbCdEf12"),
            QDateTime(QDate(2026, 12, 4), QTime(14, 5)), dots);
        QCOMPARE(slip.width(), dots);
        QSignalSpy printed(&link, &ThermalPrinter::printed);
        const QByteArray job =
            EscPos::initialize() + EscPos::raster(slip) + EscPos::feedAndCut(4, true);
        link.submit(QStringLiteral("ticket 017"), job);
        QTRY_COMPARE(printed.size(), 1);
        QTRY_COMPARE(printer.jobs.size(), 1);
        QCOMPARE(printer.jobs.first(), job);
        QVERIFY(printer.jobs.first().startsWith(QByteArray("\x1b\x40", 2)));
        QVERIFY(printer.jobs.first().endsWith(QByteArray("\x1d\x56\x42\x00", 4)));
        const QImage paper = EscPos::decodeRaster(printer.jobs.first());
        QCOMPARE(paper.width(), dots);
        QCOMPARE(paper.height(), slip.height());
        keep(paper,
             QStringLiteral("slip-ticket-%1mm.png").arg(dots == EscPos::kDots80mm ? 80 : 58));
        // Ink where the slip has things, not a blank or a black page.
        const double all = ink(paper, paper.rect());
        QVERIFY2(all > 0.03 && all < 0.5, qPrintable(QString::number(all)));
        QCOMPARE(link.problem(), QString());
        QCOMPARE(link.waiting(), 0);
    }

    // The printer is off: the job fails with a message naming it, the next job waits behind it
    // in order; the printer comes on, retry: each prints exactly once, in order.
    void printerOffThenRetried()
    {
        FakePrinter probe;
        QVERIFY(probe.listen());
        const quint16 port = probe.server.serverPort();
        probe.server.close(); // nothing listens there now: "off"

        ThermalPrinter link;
        link.setTarget(PrinterTarget::parse(QStringLiteral("127.0.0.1:%1").arg(port)));
        QSignalSpy failed(&link, &ThermalPrinter::failed);
        QSignalSpy printed(&link, &ThermalPrinter::printed);
        link.submit(QStringLiteral("receipt 1"), QByteArray("first"));
        link.submit(QStringLiteral("receipt 2"), QByteArray("second"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(link.problem(), QStringLiteral("Printer not answering — 127.0.0.1:%1").arg(port));
        QCOMPARE(link.waiting(), 2);
        QCOMPARE(link.waitingTitles(),
                 QStringList({ QStringLiteral("receipt 1"), QStringLiteral("receipt 2") }));
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1); // held, not hammering the printer

        FakePrinter printer;
        QVERIFY(printer.listen(port));
        link.retry();
        QTRY_COMPARE(printed.size(), 2);
        QTRY_COMPARE(printer.jobs.size(), 2);
        QCOMPARE(printer.jobs, QList<QByteArray>({ "first", "second" }));
        QCOMPARE(link.problem(), QString());
        link.retry(); // nothing held: nothing sent again
        QTest::qWait(200);
        QCOMPARE(printer.jobs.size(), 2);
    }

    // A printer that takes the connection but stops reading (out of paper, cover open): the
    // deadline ends the job with a message that says so; nothing blocks meanwhile.
    void printerStallsMidJob()
    {
        FakePrinter printer;
        printer.stallAfterFirstBytes = true;
        QVERIFY(printer.listen());
        ThermalPrinter link;
        link.setTimeoutMs(1500);
        link.setTarget(
            PrinterTarget::parse(QStringLiteral("127.0.0.1:%1").arg(printer.server.serverPort())));
        QSignalSpy failed(&link, &ThermalPrinter::failed);
        link.submit(QStringLiteral("big"), QByteArray(64 * 1024 * 1024, '\x55'));
        QElapsedTimer loop;
        loop.start();
        QTest::qWait(100); // the event loop keeps turning while the job is stuck
        QVERIFY(loop.elapsed() < 1000);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QVERIFY2(link.problem().contains(QStringLiteral("127.0.0.1")), qPrintable(link.problem()));
    }

    void statusBytes()
    {
        QCOMPARE(EscPos::statusQuery(), QByteArray("\x10\x04\x02\x10\x04\x04", 6));
        const EscPos::Status fine = EscPos::readStatus(0x12, 0x12);
        QVERIFY(fine.valid && !fine.coverOpen && !fine.paperOut && !fine.paperLow);
        QVERIFY(EscPos::readStatus(0x16, 0x12).coverOpen);
        QVERIFY(EscPos::readStatus(0x32, 0x12).paperOut); // stopped at the paper's end
        QVERIFY(EscPos::readStatus(0x12, 0x72).paperOut); // the roll sensor: none left
        QVERIFY(EscPos::readStatus(0x12, 0x1e).paperLow);
        QVERIFY(!EscPos::readStatus(0x12, 0x1e).paperOut);
        QVERIFY(!EscPos::readStatus('x', 0x12).valid); // not a status byte: no verdict
    }

    // The printer answers its status: out of paper, then the cover open. No job is sent (only the
    // question reaches it), the desk reads which; once it answers fine, a retry prints the slip
    // once.
    void statusHoldsTheJob_data()
    {
        QTest::addColumn<char>("offline");
        QTest::addColumn<char>("paper");
        QTest::addColumn<QString>("problem");
        QTest::newRow("paper out")
            << char(0x12) << char(0x72) << QStringLiteral("Printer out of paper — %1");
        QTest::newRow("cover open")
            << char(0x16) << char(0x12) << QStringLiteral("Printer cover open — %1");
        QTest::newRow("both") << char(0x36) << char(0x72)
                              << QStringLiteral("Printer cover open and out of paper — %1");
    }
    void statusHoldsTheJob()
    {
        QFETCH(char, offline);
        QFETCH(char, paper);
        QFETCH(QString, problem);
        EscPosListener printer;
        printer.offlineCause = offline;
        printer.paperSensor = paper;
        ThermalPrinter link;
        link.setTarget(PrinterTarget::parse(printer.address()));
        QSignalSpy failed(&link, &ThermalPrinter::failed);
        QSignalSpy printed(&link, &ThermalPrinter::printed);
        QImage slip(576, 40, QImage::Format_Grayscale8);
        slip.fill(0);
        const QByteArray job =
            EscPos::initialize() + EscPos::raster(slip) + EscPos::feedAndCut(4, true);
        link.submit(QStringLiteral("receipt"), job);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(link.problem(), problem.arg(printer.address()));
        QTRY_COMPARE(printer.jobs.size(), 1);
        QCOMPARE(printer.jobs.first(), EscPos::statusQuery()); // asked, nothing printed
        QCOMPARE(link.waiting(), 1);

        printer.offlineCause = 0x12;
        printer.paperSensor = 0x1e; // paper low still prints
        link.retry();
        QTRY_COMPARE(printed.size(), 1);
        QTRY_COMPARE(printer.jobs.size(), 2);
        QCOMPARE(printer.jobs.at(1), EscPos::statusQuery() + job);
        const EscPosJob parsed = printer.job(1);
        QVERIFY2(parsed.ok, qPrintable(parsed.problem));
        QCOMPARE(parsed.slips.size(), 1);
        QCOMPARE(parsed.cuts, 1);
        QCOMPARE(link.problem(), QString());
        link.retry();
        QTest::qWait(300);
        QCOMPARE(printer.jobs.size(), 2); // printed once
    }

    // A USB printer whose write blocks past the deadline (here: a FIFO nobody reads yet). The job
    // fails; a retry and a second job wait for the blocked write rather than writing beside it;
    // when the write goes through after all, that is the first job printed (once) — not taken for
    // the second job's result — and the second job then prints, once.
    void lateDeviceWriteIsItsOwnJobs()
    {
        QTemporaryDir dir;
        const QByteArray fifo = dir.filePath(QStringLiteral("lp0")).toLocal8Bit();
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        ThermalPrinter link;
        link.setTimeoutMs(300);
        link.setTarget(PrinterTarget::parse(QString::fromLocal8Bit(fifo)));
        QSignalSpy failed(&link, &ThermalPrinter::failed);
        QSignalSpy printed(&link, &ThermalPrinter::printed);
        const int first = link.submit(QStringLiteral("first"), QByteArray("FIRST-JOB"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toInt(), first);
        const int second = link.submit(QStringLiteral("second"), QByteArray("SECOND-JOB"));
        link.retry();
        QTest::qWait(500); // the blocked write still runs: nothing else is written meanwhile
        QCOMPARE(printed.size(), 0);
        QCOMPARE(failed.size(), 1);

        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                char buf[256];
                const ssize_t n = ::read(reader, buf, sizeof buf);
                if (n > 0)
                    got += QByteArray(buf, int(n));
                return printed.size() == 2 && got.size() >= 19;
            }(),
            5000);
        ::close(reader);
        QCOMPARE(got, QByteArray("FIRST-JOBSECOND-JOB")); // each once, in order
        QCOMPARE(printed.at(0).at(0).toInt(), first);
        QCOMPARE(printed.at(1).at(0).toInt(), second);
        QCOMPARE(link.waiting(), 0);
        QCOMPARE(link.problem(), QString());
    }

    // A USB printer is a device file: written on a worker thread; a missing device says so.
    void devicePrinter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lp0"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ThermalPrinter link;
        link.setTarget(PrinterTarget::parse(path));
        QSignalSpy printed(&link, &ThermalPrinter::printed);
        link.submit(QStringLiteral("ticket"), EscPos::initialize() + EscPos::openDrawer(0));
        QTRY_COMPARE(printed.size(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), EscPos::initialize() + EscPos::openDrawer(0));

        ThermalPrinter missing;
        missing.setTarget(PrinterTarget::parse(dir.filePath(QStringLiteral("nope/lp1"))));
        QSignalSpy failed(&missing, &ThermalPrinter::failed);
        missing.submit(QStringLiteral("ticket"), QByteArray("x"));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(missing.problem().startsWith(QStringLiteral("Printer not connected")));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
