// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The therapist app's own options, taken out of argv before AppOptions (which knows only the
// options every app shares and refuses others) parses the rest. Command line first, then the
// environment (SPA_LOCK_AFTER, SPA_STAFF_ID, SPA_PIN).
struct TherapistOptions {
    int lockAfterSeconds = -1; // --lock-after; -1: not given (the saved setting applies)
    qint64 staffId = 0; // --staff-id: preselects the name; with a PIN, signs in
    QString pin; // --pin: for scripted runs (screenshots); the environment is safer

    // Removes the options and their values from argv; false with `error` set for a bad value.
    static bool take(int &argc, char **argv, TherapistOptions *out, QString *error);
    static QString help();
};
