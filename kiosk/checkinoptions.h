// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thermalprinter.h"

class QCommandLineParser;
class QCoreApplication;

// What the kiosk is (--mode monitor, the wall; or checkin, the self check-in screen) and the
// check-in screen's own settings: its ticket printer and paper, and the idle time. A printer or
// paper given on the command line is saved (QSettings group `checkin`) for the next start, as the
// desk keeps its printer; `--printer none` forgets it.
struct CheckinOptions {
    bool checkin = false;
    PrinterTarget printer;
    int paperMm = 80;
    int idleSeconds = 60;

    static void addTo(QCommandLineParser &parser);
    // After the parser ran; exits the process with a message on a bad value.
    static CheckinOptions read(const QCommandLineParser &parser, QCoreApplication &app);
};
