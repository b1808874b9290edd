// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SocketClient (qml/client/socketclient.h) against the real spa-server binary, which the test
// starts, freezes (SIGSTOP), thaws (SIGCONT), kills (SIGKILL) and restarts: handshake and state,
// acks, time-outs, "offline" and "disconnected" failures, reconnects with backoff, resync with the
// newest seen seq as `offset`, and a rejected token.
#include "httpclient.h"
#include "socketclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

// Every answer a request's callback is given; shared so a late call cannot touch a dead test frame.
struct Answers {
    int calls = 0;
    QJsonObject last;
    QString code() const
    {
        return last.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

SocketClient::AckCallback recorder(const std::shared_ptr<Answers> &a)
{
    return [a](const QJsonObject &reply) {
        ++a->calls;
        a->last = reply;
    };
}

// The events a client has delivered, in order.
struct Events {
    explicit Events(SocketClient *c)
    {
        QObject::connect(c, &SocketClient::eventReceived, c,
                         [this](const QString &name, const QJsonObject &payload) {
                             list.append({ name, payload });
                         });
    }
    int count(const QString &name) const
    {
        int n = 0;
        for (const auto &e : list)
            n += e.first == name;
        return n;
    }
    QJsonObject last(const QString &name) const
    {
        for (auto it = list.crbegin(); it != list.crend(); ++it)
            if (it->first == name)
                return it->second;
        return {};
    }
    QList<QJsonObject> all(const QString &name) const
    {
        QList<QJsonObject> out;
        for (const auto &e : list)
            if (e.first == name)
                out.append(e.second);
        return out;
    }
    QList<QPair<QString, QJsonObject>> list;
};

// Every status a client has gone through.
struct Statuses {
    explicit Statuses(SocketClient *c)
    {
        QObject::connect(c, &SocketClient::statusChanged, c,
                         [this, c] { list.append(c->status()); });
    }
    int count(SocketClient::Status s) const { return int(list.count(s)); }
    QList<SocketClient::Status> list;
};

bool waitingHas(const QJsonObject &monitor, const QString &ticket)
{
    for (const QJsonValue &v : monitor.value(QLatin1String("waiting")).toArray())
        if (v.toObject().value(QLatin1String("ticket")).toString() == ticket)
            return true;
    return false;
}

bool queueHasCustomer(const QJsonObject &cashier, const QString &name)
{
    for (const QJsonValue &v : cashier.value(QLatin1String("visits")).toArray())
        if (v.toObject().value(QLatin1String("customer_name")).toString() == name)
            return true;
    return false;
}

} // namespace

class TestSocketClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_proc;
    HttpClient m_http;
    QString m_cashier;

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    QUrl serverUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // Starts spa-server --demo on `port` (default: the test's port) over the test's data dir.
    bool startServer(quint16 port = 0)
    {
        if (port == 0)
            port = m_port;
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::MergedChannels);
        m_proc->start(QStringLiteral(SPA_SERVER_BIN),
                      { QStringLiteral("--demo"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                        QString::number(port), QStringLiteral("--data-dir"), m_dir->path() });
        if (!m_proc->waitForStarted(5000))
            return false;
        HttpClient probe(port);
        for (int i = 0; i < 200; ++i) {
            if (probe.get(QStringLiteral("/health")).status == 200) {
                m_http.setPort(port);
                if (m_cashier.isEmpty())
                    m_cashier = m_http.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
                m_http.setPort(m_port);
                return true;
            }
            if (m_proc->state() != QProcess::Running)
                break;
            QTest::qWait(50);
        }
        qWarning() << m_proc->readAll();
        return false;
    }

    void signalServer(int sig) { ::kill(pid_t(m_proc->processId()), sig); }

    bool killServer()
    {
        signalServer(SIGKILL);
        return m_proc->waitForFinished(10000);
    }

    QString kioskToken() const
    {
        QFile f(m_dir->filePath(QStringLiteral("demo-kiosk.token")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    }

    // Opens a client and waits for Connected and its first state event.
    bool connectClient(SocketClient &c, Events &events, const QString &token,
                       const char *stateEvent)
    {
        c.setServerUrl(serverUrl());
        c.setToken(token);
        c.setMaxBackoffMs(300);
        c.open();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 &&
               (c.status() != SocketClient::Connected || events.count(str(stateEvent)) == 0))
            QTest::qWait(20);
        return c.status() == SocketClient::Connected && events.count(str(stateEvent)) > 0;
    }

    // A visit checked in, assigned, started and completed over REST on the server at `http`;
    // returns its id (-1 on failure).
    qint64 completedVisit(HttpClient &http, const QString &customer)
    {
        const HttpResult v = http.post(QStringLiteral("/api/visits"),
                                       { { QStringLiteral("customer_name"), customer },
                                         { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                                       m_cashier);
        const qint64 id =
            qint64(v.json[QLatin1String("visit")].toObject()[QLatin1String("id")].toDouble(-1));
        if (v.status != 201 && v.status != 200)
            return -1;
        for (const char *step : { "assign", "start", "complete" })
            if (http.post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {},
                          m_cashier)
                    .status != 200)
                return -1;
        return id;
    }

    // The whole way to a payment (45000, the price of service 1); returns the visit id or -1.
    qint64 paidVisit(HttpClient &http, const QString &customer)
    {
        const qint64 id = completedVisit(http, customer);
        if (id < 0)
            return -1;
        const HttpResult p = http.post(
            QStringLiteral("/api/visits/%1/payments").arg(id),
            { { QStringLiteral("method"), QStringLiteral("card") },
              { QStringLiteral("amount"), 45000 },
              { QStringLiteral("idempotency_key"), QStringLiteral("pay-%1").arg(customer) } },
            m_cashier);
        return p.status == 201 ? id : -1;
    }

    static QJsonObject checkinPayload(const QString &customer)
    {
        return { { QStringLiteral("customer_name"), customer },
                 { QStringLiteral("service_ids"), QJsonArray { 1 } } };
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_port = freePort();
        m_http.setPort(m_port);
        m_cashier.clear();
    }

    void cleanup()
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            signalServer(SIGCONT);
            m_proc->kill();
            m_proc->waitForFinished();
        }
        m_proc.reset();
    }

    void connectsAndReceivesState()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        Statuses statuses(&c);
        QSignalSpy connected(&c, &SocketClient::connected);
        QCOMPARE(c.status(), SocketClient::Offline);
        QCOMPARE(c.lastSeq(), qint64(-1));
        QVERIFY(!c.lastUpdate().isValid());

        c.setServerUrl(serverUrl());
        c.setToken(kioskToken());
        c.open();
        QCOMPARE(c.status(), SocketClient::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 10000);
        QTRY_VERIFY(events.count(str("monitor_updated")) >= 1);
        QCOMPARE(connected.count(), 1);
        QCOMPARE(
            statuses.list,
            (QList<SocketClient::Status> { SocketClient::Connecting, SocketClient::Connected }));
        QVERIFY(c.lastError().isEmpty());

        const QJsonObject state = events.last(str("monitor_updated"));
        QCOMPARE(state[QLatin1String("venue")].toString(), str("Lotus Day Spa"));
        QCOMPARE(state[QLatin1String("therapists")].toArray().size(), 4);
        QVERIFY(state[QLatin1String("seq")].toDouble(-1) >= 0);
        QCOMPARE(c.lastSeq(), qint64(state[QLatin1String("seq")].toDouble()));
        QVERIFY(c.lastUpdate().isValid());
        QVERIFY(qAbs(c.lastUpdate().secsTo(QDateTime::currentDateTimeUtc())) < 5);
        // A monitor is in the monitor room only.
        QCOMPARE(events.count(str("cashier_queue_updated")), 0);
        QCOMPARE(events.count(str("therapist_queue_updated")), 0);

        // A change on the server arrives as a new state with a larger seq.
        const qint64 before = c.lastSeq();
        const HttpResult v =
            m_http.post(QStringLiteral("/api/visits"), checkinPayload(str("Ploy")), m_cashier);
        QCOMPARE(v.status, 201);
        const QString ticket =
            v.json[QLatin1String("visit")].toObject()[QLatin1String("ticket")].toString();
        QVERIFY(!ticket.isEmpty());
        QTRY_VERIFY(waitingHas(events.last(str("monitor_updated")), ticket));
        QVERIFY(c.lastSeq() > before);
        QCOMPARE(c.lastSeq(),
                 qint64(events.last(str("monitor_updated"))[QLatin1String("seq")].toDouble()));

        // close() stays closed: no reconnect.
        c.close();
        QCOMPARE(c.status(), SocketClient::Offline);
        QTest::qWait(800);
        QCOMPARE(c.status(), SocketClient::Offline);
        QCOMPARE(connected.count(), 1);
    }

    void commandAck()
    {
        QVERIFY(startServer());
        QVERIFY(!m_cashier.isEmpty());
        SocketClient c;
        Events events(&c);
        QVERIFY(connectClient(c, events, m_cashier, "cashier_queue_updated"));
        QCOMPARE(events.count(str("monitor_updated")), 0);

        auto checkin = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Ploy Ackerman")), recorder(checkin),
                  1500);
        QCOMPARE(checkin->calls, 0); // answered later, not inline
        QTRY_COMPARE(checkin->calls, 1);
        QVERIFY2(checkin->last[QLatin1String("ok")].toBool(),
                 qPrintable(QJsonDocument(checkin->last).toJson()));
        const QJsonObject visit = checkin->last[QLatin1String("visit")].toObject();
        const qint64 id = qint64(visit[QLatin1String("id")].toDouble(-1));
        QVERIFY(id > 0);
        QCOMPARE(visit[QLatin1String("customer_name")].toString(), str("Ploy Ackerman"));
        QCOMPARE(visit[QLatin1String("status")].toString(), str("waiting"));
        QTRY_VERIFY(
            queueHasCustomer(events.last(str("cashier_queue_updated")), str("Ploy Ackerman")));

        // Several requests in flight each get their own answer.
        auto assign = std::make_shared<Answers>();
        auto unknown = std::make_shared<Answers>();
        auto invalid = std::make_shared<Answers>();
        c.request(str("visit:assign"), { { QStringLiteral("visit_id"), id } }, recorder(assign),
                  1500);
        c.request(str("visit:frobnicate"), {}, recorder(unknown), 1500);
        c.request(str("visit:checkin"), { { QStringLiteral("customer_name"), QString() } },
                  recorder(invalid), 1500);
        QTRY_VERIFY(assign->calls == 1 && unknown->calls == 1 && invalid->calls == 1);
        QVERIFY2(assign->last[QLatin1String("ok")].toBool(),
                 qPrintable(QJsonDocument(assign->last).toJson()));
        QCOMPARE(assign->last[QLatin1String("visit")].toObject()[QLatin1String("id")].toDouble(),
                 double(id));
        QCOMPARE(
            assign->last[QLatin1String("visit")].toObject()[QLatin1String("status")].toString(),
            str("assigned"));
        QCOMPARE(unknown->last[QLatin1String("ok")].toBool(true), false);
        QCOMPARE(unknown->code(), str("unknown_command"));
        QCOMPARE(invalid->last[QLatin1String("ok")].toBool(true), false);
        QVERIFY(!invalid->code().isEmpty());
        QVERIFY(invalid->code() != str("timeout") && invalid->code() != str("disconnected"));

        // Each callback ran exactly once, and the time-out timers are gone with the answers.
        QTest::qWait(1700);
        QCOMPARE(checkin->calls, 1);
        QCOMPARE(assign->calls, 1);
        QCOMPARE(unknown->calls, 1);
        QCOMPARE(invalid->calls, 1);
        QCOMPARE(c.status(), SocketClient::Connected);
    }

    void forbiddenWithKioskToken()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QVERIFY(connectClient(c, events, kioskToken(), "monitor_updated"));
        auto a = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Intruder")), recorder(a), 5000);
        QTRY_COMPARE(a->calls, 1);
        QCOMPARE(a->last[QLatin1String("ok")].toBool(true), false);
        QCOMPARE(a->code(), str("forbidden"));
        QVERIFY(!a->last[QLatin1String("error")]
                     .toObject()[QLatin1String("message")]
                     .toString()
                     .isEmpty());
        // Refused, not dropped: the connection stays.
        QTest::qWait(200);
        QCOMPARE(a->calls, 1);
        QCOMPARE(c.status(), SocketClient::Connected);
    }

    void requestWhileNotConnected()
    {
        // Never opened: answered at once with "offline".
        SocketClient c;
        auto a = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Nobody")), recorder(a), 500);
        QCOMPARE(a->calls, 1);
        QCOMPARE(a->last[QLatin1String("ok")].toBool(true), false);
        QCOMPARE(a->code(), str("offline"));
        QVERIFY(!a->last[QLatin1String("error")]
                     .toObject()[QLatin1String("message")]
                     .toString()
                     .isEmpty());

        // Opened, but no server there: still "offline", not a time-out later.
        c.setServerUrl(serverUrl());
        c.setToken(str("whatever"));
        c.setMaxBackoffMs(300);
        c.open();
        auto b = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Nobody")), recorder(b), 500);
        QCOMPARE(b->calls, 1);
        QCOMPARE(b->code(), str("offline"));

        // Connected, then closed: "offline" again.
        QVERIFY(startServer());
        c.setToken(m_cashier);
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 10000);
        c.close();
        auto d = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Nobody")), recorder(d), 500);
        QCOMPARE(d->calls, 1);
        QCOMPARE(d->code(), str("offline"));
        QTest::qWait(700);
        QCOMPARE(a->calls, 1);
        QCOMPARE(b->calls, 1);
        QCOMPARE(d->calls, 1);
    }

    void timeoutWhenServerIsFrozen()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QVERIFY(connectClient(c, events, m_cashier, "cashier_queue_updated"));

        signalServer(SIGSTOP);
        auto a = std::make_shared<Answers>();
        QElapsedTimer t;
        t.start();
        c.request(str("visit:checkin"), checkinPayload(str("Late Larry")), recorder(a), 500);
        QTRY_COMPARE_WITH_TIMEOUT(a->calls, 1, 5000);
        const qint64 waited = t.elapsed();
        QVERIFY2(waited >= 450 && waited < 3000, qPrintable(QString::number(waited)));
        QCOMPARE(a->last[QLatin1String("ok")].toBool(true), false);
        QCOMPARE(a->code(), str("timeout"));
        // A time-out is not a disconnection.
        QCOMPARE(c.status(), SocketClient::Connected);

        // Thawed, the server runs the command and answers it; the late answer is dropped.
        signalServer(SIGCONT);
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHasCustomer(events.last(str("cashier_queue_updated")), str("Late Larry")), 5000);
        QTest::qWait(300);
        QCOMPARE(a->calls, 1);
        QCOMPARE(a->code(), str("timeout"));

        // And the link still works.
        auto b = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Prompt Pat")), recorder(b), 5000);
        QTRY_COMPARE(b->calls, 1);
        QVERIFY(b->last[QLatin1String("ok")].toBool());
        QCOMPARE(c.status(), SocketClient::Connected);
    }

    void pendingFailWhenServerDies()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QVERIFY(connectClient(c, events, m_cashier, "cashier_queue_updated"));

        signalServer(SIGSTOP);
        auto a = std::make_shared<Answers>();
        auto b = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Doomed One")), recorder(a), 1000);
        c.request(str("visit:checkin"), checkinPayload(str("Doomed Two")), recorder(b), 1000);
        QTest::qWait(100);
        QCOMPARE(a->calls, 0);
        QVERIFY(killServer());

        QTRY_VERIFY_WITH_TIMEOUT(a->calls == 1 && b->calls == 1, 800); // before the 1 s time-out
        QCOMPARE(a->code(), str("disconnected"));
        QCOMPARE(b->code(), str("disconnected"));
        QCOMPARE(a->last[QLatin1String("ok")].toBool(true), false);
        QVERIFY(c.status() != SocketClient::Connected);
        // The time-outs do not fire afterwards.
        QTest::qWait(1200);
        QCOMPARE(a->calls, 1);
        QCOMPARE(b->calls, 1);
    }

    void retriesUntilTheServerComesUp()
    {
        // Nobody listens yet: the client keeps trying, with a capped backoff.
        SocketClient c;
        Statuses statuses(&c);
        Events events(&c);
        c.setServerUrl(serverUrl());
        c.setMaxBackoffMs(300);
        QCOMPARE(c.maxBackoffMs(), 300);
        c.open();
        QTest::qWait(1000);
        QVERIFY2(statuses.count(SocketClient::Connecting) >= 3,
                 qPrintable(QStringLiteral("%1 attempts in 1 s")
                                .arg(statuses.count(SocketClient::Connecting))));
        QCOMPARE(statuses.count(SocketClient::Connected), 0);
        QVERIFY(!c.lastError().isEmpty());

        QVERIFY(startServer());
        c.setToken(kioskToken()); // the token file exists once the demo server has run
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY(events.count(str("monitor_updated")) >= 1);
        QVERIFY(c.lastError().isEmpty());
    }

    void reconnectsAfterServerRestart()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QSignalSpy connected(&c, &SocketClient::connected);
        QVERIFY(connectClient(c, events, kioskToken(), "monitor_updated"));

        // A payment seen live.
        HttpClient &http = m_http;
        const qint64 first = paidVisit(http, str("Live Lek"));
        QVERIFY(first > 0);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 1);
        QJsonObject live = events.last(str("monitor_payment_completed"));
        QCOMPARE(qint64(live[QLatin1String("visit_id")].toDouble()), first);
        QVERIFY(!live[QLatin1String("replayed")].toBool());
        QTRY_VERIFY(c.lastSeq() >= qint64(live[QLatin1String("seq")].toDouble()));
        const qint64 seenSeq = c.lastSeq();

        // The server dies: the client notices and keeps trying.
        Statuses statuses(&c);
        QVERIFY(killServer());
        QTRY_VERIFY_WITH_TIMEOUT(c.status() != SocketClient::Connected, 3000);
        QTest::qWait(1200);
        QVERIFY2(statuses.count(SocketClient::Connecting) >= 2,
                 qPrintable(
                     QStringLiteral("%1 attempts").arg(statuses.count(SocketClient::Connecting))));
        QCOMPARE(statuses.count(SocketClient::Connected), 0);

        // Meanwhile the venue goes on: the same database served on another port takes a payment
        // the client cannot see.
        const quint16 otherPort = freePort();
        QVERIFY(startServer(otherPort));
        HttpClient other(otherPort);
        const qint64 missed = paidVisit(other, str("Missed Mali"));
        QVERIFY(missed > 0);
        signalServer(SIGTERM);
        QVERIFY(m_proc->waitForFinished(10000));
        QCOMPARE(connected.count(), 1);

        // Back on the client's port: it reconnects by itself and, with its offset, gets the missed
        // notice replayed once and the one it saw not again.
        const int statesBefore = events.count(str("monitor_updated"));
        QVERIFY(startServer());
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY(events.count(str("monitor_updated")) > statesBefore);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 2);
        QTest::qWait(500);
        const QList<QJsonObject> payments = events.all(str("monitor_payment_completed"));
        QCOMPARE(payments.size(), 2);
        QCOMPARE(connected.count(), 2);
        const QJsonObject replayed = payments.last();
        QCOMPARE(qint64(replayed[QLatin1String("visit_id")].toDouble()), missed);
        QCOMPARE(replayed[QLatin1String("replayed")].toBool(), true);
        QVERIFY(qint64(replayed[QLatin1String("seq")].toDouble()) > seenSeq);
        QCOMPARE(replayed[QLatin1String("total")].toInt(), 45000);
        QVERIFY(c.lastSeq() >= qint64(replayed[QLatin1String("seq")].toDouble()));
    }

    // The server's database is restored from a backup while the client is away, and the
    // restored venue goes past the client's offset with notices of its own: the client learns
    // the new epoch at CONNECT, drops its offset and takes the state, and nothing is replayed.
    void restoreStartsANewHistory()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QSignalSpy resets(&c, &SocketClient::historyReset);
        QVERIFY(connectClient(c, events, kioskToken(), "monitor_updated"));
        const QString epochBefore = c.epoch();
        QCOMPARE(
            epochBefore,
            m_http.get(QStringLiteral("/health")).json.value(QLatin1String("epoch")).toString());
        QVERIFY(paidVisit(m_http, str("Kept Kanya")) > 0);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 1);

        const QString backup = m_dir->filePath(QStringLiteral("kept.db"));
        QProcess tool;
        tool.start(
            QStringLiteral(SPA_SERVER_BIN),
            { QStringLiteral("backup"), QStringLiteral("--data-dir"), m_dir->path(), backup });
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(paidVisit(m_http, str("Lost Lamai")) > 0);
        QVERIFY(paidVisit(m_http, str("Lost Lek")) > 0);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 3);
        QTRY_VERIFY(c.lastSeq() >= qint64(events.last(str("monitor_payment_completed"))
                                              .value(QLatin1String("seq"))
                                              .toDouble()));
        const qint64 offset = c.lastSeq();

        c.close();
        signalServer(SIGTERM);
        QVERIFY(m_proc->waitForFinished(10000));
        tool.start(
            QStringLiteral(SPA_SERVER_BIN),
            { QStringLiteral("restore"), QStringLiteral("--data-dir"), m_dir->path(), backup });
        QVERIFY(tool.waitForFinished(30000));
        QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());
        QVERIFY(startServer());
        for (const char *name : { "New Nok", "New Nid", "New Noi", "New Nam" })
            QVERIFY(paidVisit(m_http, str(name)) > 0);

        const int statesBefore = events.count(str("monitor_updated"));
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY(events.count(str("monitor_updated")) > statesBefore);
        QTest::qWait(300);
        QCOMPARE(resets.count(), 1);
        QVERIFY(c.epoch() != epochBefore);
        QCOMPARE(
            c.epoch(),
            m_http.get(QStringLiteral("/health")).json.value(QLatin1String("epoch")).toString());
        // Nothing from the other history's offset on: no notice replayed.
        QCOMPARE(events.count(str("monitor_payment_completed")), 3);
        // The offset now counts the restored history, from its state's seq.
        const qint64 stateSeq =
            qint64(events.last(str("monitor_updated")).value(QLatin1String("seq")).toDouble());
        QCOMPARE(c.lastSeq(), stateSeq);
        QVERIFY2(stateSeq > offset, "the restored history must pass the old offset for the test");
        QVERIFY(stateSeq != offset);

        // And the next reconnect in the same epoch is an ordinary one.
        c.close();
        QVERIFY(paidVisit(m_http, str("After Aom")) > 0);
        c.open();
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 4);
        QVERIFY(events.last(str("monitor_payment_completed"))
                    .value(QLatin1String("replayed"))
                    .toBool());
        QCOMPARE(resets.count(), 1);
    }

    void replayAfterCloseAndOpen()
    {
        QVERIFY(startServer());
        SocketClient c;
        Events events(&c);
        QSignalSpy connected(&c, &SocketClient::connected);
        QVERIFY(connectClient(c, events, kioskToken(), "monitor_updated"));

        // Closed while a payment happens: nothing arrives.
        c.close();
        QCOMPARE(c.status(), SocketClient::Offline);
        const qint64 seqBefore = c.lastSeq();
        const int statesBefore = events.count(str("monitor_updated"));
        const qint64 visit = paidVisit(m_http, str("Away Aom"));
        QVERIFY(visit > 0);
        QTest::qWait(300);
        QCOMPARE(events.count(str("monitor_payment_completed")), 0);
        QCOMPARE(events.count(str("monitor_updated")), statesBefore);
        QCOMPARE(c.status(), SocketClient::Offline);
        QCOMPARE(c.lastSeq(), seqBefore);

        // Opened again: current state, then the missed notice, replayed, once.
        const int mark = int(events.list.size());
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 1);
        QTest::qWait(300);
        QCOMPARE(events.count(str("monitor_payment_completed")), 1);
        const QJsonObject n = events.last(str("monitor_payment_completed"));
        QCOMPARE(qint64(n[QLatin1String("visit_id")].toDouble()), visit);
        QCOMPARE(n[QLatin1String("replayed")].toBool(), true);
        QVERIFY(qint64(n[QLatin1String("seq")].toDouble()) > seqBefore);
        QCOMPARE(n[QLatin1String("ticket")].toString(), str("001"));
        QCOMPARE(n[QLatin1String("name")].toString(), str("Away A."));
        // The state came first, then the replay.
        QVERIFY(mark < events.list.size());
        QCOMPARE(events.list[mark].first, str("monitor_updated"));
        QVERIFY(events.list.indexOf(
                    QPair<QString, QJsonObject> { str("monitor_payment_completed"), n }) > mark);

        // A later payment is live, not replayed.
        const qint64 second = paidVisit(m_http, str("Here Hana"));
        QVERIFY(second > 0);
        QTRY_COMPARE(events.count(str("monitor_payment_completed")), 2);
        QVERIFY(!events.last(str("monitor_payment_completed"))[QLatin1String("replayed")].toBool());

        // Close and open with nothing missed: nothing replayed.
        QTRY_VERIFY(
            c.lastSeq() >=
            qint64(events.last(str("monitor_payment_completed"))[QLatin1String("seq")].toDouble()));
        c.close();
        QTest::qWait(200);
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 3, 5000);
        QTest::qWait(300);
        QCOMPARE(events.count(str("monitor_payment_completed")), 2);
    }

    void badTokenIsRejected()
    {
        QVERIFY(startServer());
        SocketClient c;
        Statuses statuses(&c);
        Events events(&c);
        QSignalSpy rejected(&c, &SocketClient::connectionRejected);
        QSignalSpy connected(&c, &SocketClient::connected);
        c.setServerUrl(serverUrl());
        c.setToken(str("not-a-real-token"));
        c.setMaxBackoffMs(300);
        c.open();
        QTRY_VERIFY_WITH_TIMEOUT(rejected.count() >= 3, 8000); // and it keeps trying
        QCOMPARE(rejected.first().first().toString(), str("invalid token"));
        QCOMPARE(c.lastError(), str("invalid token"));
        QCOMPARE(connected.count(), 0);
        QCOMPARE(statuses.count(SocketClient::Connected), 0);
        QVERIFY(statuses.count(SocketClient::Connecting) >= 3);
        QVERIFY(c.status() != SocketClient::Connected);
        QCOMPARE(events.list.size(), 0);
        auto a = std::make_shared<Answers>();
        c.request(str("visit:checkin"), checkinPayload(str("Nope")), recorder(a), 500);
        QCOMPARE(a->code(), str("offline"));

        // An admin fixes the token: the client connects with it.
        c.setToken(kioskToken());
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY(events.count(str("monitor_updated")) >= 1);
        QVERIFY(c.lastError().isEmpty());
        QCOMPARE(connected.count(), 1);
    }

    void leavesAStalledServer()
    {
        // Connecting to a server that never answers the upgrade, then told to go elsewhere: by a
        // new server address, or by close() and open() after that.
        QVERIFY(startServer());
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QUrl silentUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));

        SocketClient c;
        Events events(&c);
        c.setToken(kioskToken());
        c.setMaxBackoffMs(300);
        c.setServerUrl(silentUrl);
        c.open();
        QTest::qWait(300);
        QCOMPARE(c.status(), SocketClient::Connecting);
        c.setServerUrl(serverUrl());
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY(events.count(str("monitor_updated")) >= 1);

        c.close();
        c.setServerUrl(silentUrl);
        c.open();
        QTest::qWait(300);
        QCOMPARE(c.status(), SocketClient::Connecting);
        c.close();
        QCOMPARE(c.status(), SocketClient::Offline);
        c.setServerUrl(serverUrl());
        c.open();
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), SocketClient::Connected, 5000);
    }

    void stalledHandshakeIsRetried()
    {
        // A server that accepts the TCP connection and never answers the WebSocket upgrade (a hung
        // process, a half-open proxy). The client must not sit in Connecting for ever: the design's
        // "catches up by itself" needs a connect time-out. The server gives a client 10 s to
        // complete its handshake; the client is given as long (plus 1.5 s) to give up and try
        // again.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                accepted.append(s);
        });
        SocketClient c;
        c.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        c.setToken(str("t"));
        c.setMaxBackoffMs(300);
        c.open();
        QTRY_COMPARE(int(accepted.size()), 1);
        QCOMPARE(c.status(), SocketClient::Connecting);
        // (A plain loop: QTRY_* would wait twice as long again on failure.)
        QElapsedTimer t;
        t.start();
        while (accepted.size() < 2 && t.elapsed() < 11500)
            QTest::qWait(50);
        QVERIFY2(accepted.size() >= 2,
                 "still Connecting after 11.5 s on a server that never answers the upgrade, and no "
                 "new attempt");
        QVERIFY(c.status() != SocketClient::Connected);
    }
};

QTEST_GUILESS_MAIN(TestSocketClient)
#include "tst_socketclient.moc"
