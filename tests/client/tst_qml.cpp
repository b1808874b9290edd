// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Tests of the shared QML components (qml/*.qml: Theme, ConnectionBanner, TicketBadge) and
// of the module's singletons from QML. The test files are in tests/client/qml.
//
// The setup object gives every test engine the Spa module (import path qrc:/), and these context
// properties:
//   testServerUrl, kioskToken: a real in-process spa-server with demo data, for a client that
//                              reaches Connected;
//   silentServerUrl:          a TCP port that accepts and never answers, for a client that stays
//                              Connecting;
//   testSupport:              this object (pinClock(date) / unpinClock() / wallClock() for
//                              WallClock::instance()).
#include "format.h"
#include "testserver.h"

#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(SpaPlugin)

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() = default;

    Q_INVOKABLE void pinClock(const QDateTime &t) { WallClock::instance()->setFixedNow(t); }
    Q_INVOKABLE void unpinClock() { WallClock::instance()->setFixedNow(QDateTime()); }
    Q_INVOKABLE QObject *wallClock() const { return WallClock::instance(); }

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true); // Language saves its choice with QSettings
        m_server = std::make_unique<TestServer>();
        if (!m_server->start())
            qFatal("tst_qml: the test server did not start");
        m_silent = std::make_unique<QTcpServer>();
        if (!m_silent->listen(QHostAddress::LocalHost, 0))
            qFatal("tst_qml: no port for the silent server");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *ctx = engine->rootContext();
        ctx->setContextProperty(QStringLiteral("testServerUrl"),
                                QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        ctx->setContextProperty(QStringLiteral("kioskToken"), m_server->app->demoKioskToken());
        ctx->setContextProperty(QStringLiteral("silentServerUrl"),
                                QStringLiteral("http://127.0.0.1:%1").arg(m_silent->serverPort()));
        ctx->setContextProperty(QStringLiteral("testSupport"), this);
    }

    void cleanupTestCase()
    {
        unpinClock();
        m_silent.reset();
        m_server.reset();
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTcpServer> m_silent;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)
#include "tst_qml.moc"
