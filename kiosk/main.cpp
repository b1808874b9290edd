// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-kiosk: the wall monitor. Full screen without a cursor unless --windowed.
#include "appoptions.h"
#include "callvoice.h"
#include "kioskoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorstate.h"
#include "screenshot.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    setAppIdentity(QStringLiteral("spa-kiosk"));
    QCommandLineParser parser;
    KioskOptions::addTo(parser);
    const AppOptions options =
        AppOptions::parse(app, QStringLiteral("Spa Suite wall monitor."), true, &parser);
    Language::instance()->pickInitial(options.language);
    const KioskOptions kiosk = KioskOptions::read(parser, app, Language::instance()->current());

    MonitorState state;
    state.setNoticeDurationMs(kiosk.announceMs);
    state.announcements()->setMaxReplayAgeS(kiosk.replayMaxAgeS);
    state.client()->setServerUrl(options.server);
    state.client()->setToken(options.token);
    if (options.screenshot.isEmpty())
        state.keepHistory(options.server); // a screenshot run leaves the wall's history alone
    state.client()->open();
    // A screenshot run is silent.
    CallVoice::Settings voiceSettings = kiosk.voice;
    voiceSettings.mute = voiceSettings.mute || !options.screenshot.isEmpty();
    CallVoice voice(*state.announcements(), voiceSettings);

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
