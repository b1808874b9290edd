// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-therapist: the therapist's tablet. Sign in with a PIN, set availability, work the queue.
#include "appoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "therapistoptions.h"
#include "therapiststate.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaTherapistPlugin)

int main(int argc, char *argv[])
{
    TherapistOptions own;
    QString error;
    if (!TherapistOptions::take(argc, argv, &own, &error)) {
        std::fprintf(stderr, "spa-therapist: %s\n", qPrintable(error));
        return 2;
    }
    QGuiApplication app(argc, argv);
    setAppIdentity(QStringLiteral("spa-therapist"));
    const AppOptions options = AppOptions::parse(app, TherapistOptions::help(), false);
    Language::instance()->pickInitial(options.language);
    if (own.lockAfterSeconds >= 0)
        TherapistState::saveIdleLockSeconds(own.lockAfterSeconds);

    TherapistState state;
    state.setServerUrl(options.server);
    if (own.staffId > 0)
        state.setLastStaffId(own.staffId);
    if (!own.pin.isEmpty())
        state.signIn(own.staffId, own.pin);
    else
        state.restoreSession();

    QQmlApplicationEngine engine;
    // Scripted screenshots: SPA_PAGE=myday opens "my day" once signed in.
    const QVariantMap extra { { QStringLiteral("startPage"), qEnvironmentVariable("SPA_PAGE") } };
    QQuickWindow *window =
        loadMainWindow(engine, QStringLiteral("SpaTherapist"), &state, options, extra);
    if (!window)
        return 1;

    if (!options.screenshot.isEmpty()) {
        // Signed in: once the first view is in (and, with an idle time, once it has locked);
        // otherwise once the names to pick from are.
        const bool signingIn = !own.pin.isEmpty();
        const bool waitForLock = signingIn && state.idleLockSeconds() > 0;
        screenshotWhenReady(window, options.screenshot, [&state, signingIn, waitForLock] {
            if (signingIn)
                return state.signedIn() && state.hasState() && (!waitForLock || state.locked());
            return state.rosterLoaded();
        });
    } else if (!options.windowed) {
        window->showFullScreen();
    }
    return app.exec();
}
