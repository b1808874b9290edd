// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The wall's "arriving soon" (kiosk/arrivingsoon.h, ArrivingSoonStrip.qml) over a real server
// (TestServer, its ManualClock) and the wall's own clock (WallClock, pinned): a booking shows
// from 30 minutes before its start ("Somchai K.", the time, nothing else) and goes 10 minutes
// after it, or at once when the desk marks it arrived; the line hides while a notice is up, so it
// never crowds the called banner; it fits in Thai and Indonesian; --arriving-soon is checked.
#include "appoptions.h"
#include "format.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorstate.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), Qt::UTC);
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QRectF sceneRect(QQuickItem *i)
{
    return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

bool shown(QQuickItem *i)
{
    for (QQuickItem *p = i; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0)
            return false;
    return i && i->width() > 0;
}
} // namespace

class TestArrivingSoon : public QObject {
    Q_OBJECT

private:
    // Both clocks to `t`: the server's (what it carries) and the wall's (what it shows).
    static void setTime(TestServer &server, const QDateTime &t)
    {
        server.clock.set(t);
        WallClock::instance()->setFixedNow(t);
    }

    static qint64 book(TestServer &server, const QString &desk, const QString &name,
                       const QDateTime &start, qint64 therapist)
    {
        const HttpResult r = server.post(str("/api/bookings"),
                                         { { str("customer_name"), name },
                                           { str("phone"), str("0811111111") },
                                           { str("notes"), str("window seat") },
                                           { str("service_ids"), QJsonArray { 1 } },
                                           { str("therapist_id"), therapist },
                                           { str("start"), isoUtc(start) } },
                                         desk);
        if (r.status != 201)
            qWarning() << "booking refused" << r.raw;
        return qint64(r.json.value(QLatin1String("booking"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toDouble());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_kiosk_arrivingsoon"));
        QSettings().clear();
    }

    void cleanup()
    {
        WallClock::instance()->setFixedNow(QDateTime());
        Language::instance()->setCurrent(str("en"));
    }

    void showsAndDropsAsTheClockPasses()
    {
        TestServer server;
        server.config.hub.commandsPerSecond = 0;
        QVERIFY(server.start());
        setTime(server, at(9, 0));
        const QString desk = server.login(str("cashier"), str("cashier"));
        const qint64 somchai = book(server, desk, str("Somchai Kaewkla"), at(9, 40), 3);
        const qint64 ploy = book(server, desk, str("Ploy Srisai"), at(10, 30), 4);
        QVERIFY(somchai > 0 && ploy > 0);

        MonitorState state;
        QAbstractItemModelTester tester(state.arrivingSoon(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        state.client()->setMaxBackoffMs(300);
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        state.setNoticeDurationMs(60000);
        state.client()->open();
        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = QSize(1920, 1080);
        QQuickWindow *window = loadMainWindow(engine, str("SpaKiosk"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *root = window->contentItem();
        QQuickItem *strip = findItem(root, str("arrivingSoon"));
        QVERIFY(strip);
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        ArrivingSoonModel *model = state.arrivingSoon();

        // 09:00: Somchai's 09:40 is 40 minutes off, more than the wall's 30: nothing shows.
        QCOMPARE(model->count(), 0);
        QVERIFY(!strip->isVisible());

        // 09:15: Somchai, as "Somchai K." and the time, nothing else.
        setTime(server, at(9, 15));
        QTRY_COMPARE_WITH_TIMEOUT(model->count(), 1, 3000);
        const QVariantMap row = model->get(0);
        QCOMPARE(row.value(str("name")).toString(), str("Somchai K."));
        QCOMPARE(row.value(str("time")).toString(), Format::time(isoUtc(at(9, 40))));
        QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible(), 3000);
        QQuickItem *entry = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (entry = findItem(strip, str("arriving_Somchai K."))) && shown(entry), 3000);
        const QRectF r = sceneRect(entry);
        QVERIFY(r.right() <= window->width() && r.bottom() <= window->height());

        // Still there at the start and a little late; gone 10 minutes after it.
        setTime(server, at(9, 49));
        QCOMPARE(model->count(), 1);
        setTime(server, at(9, 51));
        QTRY_COMPARE_WITH_TIMEOUT(model->count(), 0, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isVisible(), 3000);

        // 10:05: Ploy's 10:30; the desk marks her arrived early: gone from the wall at once.
        setTime(server, at(10, 5));
        QTRY_COMPARE_WITH_TIMEOUT(model->count(), 1, 3000);
        QCOMPARE(model->get(0).value(str("name")).toString(), str("Ploy S."));
        QCOMPARE(server.post(str("/api/bookings/%1/arrive").arg(ploy), {}, desk).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model->count(), 0, 5000);
    }

    void hidesWhileANoticeIsUp()
    {
        TestServer server;
        server.config.hub.commandsPerSecond = 0;
        QVERIFY(server.start());
        setTime(server, at(9, 0));
        const QString desk = server.login(str("cashier"), str("cashier"));
        QVERIFY(book(server, desk, str("Somchai Kaewkla"), at(9, 20), 4) > 0);

        MonitorState state;
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        state.setNoticeDurationMs(60000);
        state.client()->open();
        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = QSize(1920, 1080);
        QQuickWindow *window = loadMainWindow(engine, str("SpaKiosk"), &state, options);
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QQuickItem *strip = findItem(window->contentItem(), str("arrivingSoon"));
        QTRY_VERIFY_WITH_TIMEOUT(strip && strip->isVisible(), 5000);

        // Anna calls a customer: the banner shows and the line makes way for it.
        const HttpResult v = server.post(str("/api/visits"),
                                         { { str("customer_name"), str("Mali Srisuk") },
                                           { str("service_ids"), QJsonArray { 1 } },
                                           { str("therapist_id"), 3 } },
                                         desk);
        QCOMPARE(v.status, 201);
        const qint64 id = qint64(
            v.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
        QCOMPARE(server.post(str("/api/visits/%1/call").arg(id), {}, desk).status, 200);
        QQuickItem *notice = findItem(window->contentItem(), str("notice"));
        QTRY_VERIFY_WITH_TIMEOUT(notice && notice->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!strip->isVisible(), 3000);
        QCOMPARE(state.arrivingSoon()->count(), 1); // still listed, only not shown
    }

    void fitsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : { "en", "th", "id" }) {
            QTest::newRow(qPrintable(str(lang) + str(" 1920x1080")))
                << str(lang) << QSize(1920, 1080);
            QTest::newRow(qPrintable(str(lang) + str(" 1080x1920")))
                << str(lang) << QSize(1080, 1920);
        }
    }
    void fitsInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(Language::instance()->setCurrent(language));
        TestServer server;
        QVERIFY(server.start());
        setTime(server, at(9, 0));
        const QString desk = server.login(str("cashier"), str("cashier"));
        QVERIFY(book(server, desk, str("Somchai Kaewkla"), at(9, 10), 3) > 0);
        QVERIFY(book(server, desk, str("Wanida Sukprasert"), at(9, 15), 4) > 0);
        MonitorState state;
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        state.client()->open();
        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = size;
        QQuickWindow *window = loadMainWindow(engine, str("SpaKiosk"), &state, options);
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QQuickItem *strip = findItem(window->contentItem(), str("arrivingSoon"));
        QTRY_VERIFY_WITH_TIMEOUT(strip && strip->isVisible(), 5000);
        QQuickItem *title = findItem(strip, str("arrivingSoonTitle"));
        QVERIFY(title && !title->property("truncated").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(shown(findItem(strip, str("arriving_Somchai K."))), 3000);
        // Whole inside the window, and clear of the panels above it.
        const QRectF s = sceneRect(strip);
        QVERIFY(s.left() >= 0 && s.right() <= window->width() && s.bottom() <= window->height());
        const QRectF names = sceneRect(findItem(strip, str("arriving_Somchai K.")));
        QVERIFY(names.right() <= s.right());
    }

    // The binary's option: a bad value stops the start with a clear message (exit 2).
    void optionIsChecked()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(str("XDG_CONFIG_HOME"), home.path());
        env.insert(str("QT_QPA_PLATFORM"), str("offscreen"));
        const auto run = [&](const QStringList &args, QString *out) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(str(SPA_KIOSK_BIN), args);
            p.waitForFinished(20000);
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QString out;
        QCOMPARE(run({ str("--help") }, &out), 0);
        QVERIFY2(out.contains(str("--arriving-soon")), qPrintable(out));
        for (const char *bad : { "241", "-1", "soon" }) {
            QCOMPARE(run({ str("--arriving-soon"), str(bad) }, &out), 2);
            QVERIFY2(out.contains(str("--arriving-soon must be a whole number from 0 to 240")),
                     qPrintable(out));
        }
    }
};

QTEST_MAIN(TestArrivingSoon)
#include "tst_arrivingsoon.moc"
