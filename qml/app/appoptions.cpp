// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appoptions.h"

#include "tlstrust.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>
#include <cstdlib>

namespace {
QString pick(const QCommandLineParser &p, const QString &option, const char *env,
             const QString &settingsKey)
{
    if (p.isSet(option)) {
        QSettings().setValue(settingsKey, p.value(option));
        return p.value(option);
    }
    const QString e = qEnvironmentVariable(env);
    if (!e.isEmpty())
        return e;
    return QSettings().value(settingsKey).toString();
}
} // namespace

AppOptions AppOptions::parse(QCoreApplication &app, const QString &description,
                             bool takesDeviceToken, QCommandLineParser *parser)
{
    QCommandLineParser own;
    QCommandLineParser &p = parser ? *parser : own;
    p.setApplicationDescription(description);
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        { QStringLiteral("server"),
          QStringLiteral("Server URL, e.g. http://spa.local:5000, or https://spa.local:5000 for a "
                         "server with TLS (env SPA_SERVER_URL)."),
          QStringLiteral("url") });
    if (takesDeviceToken)
        p.addOption({ QStringLiteral("token"),
                      QStringLiteral("Device token from the admin (env SPA_DEVICE_TOKEN)."),
                      QStringLiteral("token") });
    p.addOption({ QStringLiteral("ca-file"),
                  QStringLiteral("For an https:// server: a PEM or DER file with the venue's own "
                                 "CA or self-signed certificate to trust; saved "
                                 "(env SPA_CA_FILE)."),
                  QStringLiteral("file") });
    p.addOption({ QStringLiteral("pin-sha256"),
                  QStringLiteral("For an https:// server: accept only this public key, base64 "
                                 "SHA-256 as spa-server logs it at start, even self-signed; "
                                 "saved (env SPA_PIN_SHA256)."),
                  QStringLiteral("base64") });
    p.addOption({ QStringLiteral("lang"), QStringLiteral("Language: en, th or id (env SPA_LANG)."),
                  QStringLiteral("code") });
    p.addOption(
        { QStringLiteral("windowed"), QStringLiteral("Run in a window instead of full screen.") });
    p.addOption({ QStringLiteral("size"), QStringLiteral("Window size, e.g. 1920x1080."),
                  QStringLiteral("WxH") });
    p.addOption({ QStringLiteral("dark"), QStringLiteral("Use the dark theme.") });
    p.addOption(
        { QStringLiteral("screenshot"),
          QStringLiteral("Start, wait for the first state from the server, save a PNG, exit."),
          QStringLiteral("file") });
    p.addOption({ QStringLiteral("wait-for-notice"),
                  QStringLiteral("With --screenshot: wait until a notice shows.") });
    p.process(app);

    AppOptions o;
    const QString server =
        pick(p, QStringLiteral("server"), "SPA_SERVER_URL", QStringLiteral("server"));
    if (!server.isEmpty())
        o.server = QUrl::fromUserInput(server);
    if (!o.server.isValid() || o.server.host().isEmpty()) {
        std::fprintf(stderr, "%s: --server: '%s' is not a URL\n", qPrintable(app.applicationName()),
                     qPrintable(server));
        std::exit(2);
    }
    // Trust for an https:// server: checked before it is saved, so a bad value given once does
    // not stop every later start.
    const auto given = [&p](const char *option, const char *env, const char *key) {
        const QString name = QLatin1String(option);
        if (p.isSet(name))
            return p.value(name);
        const QString e = qEnvironmentVariable(env);
        return e.isEmpty() ? QSettings().value(QLatin1String(key)).toString() : e;
    };
    o.caFile = given("ca-file", "SPA_CA_FILE", "tls/caFile");
    if (!o.caFile.isEmpty())
        o.caFile = QFileInfo(o.caFile).absoluteFilePath(); // the app may start elsewhere next time
    o.pinSha256 = given("pin-sha256", "SPA_PIN_SHA256", "tls/pinSha256");
    QString tlsError;
    if (!TlsTrust::configure(o.caFile, o.pinSha256, &tlsError)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(app.applicationName()), qPrintable(tlsError));
        std::exit(2);
    }
    if (p.isSet(QStringLiteral("ca-file")))
        QSettings().setValue(QStringLiteral("tls/caFile"), o.caFile);
    if (p.isSet(QStringLiteral("pin-sha256")))
        QSettings().setValue(QStringLiteral("tls/pinSha256"), o.pinSha256);
    if (takesDeviceToken)
        o.token = pick(p, QStringLiteral("token"), "SPA_DEVICE_TOKEN", QStringLiteral("token"));
    o.language = p.isSet(QStringLiteral("lang")) ? p.value(QStringLiteral("lang"))
                                                 : qEnvironmentVariable("SPA_LANG");
    o.screenshot = p.value(QStringLiteral("screenshot"));
    o.waitForNotice = p.isSet(QStringLiteral("wait-for-notice"));
    o.windowed = p.isSet(QStringLiteral("windowed")) || !o.screenshot.isEmpty();
    o.dark = p.isSet(QStringLiteral("dark"));
    if (p.isSet(QStringLiteral("size"))) {
        const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2)
            o.size = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || o.size.width() < 200 || o.size.height() < 200) {
            std::fprintf(stderr, "%s: --size must look like 1920x1080\n",
                         qPrintable(app.applicationName()));
            std::exit(2);
        }
    }
    return o;
}
