// spa-cashier: the front desk. Signs in with a user name and password; the session survives a
// restart until it expires.
#include "appoptions.h"
#include "cashierstate.h"
#include "language.h"
#include "qrimageprovider.h"
#include "screenshot.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaCashierPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    // A desktop look for a desktop terminal (keyboard and mouse).
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QCoreApplication::setOrganizationName(QStringLiteral("SpaSuite"));
    QCoreApplication::setApplicationName(QStringLiteral("spa-cashier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPA_VERSION));
    const AppOptions options = AppOptions::parse(app, QStringLiteral("Spa Suite front desk."), false);
    Language::instance()->pickInitial(options.language);

    CashierState state;
    state.setServerUrl(options.server);
    // Unattended sign-in for scripted screenshots: SPA_USER / SPA_PASSWORD.
    const QString user = qEnvironmentVariable("SPA_USER");
    if (!user.isEmpty())
        state.signIn(user, qEnvironmentVariable("SPA_PASSWORD"));
    else
        state.session()->restore();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    QVariantMap initial { { QStringLiteral("state"), QVariant::fromValue(&state) },
                          { QStringLiteral("serverUrl"), options.server.toString() } };
    if (options.size.isValid()) {
        initial.insert(QStringLiteral("width"), options.size.width());
        initial.insert(QStringLiteral("height"), options.size.height());
    }
    // Scripted screenshots: SPA_PAGE = queue, checkout, day or admin.
    ScreenshotGate gate(qEnvironmentVariable("SPA_PAGE"));
    gate.setReady(options.screenshot.isEmpty() || gate.page().isEmpty());
    initial.insert(QStringLiteral("gate"), QVariant::fromValue(&gate));
    engine.setInitialProperties(initial);
    engine.load(QUrl(QStringLiteral("qrc:/SpaCashier/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
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
