// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Tests of the therapist app's PIN pad and lock screen (therapist_app/PinPad.qml,
// LockScreen.qml). The test files are in tests/therapist/qml.
//
// Every test engine gets the Spa and SpaTherapist modules (import path qrc:/) and the context
// property testServerUrl: a real in-process spa-server with the demo venue (Anna: staff 3, PIN
// 1111), whose clock is the real time so sessions do not expire at once.
#include "testserver.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaTherapistPlugin)

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() = default;

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true); // Session keeps its token in QSettings
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_therapist_qml"));
        QSettings().clear();
        m_server = TestServer::startOnRealClock();
        if (!m_server)
            qFatal("tst_therapist_qml: the test server did not start");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(
            QStringLiteral("testServerUrl"),
            QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_therapist_qml, Setup)
#include "tst_therapist_qml.moc"
