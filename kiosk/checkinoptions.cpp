// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkinoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(QCoreApplication &app, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(app.applicationName()), qPrintable(message));
    std::exit(2);
}
} // namespace

void CheckinOptions::addTo(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("mode"),
                  QStringLiteral("monitor (the wall screen, default) or checkin (the self "
                                 "check-in screen; needs a checkin device token)."),
                  QStringLiteral("mode") });
    p.addOption({ QStringLiteral("printer"),
                  QStringLiteral("Check-in mode: the ticket printer, HOST[:PORT] (raw port, 9100) "
                                 "or a device such as /dev/usb/lp0; 'none' for no printer. Saved."),
                  QStringLiteral("target") });
    p.addOption({ QStringLiteral("paper"),
                  QStringLiteral("Check-in mode: paper width in mm, 80 or 58 (80). Saved."),
                  QStringLiteral("mm") });
    p.addOption(
        { QStringLiteral("idle-seconds"),
          QStringLiteral("Check-in mode: untouched this long, the screen starts over (60)."),
          QStringLiteral("seconds") });
}

CheckinOptions CheckinOptions::read(const QCommandLineParser &p, QCoreApplication &app)
{
    CheckinOptions o;
    const QString mode = p.value(QStringLiteral("mode"));
    if (!mode.isEmpty() && mode != QLatin1String("monitor") && mode != QLatin1String("checkin"))
        fail(app, QStringLiteral("--mode must be monitor or checkin"));
    o.checkin = mode == QLatin1String("checkin");

    // Every value is checked before any is saved: a bad option changes nothing.
    const bool printerGiven = p.isSet(QStringLiteral("printer"));
    const QString printerText = p.value(QStringLiteral("printer")).trimmed();
    const bool noPrinter = printerText == QLatin1String("none") || printerText.isEmpty();
    if (printerGiven && !noPrinter && !PrinterTarget::parse(printerText).isSet())
        fail(
            app,
            QStringLiteral("--printer: '%1' is not HOST[:PORT] or a device path").arg(printerText));
    const QString paper = p.value(QStringLiteral("paper"));
    if (p.isSet(QStringLiteral("paper")) && paper != QLatin1String("80") &&
        paper != QLatin1String("58"))
        fail(app, QStringLiteral("--paper must be 80 or 58"));
    if (p.isSet(QStringLiteral("idle-seconds"))) {
        bool ok = false;
        o.idleSeconds = p.value(QStringLiteral("idle-seconds")).toInt(&ok);
        if (!ok || o.idleSeconds < 5 || o.idleSeconds > 3600)
            fail(app, QStringLiteral("--idle-seconds must be a whole number from 5 to 3600"));
    }

    QSettings s;
    s.beginGroup(QStringLiteral("checkin"));
    if (printerGiven)
        s.setValue(QStringLiteral("printer"), noPrinter ? QString() : printerText);
    if (p.isSet(QStringLiteral("paper")))
        s.setValue(QStringLiteral("paper"), paper.toInt());
    o.printer = PrinterTarget::parse(s.value(QStringLiteral("printer")).toString());
    o.paperMm = s.value(QStringLiteral("paper"), 80).toInt() == 58 ? 58 : 80;
    return o;
}
