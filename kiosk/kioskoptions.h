// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "callvoice.h"

#include <QStringList>

#include <optional>

class QCommandLineParser;
class QCoreApplication;

// The wall's own options (announcements and sound), beside the ones every app takes.
struct KioskOptions {
    CallVoice::Settings voice;
    int arrivingSoonMinutes = 30; // bookings starting this soon are listed; 0: none
    // Given on the command line: these win over the venue's settings (WallSettings).
    std::optional<int> announceMs;
    std::optional<int> replayMaxAgeS;
    std::optional<QStringList> announceLanguages;

    static void addTo(QCommandLineParser &parser);
    // After the parser ran; exits the process with a message on a bad value. `screenLanguage`
    // is what the wall shows (the first announcement language unless --announce-languages).
    static KioskOptions read(const QCommandLineParser &parser, QCoreApplication &app,
                             const QString &screenLanguage);
};
