// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-cashier --print-test, the real binary: against a real TCP listener standing in for the
// printer it exits 0 once the printer took the page (576 dots, 384 with --paper 58, the drawer
// pulse only with --drawer); against a closed port it exits 2 naming the printer; a bad option
// exits 1 and sends nothing.
#include "escposlistener.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPrintTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_home; // the binary's own settings, not the tester's

    // Runs spa-cashier with `args`, the event loop turning (the listener answers meanwhile).
    int run(const QStringList &args, QString *err = nullptr, QString *out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it needs no display of its own
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SPA_CASHIER_BIN), args);
        if (!p.waitForStarted(5000))
            return -100;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000)) {
            p.kill();
            p.waitForFinished();
            return -101;
        }
        if (err)
            *err = QString::fromLocal8Bit(p.readAllStandardError());
        if (out)
            *out = QString::fromLocal8Bit(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -102;
    }

private Q_SLOTS:
    void printsOnAListener()
    {
        EscPosListener printer;
        QString err, out;
        QCOMPARE(run({ QStringLiteral("--print-test"), printer.address() }, &err, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("test page printed")), qPrintable(out + err));
        QTRY_COMPARE(printer.jobs.size(), 1);
        EscPosJob job = printer.job(0);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(job.slips.size(), 1);
        QCOMPARE(job.slips.first().width(), 576);
        QCOMPARE(job.cuts, 1);
        QVERIFY(job.drawerPulses.isEmpty());
        const QString dir = qEnvironmentVariable("SPA_SLIP_PNG_DIR");
        if (!dir.isEmpty())
            job.slips.first().save(dir + QStringLiteral("/slip-testpage-80mm.png"));

        QCOMPARE(run({ QStringLiteral("--print-test"), printer.address(), QStringLiteral("--paper"),
                       QStringLiteral("58"), QStringLiteral("--lang"), QStringLiteral("th"),
                       QStringLiteral("--drawer") }),
                 0);
        QTRY_COMPARE(printer.jobs.size(), 2);
        job = printer.job(1);
        QVERIFY2(job.ok, qPrintable(job.problem));
        QCOMPARE(job.slips.first().width(), 384);
        QCOMPARE(job.drawerPulses, QList<int>({ 0 }));
    }

    void closedPortFails()
    {
        quint16 port = 0;
        {
            EscPosListener gone;
            port = gone.port();
        }
        QString err;
        const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
        QCOMPARE(run({ QStringLiteral("--print-test"), where }, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("Printer not answering — ") + where), qPrintable(err));
    }

    void badOptionsFail()
    {
        EscPosListener printer;
        QString err;
        QCOMPARE(run({ QStringLiteral("--print-test"), printer.address(), QStringLiteral("--paper"),
                       QStringLiteral("72") },
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("--paper")), qPrintable(err));
        QCOMPARE(run({ QStringLiteral("--print-test"), QStringLiteral("printer:99999") }, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("not host, host:port")), qPrintable(err));
        QTest::qWait(200);
        QCOMPARE(printer.connections, 0);
    }
};

QTEST_MAIN(TestPrintTest)
#include "tst_printtest.moc"
