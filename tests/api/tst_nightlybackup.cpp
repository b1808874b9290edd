// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The server's own nightly backups on a real server with a clock the test moves: one per
// business day once it has ended, made on a worker thread while the server keeps answering,
// the newest N kept, and the last one reported in /health and /metrics.
#include "app/nightlybackup.h"
#include "store/backupfile.h"
#include "store/migrations.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestNightlyBackup : public QObject {
    Q_OBJECT

    static QStringList backups(const TestServer &s)
    {
        return QDir(s.config.backupDir)
            .entryList({ QStringLiteral("spa-*.db") }, QDir::Files, QDir::Name);
    }
    static QJsonObject lastBackup(TestServer &s)
    {
        return s.get(QStringLiteral("/health")).json.value(QLatin1String("last_backup")).toObject();
    }
    // Moves the clock to `when` (UTC; the test venue's zone is UTC) and lets one check run.
    static bool checkAt(TestServer &s, const QDateTime &when)
    {
        s.clock.set(when);
        NightlyBackup *b = s.app->backups();
        const bool started = b->check();
        return QTest::qWaitFor([b] { return !b->running(); }, 20000) && started;
    }

private Q_SLOTS:
    void onePerEndedDayAndTheNewestKept()
    {
        TestServer s;
        s.config.backupKeep = 2;
        s.config.backupDir = s.dir.filePath(QStringLiteral("nightly"));
        s.config.backupAt = QTime(3, 0);
        QVERIFY(s.start());
        NightlyBackup *b = s.app->backups();
        QVERIFY(b);
        QTRY_VERIFY_WITH_TIMEOUT(!b->running(), 20000);
        // Started on 2 March at 09:00: the day that ended, 1 March, is backed up at once.
        QCOMPARE(backups(s), QStringList { QStringLiteral("spa-2026-03-01.db") });

        // Before 03:00 the day just ended waits; at 03:00 it is made.
        QVERIFY(!checkAt(s, QDateTime(QDate(2026, 3, 3), QTime(2, 59), Qt::UTC)));
        QCOMPARE(backups(s).size(), 1);
        QVERIFY(checkAt(s, QDateTime(QDate(2026, 3, 3), QTime(3, 0), Qt::UTC)));
        QCOMPARE(backups(s),
                 (QStringList { QStringLiteral("spa-2026-03-01.db"),
                                QStringLiteral("spa-2026-03-02.db") }));
        // Once a day: another check that night makes nothing.
        QVERIFY(!checkAt(s, QDateTime(QDate(2026, 3, 3), QTime(3, 1), Qt::UTC)));

        // The server answers while a backup runs: the screens never wait for it.
        s.clock.set(QDateTime(QDate(2026, 3, 4), QTime(3, 0), Qt::UTC));
        QVERIFY(b->check());
        QCOMPARE(s.get(QStringLiteral("/health")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!b->running(), 20000);
        // Three made, two kept: the oldest went.
        QCOMPARE(backups(s),
                 (QStringList { QStringLiteral("spa-2026-03-02.db"),
                                QStringLiteral("spa-2026-03-03.db") }));

        const QString newest =
            QDir(s.config.backupDir).filePath(QStringLiteral("spa-2026-03-03.db"));
        QCOMPARE(BackupFile::inspect(newest, migrations().last().version).problem, QString());
        const QJsonObject last = lastBackup(s);
        QCOMPARE(last.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(last.value(QLatin1String("file")).toString(), newest);
        QCOMPARE(qint64(last.value(QLatin1String("size_bytes")).toDouble()),
                 QFileInfo(newest).size());
        QCOMPARE(last.value(QLatin1String("at")).toString(),
                 QStringLiteral("2026-03-04T03:00:00.000Z"));
        QVERIFY(last.value(QLatin1String("error")).isNull());
        const QByteArray metrics = s.get(QStringLiteral("/metrics")).raw;
        QVERIFY(metrics.contains("\nspa_backup_last_ok 1\n"));
        const QByteArray size = QByteArray::number(QFileInfo(newest).size());
        QVERIFY(metrics.contains(
            QByteArray(QByteArray("\nspa_backup_last_size_bytes ") + size + "\n")));
        const QByteArray at = QByteArray::number(
            QDateTime(QDate(2026, 3, 4), QTime(3, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(metrics.contains(
            QByteArray(QByteArray("\nspa_backup_last_timestamp_seconds ") + at + "\n")));

        // A restarted server reports the newest backup it finds.
        s.stop();
        QVERIFY(s.start());
        QCOMPARE(lastBackup(s).value(QLatin1String("file")).toString(), newest);
    }

    void aFailureIsReported()
    {
        TestServer s;
        s.config.backupKeep = 14;
        // The folder cannot be made: a file is in the way.
        const QString blocker = s.dir.filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        s.config.backupDir = blocker + QStringLiteral("/nightly");
        QVERIFY(s.start());
        QTRY_VERIFY_WITH_TIMEOUT(!s.app->backups()->running(), 20000);
        const QJsonObject last = lastBackup(s);
        QCOMPARE(last.value(QLatin1String("ok")).toBool(), false);
        QVERIFY2(
            last.value(QLatin1String("error")).toString().contains(QLatin1String("cannot create")),
            qPrintable(last.value(QLatin1String("error")).toString()));
        QVERIFY(s.get(QStringLiteral("/metrics")).raw.contains("\nspa_backup_last_ok 0\n"));
        // The server itself is fine: a failed backup is reported, not an outage.
        QCOMPARE(s.get(QStringLiteral("/health")).status, 200);
    }

    void offWithKeepZero()
    {
        TestServer s;
        s.config.backupKeep = 0;
        QVERIFY(s.start());
        QVERIFY(!s.app->backups());
        QVERIFY(s.get(QStringLiteral("/health")).json.value(QLatin1String("last_backup")).isNull());
        QVERIFY(!s.get(QStringLiteral("/metrics")).raw.contains("spa_backup_"));
        QVERIFY(!QDir(s.dir.filePath(QStringLiteral("backups"))).exists());
    }
};

QTEST_MAIN(TestNightlyBackup)
#include "tst_nightlybackup.moc"
