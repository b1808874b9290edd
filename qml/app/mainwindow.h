// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariantMap>

class QObject;
class QQmlApplicationEngine;
class QQuickWindow;
struct AppOptions;

// The start every app's main() shares.

// Who the app is, for QSettings and --version. Call right after the application object.
void setAppIdentity(const QString &name);

// Loads qrc:/<module>/Main.qml with `state`, the --size option and `extra` as its initial
// properties; the window, or nullptr when it did not load.
QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, const QString &module, QObject *state,
                             const AppOptions &options, QVariantMap extra = {});
