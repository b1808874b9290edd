// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-cashier: the front desk. Signs in with a user name and password; the session survives a
// restart until it expires.
#include "appoptions.h"
#include "cashierstate.h"
#include "language.h"
#include "mainwindow.h"
#include "printtest.h"
#include "qrimageprovider.h"
#include "screenshot.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaCashierPlugin)

int main(int argc, char *argv[])
{
    // --print-test shows no window: it runs on an installer's ssh session without a display too.
    if (PrintTest::asked(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The suite's own controls (qml/: ActionButton, FormField, ...) draw themselves; the few stock
    // controls left (combo boxes, spin boxes) take Basic's plain look in the theme's palette
    // (Main.qml), not Fusion's grey desktop widgets.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    setAppIdentity(QStringLiteral("spa-cashier"));
    QCommandLineParser parser;
    PrintTest::addOptions(parser);
    const AppOptions options =
        AppOptions::parse(app, QStringLiteral("Spa Suite front desk."), false, &parser);
    const QVariant deskLanguage = QSettings().value(QStringLiteral("language"));
    Language::instance()->pickInitial(options.language);
    if (const int printed = PrintTest::run(app, parser); printed >= 0) {
        // --lang was for the test page: the desk keeps its own language.
        QSettings s;
        if (deskLanguage.isValid())
            s.setValue(QStringLiteral("language"), deskLanguage);
        else
            s.remove(QStringLiteral("language"));
        return printed;
    }

    CashierState state;
    state.setServerUrl(options.server);
    // Unattended sign-in for scripted screenshots: SPA_USER / SPA_PASSWORD.
    const QString user = qEnvironmentVariable("SPA_USER");
    if (!user.isEmpty())
        state.signIn(user, qEnvironmentVariable("SPA_PASSWORD"));
    else
        state.session()->restore();

    QQmlApplicationEngine engine;
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    // Scripted screenshots: SPA_PAGE = queue, checkout, day, reports, admin, audit, refund,
    // cashmove or commission (and the others the pages name).
    ScreenshotGate gate(qEnvironmentVariable("SPA_PAGE"));
    gate.setReady(options.screenshot.isEmpty() || gate.page().isEmpty());
    const QVariantMap extra { { QStringLiteral("serverUrl"), options.server.toString() },
                              { QStringLiteral("gate"), QVariant::fromValue(&gate) } };
    QQuickWindow *window =
        loadMainWindow(engine, QStringLiteral("SpaCashier"), &state, options, extra);
    if (!window)
        return 1;
    if (!options.screenshot.isEmpty()) {
        const bool hasUser = !user.isEmpty();
        screenshotWhenReady(window, options.screenshot, [&state, &gate, hasUser] {
            // Signed in with state (or the sign-in page without a user), and the page complete.
            return (hasUser ? state.hasState() : true) && gate.ready();
        });
    }
    return app.exec();
}
