// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The self check-in screen (spa-kiosk --mode checkin, issue 17 item 3), its QML driven by taps
// and keys offscreen against a real server with a real `checkin` device token, and a real TCP
// listener standing in for the ticket printer: two services picked, a name typed, checked in;
// the ticket number shows, the server stored the visit, the slip reached the printer; untouched,
// the screen goes back to the start. The flag button switches to Thai; a Thai name typed on the
// Thai keyboard reaches the visit; no printer is said so, with the QR code shown. With
// SPA_SCREENSHOT_DIR set it also writes docs/screenshots/kiosk-checkin-*.
#include "checkinstate.h"
#include "escpos.h"
#include "language.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

namespace {
// The printer: each connection's bytes, complete once the sender closes.
struct Listener : QObject {
    QTcpServer server;
    QList<QByteArray> jobs;
    Listener()
    {
        server.listen(QHostAddress::LocalHost);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto data = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [s, data] { *data += s->readAll(); });
                connect(s, &QTcpSocket::disconnected, s, [this, s, data] {
                    *data += s->readAll();
                    jobs << *data;
                    s->deleteLater();
                });
            }
        });
    }
};

// By object name through the visual tree (delegates and loaded pages are not QObject children).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || (root->objectName() == name && root->isVisible()))
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

class TestCheckin : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Listener> m_printer;
    std::unique_ptr<CheckinState> m_state;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QString m_admin;

    QQuickItem *item(const QString &name) { return findItem(m_window->contentItem(), name); }
    // The text an item shows, or empty when it is not shown.
    QString textOf(const QString &name)
    {
        QQuickItem *it = item(name);
        return it ? it->property("text").toString() : QString();
    }
    // A finger on the item's centre.
    bool tap(const QString &name)
    {
        QQuickItem *it = item(name);
        if (!it)
            return false;
        const QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(30);
        return true;
    }
    CheckinState::Page page() const { return m_state->page(); }
    // The flow up to the ticket, by taps and keys; the services by their rows.
    void checkInByTouch(const QString &name, const QString &phoneKeys)
    {
        QTRY_VERIFY(m_state->ready());
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("service_0"));
        QVERIFY(tap("service_1"));
        QTRY_COMPARE(m_state->services()->selectedCount(), 2);
        QVERIFY(tap("nextButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Details);
        // All but the last letter on a real keyboard, the last on the screen's own.
        QVERIFY(tap("input_name"));
        for (const QChar ch : name.chopped(1))
            QTest::keyClick(m_window, ch.toLatin1());
        QVERIFY(tap(QStringLiteral("key_") + name.right(1).toUpper()));
        QCOMPARE(m_state->firstName(), name);
        if (!phoneKeys.isEmpty()) {
            QVERIFY(tap("input_phone"));
            for (const QChar k : phoneKeys)
                QVERIFY(tap(QStringLiteral("key_") + k));
            QCOMPARE(m_state->phone(), phoneKeys);
        }
        QVERIFY(tap("checkInButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Ticket);
        m_ticketShown.start();
    }
    QElapsedTimer m_ticketShown;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_checkin"));
        QSettings().clear();
        Language::instance()->setCurrent(QStringLiteral("en"));
        m_server = TestServer::startOnRealClock();
        QVERIFY(m_server);
        m_admin = m_server->login("admin", "admin");
        const HttpResult device =
            m_server->post("/api/devices", { { "name", "Lobby" }, { "role", "checkin" } }, m_admin);
        QCOMPARE(device.status, 201);
        m_printer = std::make_unique<Listener>();
        m_state = std::make_unique<CheckinState>();
        m_state->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())),
                           device.json.value("token").toString());
        m_state->setPrinter(PrinterTarget::parse(
                                QStringLiteral("127.0.0.1:%1").arg(m_printer->server.serverPort())),
                            80);
        m_state->setIdleMs(1500); // the venue's 60 s, shortened for the test
        m_state->refresh();

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/"));
        Language::instance()->addEngine(m_engine.get());
        m_engine->setInitialProperties({ { "state", QVariant::fromValue(m_state.get()) },
                                         { "width", 720 },
                                         { "height", 1280 } });
        m_engine->load(QUrl(QStringLiteral("qrc:/SpaKiosk/CheckinWindow.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup() { Language::instance()->setCurrent(QStringLiteral("en")); }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_state.reset();
        m_server.reset();
    }

    void checksInPrintsAndStartsOverWhenIdle()
    {
        const int jobsBefore = int(m_printer->jobs.size());
        checkInByTouch(QStringLiteral("Mali"), QStringLiteral("0812"));

        const QString label = m_state->ticketLabel();
        QCOMPARE(label.size(), 3);
        QTRY_COMPARE(textOf("ticketNumber"), label);
        QVERIFY(!textOf("ticketWait").isEmpty());
        QVERIFY(m_state->ticketUrl().contains(QLatin1String("/t/")));
        QCOMPARE(textOf("ticketQr"), m_state->ticketUrl());

        // The server has it: first name, phone, the two services, waiting, by the device.
        QJsonObject stored;
        for (const QJsonValue &v :
             m_server->get("/api/visits", m_admin).json.value("visits").toArray())
            if (v.toObject().value("ticket").toString() == label)
                stored = v.toObject();
        QCOMPARE(stored.value("customer_name").toString(), QStringLiteral("Mali"));
        QCOMPARE(stored.value("phone").toString(), QStringLiteral("0812"));
        QCOMPARE(stored.value("services").toArray().size(), 2);
        QCOMPARE(stored.value("status").toString(), QStringLiteral("waiting"));

        // The slip reached the printer: one job, a raster 80 mm wide.
        QTRY_COMPARE(m_printer->jobs.size(), jobsBefore + 1);
        const QImage slip = EscPos::decodeRaster(m_printer->jobs.last());
        QCOMPARE(slip.width(), EscPos::kDots80mm);
        QVERIFY(slip.height() > 300);
        QTRY_COMPARE(m_state->printStatus(), CheckinState::PrintStatus::Printed);

        // Untouched: back to the start after the idle time (not before), everything forgotten.
        QTRY_COMPARE_WITH_TIMEOUT(page(), CheckinState::Page::Start, 5000);
        QVERIFY2(m_ticketShown.elapsed() >= 1300, "went back before the idle time");
        QCOMPARE(m_state->firstName(), QString());
        QCOMPARE(m_state->phone(), QString());
        QCOMPARE(m_state->services()->selectedCount(), 0);
        QVERIFY(item("startButton"));
    }

    void touchesKeepTheFlowAlive()
    {
        QTRY_VERIFY(m_state->ready());
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        // Taps within the idle time keep the customer where they are.
        for (int i = 0; i < 4; ++i) {
            QTest::qWait(700);
            QVERIFY(tap("service_0"));
        }
        QCOMPARE(page(), CheckinState::Page::Services);
        QTRY_COMPARE_WITH_TIMEOUT(page(), CheckinState::Page::Start, 5000);
        QCOMPARE(m_state->services()->selectedCount(), 0);
    }

    void flagButtonSwitchesToThai()
    {
        QTRY_VERIFY(item("startButton"));
        const QString english = textOf("startButton");
        QCOMPARE(english, QStringLiteral("Start check-in"));
        QVERIFY(tap("flag_th"));
        QCOMPARE(Language::instance()->current(), QStringLiteral("th"));
        QTRY_VERIFY(textOf("startButton") != english);
        // Thai script, not the English words.
        const QString thai = textOf("startButton");
        QVERIFY2(
            std::any_of(thai.cbegin(), thai.cend(),
                        [](QChar c) { return c.unicode() >= 0x0e00 && c.unicode() <= 0x0e7f; }),
            qPrintable(thai));
        QVERIFY(tap("flag_id"));
        QCOMPARE(Language::instance()->current(), QStringLiteral("id"));
        QVERIFY(tap("flag_en"));
        QTRY_COMPARE(textOf("startButton"), english);
    }

    void noPrinterIsSaidAndTheQrShows()
    {
        m_state->setPrinter(PrinterTarget(), 80);
        const int jobsBefore = int(m_printer->jobs.size());
        checkInByTouch(QStringLiteral("Budi"), QString());
        QCOMPARE(m_state->printStatus(), CheckinState::PrintStatus::NoPrinter);
        QVERIFY(textOf("printStatus").contains(QLatin1String("printer")));
        QVERIFY(!textOf("ticketQr").isEmpty());
        QTest::qWait(300);
        QCOMPARE(m_printer->jobs.size(), jobsBefore);
        QVERIFY(tap("doneButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Start);
        m_state->setPrinter(PrinterTarget::parse(
                                QStringLiteral("127.0.0.1:%1").arg(m_printer->server.serverPort())),
                            80);
    }

    // Issue 17: a Thai name typed on the screen's Thai keyboard (Kedmanee) reaches the visit.
    // The keyboard follows the kiosk's language: Thai on a Thai screen, Latin otherwise, and
    // the customer switches it with its own key; shift gives the shifted letters (ศ) for one key.
    void thaiNameByTouchReachesTheVisit()
    {
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        QTRY_VERIFY(m_state->ready());
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("service_0"));
        QVERIFY(tap("nextButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Details);
        QTRY_VERIFY(item("key_ม")); // Thai first on a Thai screen
        QVERIFY(!item("key_Q"));
        // มาลี: four unshifted keys, a consonant, two vowels (one above the letter).
        for (const QString &k :
             { QStringLiteral("ม"), QStringLiteral("า"), QStringLiteral("ล"), QStringLiteral("ี") })
            QVERIFY2(tap(QStringLiteral("key_") + k), qPrintable(k));
        QCOMPARE(m_state->firstName(), QStringLiteral("มาลี"));
        // The shifted layout for one key: ศ, then back to the plain letters.
        QVERIFY(tap("key_erase"));
        QVERIFY(tap("key_erase"));
        QVERIFY(tap("key_erase"));
        QVERIFY(tap("key_erase"));
        QCOMPARE(m_state->firstName(), QString());
        QVERIFY(!item("key_ศ"));
        QVERIFY(tap("key_shift"));
        QTRY_VERIFY(item("key_ศ"));
        QVERIFY(tap("key_ศ"));
        QTRY_VERIFY(item("key_ร")); // the shift let go
        QVERIFY(tap("key_ร"));
        QVERIFY(tap("key_ี"));
        QCOMPARE(m_state->firstName(), QStringLiteral("ศรี"));
        // Every key a finger can hit: 48 px at the smallest portrait screen.
        for (const char *k : { "key_ร", "key_shift", "key_layout", "key_space", "key_erase" }) {
            QQuickItem *key = item(QString::fromUtf8(k));
            QVERIFY2(key && key->width() >= 48 && key->height() >= 48, k);
            const QPointF right = key->mapToScene(QPointF(key->width(), 0));
            QVERIFY2(right.x() <= m_window->width(), k);
        }
        QVERIFY(tap("checkInButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Ticket);

        // The server's visit has the Thai name.
        qint64 id = 0;
        for (const QJsonValue &v :
             m_server->get("/api/visits", m_admin).json.value("visits").toArray())
            if (v.toObject().value("ticket").toString() == m_state->ticketLabel())
                id = v.toObject().value("id").toInteger();
        QVERIFY(id > 0);
        const HttpResult visit = m_server->get(QStringLiteral("/api/visits/%1").arg(id), m_admin);
        QCOMPARE(visit.status, 200);
        QCOMPARE(visit.json.value("visit").toObject().value("customer_name").toString(),
                 QStringLiteral("ศรี"));
        QVERIFY(tap("doneButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Start);
    }

    // On an English (or Indonesian) screen the keyboard is Latin; its own key switches to Thai
    // and back, and the next customer starts in the screen's language again.
    void keyboardSwitchesBetweenLatinAndThai()
    {
        QTRY_VERIFY(m_state->ready());
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("service_0"));
        QVERIFY(tap("nextButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Details);
        QTRY_VERIFY(item("key_Q"));
        QVERIFY(!item("key_shift")); // Latin names need no shift: each word starts capitalised
        QVERIFY(tap("key_layout"));
        QTRY_VERIFY(item("key_ก"));
        QVERIFY(tap("key_ก"));
        QVERIFY(tap("key_layout"));
        QTRY_VERIFY(item("key_A"));
        QVERIFY(tap("key_A"));
        QCOMPARE(m_state->firstName(), QStringLiteral("กa"));
        QVERIFY(tap("detailsBackButton"));
        QVERIFY(tap("backButton"));
        QCOMPARE(page(), CheckinState::Page::Start);
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("id")));
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("service_0"));
        QVERIFY(tap("nextButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Details);
        QTRY_VERIFY(item("key_Q")); // Indonesian: Latin letters
        QVERIFY(tap("detailsBackButton"));
        QVERIFY(tap("backButton"));
        QCOMPARE(page(), CheckinState::Page::Start);
    }

    void nothingChosenCannotGoOn()
    {
        QTRY_VERIFY(m_state->ready());
        QVERIFY(tap("startButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("nextButton")); // inactive: nothing chosen
        QCOMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("service_0"));
        QVERIFY(tap("nextButton"));
        QTRY_COMPARE(page(), CheckinState::Page::Details);
        QVERIFY(tap("checkInButton")); // inactive: no name
        QTest::qWait(200);
        QCOMPARE(page(), CheckinState::Page::Details);
        QVERIFY(tap("detailsBackButton"));
        QCOMPARE(page(), CheckinState::Page::Services);
        QVERIFY(tap("backButton"));
        QCOMPARE(page(), CheckinState::Page::Start);
    }

    // The binary's options: --help names them; a bad one stops the start with a clear message
    // (exit 2) and saves nothing, not even the good options beside it.
    void optionsAreCheckedAndSaved()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        auto run = [&](const QStringList &args, QString *out) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SPA_KIOSK_BIN), args);
            p.waitForFinished(20000);
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QString out;
        QCOMPARE(run({ QStringLiteral("--help") }, &out), 0);
        for (const char *flag : { "--mode", "--printer", "--paper", "--idle-seconds" })
            QVERIFY2(out.contains(QLatin1String(flag)), flag);
        const QString settings = home.filePath(QStringLiteral("SpaSuite/spa-kiosk.conf"));
        const QList<QPair<QStringList, QString>> bad {
            { { "--mode", "lobby" }, "--mode must be monitor or checkin" },
            { { "--mode", "checkin", "--printer", "10.0.0.7:9100", "--paper", "57" },
              "--paper must be 80 or 58" },
            { { "--mode", "checkin", "--printer", "host:notaport" }, "--printer" },
            { { "--mode", "checkin", "--paper", "58", "--idle-seconds", "2" }, "--idle-seconds" },
        };
        for (const auto &[args, message] : bad) {
            QCOMPARE(run(args, &out), 2);
            QVERIFY2(out.contains(message), qPrintable(out));
            QSettings saved(settings, QSettings::IniFormat);
            QVERIFY2(!saved.contains(QStringLiteral("checkin/printer")) &&
                         !saved.contains(QStringLiteral("checkin/paper")),
                     qPrintable(args.join(' ')));
        }
    }

    // docs/screenshots/kiosk-checkin-*.png (looked at): start, services picked, name and phone
    // (the Thai keyboard on a Thai screen) and the ticket, in English and Thai at 1080×1920 and
    // 1920×1080, and in Thai at 720×1280, the smallest supported portrait screen.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SPA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SPA_SCREENSHOT_DIR not set");
        m_state->setIdleMs(60000); // the venue's default: the ticket screen says 60 s
        m_state->setPrinter(PrinterTarget(), 80);
        struct Shot {
            QString lang;
            QSize size;
        };
        QTRY_VERIFY(m_state->ready()); // run alone, the first tap must not come before the menu
        for (const Shot &shot : { Shot { QStringLiteral("en"), QSize(1080, 1920) },
                                  Shot { QStringLiteral("th"), QSize(1080, 1920) },
                                  Shot { QStringLiteral("th"), QSize(720, 1280) },
                                  Shot { QStringLiteral("en"), QSize(1920, 1080) },
                                  Shot { QStringLiteral("th"), QSize(1920, 1080) } }) {
            QVERIFY(Language::instance()->setCurrent(shot.lang));
            m_window->resize(shot.size);
            QTRY_COMPARE(m_window->size(), shot.size);
            const QString suffix = QStringLiteral("%1-%2x%3")
                                       .arg(shot.lang)
                                       .arg(shot.size.width())
                                       .arg(shot.size.height());
            auto save = [&](const QString &step) {
                QTest::qWait(300);
                QVERIFY(m_window->grabWindow().save(
                    dir + QStringLiteral("/kiosk-checkin-%1-%2.png").arg(step, suffix)));
            };
            QTRY_VERIFY(item("startButton"));
            save(QStringLiteral("start"));
            QVERIFY(tap("startButton"));
            QTRY_COMPARE(page(), CheckinState::Page::Services);
            QVERIFY(tap("service_0"));
            QVERIFY(tap("service_2"));
            save(QStringLiteral("services"));
            QVERIFY(tap("nextButton"));
            QTRY_COMPARE(page(), CheckinState::Page::Details);
            m_state->setFirstName(shot.lang == QLatin1String("th") ? QStringLiteral("มาลี")
                                                                   : QStringLiteral("Mali"));
            m_state->setPhone(QStringLiteral("081 234 5678"));
            save(QStringLiteral("details"));
            QVERIFY(tap("checkInButton"));
            QTRY_COMPARE(page(), CheckinState::Page::Ticket);
            save(QStringLiteral("ticket"));
            QVERIFY(tap("doneButton"));
            QTRY_COMPARE(page(), CheckinState::Page::Start);
        }
        m_window->resize(720, 1280);
        m_state->setIdleMs(1500);
    }
};

QTEST_MAIN(TestCheckin)
#include "tst_checkin.moc"
