// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 17: how the walls announce is the venue's setting. A PUT /api/settings reaches a
// connected wall at once and changes how long its next notice shows, how old a replayed notice
// may be (the server's ManualClock ages it) and the second language a call is repeated in; a
// value on the wall's command line wins; bad values are refused (422) and change nothing, on
// the server or on the wall. A real server on an ephemeral port, real sockets, REST as the
// cashier app sends it.

#include "announcementqueue.h"
#include "callvoice.h"
#include "monitorstate.h"
#include "testserver.h"
#include "wallsettings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {
const Principal kDesk { Principal::Role::Cashier, 2, 0, 0, QStringLiteral("desk") };

// A paid visit made in the domain directly: its payment notice goes to the walls.
void paidVisit(SpaDomain &d, const QString &name)
{
    const qint64 id = qint64(d.visits()
                                 .checkIn({ { QStringLiteral("customer_name"), name },
                                            { QStringLiteral("service_ids"), QJsonArray { 5 } } },
                                          kDesk)
                                 .body()[QLatin1String("visit")]
                                 .toObject()[QLatin1String("id")]
                                 .toDouble());
    d.visits().assign(id, {}, kDesk);
    d.visits().start(id, kDesk);
    d.visits().complete(id, kDesk);
    const Reply paid = d.till().pay(
        id,
        { { QStringLiteral("method"), QStringLiteral("card") },
          { QStringLiteral("amount"), 25000 },
          { QStringLiteral("idempotency_key"), QStringLiteral("wall-settings-%1").arg(id) } },
        kDesk);
    QVERIFY2(paid.isOk(), qPrintable(paid.errorMessage()));
}

// A wall as spa-kiosk makes one: its state, the venue's settings over it (pinned as given), and
// when each notice started and ended.
struct Wall {
    MonitorState state;
    WallSettings settings;
    QElapsedTimer clock;
    QList<qint64> startedAt, endedAt;

    Wall(TestServer &server, const WallSettings::Pinned &pinned, const QString &screen)
        : settings(state, pinned, screen)
    {
        clock.start();
        state.announcements()->setGapMs(20);
        state.client()->setMaxBackoffMs(300);
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        QObject::connect(&state, &MonitorState::currentNoticeChanged, &state, [this] {
            (state.currentNotice().isEmpty() ? endedAt : startedAt) << clock.elapsed();
        });
        state.client()->open();
    }
};
} // namespace

class TestWallSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wallsettings"));
    }
    void init() { QSettings().clear(); }

    // The venue sets 2 s; a connected wall takes it at once and its next notice shows 2 s, not
    // the default 8. A wall whose command line said --announce-seconds 5 keeps 5.
    void putReachesTheWallAndTimesTheNextNotice()
    {
        TestServer server;
        QVERIFY(server.start());
        Wall wall(server, {}, QStringLiteral("en"));
        Wall pinned(server, { 5000, std::nullopt, std::nullopt }, QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState() && pinned.state.hasState(), 5000);
        QCOMPARE(wall.state.noticeDurationMs(), 8000); // the venue's default, sent with the state
        QCOMPARE(wall.settings.venue().value(QLatin1String("announce_seconds")).toInt(), 8);

        const QString admin = server.login(QStringLiteral("admin"), QStringLiteral("admin"));
        const HttpResult put = server.put(QStringLiteral("/api/settings"),
                                          { { QStringLiteral("announce_seconds"), 2 } }, admin);
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json.value(QLatin1String("announce_seconds")).toInt(), 2);
        QCOMPARE(server.get(QStringLiteral("/api/settings"), admin)
                     .json.value(QLatin1String("announce_seconds"))
                     .toInt(),
                 2);
        QTRY_COMPARE_WITH_TIMEOUT(wall.state.noticeDurationMs(), 2000, 3000);
        QCOMPARE(pinned.state.noticeDurationMs(), 5000);

        paidVisit(server.app->domain(), QStringLiteral("Timed Guest"));
        QTRY_COMPARE_WITH_TIMEOUT(wall.endedAt.size(), 1, 6000);
        QCOMPARE(wall.startedAt.size(), 1);
        const qint64 shown = wall.endedAt.first() - wall.startedAt.first();
        // QTimer's default (coarse) timers may fire up to 5 % early, and the two ends are read
        // from a millisecond clock at different points: a CI run measured 4749 ms for 5 s. The
        // bounds only need to tell 2 s from 5 s from the default 8 s.
        QVERIFY2(shown >= 1800 && shown < 4000, qPrintable(QString::number(shown)));
        // The pinned wall is still showing it (5 s).
        QCOMPARE(pinned.startedAt.size(), 1);
        QVERIFY(!pinned.state.currentNotice().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(pinned.endedAt.size(), 1, 6000);
        const qint64 pinnedShown = pinned.endedAt.first() - pinned.startedAt.first();
        QVERIFY2(pinnedShown >= 4500 && pinnedShown < 7000,
                 qPrintable(QString::number(pinnedShown)));
    }

    // The venue's replay limit: a notice missed while offline and replayed 20 s later is
    // announced; one replayed 60 s later is not, once the venue said 30 s (the default 120
    // would have announced it). The server's clock ages the notices.
    void replayAgeFollowsTheVenue()
    {
        TestServer server;
        QVERIFY(server.start());
        Wall wall(server, {}, QStringLiteral("en"));
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState(), 5000);
        QCOMPARE(wall.state.announcements()->maxReplayAgeS(), 120);
        const QString admin = server.login(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(server
                     .put(QStringLiteral("/api/settings"),
                          { { QStringLiteral("announce_replay_max_age_seconds"), 30 },
                            { QStringLiteral("announce_seconds"), 2 } },
                          admin)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(wall.state.announcements()->maxReplayAgeS(), 30, 3000);

        wall.state.client()->close();
        paidVisit(server.app->domain(), QStringLiteral("Recent Guest"));
        server.clock.advanceSecs(20);
        wall.state.client()->open();
        QTRY_COMPARE_WITH_TIMEOUT(wall.startedAt.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(wall.endedAt.size(), 1, 5000);

        wall.state.client()->close();
        const int before = wall.state.notices()->count();
        paidVisit(server.app->domain(), QStringLiteral("Late Guest"));
        server.clock.advanceSecs(60);
        wall.state.client()->open();
        QTRY_COMPARE_WITH_TIMEOUT(wall.state.notices()->count(), before + 1, 5000);
        const int age = wall.state.notices()->get(0).value(QStringLiteral("age_s")).toInt();
        QVERIFY2(age >= 60 && age <= 120, qPrintable(QString::number(age)));
        QTest::qWait(400);
        QCOMPARE(wall.startedAt.size(), 1);
    }

    // The second language: a Thai wall repeats its calls in English once the venue says so;
    // "" takes it away again; a wall given --announce-languages keeps its own.
    void secondLanguageFollowsTheVenue()
    {
        TestServer server;
        QVERIFY(server.start());
        Wall wall(server, {}, QStringLiteral("th"));
        Wall pinned(server, { std::nullopt, std::nullopt, QStringList { QStringLiteral("id") } },
                    QStringLiteral("th"));
        AnnouncementQueue queue;
        CallVoice::Settings muted;
        muted.mute = true;
        CallVoice voice(queue, muted);
        wall.settings.setVoice(&voice);
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState() && pinned.state.hasState(), 5000);
        QCOMPARE(voice.languages(), QStringList { QStringLiteral("th") });

        const QString admin = server.login(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(server
                     .put(QStringLiteral("/api/settings"),
                          { { QStringLiteral("announce_second_language"), QStringLiteral("en") } },
                          admin)
                     .status,
                 200);
        const QStringList both { QStringLiteral("th"), QStringLiteral("en") };
        QTRY_COMPARE_WITH_TIMEOUT(voice.languages(), both, 3000);
        QCOMPARE(wall.settings.languages(), both);
        QCOMPARE(pinned.settings.languages(), QStringList { QStringLiteral("id") });

        QCOMPARE(server
                     .put(QStringLiteral("/api/settings"),
                          { { QStringLiteral("announce_second_language"), QString() } }, admin)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(voice.languages(), QStringList { QStringLiteral("th") }, 3000);
    }

    // Out of range, the wrong type, an unknown language, a good key beside a bad one, or
    // another role: refused, and neither the stored settings nor the wall change.
    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("names");
        QTest::newRow("seconds too short")
            << QJsonObject { { QStringLiteral("announce_seconds"), 1 } }
            << QStringLiteral("announce_seconds");
        QTest::newRow("seconds too long")
            << QJsonObject { { QStringLiteral("announce_seconds"), 121 } }
            << QStringLiteral("announce_seconds");
        QTest::newRow("seconds as text")
            << QJsonObject { { QStringLiteral("announce_seconds"), QStringLiteral("8") } }
            << QStringLiteral("announce_seconds");
        QTest::newRow("seconds fractional")
            << QJsonObject { { QStringLiteral("announce_seconds"), 2.5 } }
            << QStringLiteral("announce_seconds");
        QTest::newRow("seconds null")
            << QJsonObject { { QStringLiteral("announce_seconds"), QJsonValue::Null } }
            << QStringLiteral("announce_seconds");
        QTest::newRow("replay negative")
            << QJsonObject { { QStringLiteral("announce_replay_max_age_seconds"), -1 } }
            << QStringLiteral("announce_replay_max_age_seconds");
        QTest::newRow("replay over a day")
            << QJsonObject { { QStringLiteral("announce_replay_max_age_seconds"), 86401 } }
            << QStringLiteral("announce_replay_max_age_seconds");
        QTest::newRow("language unknown")
            << QJsonObject { { QStringLiteral("announce_second_language"), QStringLiteral("fr") } }
            << QStringLiteral("announce_second_language");
        QTest::newRow("language a number")
            << QJsonObject { { QStringLiteral("announce_second_language"), 1 } }
            << QStringLiteral("announce_second_language");
        QTest::newRow("good beside bad")
            << QJsonObject { { QStringLiteral("announce_seconds"), 5 },
                             { QStringLiteral("announce_second_language"), QStringLiteral("xx") } }
            << QStringLiteral("announce_second_language");
    }
    void badValuesChangeNothing()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, names);
        TestServer server;
        QVERIFY(server.start());
        Wall wall(server, {}, QStringLiteral("th"));
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState(), 5000);
        const QString admin = server.login(QStringLiteral("admin"), QStringLiteral("admin"));
        // Not the defaults, so "unchanged" cannot mean "reset".
        QCOMPARE(server
                     .put(QStringLiteral("/api/settings"),
                          { { QStringLiteral("announce_seconds"), 3 },
                            { QStringLiteral("announce_replay_max_age_seconds"), 40 },
                            { QStringLiteral("announce_second_language"), QStringLiteral("id") } },
                          admin)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(wall.state.noticeDurationMs(), 3000, 3000);
        const QJsonObject before = server.get(QStringLiteral("/api/settings"), admin).json;

        const HttpResult refused = server.put(QStringLiteral("/api/settings"), body, admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("validation_failed"));
        const QString message = refused.json.value(QLatin1String("error"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        QVERIFY2(message.contains(names), qPrintable(message));
        // A cashier may not set them at all, good values or not.
        const QString desk = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QVERIFY(!desk.isEmpty());
        QCOMPARE(server
                     .put(QStringLiteral("/api/settings"),
                          { { QStringLiteral("announce_seconds"), 5 } }, desk)
                     .status,
                 403);

        QCOMPARE(server.get(QStringLiteral("/api/settings"), admin).json, before);
        QTest::qWait(300); // a wrongly sent state would have arrived by now
        QCOMPARE(wall.state.noticeDurationMs(), 3000);
        QCOMPARE(wall.state.announcements()->maxReplayAgeS(), 40);
        QCOMPARE(wall.settings.languages(),
                 (QStringList { QStringLiteral("th"), QStringLiteral("id") }));
    }
};

QTEST_MAIN(TestWallSettings)
#include "tst_wallsettings.moc"
