// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSize>
#include <QString>
#include <QUrl>

class QCoreApplication;

// Options every app takes: command line first, then SPA_* environment, then QSettings, then
// defaults. What is given on the command line is saved for the next start.
class QCommandLineParser;

struct AppOptions {
    QUrl server = QUrl(QStringLiteral("http://localhost:5000"));
    QString token; // device token (kiosk)
    QString language; // en, th, id; empty: saved setting or system locale
    QString screenshot; // write a PNG once the first state arrived, then exit
    bool waitForNotice = false; // with --screenshot: also wait for a notice to show
    bool windowed = false;
    bool dark = false;
    QSize size; // window size; empty: the app's default
    QString caFile; // a venue's CA or self-signed certificate to trust (TlsTrust)
    QString pinSha256; // the server's public key pin, base64 SHA-256 (TlsTrust)

    // Exits the process on --help, --version or a bad option. An app with options of its own
    // adds them to `parser` first and reads them from it afterwards.
    static AppOptions parse(QCoreApplication &app, const QString &description,
                            bool takesDeviceToken, QCommandLineParser *parser = nullptr);
};
