// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "callvoice.h"

class QCommandLineParser;
class QCoreApplication;

// The wall's own options (announcements and sound), beside the ones every app takes.
struct KioskOptions {
    CallVoice::Settings voice;
    int announceMs = 8000;
    int replayMaxAgeS = 120;
    int arrivingSoonMinutes = 30; // bookings starting this soon are listed; 0: none

    static void addTo(QCommandLineParser &parser);
    // After the parser ran; exits the process with a message on a bad value. `screenLanguage`
    // is what the wall shows (the default announcement language).
    static KioskOptions read(const QCommandLineParser &parser, QCoreApplication &app,
                             const QString &screenLanguage);
};
