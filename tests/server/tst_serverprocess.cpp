// The spa-server binary as an operator runs it: options, demo data, SIGTERM, SIGKILL, restarts.
#include "httpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_proc;
    HttpClient m_http;

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    bool startServer(const QStringList &extra = {}, int fileLimit = 0)
    {
        m_proc = std::make_unique<QProcess>();
        if (fileLimit > 0) {
            // Soft and hard: the server raises its soft limit to the hard one at start.
            m_proc->setChildProcessModifier([fileLimit] {
                const rlimit rl { rlim_t(fileLimit), rlim_t(fileLimit) };
                ::setrlimit(RLIMIT_NOFILE, &rl);
            });
        }
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->start(QStringLiteral(SPA_SERVER_BIN),
                      QStringList { QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                    QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--data-dir"),
                                    m_dir.path() }
                              + extra);
        if (!m_proc->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (m_http.get(QStringLiteral("/health")).status == 200)
                return true;
            if (m_proc->state() != QProcess::Running)
                break;
            QTest::qWait(100);
        }
        qWarning() << m_proc->readAll();
        return false;
    }

    int signalServer(int sig)
    {
        ::kill(pid_t(m_proc->processId()), sig);
        if (!m_proc->waitForFinished(10000))
            return -100;
        return m_proc->exitStatus() == QProcess::NormalExit ? m_proc->exitCode() : -sig;
    }

    qint64 completedVisit(const QString &token)
    {
        const HttpResult v = m_http.post(QStringLiteral("/api/visits"),
                                         { { QStringLiteral("customer_name"), QStringLiteral("Somchai") },
                                           { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                                         token);
        const qint64 id = qint64(v.json[QLatin1String("visit")].toObject()[QLatin1String("id")].toDouble());
        for (const char *step : { "assign", "start", "complete" })
            if (m_http.post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {}, token).status != 200)
                return -1;
        return id;
    }

    HttpResult pay(const QString &token, qint64 visit, qint64 amount, const QString &key)
    {
        return m_http.post(QStringLiteral("/api/visits/%1/payments").arg(visit),
                           { { QStringLiteral("method"), QStringLiteral("card") }, { QStringLiteral("amount"), amount },
                             { QStringLiteral("idempotency_key"), key } },
                           token);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_port = freePort();
        m_http.setPort(m_port);
    }

    void cleanup()
    {
        if (m_proc && m_proc->state() == QProcess::Running) {
            m_proc->kill();
            m_proc->waitForFinished();
        }
    }

    void helpAndBadOptions()
    {
        QProcess p;
        p.start(QStringLiteral(SPA_SERVER_BIN), { QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        QVERIFY(help.contains("--database"));
        for (const char *limit : { "--http-head-timeout", "--http-body-timeout", "--http-idle-timeout",
                                   "--max-connections-per-address" })
            QVERIFY2(help.contains(limit), limit);

        p.start(QStringLiteral(SPA_SERVER_BIN), { QStringLiteral("--port"), QStringLiteral("99999") });
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--port"));
    }

    void portTakenFailsClearly()
    {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, m_port));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(SPA_SERVER_BIN), { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                                  QStringLiteral("--port"), QString::number(m_port),
                                                  QStringLiteral("--data-dir"), m_dir.path() });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAll().contains("cannot listen"));
    }

    void sigtermExitsCleanlyAndDataSurvives()
    {
        QVERIFY(startServer());
        const QString token = m_http.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QVERIFY(!token.isEmpty());
        const qint64 visit = completedVisit(token);
        QVERIFY(visit > 0);
        QCOMPARE(pay(token, visit, 45000, QStringLiteral("term-key-1")).status, 201);
        QCOMPARE(signalServer(SIGTERM), 0);

        QVERIFY(startServer());
        // Tokens are stored (hashed) too: the same session goes on after the restart.
        const HttpResult v = m_http.get(QStringLiteral("/api/visits/%1").arg(visit), token);
        QCOMPARE(v.status, 200);
        QCOMPARE(v.json[QLatin1String("visit")].toObject()[QLatin1String("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(v.json[QLatin1String("visit")].toObject()[QLatin1String("payments")].toArray().size(), 1);
        QCOMPARE(signalServer(SIGINT), 0);
    }

    void sigkillLosesNoCommittedPayment()
    {
        QVERIFY(startServer());
        const QString token = m_http.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        const qint64 visit = completedVisit(token);
        QCOMPARE(pay(token, visit, 20000, QStringLiteral("kill-key-1")).status, 201);
        QCOMPARE(signalServer(SIGKILL), -SIGKILL);

        QVERIFY(startServer());
        // The answered payment is there; retrying it after the crash takes nothing twice.
        const HttpResult again = pay(token, visit, 20000, QStringLiteral("kill-key-1"));
        QCOMPARE(again.status, 201);
        QVERIFY(again.json[QLatin1String("replayed")].toBool());
        const HttpResult second = pay(token, visit, 25000, QStringLiteral("kill-key-2"));
        QCOMPARE(second.status, 201);
        const QJsonObject v = second.json[QLatin1String("visit")].toObject();
        QCOMPARE(v[QLatin1String("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(v[QLatin1String("paid")].toInt(), 45000);
    }

    // Out of descriptors, accept() fails with EMFILE: the server pauses accepting for 100 ms
    // at a time (no busy loop, one log line) and accepts again once descriptors are free. Qt
    // alone paused accepting for good.
    void acceptBacksOffWhenOutOfDescriptors()
    {
        QVERIFY(startServer({}, 64));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 100; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, m_port);
        }
        for (auto &c : clients)
            c->waitForConnected(1000); // the kernel completes them from the backlog
        QTest::qWait(300);
        auto cpuTicks = [this] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(m_proc->processId()));
            if (!stat.open(QIODevice::ReadOnly))
                return -1LL;
            const QList<QByteArray> f = stat.readAll().split(' ');
            return f.size() > 15 ? f.at(13).toLongLong() + f.at(14).toLongLong() : -1LL;
        };
        const qint64 before = cpuTicks();
        QTest::qWait(2000);
        const qint64 used = cpuTicks() - before; // clock ticks, 100 a second
        QVERIFY2(before >= 0 && used < 50, qPrintable(QStringLiteral("%1 ticks of CPU in 2 s").arg(used)));
        clients.clear(); // descriptors free up
        QElapsedTimer t;
        t.start();
        int status = 0;
        while (status != 200 && t.elapsed() < 5000)
            status = m_http.get(QStringLiteral("/health")).status;
        QCOMPARE(status, 200);
        QVERIFY(m_http.get(QStringLiteral("/metrics")).raw.contains("spa_http_accept_pauses_total"));
        QCOMPARE(signalServer(SIGTERM), 0);
        const QByteArray log = m_proc->readAll();
        QCOMPARE(log.count("accept failed"), 1);
    }

    void demoSeedingIsIdempotent()
    {
        QVERIFY(startServer());
        const QString token = m_http.login(QStringLiteral("admin"), QStringLiteral("admin"));
        const int services = m_http.get(QStringLiteral("/api/services"), token).json[QLatin1String("services")].toArray().size();
        const int staff = m_http.get(QStringLiteral("/api/staff"), token).json[QLatin1String("staff")].toArray().size();
        const int devices = m_http.get(QStringLiteral("/api/devices"), token).json[QLatin1String("devices")].toArray().size();
        QFile tokenFile(m_dir.filePath(QStringLiteral("demo-kiosk.token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray kiosk = tokenFile.readAll().trimmed();
        tokenFile.close();
        QCOMPARE(signalServer(SIGTERM), 0);

        QVERIFY(startServer());
        QCOMPARE(m_http.get(QStringLiteral("/api/services"), token).json[QLatin1String("services")].toArray().size(), services);
        QCOMPARE(m_http.get(QStringLiteral("/api/staff"), token).json[QLatin1String("staff")].toArray().size(), staff);
        QCOMPARE(m_http.get(QStringLiteral("/api/devices"), token).json[QLatin1String("devices")].toArray().size(), devices);
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QCOMPARE(tokenFile.readAll().trimmed(), kiosk);
        // The printed kiosk token works as a monitor token.
        const HttpResult t = m_http.get(QStringLiteral("/api/therapists"), QString::fromLatin1(kiosk));
        QCOMPARE(t.status, 200);
        QCOMPARE(m_http.get(QStringLiteral("/api/reports/daily"), QString::fromLatin1(kiosk)).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
