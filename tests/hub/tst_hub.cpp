// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The realtime hub end to end: real QWebSocket clients speaking Engine.IO v4 / Socket.IO v5 to a
// real ServerApp (HTTP + hub on one loopback port, SQLite in a temporary folder).

#include "sioclient.h"
#include "testserver.h"

#include "engineio.h"
#include "hub/hub.h"
#include "socketio.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace {

const Principal kDesk { Principal::Role::Cashier, 0, 0, 0, QStringLiteral("test desk") };

QJsonObject checkInDirect(SpaDomain &d, const QString &name, const QJsonArray &services = { 1 })
{
    const Reply r = d.visits().checkIn(
        { { QStringLiteral("customer_name"), name }, { QStringLiteral("service_ids"), services } },
        kDesk);
    return r.body().value(QLatin1String("visit")).toObject();
}

// Takes a checked-in visit through assign (Anna, id 3), start, complete and full payment in the
// domain; returns the payment reply's body (empty when a step failed).
QJsonObject payDirect(SpaDomain &d, qint64 visitId, qint64 therapistId = 3)
{
    if (!d.visits()
             .assign(visitId, { { QStringLiteral("therapist_id"), therapistId } }, kDesk)
             .isOk())
        return {};
    if (!d.visits().start(visitId, kDesk).isOk())
        return {};
    const Reply done = d.visits().complete(visitId, kDesk);
    if (!done.isOk())
        return {};
    const qint64 due = qint64(done.body()
                                  .value(QLatin1String("visit"))
                                  .toObject()
                                  .value(QLatin1String("balance_due"))
                                  .toDouble());
    const Reply paid = d.till().pay(visitId,
                                    { { QStringLiteral("method"), QStringLiteral("card") },
                                      { QStringLiteral("amount"), due },
                                      { QStringLiteral("idempotency_key"),
                                        QUuid::createUuid().toString(QUuid::WithoutBraces) } },
                                    kDesk);
    return paid.isOk() ? paid.body() : QJsonObject();
}

QJsonObject errorOf(const QJsonObject &ack)
{
    return ack.value(QLatin1String("error")).toObject();
}

QString errorCode(const QJsonObject &ack)
{
    return errorOf(ack).value(QLatin1String("code")).toString();
}

bool hasVisit(const QJsonArray &rows, qint64 visitId, const char *key = "id")
{
    for (const QJsonValue &v : rows)
        if (idOf(v.toObject(), key) == visitId)
            return true;
    return false;
}

// The value of one Prometheus sample line, or -1 when it is missing.
double metric(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).trimmed().toDouble();
    return -1;
}

} // namespace

class TstHub : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void openPacket();
    void monitorStateOnConnectAndAfterRestCheckIn();
    void cashierRunsVisitBySocket();
    void therapistCommandsBySocket();
    void commandErrorsComeBackInTheAck();
    void readOnlyRolesAreForbidden_data();
    void readOnlyRolesAreForbidden();
    void unknownCommand();
    void missingAckIdGivesErrorEvent();
    void connectErrors_data();
    void connectErrors();
    void otherNamespaceIsRefused();
    void badFramesCloseOnlyThatSocket_data();
    void badFramesCloseOnlyThatSocket();
    void disconnectAndClosePackets_data();
    void disconnectAndClosePackets();
    void httpRefusals_data();
    void httpRefusals();
    void websocketUpgradeWithBadUrlIsRefused_data();
    void websocketUpgradeWithBadUrlIsRefused();
    void coalescesCommitsOfOneTurn();
    void noViewFromAGroupThatFailsToCommit();
    void idleServerSendsWithoutWaitingOutTheGap();
    void rateLimited();
    void connectionsPerAddressLimit();
    void pingTimeout_data();
    void pingTimeout();
    void connectTimeout();
    void recoveryReplaysMissedNotifications();
    void joinWhileNoticesWait();
    void recoveryAcrossRestart();
    void healthAndMetricsCountRooms();

private:
    // A started demo server; `tweak` adjusts the config first.
    std::unique_ptr<TestServer> makeServer(const std::function<void(ServerConfig &)> &tweak = {})
    {
        auto s = std::make_unique<TestServer>();
        if (tweak)
            tweak(s->config);
        if (!s->start())
            return nullptr;
        return s;
    }
    QJsonObject auth(const QString &token, qint64 offset = -1) const
    {
        QJsonObject a { { QStringLiteral("token"), token } };
        if (offset >= 0)
            a.insert(QStringLiteral("offset"), offset);
        return a;
    }
    // Waits until the event loop has had time to deliver anything still in flight.
    static void settle(int ms = 100) { QTest::qWait(ms); }

    std::unique_ptr<TestServer> m_srv;
    QString m_cashier;
    QString m_admin;
    QString m_kiosk;
    QString m_anna;
};

void TstHub::initTestCase()
{
    m_srv = makeServer();
    QVERIFY(m_srv);
    m_cashier = m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
    m_admin = m_srv->login(QStringLiteral("admin"), QStringLiteral("admin"));
    m_anna = m_srv->loginTherapist(3, QStringLiteral("1111"));
    m_kiosk = m_srv->app->demoKioskToken();
    QVERIFY(!m_cashier.isEmpty());
    QVERIFY(!m_admin.isEmpty());
    QVERIFY(!m_anna.isEmpty());
    QVERIFY(!m_kiosk.isEmpty());
}

void TstHub::cleanupTestCase()
{
    m_srv.reset();
}

void TstHub::openPacket()
{
    SioClient c;
    QVERIFY(c.open(m_srv->port()));
    QVERIFY(!c.frames.isEmpty());
    const QString first = c.frames.first();
    QVERIFY2(first.startsWith(QLatin1String("0{\"sid\":")), qPrintable(first));
    const QJsonObject o = c.openPacket;
    QVERIFY(o.value(QLatin1String("sid")).isString());
    QVERIFY(o.value(QLatin1String("sid")).toString().size() >= 8);
    QVERIFY(o.value(QLatin1String("upgrades")).isArray());
    QCOMPARE(o.value(QLatin1String("upgrades")).toArray().size(), 0);
    QCOMPARE(o.value(QLatin1String("pingInterval")).toInt(), m_srv->config.hub.pingIntervalMs);
    QCOMPARE(o.value(QLatin1String("pingTimeout")).toInt(), m_srv->config.hub.pingTimeoutMs);
    QCOMPARE(o.value(QLatin1String("maxPayload")).toInt(), m_srv->config.hub.maxPayloadBytes);

    // Every connection gets its own sid.
    SioClient other;
    QVERIFY(other.open(m_srv->port()));
    QVERIFY(other.openPacket.value(QLatin1String("sid")).toString() !=
            o.value(QLatin1String("sid")).toString());

    // CONNECT is answered with 40{"epoch":...,"sid":...} (the database epoch, the one /health
    // shows), the socket is not closed.
    QVERIFY(c.connectSio(auth(m_kiosk)));
    QVERIFY(!c.sid.isEmpty());
    const QString epoch =
        m_srv->get(QStringLiteral("/health")).json.value(QLatin1String("epoch")).toString();
    QCOMPARE(epoch.size(), 32);
    QVERIFY2(
        c.frames.contains(QStringLiteral("40{\"epoch\":\"%1\",\"sid\":\"%2\"}").arg(epoch, c.sid)),
        qPrintable(c.frames.join(QLatin1Char('\n'))));
    QVERIFY(!c.closed);
}

void TstHub::monitorStateOnConnectAndAfterRestCheckIn()
{
    SioClient mon;
    QVERIFY(mon.start(m_srv->port(), auth(m_kiosk)));
    QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
    // Only the monitor room: no cashier, therapist or customer views for a kiosk.
    settle();
    QCOMPARE(mon.count(QStringLiteral("cashier_queue_updated")), 0);
    QCOMPARE(mon.count(QStringLiteral("therapist_queue_updated")), 0);
    QCOMPARE(mon.count(QStringLiteral("customer_txn_update")), 0);
    QCOMPARE(mon.count(QStringLiteral("monitor_updated")), 1);
    const QJsonObject first = mon.last(QStringLiteral("monitor_updated"));
    QVERIFY(first.value(QLatin1String("seq")).isDouble());
    QCOMPARE(seqOf(first), m_srv->app->domain().views().journal().lastSeq());
    QVERIFY(first.value(QLatin1String("waiting")).isArray());
    QVERIFY(first.value(QLatin1String("now_serving")).isArray());
    QVERIFY(first.value(QLatin1String("therapists")).isArray());
    QCOMPARE(first.value(QLatin1String("venue")).toString(), QStringLiteral("Lotus Day Spa"));

    const HttpResult r =
        m_srv->post(QStringLiteral("/api/visits"),
                    { { QStringLiteral("customer_name"), QStringLiteral("Somchai Jaidee") },
                      { QStringLiteral("service_ids"), QJsonArray { 1, 3 } } },
                    m_cashier);
    QCOMPARE(r.status, 201);
    const QJsonObject visit = r.json.value(QLatin1String("visit")).toObject();
    const QString ticket = visit.value(QLatin1String("ticket")).toString();
    QVERIFY(!ticket.isEmpty());

    QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 2));
    const QJsonObject next = mon.last(QStringLiteral("monitor_updated"));
    QVERIFY(seqOf(next) > seqOf(first));
    QCOMPARE(seqOf(next), m_srv->app->domain().views().journal().lastSeq());
    bool found = false;
    for (const QJsonValue &v : next.value(QLatin1String("waiting")).toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value(QLatin1String("ticket")).toString() == ticket) {
            found = true;
            QCOMPARE(idOf(row, "visit_id"), idOf(visit));
            // A wall screen never shows the full name.
            QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("Somchai J."));
            QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
        }
    }
    QVERIFY2(found, qPrintable(QJsonDocument(next).toJson(QJsonDocument::Compact)));
    QVERIFY(!QJsonDocument(next).toJson().contains("Jaidee"));
    QVERIFY(mon.undecodable.isEmpty());
}

void TstHub::cashierRunsVisitBySocket()
{
    const quint16 port = m_srv->port();
    SioClient desk, mon, anna;
    QVERIFY(desk.start(port, auth(m_cashier)));
    QVERIFY(mon.start(port, auth(m_kiosk)));
    QVERIFY(anna.start(port, auth(m_anna)));
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 1));
    QVERIFY(anna.waitCount(QStringLiteral("therapist_queue_updated"), 1));
    QCOMPARE(anna.last(QStringLiteral("therapist_queue_updated"))
                 .value(QLatin1String("therapist"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Anna"));

    // Check in two customers; the ack carries the visit and its customer code.
    const QJsonObject a1 =
        desk.call(QStringLiteral("visit:checkin"),
                  { { QStringLiteral("customer_name"), QStringLiteral("Malee Sukjai") },
                    { QStringLiteral("service_ids"), QJsonArray { 1 } } });
    QVERIFY2(a1.value(QLatin1String("ok")).toBool(), qPrintable(QJsonDocument(a1).toJson()));
    const QJsonObject v1 = a1.value(QLatin1String("visit")).toObject();
    const qint64 id1 = idOf(v1);
    const QString code1 = v1.value(QLatin1String("code")).toString();
    QVERIFY(id1 > 0);
    QVERIFY(!code1.isEmpty());
    QCOMPARE(v1.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
    const QJsonObject a2 =
        desk.call(QStringLiteral("visit:checkin"),
                  { { QStringLiteral("customer_name"), QStringLiteral("Other Person") },
                    { QStringLiteral("service_ids"), QJsonArray { 5 } } });
    QVERIFY(a2.value(QLatin1String("ok")).toBool());
    const QJsonObject v2 = a2.value(QLatin1String("visit")).toObject();
    const qint64 id2 = idOf(v2);
    QVERIFY(id2 != id1);
    // The raw ack frame is 43<id>[{...}] with the id the command was sent with.
    {
        const auto it =
            std::find_if(desk.frames.cbegin(), desk.frames.cend(),
                         [](const QString &f) { return f.startsWith(QLatin1String("431[{")); });
        QVERIFY(it != desk.frames.cend());
        QCOMPARE(QJsonDocument::fromJson(it->mid(3).toUtf8()).array(), QJsonArray { a1 });
    }

    // The cashier room sees the new visits.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray visits = desk.last(QStringLiteral("cashier_queue_updated"))
                                          .value(QLatin1String("visits"))
                                          .toArray();
            return hasVisit(visits, id1) && hasVisit(visits, id2);
        },
        5000));

    // Each customer connects with the visit code and sees only their own ticket.
    SioClient cust1, cust2;
    QVERIFY(cust1.start(port, auth(code1)));
    QVERIFY(cust2.start(port, auth(v2.value(QLatin1String("code")).toString())));
    QVERIFY(cust1.waitCount(QStringLiteral("customer_txn_update"), 1));
    QVERIFY(cust2.waitCount(QStringLiteral("customer_txn_update"), 1));
    const QJsonObject c1view = cust1.last(QStringLiteral("customer_txn_update"));
    QVERIFY(c1view.value(QLatin1String("seq")).isDouble());
    QCOMPARE(
        c1view.value(QLatin1String("visit")).toObject().value(QLatin1String("ticket")).toString(),
        v1.value(QLatin1String("ticket")).toString());
    QCOMPARE(
        c1view.value(QLatin1String("visit")).toObject().value(QLatin1String("status")).toString(),
        QStringLiteral("waiting"));
    // The customer's view carries no staff ids and not its own secret code.
    QVERIFY(!c1view.value(QLatin1String("visit")).toObject().contains(QLatin1String("code")));
    QVERIFY(!QJsonDocument(c1view).toJson().contains(code1.toUtf8()));
    QCOMPARE(cust1.count(QStringLiteral("monitor_updated")), 0);
    QCOMPARE(cust1.count(QStringLiteral("cashier_queue_updated")), 0);

    auto step = [&](const QString &command, const QJsonObject &extra,
                    const QString &status) -> QJsonObject {
        QJsonObject p = extra;
        p.insert(QStringLiteral("visit_id"), id1);
        const QJsonObject ack = desk.call(command, p);
        if (!ack.value(QLatin1String("ok")).toBool())
            qWarning() << command << "ack:" << ack;
        if (ack.value(QLatin1String("visit"))
                .toObject()
                .value(QLatin1String("status"))
                .toString() != status)
            return {};
        return ack;
    };
    QVERIFY(!step(QStringLiteral("visit:assign"), { { QStringLiteral("therapist_id"), 3 } },
                  QStringLiteral("assigned"))
                 .isEmpty());
    // Anna's own room shows the visit in her queue.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return hasVisit(anna.last(QStringLiteral("therapist_queue_updated"))
                                .value(QLatin1String("queue"))
                                .toArray(),
                            id1);
        },
        5000));

    // Calling the customer: the monitor and that customer are told, the other customer is not.
    QVERIFY(!step(QStringLiteral("visit:call"), {}, QStringLiteral("assigned")).isEmpty());
    QVERIFY(mon.waitCount(QStringLiteral("monitor_visit_called"), 1));
    QVERIFY(cust1.waitCount(QStringLiteral("customer_called"), 1));
    QCOMPARE(idOf(mon.last(QStringLiteral("monitor_visit_called")), "visit_id"), id1);
    QCOMPARE(idOf(cust1.last(QStringLiteral("customer_called")), "visit_id"), id1);
    QVERIFY(seqOf(cust1.last(QStringLiteral("customer_called"))) > 0);

    QVERIFY(!step(QStringLiteral("visit:start"), {}, QStringLiteral("in_service")).isEmpty());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return hasVisit(mon.last(QStringLiteral("monitor_updated"))
                                .value(QLatin1String("now_serving"))
                                .toArray(),
                            id1, "visit_id");
        },
        5000));
    const QJsonObject done =
        step(QStringLiteral("visit:complete"), {}, QStringLiteral("awaiting_payment"));
    QVERIFY(!done.isEmpty());
    const qint64 due = qint64(done.value(QLatin1String("visit"))
                                  .toObject()
                                  .value(QLatin1String("balance_due"))
                                  .toDouble());
    QVERIFY(due > 0);

    const int monPaidBefore = mon.count(QStringLiteral("monitor_payment_completed"));
    const QJsonObject paid =
        step(QStringLiteral("visit:pay"),
             { { QStringLiteral("method"), QStringLiteral("cash") },
               { QStringLiteral("amount"), due },
               { QStringLiteral("tendered"), due + 5000 },
               { QStringLiteral("idempotency_key"), QStringLiteral("hub-test-pay-0001") } },
             QStringLiteral("paid"));
    QVERIFY(!paid.isEmpty());
    QCOMPARE(qint64(paid.value(QLatin1String("change_due")).toDouble()), qint64(5000));

    // The monitor gets the payment notification (once), with the journal's seq.
    QVERIFY(mon.waitCount(QStringLiteral("monitor_payment_completed"), monPaidBefore + 1));
    const QJsonObject note = mon.last(QStringLiteral("monitor_payment_completed"));
    QCOMPARE(idOf(note, "visit_id"), id1);
    QCOMPARE(note.value(QLatin1String("ticket")).toString(),
             v1.value(QLatin1String("ticket")).toString());
    QVERIFY(seqOf(note) > 0);
    QVERIFY(!note.value(QLatin1String("replayed")).toBool());

    // The paying customer: state shows paid, plus the payment notification.
    QVERIFY(cust1.waitCount(QStringLiteral("customer_payment_completed"), 1));
    QCOMPARE(idOf(cust1.last(QStringLiteral("customer_payment_completed")), "visit_id"), id1);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cust1.last(QStringLiteral("customer_txn_update"))
                       .value(QLatin1String("visit"))
                       .toObject()
                       .value(QLatin1String("status"))
                       .toString() == QLatin1String("paid");
        },
        5000));
    const QJsonObject paidView =
        cust1.last(QStringLiteral("customer_txn_update")).value(QLatin1String("visit")).toObject();
    QCOMPARE(qint64(paidView.value(QLatin1String("balance_due")).toDouble()), qint64(0));
    QCOMPARE(qint64(paidView.value(QLatin1String("paid")).toDouble()), due);

    // The paid visit leaves the cashier's active queue.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !hasVisit(desk.last(QStringLiteral("cashier_queue_updated"))
                                 .value(QLatin1String("visits"))
                                 .toArray(),
                             id1);
        },
        5000));

    // The other customer got no notification for somebody else's visit.
    settle(300);
    QCOMPARE(cust2.count(QStringLiteral("customer_payment_completed")), 0);
    QCOMPARE(cust2.count(QStringLiteral("customer_called")), 0);
    QCOMPARE(cust2.count(QStringLiteral("monitor_payment_completed")), 0);
    for (const SioEvent &e : cust2.named(QStringLiteral("customer_txn_update")))
        QCOMPARE(e.obj()
                     .value(QLatin1String("visit"))
                     .toObject()
                     .value(QLatin1String("ticket"))
                     .toString(),
                 v2.value(QLatin1String("ticket")).toString());
    // Notifications go only to the rooms that have them: none to the cashier or the therapist.
    QCOMPARE(desk.count(QStringLiteral("monitor_payment_completed")), 0);
    QCOMPARE(desk.count(QStringLiteral("customer_payment_completed")), 0);
    QCOMPARE(anna.count(QStringLiteral("monitor_payment_completed")), 0);
    // Each notification reached the monitor exactly once.
    QCOMPARE(mon.count(QStringLiteral("monitor_payment_completed")), monPaidBefore + 1);
    QCOMPARE(cust1.count(QStringLiteral("customer_payment_completed")), 1);
    QCOMPARE(cust1.count(QStringLiteral("customer_called")), 1);
    for (SioClient *c : { &desk, &mon, &anna, &cust1, &cust2 }) {
        QVERIFY(!c->closed);
        QVERIFY(c->undecodable.isEmpty());
    }
}

void TstHub::therapistCommandsBySocket()
{
    SpaDomain &d = m_srv->app->domain();
    const quint16 port = m_srv->port();
    const QString budiToken = m_srv->loginTherapist(4, QStringLiteral("2222"));
    QVERIFY(!budiToken.isEmpty());
    SioClient anna, budi, mon;
    QVERIFY(anna.start(port, auth(m_anna)));
    QVERIFY(budi.start(port, auth(budiToken)));
    QVERIFY(mon.start(port, auth(m_kiosk)));
    QVERIFY(budi.waitCount(QStringLiteral("therapist_queue_updated"), 1));
    QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
    settle();
    // A therapist is in their own room only.
    QCOMPARE(anna.count(QStringLiteral("therapist_queue_updated")), 1);
    QCOMPARE(anna.count(QStringLiteral("cashier_queue_updated")), 0);
    QCOMPARE(anna.count(QStringLiteral("monitor_updated")), 0);
    const int budiBefore = budi.count(QStringLiteral("therapist_queue_updated"));

    auto statusOf = [](const QJsonObject &monitorState, qint64 id) {
        for (const QJsonValue &t : monitorState.value(QLatin1String("therapists")).toArray())
            if (idOf(t.toObject()) == id)
                return t.toObject().value(QLatin1String("status")).toString();
        return QString();
    };

    // Her own status, without naming herself.
    QJsonObject ack = anna.call(QStringLiteral("therapist:status"),
                                { { QStringLiteral("status"), QStringLiteral("on_break") } });
    QVERIFY2(ack.value(QLatin1String("ok")).toBool(), qPrintable(QJsonDocument(ack).toJson()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return statusOf(mon.last(QStringLiteral("monitor_updated")), 3) ==
                QLatin1String("on_break");
        },
        5000));
    // Every therapist's screen follows the turn order.
    QVERIFY(budi.waitCount(QStringLiteral("therapist_queue_updated"), budiBefore + 1));
    // Not somebody else's.
    ack = anna.call(QStringLiteral("therapist:status"),
                    { { QStringLiteral("therapist_id"), 4 },
                      { QStringLiteral("status"), QStringLiteral("off") } });
    QCOMPARE(errorCode(ack), QStringLiteral("forbidden"));
    ack = anna.call(QStringLiteral("therapist:status"),
                    { { QStringLiteral("status"), QStringLiteral("available") } });
    QVERIFY(ack.value(QLatin1String("ok")).toBool());

    // A visit assigned to Budi: Anna may not start it, Budi may.
    const qint64 id = idOf(checkInDirect(d, QStringLiteral("Budi Customer")));
    QVERIFY(d.visits().assign(id, { { QStringLiteral("therapist_id"), 4 } }, kDesk).isOk());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return hasVisit(budi.last(QStringLiteral("therapist_queue_updated"))
                                .value(QLatin1String("queue"))
                                .toArray(),
                            id);
        },
        5000));
    QVERIFY(!hasVisit(anna.last(QStringLiteral("therapist_queue_updated"))
                          .value(QLatin1String("queue"))
                          .toArray(),
                      id));
    ack = anna.call(QStringLiteral("visit:start"), { { QStringLiteral("visit_id"), id } });
    QCOMPARE(errorCode(ack), QStringLiteral("forbidden"));
    ack = budi.call(QStringLiteral("visit:start"), { { QStringLiteral("visit_id"), id } });
    QCOMPARE(ack.value(QLatin1String("visit")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("in_service"));
    ack = budi.call(QStringLiteral("visit:complete"), { { QStringLiteral("visit_id"), id } });
    QCOMPARE(ack.value(QLatin1String("visit")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("awaiting_payment"));
    // Therapists take no money.
    ack = budi.call(QStringLiteral("visit:pay"),
                    { { QStringLiteral("visit_id"), id },
                      { QStringLiteral("method"), QStringLiteral("cash") },
                      { QStringLiteral("amount"), 1 },
                      { QStringLiteral("idempotency_key"), QStringLiteral("therapist-pays") } });
    QCOMPARE(errorCode(ack), QStringLiteral("forbidden"));
    // Budi's day so far shows on his screen.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return budi.last(QStringLiteral("therapist_queue_updated"))
                       .value(QLatin1String("today"))
                       .toObject()
                       .value(QLatin1String("served"))
                       .toInt() >= 1;
        },
        5000));
}

void TstHub::commandErrorsComeBackInTheAck()
{
    SioClient desk;
    QVERIFY(desk.start(m_srv->port(), auth(m_cashier)));
    const qint64 seqBefore = m_srv->app->domain().views().journal().lastSeq();

    // A domain error: starting a visit that does not exist.
    QJsonObject ack =
        desk.call(QStringLiteral("visit:start"), { { QStringLiteral("visit_id"), 999999 } });
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(errorCode(ack), QStringLiteral("not_found"));
    QVERIFY(!errorOf(ack).value(QLatin1String("message")).toString().isEmpty());

    // A missing id.
    ack = desk.call(QStringLiteral("visit:call"), {});
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(errorCode(ack), QStringLiteral("validation_failed"));

    // A state-machine error.
    const qint64 id = idOf(checkInDirect(m_srv->app->domain(), QStringLiteral("Err Case")));
    ack = desk.call(QStringLiteral("visit:complete"), { { QStringLiteral("visit_id"), id } });
    QCOMPARE(errorCode(ack), QStringLiteral("illegal_state"));

    // The argument must be one object.
    desk.sendText(QStringLiteral("4277[\"visit:call\",5]"));
    ack = desk.waitAck(77);
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(errorCode(ack), QStringLiteral("validation_failed"));
    desk.sendText(QStringLiteral("4278[\"visit:call\",{\"visit_id\":1},{\"x\":1}]"));
    QCOMPARE(errorCode(desk.waitAck(78)), QStringLiteral("validation_failed"));

    QCOMPARE(m_srv->app->domain().views().journal().lastSeq(),
             seqBefore + 1); // only the direct check-in
    QVERIFY(!desk.closed);
}

void TstHub::readOnlyRolesAreForbidden_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("command");
    QTest::newRow("monitor checkin") << "monitor"
                                     << "visit:checkin";
    QTest::newRow("monitor pay") << "monitor"
                                 << "visit:pay";
    QTest::newRow("customer pay") << "customer"
                                  << "visit:pay";
    QTest::newRow("customer cancel") << "customer"
                                     << "visit:cancel";
    QTest::newRow("customer checkin") << "customer"
                                      << "visit:checkin";
    QTest::newRow("therapist pay") << "therapist"
                                   << "visit:pay";
    QTest::newRow("cashier void (admin only)") << "cashier"
                                               << "payment:void";
}

void TstHub::readOnlyRolesAreForbidden()
{
    QFETCH(QString, who);
    QFETCH(QString, command);
    SpaDomain &d = m_srv->app->domain();
    const QJsonObject visit = checkInDirect(d, QStringLiteral("Forbidden Case"));
    const qint64 id = idOf(visit);
    QString token = who == QLatin1String("monitor") ? m_kiosk
        : who == QLatin1String("therapist")         ? m_anna
        : who == QLatin1String("cashier")           ? m_cashier
                                                    : visit.value(QLatin1String("code")).toString();
    SioClient c;
    QVERIFY(c.start(m_srv->port(), auth(token)));
    const qint64 seqBefore = d.views().journal().lastSeq();
    const QJsonObject ack =
        c.call(command,
               { { QStringLiteral("visit_id"), id },
                 { QStringLiteral("payment_id"), 1 },
                 { QStringLiteral("customer_name"), QStringLiteral("Sneaky") },
                 { QStringLiteral("service_ids"), QJsonArray { 1 } },
                 { QStringLiteral("reason"), QStringLiteral("because") },
                 { QStringLiteral("method"), QStringLiteral("cash") },
                 { QStringLiteral("amount"), 1 },
                 { QStringLiteral("idempotency_key"), QStringLiteral("forbidden-key-1") } });
    QVERIFY2(ack.contains(QLatin1String("ok")), "no ack");
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(errorCode(ack), QStringLiteral("forbidden"));
    QCOMPARE(d.views().journal().lastSeq(), seqBefore); // nothing changed
    QVERIFY(!c.closed); // a refused command does not end the connection
}

void TstHub::unknownCommand()
{
    SioClient desk;
    QVERIFY(desk.start(m_srv->port(), auth(m_cashier)));
    QJsonObject ack =
        desk.call(QStringLiteral("visit:teleport"), { { QStringLiteral("visit_id"), 1 } });
    QCOMPARE(ack.value(QLatin1String("ok")).toBool(true), false);
    QCOMPARE(errorCode(ack), QStringLiteral("unknown_command"));
    // Names of server -> client events are not commands either.
    ack = desk.call(QStringLiteral("monitor_updated"), {});
    QCOMPARE(errorCode(ack), QStringLiteral("unknown_command"));
    QVERIFY(!desk.closed);
    // The connection still works.
    ack = desk.call(QStringLiteral("visit:start"), { { QStringLiteral("visit_id"), 999998 } });
    QCOMPARE(errorCode(ack), QStringLiteral("not_found"));
}

void TstHub::missingAckIdGivesErrorEvent()
{
    SioClient desk;
    QVERIFY(desk.start(m_srv->port(), auth(m_cashier)));
    const qint64 seqBefore = m_srv->app->domain().views().journal().lastSeq();
    desk.sendText(
        QStringLiteral("42[\"visit:checkin\",{\"customer_name\":\"No Ack\",\"service_ids\":[1]}]"));
    QVERIFY(desk.waitCount(QStringLiteral("error"), 1));
    const QJsonObject e = desk.last(QStringLiteral("error"));
    QCOMPARE(e.value(QLatin1String("ok")).toBool(true), false);
    QVERIFY(!errorCode(e).isEmpty());
    QVERIFY(!errorOf(e).value(QLatin1String("message")).toString().isEmpty());
    settle();
    // The command did not run without its ack.
    QCOMPARE(m_srv->app->domain().views().journal().lastSeq(), seqBefore);
    QVERIFY(desk.acks.isEmpty());
    // An unknown command without an ack is also answered with an error event.
    desk.sendText(QStringLiteral("42[\"nope:nope\"]"));
    QVERIFY(desk.waitCount(QStringLiteral("error"), 2));
    QCOMPARE(errorCode(desk.last(QStringLiteral("error"))), QStringLiteral("unknown_command"));
    QVERIFY(!desk.closed);
}

void TstHub::connectErrors_data()
{
    QTest::addColumn<QString>("connectFrame");
    QTest::newRow("bad token") << "40{\"token\":\"not-a-real-token\"}";
    QTest::newRow("empty token") << "40{\"token\":\"\"}";
    QTest::newRow("no auth") << "40";
    QTest::newRow("empty auth") << "40{}";
    QTest::newRow("token not a string") << "40{\"token\":12345}";
    QTest::newRow("negative offset") << "40{\"token\":\"@KIOSK@\",\"offset\":-1}";
    QTest::newRow("offset not a number") << "40{\"token\":\"@KIOSK@\",\"offset\":\"7\"}";
    QTest::newRow("fractional offset") << "40{\"token\":\"@KIOSK@\",\"offset\":1.5}";
}

void TstHub::connectErrors()
{
    QFETCH(QString, connectFrame);
    connectFrame.replace(QLatin1String("@KIOSK@"), m_kiosk);
    SioClient c;
    QVERIFY(c.open(m_srv->port()));
    const int before = m_srv->app->hub()->connectionCount();
    c.sendText(connectFrame);
    QVERIFY(c.waitConnectReply());
    QVERIFY(c.gotConnectError);
    QVERIFY(!c.connected);
    QVERIFY(c.frames.last().startsWith(QLatin1String("44{")));
    QVERIFY(c.connectError.value(QLatin1String("message")).isString());
    QVERIFY(!c.connectError.value(QLatin1String("message")).toString().isEmpty());
    settle();
    // Not in any room: no state events.
    QVERIFY(c.events.isEmpty());
    QCOMPARE(m_srv->app->hub()->connectionCount(), before);
    // A command after a refused CONNECT is an event before CONNECT: the server closes the socket.
    c.sendText(QStringLiteral("421[\"visit:checkin\",{}]"));
    QVERIFY(c.waitClosed());
    QVERIFY(c.acks.isEmpty());
}

void TstHub::otherNamespaceIsRefused()
{
    SioClient c;
    QVERIFY(c.open(m_srv->port()));
    c.sendText(QStringLiteral("40/admin,{\"token\":\"%1\"}").arg(m_admin));
    QVERIFY(QTest::qWaitFor([&] { return c.frames.size() >= 2 || c.closed; }, 5000));
    QVERIFY2(c.frames.last().startsWith(QLatin1String("44/admin,{")), qPrintable(c.frames.last()));
    QCOMPARE(c.otherNamespace.size(), 1);
    QVERIFY(!c.connected);
    // The main namespace still connects on the same socket.
    QVERIFY(c.connectSio(auth(m_admin)));
    QVERIFY(c.waitCount(QStringLiteral("cashier_queue_updated"), 1));
}

void TstHub::badFramesCloseOnlyThatSocket_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("connectFirst");
    QTest::addColumn<int>("closeCode");
    const int policy = QWebSocketProtocol::CloseCodePolicyViolated;
    QTest::newRow("hello") << "text:hello" << true << policy;
    QTest::newRow("4garbage") << "text:4garbage" << true << policy;
    QTest::newRow("42[") << "text:42[" << true << policy;
    QTest::newRow("42{} (event not an array)") << "text:42{\"a\":1}" << true << policy;
    QTest::newRow("451-[\"x\"] binary event")
        << "text:451-[\"x\",{\"_placeholder\":true,\"num\":0}]" << true << policy;
    QTest::newRow("empty frame") << "text:" << true << policy;
    QTest::newRow("upgrade packet") << "text:5" << true << policy;
    QTest::newRow("binary frame") << "binary" << true << policy;
    QTest::newRow("event before CONNECT") << "text:421[\"visit:checkin\",{}]" << false << policy;
    QTest::newRow("garbage before CONNECT") << "text:4garbage" << false << policy;
    QTest::newRow("oversized frame")
        << "oversized" << true << int(QWebSocketProtocol::CloseCodeTooMuchData);
    QTest::newRow("oversized message in small frames")
        << "oversized-fragmented" << true << int(QWebSocketProtocol::CloseCodeTooMuchData);
}

void TstHub::badFramesCloseOnlyThatSocket()
{
    QFETCH(QString, kind);
    QFETCH(bool, connectFirst);
    QFETCH(int, closeCode);
    const quint16 port = m_srv->port();
    Hub *hub = m_srv->app->hub();

    SioClient witness;
    QVERIFY(witness.start(port, auth(m_kiosk)));
    QVERIFY(witness.waitCount(QStringLiteral("monitor_updated"), 1));

    SioClient victim;
    QVERIFY(victim.open(port));
    if (connectFirst)
        QVERIFY(victim.connectSio(auth(m_kiosk)));
    const int connectionsBefore = hub->connectionCount();

    const int limit = m_srv->config.hub.maxPayloadBytes;
    if (kind.startsWith(QLatin1String("text:"))) {
        victim.sendText(kind.mid(5));
    } else if (kind == QLatin1String("binary")) {
        victim.ws.sendBinaryMessage(QByteArray("\x04\x01\x02\x03", 4));
    } else if (kind == QLatin1String("oversized")) {
        victim.ws.setOutgoingFrameSize(quint64(limit) * 4);
        victim.sendText(QStringLiteral("42[\"visit:checkin\",\"%1\"]")
                            .arg(QString(limit + 1024, QLatin1Char('x'))));
    } else if (kind == QLatin1String("oversized-fragmented")) {
        victim.ws.setOutgoingFrameSize(quint64(limit) /
                                       4); // every frame under the limit, the message over
        victim.sendText(QStringLiteral("42[\"visit:checkin\",\"%1\"]")
                            .arg(QString(limit + 1024, QLatin1Char('x'))));
    }
    QVERIFY2(victim.waitClosed(), "the server did not close the misbehaving socket");
    QCOMPARE(int(victim.ws.closeCode()), closeCode);
    QVERIFY(victim.acks.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return hub->connectionCount() == connectionsBefore - 1; }, 3000));

    // The other client is unaffected and still gets the next state event.
    const int before = witness.count(QStringLiteral("monitor_updated"));
    checkInDirect(m_srv->app->domain(), QStringLiteral("After Garbage"));
    QVERIFY(witness.waitCount(QStringLiteral("monitor_updated"), before + 1));
    QVERIFY(!witness.closed);
    QCOMPARE(seqOf(witness.last(QStringLiteral("monitor_updated"))),
             m_srv->app->domain().views().journal().lastSeq());
}

void TstHub::disconnectAndClosePackets_data()
{
    QTest::addColumn<QString>("frame");
    QTest::newRow("Socket.IO DISCONNECT") << "41";
    QTest::newRow("Engine.IO close") << "1";
}

void TstHub::disconnectAndClosePackets()
{
    QFETCH(QString, frame);
    Hub *hub = m_srv->app->hub();
    SioClient c;
    QVERIFY(c.start(m_srv->port(), auth(m_cashier)));
    const int before = hub->connectionCount();
    c.sendText(frame);
    QVERIFY(c.waitClosed());
    QCOMPARE(c.ws.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QVERIFY(QTest::qWaitFor([&] { return hub->connectionCount() == before - 1; }, 3000));
}

void TstHub::httpRefusals_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::newRow("EIO=3") << "/socket.io/?EIO=3&transport=websocket"
                           << "unsupported_protocol";
    QTest::newRow("no EIO") << "/socket.io/?transport=websocket"
                            << "unsupported_protocol";
    QTest::newRow("EIO=5") << "/socket.io/?EIO=5&transport=websocket"
                           << "unsupported_protocol";
    QTest::newRow("polling") << "/socket.io/?EIO=4&transport=polling"
                             << "unsupported_transport";
    QTest::newRow("no transport") << "/socket.io/?EIO=4"
                                  << "unsupported_transport";
    QTest::newRow("plain GET, no upgrade") << "/socket.io/?EIO=4&transport=websocket"
                                           << "upgrade_required";
    QTest::newRow("plain GET, no slash") << "/socket.io?EIO=4&transport=websocket"
                                         << "upgrade_required";
}

void TstHub::httpRefusals()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    const HttpResult r = m_srv->get(path);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.json.value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    QVERIFY(r.header("content-type").startsWith("application/json"));
}

void TstHub::websocketUpgradeWithBadUrlIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("EIO=3") << "/socket.io/?EIO=3&transport=websocket";
    QTest::newRow("polling") << "/socket.io/?EIO=4&transport=polling";
    QTest::newRow("no query") << "/socket.io/";
    QTest::newRow("other path") << "/api/visits";
}

// A real WebSocket upgrade to a wrong URL must be refused and must not become a hub connection.
void TstHub::websocketUpgradeWithBadUrlIsRefused()
{
    QFETCH(QString, path);
    Hub *hub = m_srv->app->hub();
    // Clients of earlier tests are gone once their sockets are.
    QVERIFY(QTest::qWaitFor([&] { return hub->connectionCount() == 0; }, 3000));

    // What goes over the wire: one refusal, and no "101 Switching Protocols" after it.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_srv->port());
    QVERIFY(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::ConnectedState; }, 5000));
    QByteArray received;
    QObject::connect(&raw, &QTcpSocket::readyRead, &raw, [&] { received += raw.readAll(); });
    raw.write("GET " + path.toLatin1() +
              " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_srv->port()) +
              "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return received.contains("\r\n\r\n"); }, 5000));
    settle(300);
    QVERIFY2(received.startsWith("HTTP/1.1 4"), received.left(200).constData());
    QVERIFY2(!received.contains("101 Switching Protocols"),
             qPrintable(QStringLiteral("the refused upgrade was then accepted; the client got:\n%1")
                            .arg(QString::fromLatin1(received.left(600)))));
    QVERIFY2(hub->connectionCount() == 0,
             qPrintable(QStringLiteral("the hub holds %1 connection(s) from a refused upgrade")
                            .arg(hub->connectionCount())));
    QCOMPARE(received.count("HTTP/1.1 "), 1); // one response, not a refusal and then something else
    raw.abort();

    // A QWebSocket client sees a failed handshake and never an open packet.
    SioClient c;
    bool handshakeDone = false;
    QObject::connect(&c.ws, &QWebSocket::connected, &c, [&] { handshakeDone = true; });
    c.ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_srv->port()).arg(path)));
    QVERIFY(QTest::qWaitFor(
        [&] { return c.closed || !c.openPacket.isEmpty() || c.socketErrors > 0; }, 5000));
    settle(300);
    QVERIFY2(c.openPacket.isEmpty(), "the hub sent an Engine.IO open packet on a refused URL");
    QVERIFY2(!handshakeDone, "the WebSocket handshake succeeded on a refused URL");
    QCOMPARE(hub->connectionCount(), 0);
}

void TstHub::noViewFromAGroupThatFailsToCommit()
{
    // The hub's flush timer and a command that opens a group of commands can fall in one turn
    // of the event loop (in the server: a socket read, then the timer). A view read then would
    // hold the group's rows before its COMMIT; if the COMMIT fails, screens would keep showing
    // a visit nothing committed. The flush waits for the group instead. (The idle flush is off:
    // the second change must wait for the gap's timer.)
    auto srv = makeServer([](ServerConfig &c) { c.hub.idleFlushGapMs = c.hub.flushGapMs; });
    QVERIFY(srv);
    SpaDomain &d = srv->app->domain();
    SioClient desk;
    QVERIFY(desk.start(srv->port(),
                       auth(srv->login(QStringLiteral("cashier"), QStringLiteral("cashier")))));
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 1));
    settle(200);
    // One change flushed at once; a second within the flush gap waits for the gap's timer.
    QVERIFY(idOf(checkInDirect(d, QStringLiteral("Gap One"))) > 0);
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 2));
    QVERIFY(idOf(checkInDirect(d, QStringLiteral("Gap Two"))) > 0);
    QCoreApplication::processEvents(); // its COMMIT; the hub sets the gap's timer
    // Due before the hub's timer, so both fire in one pass: a group opens, with a check-in and a
    // row whose deferred foreign key refuses the COMMIT.
    bool opened = false;
    QTimer::singleShot(0, &d.pipeline(), [&] {
        opened = idOf(checkInDirect(d, QStringLiteral("Zephyrine Phantom"))) > 0;
        d.database().exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        d.database().exec(QStringLiteral("INSERT INTO visit_services (visit_id, service_id, "
                                         "name, price, duration_min) VALUES (999999, 1, 'x', 1, "
                                         "1)"));
    });
    QThread::msleep(srv->config.hub.flushGapMs + 50); // both timers due, the loop not running
    QTRY_VERIFY(opened);
    settle(srv->config.hub.flushGapMs * 3);
    QVERIFY(!d.pipeline().groupOpen());
    QSqlQuery q = d.database().exec(
        QStringLiteral("SELECT COUNT(*) FROM visits WHERE customer_name = 'Zephyrine Phantom'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // the group did not commit
    for (const QString &frame : std::as_const(desk.frames))
        QVERIFY2(!frame.contains(QLatin1String("Zephyrine")), qPrintable(frame.left(300)));
    // The desk shows what is committed: Gap Two came with the flush after the failed COMMIT.
    QVERIFY(QJsonDocument(desk.last(QStringLiteral("cashier_queue_updated")))
                .toJson()
                .contains("Gap Two"));
}

void TstHub::idleServerSendsWithoutWaitingOutTheGap()
{
    // A second change soon after a first: a busy server would hold it for the flush gap (here
    // 3 s); one with nothing else to do sends it the idle gap after the last send.
    auto srv = makeServer([](ServerConfig &c) {
        c.hub.flushGapMs = 3000;
        c.hub.idleFlushGapMs = 15;
    });
    QVERIFY(srv);
    SpaDomain &d = srv->app->domain();
    SioClient desk;
    QVERIFY(desk.start(srv->port(),
                       auth(srv->login(QStringLiteral("cashier"), QStringLiteral("cashier")))));
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 1));
    QVERIFY(idOf(checkInDirect(d, QStringLiteral("Idle One"))) > 0);
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 2));
    QElapsedTimer since;
    since.start();
    QVERIFY(idOf(checkInDirect(d, QStringLiteral("Idle Two"))) > 0);
    // Waiting as a server does, in an event loop that blocks when there is nothing to do
    // (QTest::qWaitFor only polls, and an idle flush is for a loop about to block).
    QEventLoop loop;
    QTimer check;
    connect(&check, &QTimer::timeout, &loop, [&] {
        if (desk.count(QStringLiteral("cashier_queue_updated")) >= 3 || since.elapsed() > 2000)
            loop.quit();
    });
    check.start(5);
    loop.exec();
    QCOMPARE(desk.count(QStringLiteral("cashier_queue_updated")), 3);
    QVERIFY2(since.elapsed() < 2000, qPrintable(QString::number(since.elapsed())));
    QVERIFY(QJsonDocument(desk.last(QStringLiteral("cashier_queue_updated")))
                .toJson()
                .contains("Idle Two"));
}

void TstHub::coalescesCommitsOfOneTurn()
{
    SpaDomain &d = m_srv->app->domain();
    SioClient desk, mon;
    QVERIFY(desk.start(m_srv->port(), auth(m_cashier)));
    QVERIFY(mon.start(m_srv->port(), auth(m_kiosk)));
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), 1));
    QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
    settle();
    const int deskBefore = desk.count(QStringLiteral("cashier_queue_updated"));
    const int monBefore = mon.count(QStringLiteral("monitor_updated"));

    // Three commits back to back, no event processing in between.
    const qint64 a = idOf(checkInDirect(d, QStringLiteral("Coalesce One")));
    const qint64 b = idOf(checkInDirect(d, QStringLiteral("Coalesce Two")));
    const qint64 c = idOf(checkInDirect(d, QStringLiteral("Coalesce Three")));
    QVERIFY(a > 0 && b > 0 && c > 0);
    const qint64 newest = d.views().journal().lastSeq();

    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), deskBefore + 1));
    QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), monBefore + 1));
    settle(400);
    QCOMPARE(desk.count(QStringLiteral("cashier_queue_updated")), deskBefore + 1);
    QCOMPARE(mon.count(QStringLiteral("monitor_updated")), monBefore + 1);
    const QJsonObject state = desk.last(QStringLiteral("cashier_queue_updated"));
    QCOMPARE(seqOf(state), newest);
    const QJsonArray visits = state.value(QLatin1String("visits")).toArray();
    QVERIFY(hasVisit(visits, a));
    QVERIFY(hasVisit(visits, b));
    QVERIFY(hasVisit(visits, c));
    const QJsonArray waiting =
        mon.last(QStringLiteral("monitor_updated")).value(QLatin1String("waiting")).toArray();
    QVERIFY(hasVisit(waiting, a, "visit_id") && hasVisit(waiting, b, "visit_id") &&
            hasVisit(waiting, c, "visit_id"));

    // The same frame (serialized once) went to every member of the room.
    SioClient desk2;
    QVERIFY(desk2.start(m_srv->port(), auth(m_admin)));
    QVERIFY(desk2.waitCount(QStringLiteral("cashier_queue_updated"), 1));
    settle();
    const int d1 = desk.count(QStringLiteral("cashier_queue_updated"));
    const int d2 = desk2.count(QStringLiteral("cashier_queue_updated"));
    checkInDirect(d, QStringLiteral("Coalesce Four"));
    QVERIFY(desk.waitCount(QStringLiteral("cashier_queue_updated"), d1 + 1));
    QVERIFY(desk2.waitCount(QStringLiteral("cashier_queue_updated"), d2 + 1));
    QCOMPARE(desk.frames.last(), desk2.frames.last());
}

void TstHub::rateLimited()
{
    auto srv = makeServer([](ServerConfig &c) {
        c.hub.commandsPerSecond = 2;
        c.hub.commandBurst = 4;
    });
    QVERIFY(srv);
    const QString token = srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
    SioClient desk;
    QVERIFY(desk.start(srv->port(), auth(token)));
    QList<int> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(desk.emitWithAck(QStringLiteral("visit:start"),
                                    QJsonObject { { QStringLiteral("visit_id"), 999000 + i } }));
    QVERIFY(QTest::qWaitFor([&] { return desk.acks.size() == ids.size(); }, 5000));
    int limited = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const QString code = errorCode(desk.acks.value(ids.at(i)).first().toObject());
        if (i < 4)
            QCOMPARE(code, QStringLiteral("not_found")); // within the burst: the command ran
        if (code == QLatin1String("rate_limited"))
            ++limited;
    }
    QVERIFY2(limited >= 4,
             qPrintable(QStringLiteral("only %1 of 10 commands were rate limited").arg(limited)));
    QVERIFY(!desk.closed);
    // Without an ack id the refusal comes as an error event.
    desk.sendText(QStringLiteral("42[\"visit:start\",{\"visit_id\":1}]"));
    QVERIFY(desk.waitCount(QStringLiteral("error"), 1));
    QCOMPARE(errorCode(desk.last(QStringLiteral("error"))), QStringLiteral("rate_limited"));

    // A fresh connection has its own bucket.
    SioClient other;
    QVERIFY(other.start(srv->port(), auth(token)));
    QCOMPARE(errorCode(other.call(QStringLiteral("visit:start"),
                                  { { QStringLiteral("visit_id"), 999100 } })),
             QStringLiteral("not_found"));

    // After a pause the bucket has refilled.
    QTest::qWait(700);
    QCOMPARE(errorCode(desk.call(QStringLiteral("visit:start"),
                                 { { QStringLiteral("visit_id"), 999200 } })),
             QStringLiteral("not_found"));
}

void TstHub::connectionsPerAddressLimit()
{
    auto srv = makeServer([](ServerConfig &c) { c.hub.maxConnectionsPerAddress = 2; });
    QVERIFY(srv);
    auto a = std::make_unique<SioClient>();
    SioClient b, c;
    QVERIFY(a->open(srv->port()));
    QVERIFY(b.open(srv->port()));
    // The third from the same address is closed without an open packet.
    c.ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(srv->port()).arg(kSocketPath)));
    QVERIFY(c.waitClosed());
    QVERIFY(c.openPacket.isEmpty());
    QCOMPARE(c.ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(srv->app->hub()->connectionCount(), 2);
    // A slot frees up when one leaves.
    a->ws.close();
    QVERIFY(a->waitClosed());
    QVERIFY(QTest::qWaitFor([&] { return srv->app->hub()->connectionCount() == 1; }, 3000));
    SioClient d;
    QVERIFY(d.start(srv->port(), auth(srv->app->demoKioskToken())));
}

void TstHub::pingTimeout_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("timeout");
    QTest::newRow("timeout == interval (200/200)") << 200 << 200;
    QTest::newRow("timeout < interval (200/100)") << 200 << 100;
}

void TstHub::pingTimeout()
{
    QFETCH(int, interval);
    QFETCH(int, timeout);
    auto srv = makeServer([=](ServerConfig &c) {
        c.hub.pingIntervalMs = interval;
        c.hub.pingTimeoutMs = timeout;
    });
    QVERIFY(srv);
    const QString kiosk = srv->app->demoKioskToken();
    SioClient good, silent;
    silent.answerPings = false;
    QVERIFY(good.start(srv->port(), auth(kiosk)));
    QVERIFY(silent.start(srv->port(), auth(kiosk)));
    QCOMPARE(good.openPacket.value(QLatin1String("pingInterval")).toInt(), interval);
    QCOMPARE(good.openPacket.value(QLatin1String("pingTimeout")).toInt(), timeout);

    QElapsedTimer t;
    t.start();
    QVERIFY2(silent.waitClosed(3000), "a client that never answers pings was not closed");
    QVERIFY(silent.pings >= 1);
    QCOMPARE(silent.ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    // The answering client stays through several more ping rounds.
    QTest::qWait(6 * interval);
    QVERIFY2(!good.closed,
             qPrintable(QStringLiteral(
                            "the client that answers every ping was closed (%1, %2) after %3 pings")
                            .arg(good.ws.closeCode())
                            .arg(good.ws.closeReason())
                            .arg(good.pings)));
    QVERIFY(good.pings >= 4);
    QCOMPARE(srv->app->hub()->connectionCount(), 1);
    // And it still gets state events.
    const int before = good.count(QStringLiteral("monitor_updated"));
    checkInDirect(srv->app->domain(), QStringLiteral("Ping Case"));
    QVERIFY(good.waitCount(QStringLiteral("monitor_updated"), before + 1));
}

void TstHub::connectTimeout()
{
    auto srv = makeServer([](ServerConfig &c) {
        c.hub.pingIntervalMs = 150;
        c.hub.pingTimeoutMs = 100;
        c.hub.connectTimeoutMs = 400;
    });
    QVERIFY(srv);
    SioClient idle, connected;
    QVERIFY(idle.open(srv->port())); // answers pings, never sends CONNECT
    QVERIFY(connected.start(srv->port(), auth(srv->app->demoKioskToken())));
    QElapsedTimer t;
    t.start();
    QVERIFY2(idle.waitClosed(3000), "a socket that never sent CONNECT was not closed");
    QVERIFY2(t.elapsed() >= 250,
             qPrintable(QStringLiteral("closed after only %1 ms").arg(t.elapsed())));
    QCOMPARE(idle.ws.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QVERIFY(idle.pings >= 1); // it was answering pings: the connect timeout closed it
    QTest::qWait(500);
    QVERIFY(!connected.closed);
    QCOMPARE(srv->app->hub()->connectionCount(), 1);
}

void TstHub::joinWhileNoticesWait()
{
    // A long flush gap keeps the payment's notice waiting for the monitor room's next flush while
    // a second monitor joins with an offset from before it: that one gets the notice once
    // (replayed), and the first monitor gets it without waiting out the gap.
    auto srv = makeServer([](ServerConfig &c) { c.hub.flushGapMs = 1500; });
    QVERIFY(srv);
    SpaDomain &d = srv->app->domain();
    const QString kiosk = srv->app->demoKioskToken();
    SioClient first;
    QVERIFY(first.start(srv->port(), auth(kiosk)));
    QVERIFY(first.waitCount(QStringLiteral("monitor_updated"), 1));
    const qint64 v = idOf(checkInDirect(d, QStringLiteral("Batch Guest")));
    QVERIFY(first.waitCount(QStringLiteral("monitor_updated"), 2)); // flushed at once: no flush yet
    const qint64 seen = d.views().journal().lastSeq();
    QVERIFY(!payDirect(d, v).isEmpty()); // within the gap: its notice waits

    SioClient second;
    QVERIFY(second.start(srv->port(), auth(kiosk, seen)));
    QVERIFY(second.waitCount(QStringLiteral("monitor_payment_completed"), 1));
    QVERIFY(second.last(QStringLiteral("monitor_payment_completed"))
                .value(QLatin1String("replayed"))
                .toBool());
    QVERIFY(first.waitCount(QStringLiteral("monitor_payment_completed"), 1, 1000));
    settle(2000); // past the gap: the room's flush has run
    QCOMPARE(second.count(QStringLiteral("monitor_payment_completed")), 1);
    QCOMPARE(first.count(QStringLiteral("monitor_payment_completed")), 1);
    QCOMPARE(idOf(first.last(QStringLiteral("monitor_payment_completed")), "visit_id"), v);
}

void TstHub::recoveryReplaysMissedNotifications()
{
    SpaDomain &d = m_srv->app->domain();
    const quint16 port = m_srv->port();
    qint64 seen = -1;
    {
        SioClient mon;
        QVERIFY(mon.start(port, auth(m_kiosk)));
        QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
        seen = mon.maxSeq();
        QVERIFY(seen > 0);
        mon.ws.close();
        QVERIFY(mon.waitClosed());
    }
    // Two payments complete while the monitor is away.
    const qint64 v1 = idOf(checkInDirect(d, QStringLiteral("Replay One")));
    const qint64 v2 = idOf(checkInDirect(d, QStringLiteral("Replay Two")));
    QVERIFY(!payDirect(d, v1).isEmpty());
    QVERIFY(!payDirect(d, v2).isEmpty());
    const qint64 newest = d.views().journal().lastSeq();

    SioClient back;
    QVERIFY(back.start(port, auth(m_kiosk, seen)));
    QVERIFY(back.waitCount(QStringLiteral("monitor_payment_completed"), 2));
    settle(300);
    const QList<SioEvent> replayed = back.named(QStringLiteral("monitor_payment_completed"));
    QCOMPARE(replayed.size(), 2);
    QCOMPARE(idOf(replayed.at(0).obj(), "visit_id"), v1);
    QCOMPARE(idOf(replayed.at(1).obj(), "visit_id"), v2);
    QVERIFY(replayed.at(0).obj().value(QLatin1String("replayed")).toBool());
    QVERIFY(replayed.at(1).obj().value(QLatin1String("replayed")).toBool());
    QVERIFY(seqOf(replayed.at(0).obj()) > seen);
    QVERIFY(seqOf(replayed.at(1).obj()) > seqOf(replayed.at(0).obj()));
    QVERIFY(seqOf(replayed.at(1).obj()) <= newest);
    // The current state comes too, at the newest seq.
    QCOMPARE(back.count(QStringLiteral("monitor_updated")), 1);
    QCOMPARE(seqOf(back.last(QStringLiteral("monitor_updated"))), newest);
    QCOMPARE(back.count(QStringLiteral("monitor_visit_called")), 0); // nothing was called
    // A replayed notification is only replayed: a live client is not sent it again.
    QVERIFY(back.maxSeq() == newest);

    // Reconnecting with the newest seq replays nothing.
    SioClient again;
    QVERIFY(again.start(port, auth(m_kiosk, back.maxSeq())));
    QVERIFY(again.waitCount(QStringLiteral("monitor_updated"), 1));
    settle(300);
    QCOMPARE(again.count(QStringLiteral("monitor_payment_completed")), 0);
    QCOMPARE(again.events.size(), 1);

    // Without an offset there is no replay either.
    SioClient fresh;
    QVERIFY(fresh.start(port, auth(m_kiosk)));
    QVERIFY(fresh.waitCount(QStringLiteral("monitor_updated"), 1));
    settle(200);
    QCOMPARE(fresh.count(QStringLiteral("monitor_payment_completed")), 0);

    // A customer gets only their own visit's notification on replay.
    const QString code2 = d.views().visits().visitJson(v2).value(QLatin1String("code")).toString();
    SioClient cust;
    QVERIFY(cust.start(port, auth(code2, seen)));
    QVERIFY(cust.waitCount(QStringLiteral("customer_payment_completed"), 1));
    settle(200);
    QCOMPARE(cust.count(QStringLiteral("customer_payment_completed")), 1);
    QCOMPARE(idOf(cust.last(QStringLiteral("customer_payment_completed")), "visit_id"), v2);
    QVERIFY(cust.last(QStringLiteral("customer_payment_completed"))
                .value(QLatin1String("replayed"))
                .toBool());
    QCOMPARE(cust.count(QStringLiteral("monitor_payment_completed")), 0);
}

void TstHub::recoveryAcrossRestart()
{
    auto srv = makeServer();
    QVERIFY(srv);
    QString kiosk = srv->app->demoKioskToken();
    SpaDomain *d = &srv->app->domain();
    qint64 seen = -1;
    {
        SioClient mon;
        QVERIFY(mon.start(srv->port(), auth(kiosk)));
        QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
        seen = mon.maxSeq();
        mon.ws.close();
        QVERIFY(mon.waitClosed());
    }
    const qint64 visitId = idOf(checkInDirect(*d, QStringLiteral("Restart Case")));
    const QString code =
        d->views().visits().visitJson(visitId).value(QLatin1String("code")).toString();
    QVERIFY(!payDirect(*d, visitId).isEmpty());
    const qint64 newest = d->views().journal().lastSeq();

    // A client connected across the restart is closed by the stop.
    SioClient live;
    QVERIFY(live.start(srv->port(), auth(kiosk)));
    srv->stop();
    QVERIFY(live.waitClosed());
    QVERIFY(srv->start());
    QCOMPARE(srv->app->demoKioskToken(), kiosk); // same data folder, same device token
    d = &srv->app->domain();
    QCOMPARE(d->views().journal().lastSeq(), newest);

    SioClient back;
    QVERIFY(back.start(srv->port(), auth(kiosk, seen)));
    QVERIFY(back.waitCount(QStringLiteral("monitor_payment_completed"), 1));
    settle(300);
    QCOMPARE(back.count(QStringLiteral("monitor_payment_completed")), 1);
    const QJsonObject note = back.last(QStringLiteral("monitor_payment_completed"));
    QCOMPARE(idOf(note, "visit_id"), visitId);
    QVERIFY(note.value(QLatin1String("replayed")).toBool());
    QVERIFY(seqOf(note) > seen && seqOf(note) <= newest);
    QCOMPARE(seqOf(back.last(QStringLiteral("monitor_updated"))), newest);

    // The customer's page catches up too.
    SioClient cust;
    QVERIFY(cust.start(srv->port(), auth(code, seen)));
    QVERIFY(cust.waitCount(QStringLiteral("customer_payment_completed"), 1));
    QVERIFY(cust.waitCount(QStringLiteral("customer_txn_update"), 1));
    QCOMPARE(cust.last(QStringLiteral("customer_txn_update"))
                 .value(QLatin1String("visit"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("paid"));
    settle(200);
    QCOMPARE(cust.count(QStringLiteral("customer_payment_completed")), 1);

    // Reconnecting again with the newest seq: nothing to replay.
    SioClient again;
    QVERIFY(again.start(srv->port(), auth(kiosk, back.maxSeq())));
    QVERIFY(again.waitCount(QStringLiteral("monitor_updated"), 1));
    settle(300);
    QCOMPARE(again.count(QStringLiteral("monitor_payment_completed")), 0);

    // Past the retention window an old offset replays nothing.
    srv->clock.advanceSecs(qint64(srv->config.hub.retentionHours + 1) * 3600);
    SioClient late;
    QVERIFY(late.start(srv->port(), auth(kiosk, seen)));
    QVERIFY(late.waitCount(QStringLiteral("monitor_updated"), 1));
    settle(200);
    QCOMPARE(late.count(QStringLiteral("monitor_payment_completed")), 0);

    // The restarted hub broadcasts live changes, with seqs continuing after the journal.
    checkInDirect(*d, QStringLiteral("After Restart"));
    QVERIFY(again.waitCount(QStringLiteral("monitor_updated"), 2));
    QVERIFY(seqOf(again.last(QStringLiteral("monitor_updated"))) > newest);
    QCOMPARE(back.count(QStringLiteral("monitor_payment_completed")), 1);
}

void TstHub::healthAndMetricsCountRooms()
{
    TestServer *srv = m_srv.get();
    // Every client of the earlier tests has left.
    QVERIFY(QTest::qWaitFor([&] { return srv->app->hub()->connectionCount() == 0; }, 3000));
    const quint16 port = srv->port();
    SpaDomain &d = srv->app->domain();
    auto rooms = [&] {
        return srv->get(QStringLiteral("/health")).json.value(QLatin1String("rooms")).toObject();
    };
    QJsonObject r = rooms();
    for (const char *k : { "cashier", "monitor", "therapist", "therapists", "customer" }) {
        QVERIFY2(r.contains(QLatin1String(k)), k);
        QCOMPARE(r.value(QLatin1String(k)).toInt(-1), 0);
    }

    const QString cashier = srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
    const QString admin = srv->login(QStringLiteral("admin"), QStringLiteral("admin"));
    const QString anna = srv->loginTherapist(3, QStringLiteral("1111"));
    const QString code1 =
        checkInDirect(d, QStringLiteral("Health One")).value(QLatin1String("code")).toString();
    const QString code2 =
        checkInDirect(d, QStringLiteral("Health Two")).value(QLatin1String("code")).toString();
    SioClient c1, c2, mon, ther, cu1, cu2, opened;
    QVERIFY(c1.start(port, auth(cashier)));
    QVERIFY(c2.start(port, auth(admin)));
    QVERIFY(mon.start(port, auth(srv->app->demoKioskToken())));
    QVERIFY(ther.start(port, auth(anna)));
    QVERIFY(cu1.start(port, auth(code1)));
    QVERIFY(cu2.start(port, auth(code2)));
    QVERIFY(opened.open(port)); // upgraded but no CONNECT yet: a connection in no room

    const HttpResult health = srv->get(QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    r = health.json.value(QLatin1String("rooms")).toObject();
    QCOMPARE(r.value(QLatin1String("cashier")).toInt(), 2);
    QCOMPARE(r.value(QLatin1String("monitor")).toInt(), 1);
    QCOMPARE(r.value(QLatin1String("therapist")).toInt(), 1);
    QCOMPARE(r.value(QLatin1String("therapists")).toInt(), 1);
    QCOMPARE(r.value(QLatin1String("customer")).toInt(), 2);
    QVERIFY2(health.json.value(QLatin1String("connections")).toInt() >= 7,
             qPrintable(QString::number(health.json.value(QLatin1String("connections")).toInt())));

    const HttpResult m = srv->get(QStringLiteral("/metrics"));
    QCOMPARE(m.status, 200);
    QCOMPARE(metric(m.raw, "spa_room_connections{room=\"cashier\"}"), 2.0);
    QCOMPARE(metric(m.raw, "spa_room_connections{room=\"monitor\"}"), 1.0);
    QCOMPARE(metric(m.raw, "spa_room_connections{room=\"therapist\"}"), 1.0);
    QCOMPARE(metric(m.raw, "spa_room_connections{room=\"therapists\"}"), 1.0);
    QCOMPARE(metric(m.raw, "spa_room_connections{room=\"customer\"}"), 2.0);
    QCOMPARE(metric(m.raw, "spa_websocket_connections"), 7.0);
    QVERIFY(m.raw.contains("# TYPE spa_room_connections gauge"));

    // Leaving updates the counts.
    cu1.ws.close();
    mon.ws.close();
    opened.ws.close();
    QVERIFY(cu1.waitClosed() && mon.waitClosed() && opened.waitClosed());
    QVERIFY(QTest::qWaitFor([&] { return srv->app->hub()->connectionCount() == 4; }, 3000));
    r = rooms();
    QCOMPARE(r.value(QLatin1String("customer")).toInt(), 1);
    QCOMPARE(r.value(QLatin1String("monitor")).toInt(), 0);
    QCOMPARE(r.value(QLatin1String("cashier")).toInt(), 2);
    const HttpResult m2 = srv->get(QStringLiteral("/metrics"));
    QCOMPARE(metric(m2.raw, "spa_room_connections{room=\"customer\"}"), 1.0);
    QCOMPARE(metric(m2.raw, "spa_room_connections{room=\"monitor\"}"), 0.0);
    QCOMPARE(metric(m2.raw, "spa_websocket_connections"), 4.0);
}

QTEST_GUILESS_MAIN(TstHub)
#include "tst_hub.moc"
