// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 17: the wall announces every call and payment once, one after another, in seq order,
// never a stale replay and never twice, not even across a restart; what it says and the chime
// are real audio (espeak-ng's Thai and English voices, the shipped chime), and a venue's voice
// pack is used when it has every clip. Against a real server on an ephemeral port, real sockets.

#include "announcementqueue.h"
#include "callphrases.h"
#include "callvoice.h"
#include "monitorstate.h"
#include "testserver.h"
#include "voicepack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const Principal kDesk { Principal::Role::Cashier, 2, 0, 0, QStringLiteral("desk") };

// A paid visit made in the domain directly: its notice goes out on the next loop turn, so a loop
// of them is a burst.
qint64 paidVisit(SpaDomain &d, const QString &name)
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
          { QStringLiteral("idempotency_key"), QStringLiteral("announce-%1").arg(id) } },
        kDesk);
    if (!paid.isOk())
        qWarning() << "payment refused:" << paid.status() << paid.errorMessage();
    return id;
}

struct Wall {
    MonitorState state;
    QList<qint64> started; // seqs, in the order announced
    QList<qint64> startedAtMs;
    QElapsedTimer clock;
    int overlaps = 0;

    explicit Wall(TestServer &server, bool keepHistory = false, int displayMs = 150)
    {
        clock.start();
        state.setNoticeDurationMs(displayMs);
        state.announcements()->setGapMs(20);
        state.client()->setMaxBackoffMs(300);
        state.client()->setServerUrl(server.url(QString()));
        state.client()->setToken(server.app->demoKioskToken());
        if (keepHistory)
            state.keepHistory(server.url(QString()));
        QObject::connect(state.announcements(), &AnnouncementQueue::started, &state,
                         [this](const QString &, const QJsonObject &n) {
                             if (!started.isEmpty() && startedAtMs.last() + 150 > clock.elapsed())
                                 ++overlaps; // a new one before the last had its time
                             started << qint64(n.value(QLatin1String("seq")).toDouble());
                             startedAtMs << clock.elapsed();
                         });
        state.client()->open();
    }
};

// Mean absolute sample of a 16-bit PCM WAV (sox stat's "Mean norm", as a fraction of full
// scale), read by sox so the file is checked as a player would read it.
double meanNorm(const QString &wav)
{
    QProcess sox;
    sox.start(QStringLiteral("sox"), { wav, QStringLiteral("-n"), QStringLiteral("stat") });
    if (!sox.waitForFinished(20000))
        return -1;
    const QString out = QString::fromUtf8(sox.readAllStandardError());
    for (const QString &line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Mean    norm:")))
            return line.section(QLatin1Char(':'), 1).trimmed().toDouble();
    return -1;
}

double lengthSeconds(const QString &wav)
{
    QProcess sox;
    sox.start(QStringLiteral("soxi"), { QStringLiteral("-D"), wav });
    return sox.waitForFinished(20000) ? sox.readAllStandardOutput().trimmed().toDouble() : -1;
}
} // namespace

class TestAnnouncements : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_announcements"));
    }
    void init() { QSettings().clear(); }

    // Ten payments within a second: ten announcements, one after another, in seq order, each
    // shown its full time, none dropped for a newer one.
    void tenInASecondAreAnnouncedInOrder()
    {
        TestServer server;
        server.config.hub.commandsPerSecond = 0;
        QVERIFY(server.start());
        Wall wall(server);
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState(), 5000);
        QList<qint64> visits;
        for (int i = 0; i < 10; ++i)
            visits << paidVisit(server.app->domain(), QStringLiteral("Guest %1 Burst").arg(i));
        QVERIFY(!visits.contains(0));
        QTRY_COMPARE_WITH_TIMEOUT(wall.started.size(), 10, 10000);
        for (int i = 1; i < 10; ++i)
            QVERIFY2(wall.started[i] > wall.started[i - 1],
                     qPrintable(QStringLiteral("seq %1 after %2")
                                    .arg(wall.started[i])
                                    .arg(wall.started[i - 1])));
        QCOMPARE(wall.overlaps, 0);
        // The names are the ten guests' (the notices, not ten copies of one).
        QTRY_VERIFY(wall.state.currentNotice().isEmpty());
        QCOMPARE(wall.state.notices()->count(), 10);
    }

    // A notice missed while offline is replayed by the server with its age: announced when it
    // is recent, not when it is older than the wall's limit (the customer has long gone in).
    void staleReplayIsNotAnnounced()
    {
        TestServer server;
        QVERIFY(server.start());
        Wall wall(server);
        wall.state.announcements()->setMaxReplayAgeS(120);
        QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState(), 5000);

        // Offline; a payment; back 30 s later: recent, announced.
        wall.state.client()->close();
        paidVisit(server.app->domain(), QStringLiteral("Recent Guest"));
        server.clock.advanceSecs(30);
        wall.state.client()->open();
        QTRY_COMPARE_WITH_TIMEOUT(wall.started.size(), 1, 5000);
        QTRY_VERIFY(wall.state.currentNotice().isEmpty());

        // Offline; a payment; back 10 minutes later: the replay arrives but is not announced.
        wall.state.client()->close();
        const int before = wall.state.notices()->count();
        paidVisit(server.app->domain(), QStringLiteral("Stale Guest"));
        server.clock.advanceSecs(600);
        wall.state.client()->open();
        QTRY_COMPARE_WITH_TIMEOUT(wall.state.notices()->count(), before + 1, 5000);
        QCOMPARE(wall.state.notices()->get(0).value(QStringLiteral("replayed")).toBool(), true);
        QVERIFY(wall.state.notices()->get(0).value(QStringLiteral("age_s")).toInt() >= 600);
        QTest::qWait(400);
        QCOMPARE(wall.started.size(), 1);
        QVERIFY(wall.state.currentNotice().isEmpty());
    }

    // A wall restarted (a new process: a new MonitorState over the same QSettings) resumes from
    // its saved place, gets the recent notices replayed, and announces none it already did —
    // but does announce the one that came while it was down.
    void restartedWallRepeatsNothing()
    {
        TestServer server;
        QVERIFY(server.start());
        qint64 first = 0;
        {
            Wall wall(server, true);
            QTRY_VERIFY_WITH_TIMEOUT(wall.state.hasState(), 5000);
            paidVisit(server.app->domain(), QStringLiteral("Before Restart"));
            QTRY_COMPARE_WITH_TIMEOUT(wall.started.size(), 1, 5000);
            first = wall.started.first();
            // Not yet finished showing when the wall goes down.
        }
        paidVisit(server.app->domain(), QStringLiteral("While Down"));
        Wall again(server, true);
        QTRY_COMPARE_WITH_TIMEOUT(again.started.size(), 1, 5000);
        QVERIFY(again.started.first() > first);
        QCOMPARE(again.state.currentNotice().value(QStringLiteral("name")).toString(),
                 QStringLiteral("While D."));
        QTest::qWait(400);
        QCOMPARE(again.started.size(), 1);

        // And once more with its place wound back to the start (as if the saved offset were
        // lost): the server replays both notices, recent, and neither is announced again.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            if (key.startsWith(QLatin1String("monitor/")) && key.endsWith(QLatin1String("/offset")))
                settings.setValue(key, 0);
        settings.sync();
        Wall third(server, true);
        QTRY_COMPARE_WITH_TIMEOUT(third.state.notices()->count(), 2, 5000); // both replayed
        QTest::qWait(400);
        QCOMPARE(third.started.size(), 0);
    }

    // The words: each language's sentence comes from its own translations, the ticket digit by
    // digit; espeak-ng (the voice speech-dispatcher uses on Debian) says them in Thai and in
    // English as real, non-silent audio.
    void phrasesAreSpokenInThaiAndEnglish()
    {
        CallPhrases phrases;
        const QJsonObject call { { QStringLiteral("ticket"), QStringLiteral("017") },
                                 { QStringLiteral("room"), QStringLiteral("Room 3") } };
        const QString en = phrases.text(QStringLiteral("called"), call, QStringLiteral("en"));
        const QString th = phrases.text(QStringLiteral("called"), call, QStringLiteral("th"));
        const QString id = phrases.text(QStringLiteral("called"), call, QStringLiteral("id"));
        QCOMPARE(en, QStringLiteral("Ticket 0 1 7, please go to Room 3."));
        QVERIFY2(th.contains(QStringLiteral("0 1 7")) && th.contains(QChar(0x0E40)),
                 qPrintable(th));
        QVERIFY2(id.contains(QStringLiteral("0 1 7")) && id != en, qPrintable(id));
        QCOMPARE(phrases.text(QStringLiteral("called"),
                              { { QStringLiteral("ticket"), QStringLiteral("5") } },
                              QStringLiteral("en")),
                 QStringLiteral("Ticket 5, please come to the desk."));

        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty())
            QSKIP("espeak-ng or sox is not installed (scripts/setup-deps.sh installs both)");
        QTemporaryDir dir;
        for (const auto &[voice, text] :
             { std::pair { QStringLiteral("th"), th }, std::pair { QStringLiteral("en"), en } }) {
            const QString wav = dir.filePath(voice + QStringLiteral(".wav"));
            QCOMPARE(
                QProcess::execute(QStringLiteral("espeak-ng"),
                                  { QStringLiteral("-v"), voice, QStringLiteral("-w"), wav, text }),
                0);
            const double seconds = lengthSeconds(wav);
            QVERIFY2(seconds > 1.5, qPrintable(QStringLiteral("%1: %2 s").arg(voice).arg(seconds)));
            QVERIFY2(meanNorm(wav) > 0.01, qPrintable(voice));
        }
    }

    // The chime ships in the app and is sound, not silence.
    void chimeIsNotSilent()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty())
            QSKIP("sox is not installed (scripts/setup-deps.sh installs it)");
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("chime.wav"));
        QVERIFY(QFile::copy(QUrl(CallVoice::chimeUrl())
                                .toString()
                                .replace(QLatin1String("qrc:"), QLatin1String(":")),
                            wav));
        const double seconds = lengthSeconds(wav);
        QVERIFY2(seconds > 0.5 && seconds < 3, qPrintable(QString::number(seconds)));
        QVERIFY(meanNorm(wav) > 0.05);
    }

    // A voice pack with every clip says the call with its clips, in order; one clip missing
    // and the whole sentence is synthesized (no mixing of a recorded and a synthetic voice); a
    // room name is never a path out of the pack.
    void voicePackClipsInOrder()
    {
        QTemporaryDir pack;
        const QDir th(pack.filePath(QStringLiteral("th")));
        QVERIFY(QDir().mkpath(th.filePath(QStringLiteral("rooms"))));
        QStringList names { QStringLiteral("ticket"),   QStringLiteral("0"),
                            QStringLiteral("1"),        QStringLiteral("7"),
                            QStringLiteral("go-to"),    QStringLiteral("rooms/Room 3"),
                            QStringLiteral("thank-you") };
        for (const QString &name : names) {
            // A real clip: a short tone made by sox when present, else a header-only WAV.
            const QString path = th.filePath(name + QStringLiteral(".wav"));
            if (QProcess::execute(
                    QStringLiteral("sox"),
                    { QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"),
                      QStringLiteral("-b"), QStringLiteral("16"), path, QStringLiteral("synth"),
                      QStringLiteral("0.2"), QStringLiteral("sine"), QStringLiteral("440") }) !=
                0) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("RIFF");
            }
        }
        const VoicePack vp(pack.path());
        const QJsonObject call { { QStringLiteral("ticket"), QStringLiteral("017") },
                                 { QStringLiteral("room"), QStringLiteral("Room 3") } };
        const QStringList clips = vp.clips(QStringLiteral("called"), call, QStringLiteral("th"));
        QStringList expected;
        for (const char *n : { "ticket", "0", "1", "7", "go-to", "rooms/Room 3" })
            expected << th.filePath(QString::fromUtf8(n) + QStringLiteral(".wav"));
        QCOMPARE(clips, expected);
        QCOMPARE(vp.clips(QStringLiteral("payment"), call, QStringLiteral("th")).last(),
                 th.filePath(QStringLiteral("thank-you.wav")));
        // Missing: English entirely, a desk call's clip, a room without a clip.
        QVERIFY(vp.clips(QStringLiteral("called"), call, QStringLiteral("en")).isEmpty());
        QVERIFY(vp.clips(QStringLiteral("called"),
                         { { QStringLiteral("ticket"), QStringLiteral("017") } },
                         QStringLiteral("th"))
                    .isEmpty());
        QVERIFY(vp.clips(QStringLiteral("called"),
                         { { QStringLiteral("ticket"), QStringLiteral("017") },
                           { QStringLiteral("room"), QStringLiteral("../../etc/passwd") } },
                         QStringLiteral("th"))
                    .isEmpty());

        // Through CallVoice: the Thai call uses the clips, the English one is synthesized.
        AnnouncementQueue queue;
        queue.setDisplayMs(50);
        CallVoice::Settings settings;
        settings.languages = { QStringLiteral("th"), QStringLiteral("en") };
        settings.voicePack = pack.path();
        settings.engine = QStringLiteral("none-such"); // no speech engine: the step is skipped
        CallVoice voice(queue, settings);
        QList<QPair<QString, QStringList>> said;
        connect(&voice, &CallVoice::saying, this,
                [&](const QString &lang, const QString &, const QStringList &c) {
                    said.append({ lang, c });
                });
        QJsonObject notice = call;
        notice.insert(QStringLiteral("seq"), 7);
        QVERIFY(queue.offer(QStringLiteral("called"), notice));
        QCOMPARE(said.size(), 2);
        QCOMPARE(said[0].first, QStringLiteral("th"));
        QCOMPARE(said[0].second, expected);
        QCOMPARE(said[1].first, QStringLiteral("en"));
        QVERIFY(said[1].second.isEmpty());
        // With no sound device and no engine the wall does not stall: the banner goes.
        QTRY_VERIFY_WITH_TIMEOUT(queue.current().isEmpty(), 15000);
    }

    // Quiet hours wrap midnight.
    void quietHours()
    {
        AnnouncementQueue queue;
        CallVoice::Settings s;
        QVERIFY(
            CallVoice::parseQuietHours(QStringLiteral("21:00-09:00"), &s.quietFrom, &s.quietTo));
        QVERIFY(!CallVoice::parseQuietHours(QStringLiteral("21:00"), &s.quietFrom, &s.quietTo));
        QVERIFY(
            !CallVoice::parseQuietHours(QStringLiteral("25:00-09:00"), &s.quietFrom, &s.quietTo));
        CallVoice voice(queue, s);
        QVERIFY(voice.isQuietAt(QTime(23, 0)));
        QVERIFY(voice.isQuietAt(QTime(3, 0)));
        QVERIFY(!voice.isQuietAt(QTime(9, 0)));
        QVERIFY(!voice.isQuietAt(QTime(14, 0)));
    }
};

QTEST_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
