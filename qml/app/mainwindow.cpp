// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "appoptions.h"
#include "language.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

void setAppIdentity(const QString &name)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SpaSuite"));
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPA_VERSION));
}

QQuickWindow *loadMainWindow(QQmlApplicationEngine &engine, const QString &module, QObject *state,
                             const AppOptions &options, QVariantMap extra)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    Language::instance()->addEngine(&engine); // a switch while running retranslates this engine
    extra.insert(QStringLiteral("state"), QVariant::fromValue(state));
    if (options.size.isValid()) {
        extra.insert(QStringLiteral("width"), options.size.width());
        extra.insert(QStringLiteral("height"), options.size.height());
    }
    engine.setInitialProperties(extra);
    engine.load(QUrl(QStringLiteral("qrc:/%1/Main.qml").arg(module)));
    const QList<QObject *> roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}
