// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-kiosk: the wall monitor, or with --mode checkin the self check-in screen. Full screen
// unless --windowed; the wall hides the cursor, the touch screen keeps its input.
#include "appoptions.h"
#include "callvoice.h"
#include "checkinoptions.h"
#include "checkinstate.h"
#include "kioskoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorstate.h"
#include "screenshot.h"
#include "wallsettings.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

namespace {
// The self check-in screen: its own window (CheckinWindow.qml) over a CheckinState.
int runCheckin(QGuiApplication &app, const AppOptions &options, const CheckinOptions &checkin)
{
    CheckinState state;
    state.setServer(options.server, options.token);
    state.setPrinter(checkin.printer, checkin.paperMm);
    state.setIdleMs(checkin.idleSeconds * 1000);
    state.refresh();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    Language::instance()->addEngine(&engine);
    QVariantMap initial { { QStringLiteral("state"), QVariant::fromValue(&state) } };
    if (options.size.isValid()) {
        initial.insert(QStringLiteral("width"), options.size.width());
        initial.insert(QStringLiteral("height"), options.size.height());
    }
    engine.setInitialProperties(initial);
    engine.load(QUrl(QStringLiteral("qrc:/SpaKiosk/CheckinWindow.qml")));
    auto *window = engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (!options.screenshot.isEmpty())
        screenshotWhenReady(window, options.screenshot, [&state] { return state.ready(); });
    else if (!options.windowed)
        window->showFullScreen();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    setAppIdentity(QStringLiteral("spa-kiosk"));
    QCommandLineParser parser;
    KioskOptions::addTo(parser);
    CheckinOptions::addTo(parser);
    const AppOptions options = AppOptions::parse(
        app, QStringLiteral("Spa Suite wall monitor, or self check-in screen (--mode checkin)."),
        true, &parser);
    Language::instance()->pickInitial(options.language);
    const CheckinOptions checkin = CheckinOptions::read(parser, app);
    if (checkin.checkin)
        return runCheckin(app, options, checkin);
    const KioskOptions kiosk = KioskOptions::read(parser, app, Language::instance()->current());

    MonitorState state;
    state.arrivingSoon()->setWindowMinutes(kiosk.arrivingSoonMinutes);
    // The venue's announcement settings, unless this wall's command line pinned them.
    WallSettings wallSettings(state,
                              { kiosk.announceMs, kiosk.replayMaxAgeS, kiosk.announceLanguages },
                              Language::instance()->current());
    state.client()->setServerUrl(options.server);
    state.client()->setToken(options.token);
    if (options.screenshot.isEmpty())
        state.keepHistory(options.server); // a screenshot run leaves the wall's history alone
    state.client()->open();
    // A screenshot run is silent.
    CallVoice::Settings voiceSettings = kiosk.voice;
    voiceSettings.mute = voiceSettings.mute || !options.screenshot.isEmpty();
    CallVoice voice(*state.announcements(), voiceSettings);
    wallSettings.setVoice(&voice);

    QQmlApplicationEngine engine;
    QQuickWindow *window = loadMainWindow(engine, QStringLiteral("SpaKiosk"), &state, options);
    if (!window)
        return 1;

    if (!options.screenshot.isEmpty()) {
        const bool waitNotice = options.waitForNotice;
        screenshotWhenReady(window, options.screenshot, [&state, waitNotice] {
            return state.hasState() && (!waitNotice || !state.currentNotice().isEmpty());
        });
    } else if (!options.windowed) {
        window->showFullScreen();
        QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    }
    return app.exec();
}
