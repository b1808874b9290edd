// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Several instances over one PostgreSQL: two real spa-server processes on one throwaway cluster.
// A screen on instance A gets, exactly once and in journal order, the notices of commands sent
// to instance B, and the other way round, while both take commands at the same time; an instance
// killed and PostgreSQL restarted while commands flow lose no acknowledged command, and the
// surviving instance's screens catch up by themselves. One free slot asked of both at once is
// booked once.
#include "httpclient.h"
#include "pgcluster.h"
#include "sioclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <memory>

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QJsonObject authWith(const QString &token)
{
    return { { QStringLiteral("token"), token } };
}

// One spa-server process.
struct Instance {
    std::unique_ptr<QProcess> proc;
    quint16 port = 0;
    HttpClient http;
    QString output;

    // `turn`: false starts it with SPA_WRITE_TURN=0, so its writes wait for the journal's lock
    // alone, blocking, as when the turn's connection is down.
    bool start(const QString &url, const QString &dataDir, bool demo, bool turn)
    {
        port = freePort();
        http.setPort(port);
        proc = std::make_unique<QProcess>();
        proc->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args { QStringLiteral("--database"),
                           url,
                           QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"),
                           QString::number(port),
                           QStringLiteral("--data-dir"),
                           dataDir,
                           QStringLiteral("--max-commands-per-second"),
                           QStringLiteral("0") };
        if (demo)
            args.append(QStringLiteral("--demo"));
        if (!turn) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SPA_WRITE_TURN"), QStringLiteral("0"));
            proc->setProcessEnvironment(env);
        }
        proc->start(QStringLiteral(SPA_SERVER_BIN), args);
        if (!proc->waitForStarted(5000))
            return false;
        for (int i = 0; i < 150; ++i) {
            if (http.get(QStringLiteral("/health")).status == 200)
                return true;
            if (proc->state() != QProcess::Running)
                break;
            QTest::qWait(100);
        }
        qWarning().noquote() << proc->readAll();
        return false;
    }
    void kill()
    {
        if (proc && proc->state() == QProcess::Running) {
            proc->kill();
            proc->waitForFinished(5000);
        }
    }
    ~Instance()
    {
        if (proc && proc->state() == QProcess::Running) {
            proc->terminate();
            if (!proc->waitForFinished(5000))
                kill();
        }
    }
};

} // namespace

class TestCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void eachInstanceSeesTheOthersEventsOnceInOrder();
    void killedInstanceAndRestartedDatabaseLoseNothing();
    void degradedWhileTheDatabaseIsAway();
    void oneFreeSlotIsBookedOnceAcrossInstances();
    void oneDrawerIsPaidOutOnceAcrossInstances();
    void aRetriedRefundIsMadeOnceAcrossInstances();
    void aRetriedPaymentIsTakenOnceAcrossInstances();
    void aPasswordChangedAtOnceOnBothIsChangedOnce();
    void waitingForTheWriteTurnLeavesTheLoopFree();
    void aLostTurnConnectionHoldsNothingUp();
    void oneNameIsTakenOnceAcrossInstances();

private:
    QString login(Instance &at, const QString &user);
    QString deviceToken(Instance &at, const QString &adminToken);
    qint64 assignedVisit(Instance &at, const QString &token, const QString &name);
    // A visit on A taken to awaiting payment; its balance due in `balance`.
    qint64 awaitingPayment(const QString &token, const QString &name, qint64 *balance);
    // The journal's visit_called seqs for `visitIds` (all when empty), in order, read apart.
    QVector<qint64> calledSeqs();
    static QVector<qint64> seqsOf(const SioClient &c, const char *event);
    // `each` POSTs of `body` to `path` on each instance, all sent before any answer is read: the
    // two processes' transactions overlap. Each answer's status, and its error code if any.
    QVector<QPair<int, QString>> atOnce(const QString &path, const QJsonObject &body,
                                        const QString &token, int each);
    // A connection of the test's own to the database (as the postgres superuser).
    QSqlDatabase probe(const QString &name);

    QTemporaryDir m_dir;
    PgCluster *m_pg = nullptr;
    QString m_name;
    QString m_url;
    int m_counter = 0;
    std::unique_ptr<Instance> m_a, m_b;
};

// Every test twice: with the write turn (store/writeturn.h), and with the journal's lock alone,
// which is what correctness rests on (the turn's connection may be down). With the turn, the
// checks a command makes before its transaction are in turns too, so the race tests below
// prove what they check only in the second run.
void TestCluster::initTestCase_data()
{
    QTest::addColumn<bool>("turn");
    QTest::newRow("write turn") << true;
    QTest::newRow("journal lock only") << false;
}

void TestCluster::initTestCase()
{
    m_pg = PgCluster::instance();
    if (!m_pg)
        QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") +
                         PgCluster::unavailableReason()));
}

void TestCluster::init()
{
    m_name = QStringLiteral("cluster-%1").arg(++m_counter);
    QVERIFY(m_pg->createDatabase(m_name));
    m_url = m_pg->url(m_name);
    // A with the demo venue first, then B on the same database (it finds it migrated and set up).
    m_a = std::make_unique<Instance>();
    QFETCH_GLOBAL(bool, turn);
    QVERIFY(m_a->start(m_url, m_dir.filePath(QStringLiteral("a")), true, turn));
    m_b = std::make_unique<Instance>();
    QVERIFY(m_b->start(m_url, m_dir.filePath(QStringLiteral("b")), false, turn));
}

void TestCluster::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_pg->dropDatabase(m_name);
}

QString TestCluster::login(Instance &at, const QString &user)
{
    const HttpResult r = at.http.post(
        QStringLiteral("/api/login"),
        { { QStringLiteral("username"), user }, { QStringLiteral("password"), user } });
    return r.json.value(QLatin1String("token")).toString();
}

QString TestCluster::deviceToken(Instance &at, const QString &adminToken)
{
    const HttpResult r =
        at.http.post(QStringLiteral("/api/devices"),
                     { { QStringLiteral("name"), QStringLiteral("Wall") } }, adminToken);
    return r.json.value(QLatin1String("token")).toString();
}

qint64 TestCluster::assignedVisit(Instance &at, const QString &token, const QString &name)
{
    const HttpResult v = at.http.post(QStringLiteral("/api/visits"),
                                      { { QStringLiteral("customer_name"), name },
                                        { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                                      token);
    const qint64 id = idOf(v.json.value(QLatin1String("visit")).toObject());
    if (id <= 0 ||
        at.http.post(QStringLiteral("/api/visits/%1/assign").arg(id), {}, token).status != 200)
        return -1;
    return id;
}

QSqlDatabase TestCluster::probe(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_pg->socketDir());
    db.setPort(m_pg->port());
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(m_name);
    db.open();
    return db;
}

QVector<qint64> TestCluster::calledSeqs()
{
    QVector<qint64> out;
    const QString conn = QStringLiteral("probe-%1").arg(m_counter);
    {
        QSqlDatabase db = probe(conn);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.exec(
                QStringLiteral("SELECT seq FROM events WHERE type = 'visit_called' ORDER BY seq"));
            while (q.next())
                out.append(q.value(0).toLongLong());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return out;
}

QVector<qint64> TestCluster::seqsOf(const SioClient &c, const char *event)
{
    QVector<qint64> out;
    for (const SioEvent &e : c.named(QLatin1String(event)))
        out.append(seqOf(e.obj()));
    return out;
}

void TestCluster::eachInstanceSeesTheOthersEventsOnceInOrder()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    const QString device = deviceToken(*m_b, login(*m_b, QStringLiteral("admin")));
    QVERIFY(!device.isEmpty());
    // A visit made on each instance (tokens are in the shared database: one works on both).
    const qint64 onA = assignedVisit(*m_a, cashier, QStringLiteral("Anong"));
    const qint64 onB = assignedVisit(*m_b, cashier, QStringLiteral("Bima"));
    QVERIFY(onA > 0 && onB > 0);

    SioClient wallA, wallB, deskA, deskB;
    QVERIFY(wallA.start(m_a->port, authWith(device)));
    QVERIFY(wallB.start(m_b->port, authWith(device)));
    QVERIFY(deskA.start(m_a->port, authWith(cashier)));
    QVERIFY(deskB.start(m_b->port, authWith(cashier)));

    // Both desks call their visit many times at once, without waiting for answers: the two
    // processes' transactions overlap in PostgreSQL.
    constexpr int kCalls = 60;
    QVector<int> acksA, acksB;
    for (int i = 0; i < kCalls; ++i) {
        acksA.append(deskA.emitWithAck(QStringLiteral("visit:call"),
                                       QJsonObject { { QStringLiteral("visit_id"), onA } }));
        acksB.append(deskB.emitWithAck(QStringLiteral("visit:call"),
                                       QJsonObject { { QStringLiteral("visit_id"), onB } }));
    }
    for (int id : acksA)
        QVERIFY2(deskA.waitAck(id, 20000).value(QLatin1String("ok")).toBool(),
                 "a call on A failed");
    for (int id : acksB)
        QVERIFY2(deskB.waitAck(id, 20000).value(QLatin1String("ok")).toBool(),
                 "a call on B failed");

    const QVector<qint64> journal = calledSeqs();
    QCOMPARE(journal.size(), 2 * kCalls);
    // Every screen, on either instance, gets every call once, in journal order.
    for (SioClient *wall : { &wallA, &wallB }) {
        QVERIFY2(wall->waitCount(QLatin1String("monitor_visit_called"), 2 * kCalls, 10000),
                 qPrintable(QStringLiteral("got %1 of %2 calls")
                                .arg(wall->count(QLatin1String("monitor_visit_called")))
                                .arg(2 * kCalls)));
        QTest::qWait(200); // and nothing more arrives
        QCOMPARE(seqsOf(*wall, "monitor_visit_called"), journal);
    }
    // The desks' own state followed too: both end with the same queue (the seq a state event
    // carries is its instance's newest at the flush, which may differ).
    const auto queue = [](const SioClient &c) {
        QJsonObject o = c.last(QLatin1String("cashier_queue_updated"));
        o.remove(QLatin1String("seq"));
        return o;
    };
    QTRY_COMPARE(queue(deskA), queue(deskB));
    QVERIFY(!queue(deskA).isEmpty());

    // Writers took turns, so the audit chain (each row hashes its predecessor) is one unbroken
    // chain across both instances' rows.
    QProcess verify;
    verify.setProcessChannelMode(QProcess::MergedChannels);
    verify.start(QStringLiteral(SPA_SERVER_BIN),
                 { QStringLiteral("verify-audit"), QStringLiteral("--database"), m_url });
    QVERIFY(verify.waitForFinished(30000));
    const QString said = QString::fromUtf8(verify.readAll());
    QVERIFY2(verify.exitCode() == 0 && said.contains(QLatin1String("ok: ")), qPrintable(said));
}

void TestCluster::killedInstanceAndRestartedDatabaseLoseNothing()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    const QString device = deviceToken(*m_a, login(*m_a, QStringLiteral("admin")));
    QVERIFY(!cashier.isEmpty() && !device.isEmpty());
    const qint64 onA = assignedVisit(*m_a, cashier, QStringLiteral("Anong"));
    const qint64 onB = assignedVisit(*m_b, cashier, QStringLiteral("Bima"));
    QVERIFY(onA > 0 && onB > 0);
    SioClient wallA, deskA, deskB;
    QVERIFY(wallA.start(m_a->port, authWith(device)));
    QVERIFY(deskA.start(m_a->port, authWith(cashier)));
    QVERIFY(deskB.start(m_b->port, authWith(cashier)));

    // Commands flow to both; B is killed, then PostgreSQL restarts, while A keeps taking them.
    int okA = 0, okB = 0, refusedA = 0;
    auto callA = [&] {
        const QJsonObject ack =
            deskA.call(QStringLiteral("visit:call"),
                       QJsonObject { { QStringLiteral("visit_id"), onA } }, 10000);
        if (ack.value(QLatin1String("ok")).toBool())
            ++okA;
        else if (ack.value(QLatin1String("error")).toObject().value(QLatin1String("code")) ==
                 QLatin1String("storage_unavailable"))
            ++refusedA; // 503: nothing was written
        else {
            qWarning() << "unexpected answer:" << ack;
            qWarning().noquote() << "instance A said:" << m_a->proc->readAll();
            return false;
        }
        return true;
    };
    QVector<int> pendingB;
    for (int i = 0; i < 20; ++i)
        pendingB.append(deskB.emitWithAck(QStringLiteral("visit:call"),
                                          QJsonObject { { QStringLiteral("visit_id"), onB } }));
    for (int i = 0; i < 10; ++i)
        QVERIFY(callA());
    m_b->kill();
    for (int id : pendingB)
        if (deskB.acks.contains(id) &&
            deskB.acks.value(id).first().toObject().value(QLatin1String("ok")).toBool())
            ++okB;
    for (int i = 0; i < 10; ++i)
        QVERIFY(callA());
    QVERIFY(m_pg->restart());
    for (int i = 0; i < 20; ++i)
        QVERIFY(callA());
    QVERIFY2(okA >= 25, qPrintable(QStringLiteral("only %1 calls on A went through").arg(okA)));

    // Every acknowledged command is in the database once (a refused one is not); B's calls
    // that were answered before it died are there too, and unanswered ones at most once each.
    const QVector<qint64> journal = calledSeqs();
    QSqlDatabase::database(); // nothing: the probe above opened and closed its own connection
    int onAInJournal = 0;
    {
        const QString conn = QStringLiteral("count-%1").arg(m_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(m_pg->socketDir());
        db.setPort(m_pg->port());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(m_name);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events WHERE type = 'visit_called'")));
        int onBInJournal = 0;
        while (q.next()) {
            const qint64 visit =
                idOf(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), "visit_id");
            onAInJournal += visit == onA;
            onBInJournal += visit == onB;
        }
        QCOMPARE(onAInJournal, okA);
        QVERIFY(onBInJournal >= okB && onBInJournal <= pendingB.size());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count-%1").arg(m_counter));
    QCOMPARE(journal.size() >= okA, true);

    // The wall on A stayed connected and ends with every call, once, in order: its instance
    // listened again after the restart and read what it had missed from the journal.
    QVERIFY2(wallA.waitCount(QLatin1String("monitor_visit_called"), journal.size(), 15000),
             qPrintable(QStringLiteral("got %1 of %2 calls")
                            .arg(wallA.count(QLatin1String("monitor_visit_called")))
                            .arg(journal.size())));
    QCOMPARE(seqsOf(wallA, "monitor_visit_called"), journal);
    QVERIFY(!wallA.closed);
    // And a screen connecting now sees the same state as the one that stayed. A screen that is
    // refused while the instance's command connection is still coming back (its reconnect
    // backs off from 0.25 s) tries again, as the apps do; five tries span well over a backoff.
    std::unique_ptr<SioClient> fresh;
    QStringList refusals;
    for (int attempt = 0; attempt < 5; ++attempt) {
        fresh = std::make_unique<SioClient>();
        if (fresh->start(m_a->port, authWith(device)))
            break;
        refusals << QString::fromUtf8(
                        QJsonDocument(fresh->connectError).toJson(QJsonDocument::Compact)) +
                (fresh->closed ? QStringLiteral(" (closed)") : QString());
        fresh.reset();
        QTest::qWait(1000);
    }
    QVERIFY2(fresh, qPrintable(refusals.join(QLatin1String("; "))));
    if (!refusals.isEmpty())
        qInfo() << "a fresh screen was refused before it connected:" << refusals;
    QVERIFY(fresh->waitCount(QLatin1String("monitor_updated"), 1));
    QTRY_COMPARE(wallA.last(QLatin1String("monitor_updated")),
                 fresh->last(QLatin1String("monitor_updated")));
}

void TestCluster::degradedWhileTheDatabaseIsAway()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    const QString device = deviceToken(*m_a, login(*m_a, QStringLiteral("admin")));
    const qint64 visit = assignedVisit(*m_a, cashier, QStringLiteral("Anong"));
    QVERIFY(visit > 0);
    SioClient wallA, wallB, desk;
    QVERIFY(wallA.start(m_a->port, authWith(device)));
    QVERIFY(wallB.start(m_b->port, authWith(device)));
    QVERIFY(desk.start(m_a->port, authWith(cashier)));
    const QJsonObject call { { QStringLiteral("visit_id"), visit } };
    QVERIFY(desk.call(QStringLiteral("visit:call"), call).value(QLatin1String("ok")).toBool());

    QVERIFY(m_pg->stopServer());
    // /health says degraded, and why; a command is refused with 503 and a clear message, and
    // nothing is written; the screens stay connected.
    const HttpResult health = m_a->http.get(QStringLiteral("/health"));
    QCOMPARE(health.status, 503);
    QCOMPARE(health.json.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
    const QJsonObject db = health.json.value(QLatin1String("database")).toObject();
    QCOMPARE(db.value(QLatin1String("engine")).toString(), QStringLiteral("postgresql"));
    QVERIFY2(!db.value(QLatin1String("problem")).toString().isEmpty(),
             qPrintable(QString::fromUtf8(QJsonDocument(health.json).toJson())));
    const QJsonObject refused = desk.call(QStringLiteral("visit:call"), call, 10000);
    QCOMPARE(refused.value(QLatin1String("ok")).toBool(true), false);
    const QJsonObject error = refused.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("code")).toString(), QStringLiteral("storage_unavailable"));
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    QTest::qWait(1500); // the LISTEN connections notice too
    QVERIFY(!wallA.closed && !wallB.closed && !desk.closed);

    // Back: both instances heal without an operator, and the next call reaches both walls.
    QVERIFY(m_pg->startServer());
    QTRY_COMPARE_WITH_TIMEOUT(m_a->http.get(QStringLiteral("/health")).status, 200, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_b->http.get(QStringLiteral("/health")).status, 200, 15000);
    QVERIFY(desk.call(QStringLiteral("visit:call"), call).value(QLatin1String("ok")).toBool());
    const QVector<qint64> journal = calledSeqs();
    QCOMPARE(journal.size(), 2); // the refused call left nothing
    for (SioClient *wall : { &wallA, &wallB }) {
        QVERIFY(wall->waitCount(QLatin1String("monitor_visit_called"), 2, 10000));
        QCOMPARE(seqsOf(*wall, "monitor_visit_called"), journal);
    }
}

void TestCluster::oneFreeSlotIsBookedOnceAcrossInstances()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    // The first free start for the first service the day after tomorrow (a whole day ahead in
    // any time zone), and a therapist free then.
    const QString date = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const HttpResult free =
        m_a->http.get(QStringLiteral("/api/availability?service_ids=1&date=%1").arg(date), cashier);
    QCOMPARE(free.status, 200);
    const QJsonArray slots = free.json.value(QLatin1String("slots")).toArray();
    QVERIFY2(!slots.isEmpty(), "the demo venue has free time that day");
    const QJsonObject slot = slots.first().toObject();
    const QJsonObject booking { { QStringLiteral("customer_name"), QStringLiteral("Sari") },
                                { QStringLiteral("service_ids"), QJsonArray { 1 } },
                                { QStringLiteral("therapist_id"),
                                  slot.value(QLatin1String("therapist_ids"))[0] },
                                { QStringLiteral("start"), slot.value(QLatin1String("start")) } };

    // Both instances are asked for that one therapist's slot at once, many times over: the
    // clash check must see the other instance's booking, so only one request gets it.
    constexpr int kEach = 12;
    int created = 0, clashed = 0;
    for (const auto &[status, code] :
         atOnce(QStringLiteral("/api/bookings"), booking, cashier, kEach)) {
        created += status == 201;
        clashed += status == 409 && code == QLatin1String("booking_clash");
    }
    QCOMPARE(created, 1);
    QCOMPARE(clashed, 2 * kEach - 1);
    const HttpResult day =
        m_b->http.get(QStringLiteral("/api/bookings?date=%1").arg(date), cashier);
    QCOMPARE(day.status, 200);
    int sari = 0;
    for (const QJsonValue &b : day.json.value(QLatin1String("bookings")).toArray())
        sari += b.toObject().value(QLatin1String("customer_name")) == QLatin1String("Sari");
    QCOMPARE(sari, 1);
}

QVector<QPair<int, QString>> TestCluster::atOnce(const QString &path, const QJsonObject &body,
                                                 const QString &token, int each)
{
    QNetworkAccessManager nam;
    QVector<QNetworkReply *> replies;
    for (int i = 0; i < each; ++i)
        for (Instance *at : { m_a.get(), m_b.get() }) {
            QNetworkRequest req(at->http.url(path));
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            replies.append(nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() &&
           !std::all_of(replies.cbegin(), replies.cend(), [](auto *r) { return r->isFinished(); }))
        QTest::qWait(20);
    QVector<QPair<int, QString>> out;
    for (QNetworkReply *r : replies) {
        const QJsonObject answer = QJsonDocument::fromJson(r->readAll()).object();
        out.append({ r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     answer.value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("code"))
                         .toString() });
        delete r;
    }
    return out;
}

void TestCluster::oneDrawerIsPaidOutOnceAcrossInstances()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    // The demo's open shift's drawer, and a pay-out of all of it asked of both instances 24
    // times at once: the drawer's balance is read under the write lock, so one pay-out empties
    // it and every other one is refused, whichever instance it reached.
    const QJsonObject open =
        m_a->http.get(QStringLiteral("/api/shifts"), cashier).json.value("open").toObject();
    const qint64 shift = idOf(open);
    QVERIFY2(shift > 0, "the demo venue has a shift open");
    const qint64 drawer = qint64(open.value(QLatin1String("expected")).toDouble());
    QVERIFY(drawer > 0);
    constexpr int kEach = 12;
    int paidOut = 0, refused = 0;
    for (const auto &[status, code] :
         atOnce(QStringLiteral("/api/shifts/%1/cash").arg(shift),
                { { QStringLiteral("kind"), QStringLiteral("pay_out") },
                  { QStringLiteral("amount"), drawer },
                  { QStringLiteral("reason"), QStringLiteral("to the bank") } },
                cashier, kEach)) {
        paidOut += status == 201;
        refused += status == 409 && code == QLatin1String("not_enough_cash");
    }
    QCOMPARE(paidOut, 1);
    QCOMPARE(refused, 2 * kEach - 1);
    const HttpResult shifts = m_b->http.get(QStringLiteral("/api/shifts"), cashier);
    QCOMPARE(shifts.status, 200);
    QCOMPARE(shifts.json.value(QLatin1String("open")).toObject().value(QLatin1String("expected")),
             QJsonValue(0));
}

qint64 TestCluster::awaitingPayment(const QString &token, const QString &name, qint64 *balance)
{
    const qint64 visit = assignedVisit(*m_a, token, name);
    for (const char *step : { "start", "complete" })
        if (visit <= 0 ||
            m_a->http
                    .post(QStringLiteral("/api/visits/%1/%2").arg(visit).arg(QLatin1String(step)),
                          {}, token)
                    .status != 200)
            return -1;
    const QJsonObject v = m_a->http.get(QStringLiteral("/api/visits/%1").arg(visit), token)
                              .json.value(QLatin1String("visit"))
                              .toObject();
    *balance = qint64(v.value(QLatin1String("balance_due")).toDouble());
    return visit;
}

void TestCluster::aRetriedPaymentIsTakenOnceAcrossInstances()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    qint64 balance = 0;
    const qint64 visit = awaitingPayment(cashier, QStringLiteral("Dewi"), &balance);
    QVERIFY(visit > 0 && balance > 0);
    // The whole bill by card, retried with its key 24 times at once over both instances: every
    // answer is the payment, and it is taken once.
    constexpr int kEach = 12;
    for (const auto &[status, code] :
         atOnce(QStringLiteral("/api/visits/%1/payments").arg(visit),
                { { QStringLiteral("method"), QStringLiteral("card") },
                  { QStringLiteral("amount"), balance },
                  { QStringLiteral("idempotency_key"), QStringLiteral("pay-dewi-1") } },
                cashier, kEach))
        QVERIFY2(status == 201, qPrintable(QStringLiteral("%1 %2").arg(status).arg(code)));
    const QJsonObject paid = m_b->http.get(QStringLiteral("/api/visits/%1").arg(visit), cashier)
                                 .json.value(QLatin1String("visit"))
                                 .toObject();
    QCOMPARE(paid.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(paid.value(QLatin1String("paid")), QJsonValue(balance));
}

void TestCluster::aRetriedRefundIsMadeOnceAcrossInstances()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    const QString admin = login(*m_b, QStringLiteral("admin"));
    QVERIFY(!cashier.isEmpty() && !admin.isEmpty());
    qint64 balance = 0;
    const qint64 visit = awaitingPayment(cashier, QStringLiteral("Rina"), &balance);
    QVERIFY(visit > 0 && balance > 1000);
    QCOMPARE(m_a->http
                 .post(QStringLiteral("/api/visits/%1/payments").arg(visit),
                       { { QStringLiteral("method"), QStringLiteral("card") },
                         { QStringLiteral("amount"), balance },
                         { QStringLiteral("idempotency_key"), QStringLiteral("pay-rina-1") } },
                       cashier)
                 .status,
             201);

    // One refund of 10.00, retried with its key 24 times at once over both instances (a desk
    // whose network stalled): every answer is the refund, and it is made once.
    constexpr int kEach = 12;
    int answered = 0;
    for (const auto &[status, code] :
         atOnce(QStringLiteral("/api/visits/%1/refunds").arg(visit),
                { { QStringLiteral("amount"), 1000 },
                  { QStringLiteral("method"), QStringLiteral("card") },
                  { QStringLiteral("reason"), QStringLiteral("oil allergy") },
                  { QStringLiteral("idempotency_key"), QStringLiteral("refund-rina-1") } },
                admin, kEach)) {
        QVERIFY2(status == 201, qPrintable(QStringLiteral("%1 %2").arg(status).arg(code)));
        ++answered;
    }
    QCOMPARE(answered, 2 * kEach);
    const QJsonObject after =
        m_b->http.get(QStringLiteral("/api/visits/%1").arg(visit), cashier).json;
    QCOMPARE(after.value(QLatin1String("visit")).toObject().value(QLatin1String("refunded")),
             QJsonValue(1000));
}

void TestCluster::aPasswordChangedAtOnceOnBothIsChangedOnce()
{
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    // The same change sent to both instances at once (a double click through a balancer): the
    // old password is checked before each transaction (PBKDF2 must not hold the write lock),
    // so the stored secret is read again inside it. One change goes through; the others are
    // refused (409 secret_changed, or 401/403 once the first has ended the session) instead
    // of each revoking the tokens the one before had just handed out.
    constexpr int kEach = 3;
    int changed = 0;
    for (const auto &[status, code] :
         atOnce(QStringLiteral("/api/me/password"),
                { { QStringLiteral("old_password"), QStringLiteral("cashier") },
                  { QStringLiteral("new_password"), QStringLiteral("lotus-desk-2") } },
                cashier, kEach)) {
        QVERIFY2(status == 200 || status == 401 || status == 403 || status == 409,
                 qPrintable(QStringLiteral("%1 %2").arg(status).arg(code)));
        changed += status == 200;
    }
    QCOMPARE(changed, 1);
    const HttpResult signedIn =
        m_b->http.post(QStringLiteral("/api/login"),
                       { { QStringLiteral("username"), QStringLiteral("cashier") },
                         { QStringLiteral("password"), QStringLiteral("lotus-desk-2") } });
    QCOMPARE(signedIn.status, 200);
}

// Another instance in the middle of a long turn (here the test's own session holds the journal's
// lock and the turn in front of it): a command sent to A waits for its turn, and meanwhile A goes
// on serving — its health and reads answer — instead of blocking in the lock wait. Once the
// turn is free the waiting command runs and is answered.
void TestCluster::waitingForTheWriteTurnLeavesTheLoopFree()
{
    QFETCH_GLOBAL(bool, turn);
    if (!turn)
        QSKIP("about the write turn");
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    const qint64 visit = assignedVisit(*m_a, cashier, QStringLiteral("Anong"));
    QVERIFY(visit > 0);
    SioClient desk;
    QVERIFY(desk.start(m_a->port, authWith(cashier)));
    const qint64 turnsBefore = metricValue(m_a->http, "spa_write_turns_total");
    QVERIFY2(turnsBefore > 0, "the commands above waited for their turn");

    const QString conn = QStringLiteral("holder-%1").arg(m_counter);
    {
        QSqlDatabase holder = probe(conn);
        QVERIFY(holder.isOpen());
        QSqlQuery hold(holder);
        // The journal's lock (SqlDialect::serializeWrites) and the turn (store/writeturn.cpp).
        QVERIFY(hold.exec(
            QStringLiteral("SELECT pg_advisory_lock(7565601), pg_advisory_lock(7565602)")));

        QNetworkAccessManager nam;
        QNetworkRequest req(m_a->http.url(QStringLiteral("/api/visits")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + cashier.toLatin1());
        std::unique_ptr<QNetworkReply> checkIn(
            nam.post(req,
                     QJsonDocument(
                         QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Wulan") },
                                       { QStringLiteral("service_ids"), QJsonArray { 1 } } })
                         .toJson(QJsonDocument::Compact)));
        const int call = desk.emitWithAck(QStringLiteral("visit:call"),
                                          QJsonObject { { QStringLiteral("visit_id"), visit } });
        // A call from a desk that goes away before its turn: never answered, so never run.
        SioClient gone;
        QVERIFY(gone.start(m_a->port, authWith(cashier)));
        gone.emitWithAck(QStringLiteral("visit:call"),
                         QJsonObject { { QStringLiteral("visit_id"), visit } });
        // A check-in and a health check pipelined on one connection: answered in that order.
        QTcpSocket pipelined;
        pipelined.connectToHost(QHostAddress::LocalHost, m_a->port);
        QVERIFY(pipelined.waitForConnected(5000));
        const QByteArray guest = R"({"customer_name":"Piti","service_ids":[1]})";
        pipelined.write("POST /api/visits HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
                        "Authorization: Bearer " +
                        cashier.toLatin1() +
                        "\r\nContent-Length: " + QByteArray::number(guest.size()) + "\r\n\r\n" +
                        guest + "GET /health HTTP/1.1\r\nHost: a\r\n\r\n");
        QTest::qWait(300); // they all reached A and wait for the turn
        gone.ws.abort();

        // A answers meanwhile (with the lock wait blocking its loop, these would time out).
        QCOMPARE(m_a->http.get(QStringLiteral("/health")).status, 200);
        const HttpResult visits = m_a->http.get(QStringLiteral("/api/visits"), cashier);
        QCOMPARE(visits.status, 200);
        QVERIFY(!checkIn->isFinished());
        QVERIFY(desk.waitAck(call, 200).isEmpty());
        QCOMPARE(pipelined.readAll(), QByteArray()); // the health check waits behind the check-in

        QVERIFY(hold.exec(QStringLiteral("SELECT pg_advisory_unlock_all()")));
        QTRY_VERIFY_WITH_TIMEOUT(checkIn->isFinished(), 10000);
        QCOMPARE(checkIn->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QVERIFY(desk.waitAck(call, 10000).value(QLatin1String("ok")).toBool());
        QVERIFY(metricValue(m_a->http, "spa_write_turns_total") > turnsBefore);
        QByteArray answers;
        QTRY_VERIFY_WITH_TIMEOUT((answers += pipelined.readAll()).count("HTTP/1.1 ") == 2, 10000);
        QVERIFY2(answers.startsWith("HTTP/1.1 201"), answers.left(100).constData());
        QVERIFY2(answers.indexOf("HTTP/1.1 200") > answers.indexOf("HTTP/1.1 201"),
                 answers.constData());
        QCOMPARE(calledSeqs().size(), 1); // the desk's call; not the one whose desk went away
        holder.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

// The turn's own connection dropped (PostgreSQL ended it): commands go on at once, waiting for
// the journal's lock meanwhile, and the turn comes back by itself.
void TestCluster::aLostTurnConnectionHoldsNothingUp()
{
    QFETCH_GLOBAL(bool, turn);
    if (!turn)
        QSKIP("about the write turn");
    const QString cashier = login(*m_a, QStringLiteral("cashier"));
    QVERIFY(!cashier.isEmpty());
    const QJsonObject guest { { QStringLiteral("customer_name"), QStringLiteral("Sari") },
                              { QStringLiteral("service_ids"), QJsonArray { 1 } } };
    for (Instance *at : { m_a.get(), m_b.get() })
        QCOMPARE(at->http.post(QStringLiteral("/api/visits"), guest, cashier).status, 201);

    const QString conn = QStringLiteral("killer-%1").arg(m_counter);
    {
        QSqlDatabase killer = probe(conn);
        QSqlQuery q(killer);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'SELECT pg_advisory_%lock(7565602)' AND pid <> pg_backend_pid()")));
        int ended = 0;
        while (q.next())
            ended += q.value(0).toBool() ? 1 : 0;
        QCOMPARE(ended, 2); // one turn connection per instance
        killer.close();
    }
    QSqlDatabase::removeDatabase(conn);

    for (int i = 0; i < 3; ++i)
        for (Instance *at : { m_a.get(), m_b.get() })
            QCOMPARE(at->http.post(QStringLiteral("/api/visits"), guest, cashier).status, 201);
    for (Instance *at : { m_a.get(), m_b.get() }) {
        const qint64 before = metricValue(at->http, "spa_write_turns_total");
        QTRY_VERIFY_WITH_TIMEOUT(
            at->http.post(QStringLiteral("/api/visits"), guest, cashier).status == 201 &&
                metricValue(at->http, "spa_write_turns_total") > before,
            10000);
        const QString said = QString::fromUtf8(at->proc->readAll());
        QVERIFY2(said.contains(QLatin1String("write-turn connection is down")), qPrintable(said));
    }
}

// One new account's username, and one new room's name, asked of both instances 24 times at
// once: one is made, and every other answer says the name is taken (409), not a 500 from the
// UNIQUE constraint the second insert would have met.
void TestCluster::oneNameIsTakenOnceAcrossInstances()
{
    const QString admin = login(*m_a, QStringLiteral("admin"));
    QVERIFY(!admin.isEmpty());
    constexpr int kEach = 12;
    const struct {
        QString path;
        QJsonObject body;
        QString taken;
    } asks[] = {
        { QStringLiteral("/api/staff"),
          { { QStringLiteral("display_name"), QStringLiteral("Kanya") },
            { QStringLiteral("role"), QStringLiteral("cashier") },
            { QStringLiteral("username"), QStringLiteral("kanya") },
            { QStringLiteral("password"), QStringLiteral("lotus-desk-9") } },
          QStringLiteral("username_taken") },
        { QStringLiteral("/api/rooms"),
          { { QStringLiteral("name"), QStringLiteral("Jasmine") } },
          QStringLiteral("name_taken") },
    };
    for (const auto &ask : asks) {
        int made = 0, taken = 0;
        for (const auto &[status, code] : atOnce(ask.path, ask.body, admin, kEach)) {
            QVERIFY2(status == 201 || (status == 409 && code == ask.taken),
                     qPrintable(QStringLiteral("%1: %2 %3").arg(ask.path).arg(status).arg(code)));
            (status == 201 ? made : taken) += 1;
        }
        QCOMPARE(made, 1);
        QCOMPARE(taken, 2 * kEach - 1);
    }
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
