// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The wall monitor's own QML over a real in-process server: it shows real tickets, shows the
// offline banner when the server goes away, and recovers by itself, missed payment notice included;
// a therapist with a customer assigned is not "Available" (issue 21 #12); the call banner fits in
// Indonesian and Thai at 1920×1080 and covers no list (#11); the lines read across a room (#13);
// a language switch while running leaves no old text (#14).
#include "app/backupcommands.h"
#include "appoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "monitorstate.h"
#include "store/backupfile.h"
#include "testserver.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaKioskPlugin)

class TestKiosk : public QObject {
    Q_OBJECT

private:
    // The colour at the top-left corner: the banner's warning colour when offline, the header's
    // accent colour when connected.
    static QColor topLeft(QQuickWindow *w) { return w->grabWindow().pixelColor(5, 5); }

    static qint64 paidVisit(SpaDomain &d, const QString &name)
    {
        const Principal desk { Principal::Role::Cashier, 2, 0, 0, QStringLiteral("desk") };
        const qint64 id =
            qint64(d.visits()
                       .checkIn({ { QStringLiteral("customer_name"), name },
                                  { QStringLiteral("service_ids"), QJsonArray { 5 } } },
                                desk)
                       .body()[QLatin1String("visit")]
                       .toObject()[QLatin1String("id")]
                       .toDouble());
        d.visits().assign(id, {}, desk);
        d.visits().start(id, desk);
        d.visits().complete(id, desk);
        d.till().pay(
            id,
            { { QStringLiteral("method"), QStringLiteral("card") },
              { QStringLiteral("amount"), 25000 },
              { QStringLiteral("idempotency_key"), QStringLiteral("kiosk-test-%1").arg(id) } },
            desk);
        return id;
    }

    // By object name through the visual tree (delegates are not QObject children of the view).
    static QQuickItem *findItem(QQuickItem *root, const QString &name)
    {
        if (!root || root->objectName() == name)
            return root;
        for (QQuickItem *child : root->childItems())
            if (QQuickItem *found = findItem(child, name))
                return found;
        return nullptr;
    }

    static void visit(QQuickItem *root, const std::function<void(QQuickItem *)> &f)
    {
        if (!root || !root->isVisible())
            return;
        f(root);
        for (QQuickItem *child : root->childItems())
            visit(child, f);
    }

    // Every visible Text on the window.
    static QList<QQuickItem *> texts(QQuickWindow *w)
    {
        QList<QQuickItem *> out;
        visit(w->contentItem(), [&](QQuickItem *i) {
            if (i->inherits("QQuickText"))
                out.append(i);
        });
        return out;
    }

    static QRectF sceneRect(QQuickItem *i)
    {
        return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
    }

    // The panels' frames (PanelFrame: the Rectangles that hold a "panelBody").
    static QList<QQuickItem *> panels(QQuickWindow *w)
    {
        QList<QQuickItem *> out;
        visit(w->contentItem(), [&](QQuickItem *i) {
            if (i->objectName() == QLatin1String("panelBody"))
                out.append(i->parentItem());
        });
        return out;
    }

    static qint64 checkIn(TestServer &server, const QString &desk, const QString &name,
                          qint64 therapist = 0)
    {
        QJsonObject body { { QStringLiteral("customer_name"), name },
                           { QStringLiteral("service_ids"), QJsonArray { 1 } } };
        if (therapist > 0)
            body.insert(QStringLiteral("therapist_id"), therapist);
        const HttpResult r = server.post(QStringLiteral("/api/visits"), body, desk);
        if (r.status != 201)
            return 0;
        return qint64(
            r.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
    }

    // The kiosk as spa-kiosk starts it (loadMainWindow), at `size`, on `server`.
    struct Wall {
        MonitorState state;
        QQmlApplicationEngine engine;
        QQuickWindow *window = nullptr;
    };
    static std::unique_ptr<Wall> openWall(TestServer &server, const QSize &size)
    {
        auto wall = std::make_unique<Wall>();
        wall->state.client()->setMaxBackoffMs(300);
        wall->state.client()->setServerUrl(server.url(QString()));
        wall->state.client()->setToken(server.app->demoKioskToken());
        wall->state.setNoticeDurationMs(60000);
        wall->state.client()->open();
        AppOptions options;
        options.size = size;
        wall->window =
            loadMainWindow(wall->engine, QStringLiteral("SpaKiosk"), &wall->state, options);
        return wall;
    }

    static int rowOf(JsonListModel *m, const QString &key, const QString &value)
    {
        for (int i = 0; i < m->count(); ++i)
            if (m->get(i).value(key).toString() == value)
                return i;
        return -1;
    }

    // The status line the wall shows for a therapist.
    static QString shownStatus(QQuickWindow *w, const QString &name)
    {
        QQuickItem *row = findItem(w->contentItem(), QStringLiteral("therapist_") + name);
        QQuickItem *status = row ? findItem(row, QStringLiteral("therapistStatus")) : nullptr;
        return status ? status->property("text").toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_kiosk"));
        QSettings().clear();
    }

    void cleanup() { Language::instance()->setCurrent(QStringLiteral("en")); }

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
        const HttpResult checkIn =
            server.post(QStringLiteral("/api/visits"),
                        { { QStringLiteral("customer_name"), QStringLiteral("Wanida Suk") },
                          { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                        server.login(QStringLiteral("cashier"), QStringLiteral("cashier")));
        QCOMPARE(checkIn.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(state.waiting()->count(), 1, 5000);
        QCOMPARE(state.waiting()->get(0)[QStringLiteral("name")].toString(),
                 QStringLiteral("Wanida S."));
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
        QCOMPARE(state.currentNotice()[QStringLiteral("kind")].toString(),
                 QStringLiteral("payment"));
        QCOMPARE(state.currentNotice()[QStringLiteral("name")].toString(),
                 QStringLiteral("Kanya D."));
        QVERIFY(missed > 0);
        QTRY_COMPARE_WITH_TIMEOUT(topLeft(window), online, 5000);
        // The state is current: the checked-in visit still waits, the paid one is gone.
        QCOMPARE(state.waiting()->count(), 1);
        QCOMPARE(state.notices()->count(), 1);
    }

    // After a restore the journal's seqs start again from the backup's: a notice of the new
    // history may carry the seq of one the wall already showed. The wall forgets the old ones
    // (SocketClient::historyReset), so the new notice is shown, not taken for a repeat.
    void restoredHistoryNoticesAreNotTakenForRepeats()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString backup = server.dir.filePath(QStringLiteral("before.db"));
        QString error;
        QVERIFY2(BackupFile::write(server.config.database, backup, &error), qPrintable(error));
        MonitorState state;
        state.client()->setMaxBackoffMs(300);
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        state.setNoticeDurationMs(60000);
        state.client()->open();
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        QVERIFY(paidVisit(server.app->domain(), QStringLiteral("Before Restore")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.notices()->count(), 1, 5000);
        const QString epoch = state.client()->epoch();

        server.config.port = server.port();
        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(state.client()->status() != SocketClient::Connected, 5000);
        ServerConfig restore = server.config;
        restore.commandFile = backup;
        std::FILE *sink = std::tmpfile();
        QCOMPARE(runRestoreCommand(restore, sink, sink), 0);
        std::fclose(sink);
        QVERIFY(server.start());
        QTRY_COMPARE_WITH_TIMEOUT(state.client()->status(), SocketClient::Connected, 10000);
        QVERIFY(state.client()->epoch() != epoch);
        QCOMPARE(state.notices()->count(), 0);
        QVERIFY(state.currentNotice().isEmpty());

        QVERIFY(paidVisit(server.app->domain(), QStringLiteral("After Restore")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.notices()->count(), 1, 5000);
        QCOMPARE(state.currentNotice()[QStringLiteral("name")].toString(),
                 QStringLiteral("After R."));
    }

    // Issue 21 #12: a therapist with an assigned (then called) customer is shown as "Available".
    // The monitor's view says "assigned" for them; only when the visit is done are they free.
    void issue21_12_therapistWithAnAssignedVisitIsNotAvailable()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        auto wall = openWall(server, QSize(1920, 1080));
        QVERIFY(wall->window);
        MonitorState &state = wall->state;
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        const int anna = rowOf(state.therapists(), QStringLiteral("name"), QStringLiteral("Anna"));
        QVERIFY(anna >= 0);
        QCOMPARE(state.therapists()->get(anna).value(QStringLiteral("status")).toString(),
                 QStringLiteral("available"));
        QTRY_COMPARE(shownStatus(wall->window, QStringLiteral("Chai")),
                     QStringLiteral("Available"));

        const qint64 id = checkIn(server, desk, QStringLiteral("Mali Srisuk"), 3); // Anna
        QVERIFY(id > 0);
        const auto annaStatus = [&] {
            const int row =
                rowOf(state.therapists(), QStringLiteral("name"), QStringLiteral("Anna"));
            return row < 0
                ? QString()
                : state.therapists()->get(row).value(QStringLiteral("status")).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(annaStatus(), QStringLiteral("assigned"), 5000);
        QTRY_COMPARE(shownStatus(wall->window, QStringLiteral("Anna")),
                     QStringLiteral("Guest assigned"));
        QVERIFY(state.therapists()
                    ->get(rowOf(state.therapists(), QStringLiteral("name"), QStringLiteral("Anna")))
                    .value(QStringLiteral("turn_position"))
                    .isNull());

        // Called: still not free.
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/call").arg(id), {}, desk).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!state.currentNotice().isEmpty(), 5000);
        QCOMPARE(annaStatus(), QStringLiteral("assigned"));
        QCOMPARE(shownStatus(wall->window, QStringLiteral("Anna")),
                 QStringLiteral("Guest assigned"));

        // In service: with a guest; completed: available again.
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/start").arg(id), {}, desk).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(annaStatus(), QStringLiteral("busy"), 5000);
        QTRY_COMPARE(shownStatus(wall->window, QStringLiteral("Anna")),
                     QStringLiteral("With a guest"));
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/complete").arg(id), {}, desk).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(annaStatus(), QStringLiteral("available"), 5000);
    }

    // Issue 21 #11: the call banner, the most important line on the wall, was cut off in
    // Indonesian ("…terapis Anda sudah …") and Thai, "คุณKanokwan" had no space, and the
    // banners covered the lists' last rows. At 1920×1080 every line of the banner is whole
    // (no Text elided or cut) and inside the window, and it overlaps none of the panels.
    void issue21_11_callBannerFits_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("th") << QStringLiteral("th");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void issue21_11_callBannerFits()
    {
        QFETCH(QString, lang);
        QVERIFY(Language::instance()->setCurrent(lang));
        TestServer server;
        QVERIFY(server.start());
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        // A full morning: the waiting list reaches the foot of the screen.
        for (const char *name : { "Somchai Jaidee", "Ploy Srisai", "Nok Wongsa", "Mali Chanthra",
                                  "Ari Putra", "Dewi Lestari", "Budi Santoso", "Siti Rahma" })
            QVERIFY(checkIn(server, desk, QString::fromUtf8(name)) > 0);
        const qint64 called = checkIn(server, desk, QStringLiteral("Kanokwan Srisawat"), 3);
        QVERIFY(called > 0);
        auto wall = openWall(server, QSize(1920, 1080));
        QVERIFY(wall->window);
        QVERIFY(QTest::qWaitForWindowExposed(wall->window));
        QTRY_VERIFY_WITH_TIMEOUT(wall->state.hasState(), 5000);
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/call").arg(called), {}, desk).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!wall->state.currentNotice().isEmpty(), 5000);
        QCOMPARE(wall->state.currentNotice().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("called"));

        QQuickItem *root = wall->window->contentItem();
        QQuickItem *banner = findItem(root, QStringLiteral("notice"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible() && banner->height() > 0);
        QTest::qWait(100); // the layout's pass after the banner took its row
        const QRectF windowRect(0, 0, wall->window->width(), wall->window->height());
        const QRectF bannerRect = sceneRect(banner);
        QVERIFY2(windowRect.contains(bannerRect),
                 qPrintable(QStringLiteral("banner %1,%2 %3x%4")
                                .arg(bannerRect.x())
                                .arg(bannerRect.y())
                                .arg(bannerRect.width())
                                .arg(bannerRect.height())));
        for (const char *name : { "noticeHeadline", "noticeDetail" }) {
            QQuickItem *line = findItem(banner, QLatin1String(name));
            QVERIFY2(line, name);
            const QString text = line->property("text").toString();
            QVERIFY2(!text.isEmpty(), name);
            QVERIFY2(!line->property("truncated").toBool(),
                     qPrintable(lang + QStringLiteral(": cut: ") + text));
            const QRectF r = sceneRect(line);
            const QRectF painted(r.topLeft(),
                                 QSizeF(line->property("contentWidth").toReal(),
                                        line->property("contentHeight").toReal()));
            QVERIFY2(bannerRect.contains(painted),
                     qPrintable(lang + QStringLiteral(": outside the banner: ") + text));
        }
        const QString headline =
            findItem(banner, QStringLiteral("noticeHeadline"))->property("text").toString();
        QVERIFY2(headline.contains(QStringLiteral("Kanokwan S.")), qPrintable(headline));
        if (lang == QLatin1String("th"))
            QVERIFY2(headline.contains(QStringLiteral("คุณ Kanokwan")), qPrintable(headline));
        if (lang == QLatin1String("id"))
            QVERIFY2(headline.contains(QStringLiteral("terapis Anda sudah siap")),
                     qPrintable(headline));

        // It covers none of the lists.
        const QList<QQuickItem *> frames = panels(wall->window);
        QCOMPARE(frames.size(), 3);
        for (QQuickItem *frame : frames)
            QVERIFY2(!sceneRect(frame).intersects(bannerRect),
                     qPrintable(QStringLiteral("the banner covers %1")
                                    .arg(frame->property("title").toString())));
    }

    // Issue 21 #13: status, estimate and therapist lines were about 24 px at 1920×1080 and the
    // content filled the top third. Now every such line is at least 44 px (≈ 2 cm on a 55″
    // screen), names larger, and a morning's list reaches down the screen.
    void issue21_13_readableAcrossARoom()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        for (const char *name :
             { "Somchai Jaidee", "Ploy Srisai", "Nok Wongsa", "Mali Chanthra", "Ari Putra" })
            QVERIFY(checkIn(server, desk, QString::fromUtf8(name)) > 0);
        const qint64 serving = checkIn(server, desk, QStringLiteral("Siti Rahma"), 4); // Budi
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/start").arg(serving), {}, desk).status,
                 200);
        auto wall = openWall(server, QSize(1920, 1080));
        QVERIFY(wall->window);
        QVERIFY(QTest::qWaitForWindowExposed(wall->window));
        QTRY_VERIFY_WITH_TIMEOUT(
            wall->state.waiting()->count() == 5 && wall->state.nowServing()->count() == 1, 5000);
        QTest::qWait(100);

        int lines = 0;
        qreal lowest = 0;
        for (QQuickItem *t : texts(wall->window)) {
            const QString name = t->objectName();
            if (name != QLatin1String("waitingDetail") && name != QLatin1String("servingDetail") &&
                name != QLatin1String("therapistStatus"))
                continue;
            ++lines;
            const int px = t->property("font").value<QFont>().pixelSize();
            QVERIFY2(px >= 44,
                     qPrintable(QStringLiteral("%1 \"%2\" is %3 px")
                                    .arg(name, t->property("text").toString())
                                    .arg(px)));
            QVERIFY2(!t->property("truncated").toBool(),
                     qPrintable(t->property("text").toString()));
            lowest = std::max(lowest, sceneRect(t).bottom());
        }
        QCOMPARE(lines, 5 + 1 + 4);
        // Five waiting and four therapists reach well below the top third.
        QVERIFY2(lowest > wall->window->height() * 0.6, qPrintable(QString::number(lowest)));
    }

    // Issue 21 #14: a language switch while the wall runs leaves no text of the old language
    // (estimates such as "ประมาณ 45 นาที" stayed Thai after a switch to Indonesian).
    void issue21_14_languageSwitchLeavesNoOldText()
    {
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        TestServer server;
        QVERIFY(server.start());
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        for (const char *name : { "Somchai Jaidee", "Ploy Srisai", "Nok Wongsa", "Mali Chanthra" })
            QVERIFY(checkIn(server, desk, QString::fromUtf8(name)) > 0);
        const qint64 serving = checkIn(server, desk, QStringLiteral("Siti Rahma"), 4);
        QCOMPARE(server.post(QStringLiteral("/api/visits/%1/start").arg(serving), {}, desk).status,
                 200);
        auto wall = openWall(server, QSize(1920, 1080));
        QVERIFY(wall->window);
        QVERIFY(QTest::qWaitForWindowExposed(wall->window));
        QTRY_VERIFY_WITH_TIMEOUT(wall->state.waiting()->count() == 4, 5000);

        // Thai letters; not the baht sign (U+0E3F).
        static const QRegularExpression thai(
            QStringLiteral("[\\x{0E00}-\\x{0E3E}\\x{0E40}-\\x{0E7F}]"));
        const auto thaiTexts = [&] {
            QStringList out;
            for (QQuickItem *t : texts(wall->window)) {
                const QString text = t->property("text").toString();
                if (text.contains(thai))
                    out << text;
            }
            return out;
        };
        QTRY_VERIFY(thaiTexts().size() >= 5); // headings, estimates, statuses

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("id")));
        QTest::qWait(50);
        const QStringList left = thaiTexts();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
        bool indonesianEstimate = false;
        for (QQuickItem *t : texts(wall->window))
            if (t->objectName() == QLatin1String("waitingDetail") &&
                t->property("text").toString().contains(QStringLiteral("sekitar")))
                indonesianEstimate = true;
        QVERIFY(indonesianEstimate);
    }
    // Rows that do not fit are left out whole (not cut); the Waiting heading then says how many
    // ("+3 more"), so a customer whose ticket is not on the wall knows it is still queued.
    // Twelve waiting at 1920x1080: what is shown plus the note's number is twelve, and once all
    // fit again the note is gone.
    void waitingSaysHowManyDidNotFit()
    {
        TestServer server;
        server.config.hub.commandsPerSecond = 0;
        QVERIFY(server.start());
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QList<qint64> ids;
        for (int i = 1; i <= 12; ++i)
            ids << checkIn(server, desk, QStringLiteral("Guest %1 Test").arg(i));
        QVERIFY(!ids.contains(0));
        auto wall = openWall(server, QSize(1920, 1080));
        QVERIFY(wall->window);
        QVERIFY(QTest::qWaitForWindowExposed(wall->window));
        QTRY_COMPARE_WITH_TIMEOUT(wall->state.waiting()->count(), 12, 5000);

        const auto shownRows = [&] {
            int shown = 0;
            for (QQuickItem *t : texts(wall->window)) {
                if (t->objectName() != QLatin1String("waitingDetail"))
                    continue;
                qreal opacity = 1;
                for (QQuickItem *i = t; i; i = i->parentItem())
                    opacity *= i->opacity();
                if (opacity > 0 && t->isVisible())
                    ++shown;
            }
            return shown;
        };
        const auto note = [&] {
            for (QQuickItem *frame : panels(wall->window)) {
                if (frame->property("title").toString() != QLatin1String("Waiting"))
                    continue;
                QQuickItem *n = findItem(frame, QStringLiteral("panelNote"));
                return n && n->isVisible() ? n->property("text").toString() : QString();
            }
            return QStringLiteral("(no Waiting panel)");
        };
        QTRY_VERIFY(!note().isEmpty());
        const int shown = shownRows();
        QVERIFY2(shown > 0 && shown < 12, qPrintable(QString::number(shown)));
        QCOMPARE(note(), QStringLiteral("+%1 more").arg(12 - shown));

        // Cancel all but two: everything fits, no note.
        for (int i = 2; i < 12; ++i)
            QCOMPARE(server
                         .post(QStringLiteral("/api/visits/%1/cancel").arg(ids[i]),
                               { { QStringLiteral("reason"), QStringLiteral("test") } }, desk)
                         .status,
                     200);
        QTRY_COMPARE_WITH_TIMEOUT(wall->state.waiting()->count(), 2, 5000);
        QTRY_COMPARE(note(), QString());
        // The cancelled rows' delegates are destroyed later (deleteLater): wait for that.
        QTRY_COMPARE(shownRows(), 2);
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
