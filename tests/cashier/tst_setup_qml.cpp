// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Test of the cashier app's first-run setup wizard (cashier_app/SetupWizard.qml) against
// a real in-process spa-server on an empty database (no --demo: no admin, a setup code written
// to its data folder). The test file is in tests/cashier/setup.
//
// Context properties of every test engine:
//   testServerUrl: the server, on the real clock (Session schedules expiry by it);
//   testSupport:   this object: setupCode() (the file the server wrote), setupNeeded()
//                  (GET /api/setup), signIn(username, password) (a token, "" when refused),
//                  get(path, token) (the server's JSON answer as a map).
#include "testserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaCashierPlugin)

class SetupFixture : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE QString setupCode() const
    {
        QFile f(m_server->dir.filePath(QStringLiteral("setup-code")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    }
    Q_INVOKABLE bool setupNeeded()
    {
        return m_server->get(QStringLiteral("/api/setup"))
            .json.value(QLatin1String("needed"))
            .toBool();
    }
    Q_INVOKABLE QString signIn(const QString &username, const QString &password)
    {
        return m_server->login(username, password);
    }
    Q_INVOKABLE QVariantMap get(const QString &path, const QString &token)
    {
        return m_server->get(path, token).json.toVariantMap();
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true); // Session keeps its token in QSettings
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_setup_qml"));
        QSettings().clear();
        m_server = std::make_unique<TestServer>(false, QDateTime::currentDateTimeUtc());
        if (!m_server->start())
            qFatal("tst_setup_qml: the test server did not start");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("testServerUrl"),
            QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        engine->rootContext()->setContextProperty(QStringLiteral("testSupport"), this);
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_setup_qml, SetupFixture)
#include "tst_setup_qml.moc"
