// The wall monitor's own QML over a real in-process server: it shows real tickets, shows the
// offline banner when the server goes away, and recovers by itself, missed payment notice included.
#include "monitorstate.h"
#include "testserver.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

class TestKiosk : public QObject
{
    Q_OBJECT

private:
    // The colour at the top-left corner: the banner's warning colour when offline, the header's
    // accent colour when connected.
    static QColor topLeft(QQuickWindow *w) { return w->grabWindow().pixelColor(5, 5); }

    static qint64 paidVisit(SpaDomain &d, const QString &name)
    {
        const Principal desk { Principal::Role::Cashier, 2, 0, 0, QStringLiteral("desk") };
        const qint64 id = qint64(d.checkIn({ { QStringLiteral("customer_name"), name },
                                             { QStringLiteral("service_ids"), QJsonArray { 5 } } },
                                           desk)
                                         .body()[QLatin1String("visit")]
                                         .toObject()[QLatin1String("id")]
                                         .toDouble());
        d.assign(id, {}, desk);
        d.start(id, desk);
        d.complete(id, desk);
        d.pay(id, { { QStringLiteral("method"), QStringLiteral("card") }, { QStringLiteral("amount"), 25000 },
                    { QStringLiteral("idempotency_key"), QStringLiteral("kiosk-test-%1").arg(id) } },
              desk);
        return id;
    }

private Q_SLOTS:
    void showsStateGoesOfflineAndRecoversWithTheMissedNotice()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString token = server.app->demoKioskToken();
        QVERIFY(!token.isEmpty());

        MonitorState state;
        state.client()->setMaxBackoffMs(300);
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(token);
        state.setNoticeDurationMs(60000);
        state.client()->open();

        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties({ { QStringLiteral("state"), QVariant::fromValue(&state) },
                                      { QStringLiteral("width"), 1920 },
                                      { QStringLiteral("height"), 1080 } });
        engine.load(QUrl(QStringLiteral("qrc:/SpaKiosk/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);

        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        QCOMPARE(state.venueName(), QStringLiteral("Lotus Day Spa"));
        QCOMPARE(state.therapists()->count(), 4);
        const HttpResult checkIn = server.post(QStringLiteral("/api/visits"),
                                               { { QStringLiteral("customer_name"), QStringLiteral("Wanida Suk") },
                                                 { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                                               server.login(QStringLiteral("cashier"), QStringLiteral("cashier")));
        QCOMPARE(checkIn.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(state.waiting()->count(), 1, 5000);
        QCOMPARE(state.waiting()->get(0)[QStringLiteral("name")].toString(), QStringLiteral("Wanida S."));
        const QColor online = topLeft(window);
        QCOMPARE(online, QColor(QStringLiteral("#2f7d62"))); // the header, no banner

        // The server goes away: the banner shows, the last state stays on screen.
        server.config.port = server.port(); // it comes back on the same port
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(state.client()->status() != SocketClient::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(topLeft(window), QColor(QStringLiteral("#b26a00")), 5000);
        QCOMPARE(state.waiting()->count(), 1);

        // It comes back, and a payment is taken before the kiosk reconnects (same thread: the
        // kiosk cannot reconnect until this test returns to the event loop).
        QVERIFY(server.start());
        const qint64 missed = paidVisit(server.app->domain(), QStringLiteral("Kanya Deeprom"));
        QTRY_COMPARE_WITH_TIMEOUT(state.client()->status(), SocketClient::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!state.currentNotice().isEmpty(), 5000);
        QCOMPARE(state.currentNotice()[QStringLiteral("kind")].toString(), QStringLiteral("payment"));
        QCOMPARE(state.currentNotice()[QStringLiteral("name")].toString(), QStringLiteral("Kanya D."));
        QVERIFY(missed > 0);
        QTRY_COMPARE_WITH_TIMEOUT(topLeft(window), online, 5000);
        // The state is current: the checked-in visit still waits, the paid one is gone.
        QCOMPARE(state.waiting()->count(), 1);
        QCOMPARE(state.notices()->count(), 1);
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
