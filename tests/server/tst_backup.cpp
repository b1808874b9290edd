// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Backup and restore as an operator runs them, on the real binary and real files: a venue set up
// from an empty data dir does a day's business, is backed up while clients keep sending commands,
// and is restored into a fresh dir with the same report; restores a running server, a newer
// schema or a damaged file would break are refused; and a wall monitor's offset from before a
// restore replays nothing from the other history.
#include "httpclient.h"
#include "sioclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs spa-server with `args`, feeding `input` on standard input; the event loop keeps turning
// while it runs, so clients of a running server go on meanwhile.
Run spa(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SPA_SERVER_BIN), args);
    Run r;
    if (!p.waitForStarted(5000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

qint64 idIn(const HttpResult &r, const char *object)
{
    return qint64(
        r.json.value(QLatin1String(object)).toObject().value(QLatin1String("id")).toDouble());
}

// The CONNECT answer's data (`40{...}`) a test client received.
QJsonObject connectAnswer(const SioClient &c)
{
    for (const QString &f : c.frames)
        if (f.startsWith(QLatin1String("40{")))
            return QJsonDocument::fromJson(f.mid(2).toUtf8()).object();
    return {};
}

int replayed(const SioClient &c)
{
    int n = 0;
    for (const SioEvent &e : c.events)
        n += e.obj().value(QLatin1String("replayed")).toBool() ? 1 : 0;
    return n;
}

// One spa-server process on a data dir.
class ServerProcess {
public:
    explicit ServerProcess(const QString &dataDir)
        : m_dataDir(dataDir)
    {
    }
    ~ServerProcess() { stop(); }

    bool start()
    {
        port = freePort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(SPA_SERVER_BIN),
                        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"), QString::number(port),
                          QStringLiteral("--data-dir"), m_dataDir,
                          QStringLiteral("--max-commands-per-second"), QStringLiteral("0") });
        if (!m_process.waitForStarted(5000))
            return false;
        http.setPort(port);
        return QTest::qWaitFor(
                   [this] {
                       return m_process.state() == QProcess::NotRunning ||
                           http.get(QStringLiteral("/health")).status == 200;
                   },
                   15000) &&
            m_process.state() == QProcess::Running;
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString epoch()
    {
        return http.get(QStringLiteral("/health")).json.value(QLatin1String("epoch")).toString();
    }
    QByteArray log() { return m_process.readAll(); }

    quint16 port = 0;
    HttpClient http;

private:
    QString m_dataDir;
    QProcess m_process;
};

const QString kPassword = QStringLiteral("correct horse");

Run setup(const QString &dataDir)
{
    return spa({ QStringLiteral("setup"), QStringLiteral("--data-dir"), dataDir,
                 QStringLiteral("--venue"), QStringLiteral("Baan Spa"),
                 QStringLiteral("--currency"), QStringLiteral("THB"), QStringLiteral("--timezone"),
                 QStringLiteral("Asia/Bangkok"), QStringLiteral("--admin-username"),
                 QStringLiteral("owner") },
               (kPassword + QLatin1Char('\n') + kPassword + QLatin1Char('\n')).toUtf8());
}

// What a venue needs before its first customer, made through the API: a service and a therapist
// on shift. Returns {service id, therapist id}.
QPair<qint64, qint64> openForBusiness(HttpClient &http, const QString &admin)
{
    const HttpResult service =
        http.post(QStringLiteral("/api/services"),
                  { { QStringLiteral("name"), QStringLiteral("Thai Massage") },
                    { QStringLiteral("duration_min"), 60 },
                    { QStringLiteral("price"), 45000 } },
                  admin);
    const HttpResult anna = http.post(QStringLiteral("/api/staff"),
                                      { { QStringLiteral("display_name"), QStringLiteral("Anna") },
                                        { QStringLiteral("role"), QStringLiteral("therapist") },
                                        { QStringLiteral("pin"), QStringLiteral("1234") } },
                                      admin);
    const qint64 annaId = idIn(anna, "staff");
    http.put(QStringLiteral("/api/therapists/%1/status").arg(annaId),
             { { QStringLiteral("status"), QStringLiteral("available") } }, admin);
    return { idIn(service, "service"), annaId };
}

// Checks a customer in and takes them through to paid (card, with a tip): 201/200 at each step.
bool serveAndPay(HttpClient &http, const QString &admin, qint64 serviceId, const QString &name)
{
    const HttpResult v = http.post(QStringLiteral("/api/visits"),
                                   { { QStringLiteral("customer_name"), name },
                                     { QStringLiteral("service_ids"), QJsonArray { serviceId } } },
                                   admin);
    if (v.status != 201)
        return false;
    const qint64 id = idIn(v, "visit");
    for (const char *step : { "assign", "start", "complete" })
        if (http.post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {},
                      admin)
                .status != 200)
            return false;
    return http.post(QStringLiteral("/api/visits/%1/payments").arg(id),
                     { { QStringLiteral("method"), QStringLiteral("card") },
                       { QStringLiteral("amount"), 45000 },
                       { QStringLiteral("tip"), 5000 },
                       { QStringLiteral("idempotency_key"),
                         QUuid::createUuid().toString(QUuid::WithoutBraces) } },
                     admin)
               .status == 201;
}
} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayZeroBackupRestore()
    {
        QTemporaryDir root;
        const QString a = root.filePath(QStringLiteral("a"));
        const QString b = root.filePath(QStringLiteral("b"));
        const QString file = root.filePath(QStringLiteral("venue.db"));
        const Run set = setup(a);
        QVERIFY2(set.exitCode == 0, set.err.constData());

        ServerProcess server(a);
        QVERIFY(server.start());
        HttpClient &http = server.http;
        const QString admin = http.login(QStringLiteral("owner"), kPassword);
        QVERIFY(!admin.isEmpty());
        QCOMPARE(
            http.put(QStringLiteral("/api/settings"),
                     { { QStringLiteral("venue_name"), QStringLiteral("Baan Spa II") },
                       { QStringLiteral("public_url"), QStringLiteral("http://spa.local:5000") } },
                     admin)
                .status,
            200);
        const QJsonObject settings = http.get(QStringLiteral("/api/settings"), admin).json;
        // The ticket QR's address is the venue's public one, not the desk's 127.0.0.1.
        QCOMPARE(settings.value(QLatin1String("customer_base_url")).toString(),
                 QStringLiteral("http://spa.local:5000"));
        const QString day = settings.value(QLatin1String("business_date")).toString();

        // Rooms: two made, one changed, one retired.
        const HttpResult room1 =
            http.post(QStringLiteral("/api/rooms"),
                      { { QStringLiteral("name"), QStringLiteral("Room 1") } }, admin);
        QCOMPARE(room1.status, 201);
        const HttpResult couples =
            http.post(QStringLiteral("/api/rooms"),
                      { { QStringLiteral("name"), QStringLiteral("Couples") } }, admin);
        QCOMPARE(couples.status, 201);
        QCOMPARE(http.put(QStringLiteral("/api/rooms/%1").arg(idIn(couples, "room")),
                          { { QStringLiteral("capacity"), 2 } }, admin)
                     .status,
                 200);
        QCOMPARE(http.request("DELETE", QStringLiteral("/api/rooms/%1").arg(idIn(couples, "room")),
                              {}, admin)
                     .status,
                 200);

        const auto [serviceId, annaId] = openForBusiness(http, admin);
        QVERIFY(serviceId > 0 && annaId > 0);
        QVERIFY(serveAndPay(http, admin, serviceId, QStringLiteral("Somchai Jaidee")));
        QVERIFY(serveAndPay(http, admin, serviceId, QStringLiteral("Ploy Srisuk")));
        const QJsonObject reportBefore =
            http.get(QStringLiteral("/api/reports/daily?date=%1").arg(day), admin).json;
        QCOMPARE(reportBefore.value(QLatin1String("collected")).toInt(), 100000);

        // Load: desks keep sending commands (each the moment its last was answered) that write
        // journal rows but leave the day's money alone, while the backup runs beside them.
        struct Desk {
            SioClient client;
            int pending = -1; // the ack id awaited
            int sent = 0;
        };
        std::vector<std::unique_ptr<Desk>> desks;
        int acked = 0;
        int failed = 0;
        for (int i = 0; i < 3; ++i) {
            desks.push_back(std::make_unique<Desk>());
            QVERIFY(
                desks.back()->client.start(server.port, { { QStringLiteral("token"), admin } }));
        }
        QTimer pump;
        pump.setInterval(1);
        connect(&pump, &QTimer::timeout, this, [&] {
            for (auto &d : desks) {
                if (d->pending >= 0) {
                    if (!d->client.acks.contains(d->pending))
                        continue;
                    const QJsonObject ack = d->client.acks.value(d->pending).first().toObject();
                    ack.value(QLatin1String("ok")).toBool() ? ++acked : ++failed;
                }
                d->pending = d->client.emitWithAck(
                    QStringLiteral("therapist:status"),
                    QJsonObject { { QStringLiteral("therapist_id"), annaId },
                                  { QStringLiteral("status"),
                                    d->sent++ % 2 ? QStringLiteral("on_break")
                                                  : QStringLiteral("available") } });
            }
        });
        pump.start();
        QTest::qWait(200);
        const int ackedBefore = acked;
        const Run backup = spa({ QStringLiteral("backup"), QStringLiteral("--data-dir"), a, file });
        const int ackedDuring = acked - ackedBefore;
        pump.stop();
        QTest::qWait(100);
        QVERIFY2(backup.exitCode == 0, backup.err.constData());
        QVERIFY(backup.out.contains("written to"));
        QVERIFY2(ackedDuring > 0, "the desks' commands did not go on while the backup ran");
        QCOMPARE(failed, 0);
        qInfo("%d commands answered while the backup ran", ackedDuring);
        // Consistent: the copy's journal chain verifies (a torn copy would break it).
        const Run audit =
            spa({ QStringLiteral("verify-audit"), QStringLiteral("--database"), file });
        QVERIFY2(audit.exitCode == 0, QByteArray(audit.out + audit.err).constData());

        // Refused while the server runs on the dir; the server and its database carry on.
        const QString epochA = server.epoch();
        const Run refused =
            spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"), a, file });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("a server is running"), refused.err.constData());
        QCOMPARE(server.epoch(), epochA);
        QVERIFY(QDir(a).entryList({ QStringLiteral("spa.db.replaced-*") }).isEmpty());
        const QJsonObject reportA =
            http.get(QStringLiteral("/api/reports/daily?date=%1").arg(day), admin).json;
        QCOMPARE(reportA, reportBefore);
        server.stop();

        // Into a fresh dir: the same venue, the same money, a new epoch.
        const Run restore =
            spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"), b, file });
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        ServerProcess restored(b);
        QVERIFY(restored.start());
        const QString adminB = restored.http.login(QStringLiteral("owner"), kPassword);
        QVERIFY(!adminB.isEmpty());
        const QJsonObject reportB =
            restored.http.get(QStringLiteral("/api/reports/daily?date=%1").arg(day), adminB).json;
        QCOMPARE(reportB, reportA);
        QCOMPARE(restored.http.get(QStringLiteral("/api/settings"), adminB)
                     .json.value(QLatin1String("venue_name"))
                     .toString(),
                 QStringLiteral("Baan Spa II"));
        const QString epochB = restored.epoch();
        QCOMPARE(epochB.size(), 32);
        QVERIFY(epochB != epochA);
        QVERIFY2(restore.out.contains(epochB.toLatin1()), restore.out.constData());
        restored.stop();

        // Over an existing database: the replaced one is kept beside it, whole.
        const Run again = spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"), b, file });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QStringList kept = QDir(b).entryList({ QStringLiteral("spa.db.replaced-*") });
        QCOMPARE(kept.size(), 1);
        const Run keptAudit = spa({ QStringLiteral("verify-audit"), QStringLiteral("--database"),
                                    QDir(b).filePath(kept.first()) });
        QVERIFY2(keptAudit.exitCode == 0, QByteArray(keptAudit.out + keptAudit.err).constData());
    }

    // Usage errors stop before anything is opened (exit 2, a message naming the problem), and
    // --help names every backup flag.
    void badArguments()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("d"));
        const struct {
            QStringList args;
            const char *says;
        } cases[] = {
            { { QStringLiteral("backup"), QStringLiteral("--data-dir"), dir },
              "needs exactly one FILE" },
            { { QStringLiteral("restore"), QStringLiteral("--data-dir"), dir,
                QStringLiteral("a.db"), QStringLiteral("b.db") },
              "needs exactly one FILE" },
            { { QStringLiteral("setup"), QStringLiteral("extra") }, "unexpected 'extra'" },
            { { QStringLiteral("--backup-keep"), QStringLiteral("-1"), QStringLiteral("--data-dir"),
                dir },
              "--backup-keep" },
            { { QStringLiteral("--backup-at"), QStringLiteral("25:00"),
                QStringLiteral("--data-dir"), dir },
              "--backup-at" },
        };
        for (const auto &c : cases) {
            const Run r = spa(c.args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(c.says), r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(dir));
        const Run help = spa({ QStringLiteral("--help") });
        for (const char *flag :
             { "--backup-dir", "--backup-keep", "--backup-at", "backup FILE", "restore FILE" })
            QVERIFY2(help.out.contains(flag), flag);
    }

    void badBackupsRefused()
    {
        QTemporaryDir root;
        const QString a = root.filePath(QStringLiteral("a"));
        QCOMPARE(setup(a).exitCode, 0);
        const QString good = root.filePath(QStringLiteral("good.db"));
        QCOMPARE(spa({ QStringLiteral("backup"), QStringLiteral("--data-dir"), a, good }).exitCode,
                 0);
        // An existing file is never overwritten.
        const Run exists = spa({ QStringLiteral("backup"), QStringLiteral("--data-dir"), a, good });
        QCOMPARE(exists.exitCode, 1);
        QVERIFY(exists.err.contains("already exists"));

        // A backup made by a newer spa-server (a migration this binary does not know).
        const QString newer = root.filePath(QStringLiteral("newer.db"));
        QVERIFY(QFile::copy(good, newer));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                      "VALUES (9999, 'from the future', '2030-01-01')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        // A damaged one: cut short, and one whose pages were overwritten in the middle.
        QFile whole(good);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = root.filePath(QStringLiteral("cut.db"));
        const QString scribbled = root.filePath(QStringLiteral("scribbled.db"));
        const QString notSqlite = root.filePath(QStringLiteral("notes.txt"));
        auto write = [](const QString &path, const QByteArray &data) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(cut, bytes.left(bytes.size() / 3)));
        // Every page after the first gets a garbage b-tree page header.
        QByteArray damaged = bytes;
        for (int i = 4096; i + 16 < damaged.size(); i += 4096)
            damaged.replace(i, 16, QByteArray(16, '\xA5'));
        QVERIFY(write(scribbled, damaged));
        QVERIFY(write(notSqlite, QByteArray("not a database at all\n").repeated(200)));

        const struct {
            QString file;
            const char *says;
        } cases[] = { { newer, "newer spa-server" },
                      { cut, "SQLite" },
                      { scribbled, "" },
                      { notSqlite, "not a readable SQLite database" },
                      { root.filePath(QStringLiteral("missing.db")), "is not a file" } };
        for (const auto &c : cases) {
            // Into a fresh dir and over the set-up one: refused, nothing changed in either.
            const QString fresh = root.filePath(QStringLiteral("fresh"));
            for (const QString &dir : { fresh, a }) {
                QFile original(QDir(a).filePath(QStringLiteral("spa.db")));
                QVERIFY(original.open(QIODevice::ReadOnly));
                const QByteArray before = original.readAll();
                original.close();
                const Run r =
                    spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"), dir, c.file });
                QVERIFY2(r.exitCode == 1,
                         qPrintable(c.file + QLatin1Char(' ') + QString::fromUtf8(r.err)));
                QVERIFY2(r.err.contains(c.says) && r.err.contains("nothing was changed"),
                         r.err.constData());
                QVERIFY(!QFile::exists(QDir(fresh).filePath(QStringLiteral("spa.db"))));
                QVERIFY(original.open(QIODevice::ReadOnly));
                QCOMPARE(original.readAll(), before);
                QVERIFY(QDir(dir).entryList({ QStringLiteral("spa.db.*") }, QDir::Files).isEmpty());
            }
        }
        // The good one still restores after all that.
        QCOMPARE(spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"),
                       root.filePath(QStringLiteral("fresh")), good })
                     .exitCode,
                 0);
    }

    // A wall monitor saw notices up to `offset` in the venue's history; the database is then
    // restored from a backup made before some of them, and the restored venue does more business
    // than that, so the new history's seqs pass the monitor's offset with other notices.
    void monitorOffsetFromAnotherHistory()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("venue"));
        const QString file = root.filePath(QStringLiteral("before.db"));
        QCOMPARE(setup(dir).exitCode, 0);
        QString monitorToken;
        QString epochBefore;
        qint64 offset = -1;
        {
            ServerProcess server(dir);
            QVERIFY(server.start());
            const QString admin = server.http.login(QStringLiteral("owner"), kPassword);
            const auto [serviceId, annaId] = openForBusiness(server.http, admin);
            Q_UNUSED(annaId);
            monitorToken = server.http
                               .post(QStringLiteral("/api/devices"),
                                     { { QStringLiteral("name"), QStringLiteral("Wall") } }, admin)
                               .json.value(QLatin1String("token"))
                               .toString();
            QVERIFY(!monitorToken.isEmpty());
            SioClient monitor;
            QVERIFY(monitor.start(server.port, { { QStringLiteral("token"), monitorToken } }));
            epochBefore = connectAnswer(monitor).value(QLatin1String("epoch")).toString();
            QCOMPARE(epochBefore, server.epoch());
            QVERIFY(serveAndPay(server.http, admin, serviceId, QStringLiteral("First Before")));
            QCOMPARE(
                spa({ QStringLiteral("backup"), QStringLiteral("--data-dir"), dir, file }).exitCode,
                0);
            QVERIFY(serveAndPay(server.http, admin, serviceId, QStringLiteral("Lost One")));
            QVERIFY(monitor.waitCount(QStringLiteral("monitor_payment_completed"), 2));
            QTest::qWait(200);
            offset = monitor.maxSeq();
        }
        const Run restore =
            spa({ QStringLiteral("restore"), QStringLiteral("--data-dir"), dir, file });
        QVERIFY2(restore.exitCode == 0, restore.err.constData());

        ServerProcess server(dir);
        QVERIFY(server.start());
        const QString epochAfter = server.epoch();
        QVERIFY(epochAfter != epochBefore);
        const QString admin = server.http.login(QStringLiteral("owner"), kPassword);
        // The restored history goes past the monitor's offset, with notices of its own there.
        SioClient watcher;
        QVERIFY(watcher.start(server.port, { { QStringLiteral("token"), monitorToken } }));
        for (int i = 0; i < 3; ++i)
            QVERIFY(serveAndPay(server.http, admin, 1, QStringLiteral("New %1").arg(i)));
        QVERIFY(watcher.waitCount(QStringLiteral("monitor_payment_completed"), 3));
        qint64 newestNotice = 0;
        for (const SioEvent &e : watcher.named(QStringLiteral("monitor_payment_completed")))
            newestNotice = std::max(newestNotice, seqOf(e.obj()));
        QVERIFY2(newestNotice > offset, "the new history must pass the old offset for the test");

        // The monitor comes back with its old offset and epoch: its rooms' state, no replays.
        SioClient back;
        QVERIFY(back.start(server.port,
                           { { QStringLiteral("token"), monitorToken },
                             { QStringLiteral("offset"), offset },
                             { QStringLiteral("epoch"), epochBefore } }));
        QCOMPARE(connectAnswer(back).value(QLatin1String("epoch")).toString(), epochAfter);
        QVERIFY(back.waitCount(QStringLiteral("monitor_updated"), 1));
        QTest::qWait(300);
        QCOMPARE(replayed(back), 0);
        QCOMPARE(back.count(QStringLiteral("monitor_payment_completed")), 0);

        // The same offset in this epoch (or from a client that names none) is replayed: the
        // check above is the epoch's doing.
        SioClient same;
        QVERIFY(same.start(server.port,
                           { { QStringLiteral("token"), monitorToken },
                             { QStringLiteral("offset"), offset },
                             { QStringLiteral("epoch"), epochAfter } }));
        QVERIFY(same.waitCount(QStringLiteral("monitor_payment_completed"), 1));
        QVERIFY(replayed(same) > 0);
        // A wrong type is refused, not taken as "no epoch".
        SioClient bad;
        QVERIFY(bad.open(server.port));
        QVERIFY(!bad.connectSio(
            { { QStringLiteral("token"), monitorToken }, { QStringLiteral("epoch"), 7 } }));
        QVERIFY(bad.gotConnectError);
    }
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
