// spa-kiosk: the wall monitor. Full screen without a cursor unless --windowed.
#include "appoptions.h"
#include "language.h"
#include "monitorstate.h"
#include "screenshot.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SpaSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("spa-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPA_VERSION));
    const AppOptions options = AppOptions::parse(app, QStringLiteral("Spa Suite wall monitor."), true);
    Language::instance()->pickInitial(options.language);

    MonitorState state;
    state.client()->setServerUrl(options.server);
    state.client()->setToken(options.token);
    state.client()->open();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QVariantMap initial { { QStringLiteral("state"), QVariant::fromValue(&state) } };
    if (options.size.isValid()) {
        initial.insert(QStringLiteral("width"), options.size.width());
        initial.insert(QStringLiteral("height"), options.size.height());
    }
    engine.setInitialProperties(initial);
    engine.load(QUrl(QStringLiteral("qrc:/SpaKiosk/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
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
