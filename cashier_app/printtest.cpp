// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "printtest.h"

#include "escpos.h"
#include "testpageslip.h"
#include "thermalprinter.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QGuiApplication>
#include <QSettings>
#include <cstdio>
#include <cstring>

bool PrintTest::asked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--print-test", 12) == 0)
            return true;
    return false;
}

void PrintTest::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("print-test"),
                       QStringLiteral("Print the test page on this printer (host, host:port or a "
                                      "device such as /dev/usb/lp0) and exit: 0 when the printer "
                                      "took it."),
                       QStringLiteral("printer") });
    parser.addOption({ QStringLiteral("paper"),
                       QStringLiteral("With --print-test: paper width in mm, 80 (576 dots, the "
                                      "default) or 58 (384 dots)."),
                       QStringLiteral("mm"), QStringLiteral("80") });
    parser.addOption({ QStringLiteral("drawer"),
                       QStringLiteral("With --print-test: also open the cash drawer (pin 2).") });
}

int PrintTest::run(QGuiApplication &app, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("print-test")))
        return -1;
    const auto fail = [&app](int code, const QString &why) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(app.applicationName()), qPrintable(why));
        return code;
    };
    const QString where = parser.value(QStringLiteral("print-test"));
    const PrinterTarget target = PrinterTarget::parse(where);
    if (!target.isSet())
        return fail(1,
                    QStringLiteral("--print-test: '%1' is not host, host:port or a device path")
                        .arg(where));
    const QString paper = parser.value(QStringLiteral("paper"));
    if (paper != QLatin1String("80") && paper != QLatin1String("58"))
        return fail(1, QStringLiteral("--paper: 80 or 58 (mm), not '%1'").arg(paper));
    const int dots = paper == QLatin1String("58") ? EscPos::kDots58mm : EscPos::kDots80mm;
    const QString venue = QSettings().value(QStringLiteral("cashier/lastVenueName")).toString();
    const QImage page =
        TestPageSlip::render(venue.isEmpty() ? QStringLiteral("Spa Suite") : venue,
                             target.describe(), paper.toInt(), QDateTime::currentDateTime(), dots);
    QByteArray job = EscPos::initialize();
    if (parser.isSet(QStringLiteral("drawer")))
        job += EscPos::openDrawer(0);
    job += EscPos::raster(page) + EscPos::feedAndCut(4, true);

    ThermalPrinter printer;
    printer.setTarget(target);
    int code = -1;
    QObject::connect(&printer, &ThermalPrinter::printed, &app, [&code] {
        code = 0;
        QCoreApplication::quit();
    });
    QObject::connect(&printer, &ThermalPrinter::failed, &app,
                     [&code, &fail](int, const QString &, const QString &message) {
                         code = fail(2, message);
                         QCoreApplication::quit();
                     });
    printer.submit(QStringLiteral("Test page"), job);
    if (code < 0)
        app.exec();
    if (code == 0)
        std::fprintf(stdout, "test page printed on %s (%d dots)\n", qPrintable(target.describe()),
                     dots);
    return code;
}
