// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `spa-server setup` as an operator runs it: an empty data dir, the password twice on standard
// input, then the real server started on that dir lets the admin sign in.
#include "httpclient.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestSetupCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run setup(const QString &dataDir, const QByteArray &stdinText,
                     const QStringList &extra = {})
    {
        QProcess p;
        p.start(QStringLiteral(SPA_SERVER_BIN),
                QStringList { QStringLiteral("setup"), QStringLiteral("--data-dir"), dataDir,
                              QStringLiteral("--venue"), QStringLiteral("Baan Spa"),
                              QStringLiteral("--currency"), QStringLiteral("THB"),
                              QStringLiteral("--timezone"), QStringLiteral("Asia/Bangkok") } +
                    (extra.isEmpty() ? QStringList { QStringLiteral("--admin-username"),
                                                     QStringLiteral("owner") }
                                     : extra));
        Run r;
        if (!p.waitForStarted(5000))
            return r;
        p.write(stdinText);
        p.closeWriteChannel();
        if (!p.waitForFinished(20000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

private Q_SLOTS:
    void setupThenSignIn()
    {
        QTemporaryDir dir;
        const Run r = setup(dir.path(), "correct horse\ncorrect horse\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("owner"));

        const quint16 port = freePort();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(SPA_SERVER_BIN),
                     { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QString::number(port),
                       QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(server.waitForStarted(5000));
        HttpClient http;
        http.setPort(port);
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = http.get(QStringLiteral("/health")).status == 200;
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY(up);
        const QString token = http.login(QStringLiteral("owner"), QStringLiteral("correct horse"));
        QVERIFY(!token.isEmpty());
        const HttpResult settings = http.get(QStringLiteral("/api/settings"), token);
        QCOMPARE(settings.json.value(QLatin1String("venue_name")).toString(),
                 QStringLiteral("Baan Spa"));
        QCOMPARE(settings.json.value(QLatin1String("timezone")).toString(),
                 QStringLiteral("Asia/Bangkok"));
        // An admin exists: no setup code offered, and setup over HTTP is refused.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("setup-code"))));
        QCOMPARE(http.post(QStringLiteral("/api/setup"),
                           { { QStringLiteral("code"), QStringLiteral("X") } })
                     .status,
                 409);

        // Setup refused while the server runs, since an admin exists; nothing changes.
        const Run again = setup(dir.path(), "another one\nanother one\n",
                                { QStringLiteral("--admin-username"), QStringLiteral("second") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already set up"));
        QVERIFY(http.login(QStringLiteral("second"), QStringLiteral("another one")).isEmpty());
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
    }

    void badInputChangesNothing()
    {
        QTemporaryDir dir;
        Run r = setup(dir.path(), "correct horse\ncorrect hors\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("differ"));
        r = setup(dir.path(), "short\nshort\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("8 characters"));
        r = setup(dir.path(), "only one line\n");
        QCOMPARE(r.exitCode, 1);
        QProcess p; // a required flag missing: a usage error before anything is opened
        p.start(QStringLiteral(SPA_SERVER_BIN),
                { QStringLiteral("setup"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        // Still set up-able: nothing was written by the refusals.
        r = setup(dir.path(), "correct horse\ncorrect horse\n");
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_MAIN(TestSetupCli)
#include "tst_setupcli.moc"
