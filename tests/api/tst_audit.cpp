// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail against a real in-process server: every journal entry names who did it and
// from where (REST and Socket.IO), the entries are chained by hash, and the admin-only
// GET /api/audit filters, pages and refuses as docs/api.md says.

#include "sioclient.h"
#include "store/auditchain.h"
#include "store/database.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

namespace {
constexpr qint64 kAdminId = 1, kCashierId = 2, kAnna = 3;

QJsonArray entriesOf(const HttpResult &r)
{
    return r.json.value(QLatin1String("entries")).toArray();
}
} // namespace

class TstAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void restEntriesNameTheActorAndAddress();
    void socketEntriesNameTheActorAndAddress();
    void adminCommandsNameTheAdmin();
    void entriesAreChained();
    void filtersByDayAndWho();
    void pagesByAfterSeq();
    void refusals_data();
    void refusals();
    void hashingCost();

private:
    qint64 checkIn(const QString &token, const QString &name)
    {
        const HttpResult r = m_srv->post(QStringLiteral("/api/visits"),
                                         { { QStringLiteral("customer_name"), name },
                                           { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                                         token);
        if (r.status != 201)
            qWarning() << "check-in" << r.status << r.raw;
        return idOf(r.json.value(QLatin1String("visit")).toObject());
    }
    // The newest journal row of a type, straight from the table.
    QSqlQuery newest(const QString &type)
    {
        QSqlQuery q = m_srv->app->database().exec(
            QStringLiteral("SELECT seq, actor, actor_role, actor_name, address, hash FROM events "
                           "WHERE type = ? ORDER BY seq DESC LIMIT 1"),
            { type });
        q.next();
        return q;
    }
    HttpResult audit(const QString &query, const QString &token = {})
    {
        return m_srv->get(QStringLiteral("/api/audit") + query, token.isEmpty() ? m_admin : token);
    }

    std::unique_ptr<TestServer> m_srv;
    QString m_admin, m_cashier;
};

void TstAudit::init()
{
    m_srv = std::make_unique<TestServer>();
    m_srv->config.hub.commandsPerSecond = 0; // the cost loop sends thousands
    QVERIFY(m_srv->start());
    m_admin = m_srv->login(QStringLiteral("admin"), QStringLiteral("admin"));
    m_cashier = m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
    QVERIFY(!m_admin.isEmpty() && !m_cashier.isEmpty());
}

void TstAudit::cleanup()
{
    m_srv.reset();
}

void TstAudit::restEntriesNameTheActorAndAddress()
{
    QVERIFY(checkIn(m_cashier, QStringLiteral("Somchai Jaidee")) > 0);
    QSqlQuery q = newest(QStringLiteral("visit.checked_in"));
    QVERIFY(q.isValid());
    QCOMPARE(q.value(1).toString(), QStringLiteral("staff:%1").arg(kCashierId));
    QCOMPARE(q.value(2).toString(), QStringLiteral("cashier"));
    QVERIFY(!q.value(3).toString().isEmpty());
    QCOMPARE(q.value(4).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(q.value(5).toString().size(), 64);

    // The same entry through the endpoint.
    const HttpResult r = audit(QStringLiteral("?who=%1").arg(kCashierId));
    QCOMPARE(r.status, 200);
    const QJsonArray entries = entriesOf(r);
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.first().toObject();
    QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("visit.checked_in"));
    QCOMPARE(e.value(QLatin1String("actor")).toString(), QStringLiteral("staff:2"));
    QCOMPARE(e.value(QLatin1String("actor_role")).toString(), QStringLiteral("cashier"));
    QCOMPARE(e.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(e.value(QLatin1String("time")).toString(), QStringLiteral("2026-03-02T09:00:00.000Z"));
    QVERIFY2(
        e.value(QLatin1String("summary")).toString().contains(QStringLiteral("#001 Somchai J.")),
        qPrintable(e.value(QLatin1String("summary")).toString()));
    QVERIFY(!e.value(QLatin1String("summary")).toString().contains(QStringLiteral("Jaidee")));
}

void TstAudit::socketEntriesNameTheActorAndAddress()
{
    const qint64 visit = checkIn(m_admin, QStringLiteral("Mali"));
    QVERIFY(visit > 0);
    SioClient sock;
    QVERIFY(sock.start(m_srv->port(), { { QStringLiteral("token"), m_cashier } }));
    const QJsonObject ack = sock.call(
        QStringLiteral("visit:assign"),
        { { QStringLiteral("visit_id"), visit }, { QStringLiteral("therapist_id"), kAnna } });
    QVERIFY2(ack.value(QLatin1String("ok")).toBool(), QJsonDocument(ack).toJson());
    QSqlQuery q = newest(QStringLiteral("visit.assigned"));
    QVERIFY(q.isValid());
    QCOMPARE(q.value(1).toString(), QStringLiteral("staff:%1").arg(kCashierId));
    QCOMPARE(q.value(2).toString(), QStringLiteral("cashier"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("127.0.0.1"));

    // A therapist's own status over the socket names the therapist.
    const QString anna = m_srv->loginTherapist(kAnna, QStringLiteral("1111"));
    QVERIFY(!anna.isEmpty());
    SioClient tablet;
    QVERIFY(tablet.start(m_srv->port(), { { QStringLiteral("token"), anna } }));
    const QJsonObject call =
        tablet.call(QStringLiteral("visit:call"), { { QStringLiteral("visit_id"), visit } });
    QVERIFY2(call.value(QLatin1String("ok")).toBool(), QJsonDocument(call).toJson());
    QSqlQuery c = newest(QStringLiteral("visit_called"));
    QCOMPARE(c.value(1).toString(), QStringLiteral("staff:%1").arg(kAnna));
    QCOMPARE(c.value(2).toString(), QStringLiteral("therapist"));
    QCOMPARE(c.value(4).toString(), QStringLiteral("127.0.0.1"));
}

void TstAudit::adminCommandsNameTheAdmin()
{
    const HttpResult s = m_srv->post(QStringLiteral("/api/services"),
                                     { { QStringLiteral("name"), QStringLiteral("Hot Stone") },
                                       { QStringLiteral("duration_min"), 90 },
                                       { QStringLiteral("price"), 80000 } },
                                     m_admin);
    QCOMPARE(s.status, 201);
    QCOMPARE(newest(QStringLiteral("service.created")).value(1).toString(),
             QStringLiteral("staff:%1").arg(kAdminId));
    const HttpResult d =
        m_srv->post(QStringLiteral("/api/devices"),
                    { { QStringLiteral("name"), QStringLiteral("Hall TV") } }, m_admin);
    QCOMPARE(d.status, 201);
    const qint64 device = idOf(d.json.value(QLatin1String("device")).toObject());
    QCOMPARE(
        m_srv->request("DELETE", QStringLiteral("/api/devices/%1").arg(device), {}, m_admin).status,
        200);
    QSqlQuery q = newest(QStringLiteral("device.revoked"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("staff:%1").arg(kAdminId));
    QCOMPARE(q.value(2).toString(), QStringLiteral("admin"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_srv
                 ->put(QStringLiteral("/api/staff/%1").arg(kAnna),
                       { { QStringLiteral("display_name"), QStringLiteral("Anna K") } }, m_admin)
                 .status,
             200);
    QCOMPARE(newest(QStringLiteral("staff.updated")).value(1).toString(),
             QStringLiteral("staff:%1").arg(kAdminId));

    // The demo venue was made by the server itself, with no address.
    const HttpResult sys = audit(QStringLiteral("?who=system"));
    QCOMPARE(sys.status, 200);
    QVERIFY(!entriesOf(sys).isEmpty());
    for (const QJsonValue &v : entriesOf(sys)) {
        QCOMPARE(v[QLatin1String("actor")].toString(), QStringLiteral("system"));
        QCOMPARE(v[QLatin1String("address")].toString(), QString());
    }
}

void TstAudit::entriesAreChained()
{
    QVERIFY(checkIn(m_cashier, QStringLiteral("A")) > 0);
    QVERIFY(checkIn(m_cashier, QStringLiteral("B")) > 0);
    AuditChain::Verdict v = AuditChain::verify(m_srv->app->database().handle());
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.notChained, 0);
    QVERIFY(v.verified >= 3);
    // Each hash is over the previous one: recompute the newest by hand.
    QSqlQuery q = m_srv->app->database().exec(
        QStringLiteral("SELECT seq, created_at, type, rooms, notify, payload, actor, actor_role, "
                       "actor_name, address, hash "
                       "FROM events ORDER BY seq DESC LIMIT 2"));
    QVERIFY(q.next());
    AuditChain::Row r { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toString(),
                        q.value(6).toString(),   q.value(7).toString(), q.value(8).toString(),
                        q.value(9).toString() };
    const QString stored = q.value(10).toString();
    QVERIFY(q.next());
    QCOMPARE(AuditChain::hash(q.value(10).toString(), r), stored);
    const QByteArray seqText = QByteArray::number(r.seq);
    QVERIFY(AuditChain::canonical(r).startsWith(
        QByteArray(QByteArray::number(seqText.size()) + ':' + seqText + ',')));
    // A changed row is found, and named.
    m_srv->app->database().exec(QStringLiteral("UPDATE events SET payload = '{}' WHERE seq = ?"),
                                { r.seq - 1 });
    v = AuditChain::verify(m_srv->app->database().handle());
    QVERIFY(!v.ok);
    QCOMPARE(v.brokenSeq, r.seq - 1);
}

void TstAudit::filtersByDayAndWho()
{
    QVERIFY(checkIn(m_cashier, QStringLiteral("Day one")) > 0);
    m_srv->clock.advanceSecs(24 * 3600);
    m_admin =
        m_srv->login(QStringLiteral("admin"), QStringLiteral("admin")); // a day later: new tokens
    m_cashier = m_srv->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
    QVERIFY(checkIn(m_admin, QStringLiteral("Day two")) > 0);
    QVERIFY(checkIn(m_cashier, QStringLiteral("Day two B")) > 0);

    const HttpResult day1 = audit(QStringLiteral("?from=2026-03-02&to=2026-03-02&who=2"));
    QCOMPARE(day1.status, 200);
    QCOMPARE(entriesOf(day1).size(), 1);
    const HttpResult day2 = audit(QStringLiteral("?from=2026-03-03&to=2026-03-03"));
    QCOMPARE(day2.status, 200);
    QCOMPARE(entriesOf(day2).size(), 2);
    for (const QJsonValue &e : entriesOf(day2))
        QVERIFY(e[QLatin1String("time")].toString().startsWith(QStringLiteral("2026-03-03")));
    // Defaults: today, everyone.
    QCOMPARE(entriesOf(audit(QString())).size(), 2);
    const HttpResult both = audit(QStringLiteral("?from=2026-03-02&to=2026-03-03&who=2"));
    QCOMPARE(entriesOf(both).size(), 2);
    const HttpResult admin = audit(QStringLiteral("?from=2026-03-02&to=2026-03-03&who=1"));
    QCOMPARE(entriesOf(admin).size(), 1);
    QCOMPARE(entriesOf(admin).first()[QLatin1String("actor_role")].toString(),
             QStringLiteral("admin"));
    QCOMPARE(entriesOf(audit(QStringLiteral("?from=2026-03-02&to=2026-03-03&who=device:1"))).size(),
             0);
    QCOMPARE(entriesOf(audit(QStringLiteral("?from=2026-03-04&to=2026-03-09"))).size(), 0);

    // Days follow the venue's zone: 2026-03-03 00:30 in Bangkok is 2026-03-02T17:30Z.
    m_srv->app->domain().venue().setSetting(QStringLiteral("timezone"),
                                            QStringLiteral("Asia/Bangkok"));
    const HttpResult bkk = audit(QStringLiteral("?from=2026-03-02&to=2026-03-02"));
    QCOMPARE(bkk.json.value(QLatin1String("timezone")).toString(), QStringLiteral("Asia/Bangkok"));
    for (const QJsonValue &e : entriesOf(bkk))
        QVERIFY(e[QLatin1String("time")].toString() < QStringLiteral("2026-03-02T17:00:00.000Z"));
}

void TstAudit::pagesByAfterSeq()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(checkIn(m_cashier, QStringLiteral("Guest %1").arg(i)) > 0);
    const HttpResult first = audit(QStringLiteral("?limit=500"));
    const QJsonArray all = entriesOf(first);
    QVERIFY2(all.size() >= 6, first.raw);
    QJsonArray paged;
    QString after = QStringLiteral("0");
    int pages = 0;
    for (;;) {
        const HttpResult r = audit(QStringLiteral("?limit=2&after_seq=") + after);
        QCOMPARE(r.status, 200);
        QVERIFY(entriesOf(r).size() <= 2);
        for (const QJsonValue &e : entriesOf(r))
            paged.append(e);
        ++pages;
        const QJsonValue next = r.json.value(QLatin1String("next_after_seq"));
        if (next.isNull())
            break;
        QCOMPARE(qint64(next.toDouble()), entriesOf(r).last()[QLatin1String("seq")].toInteger());
        after = QString::number(qint64(next.toDouble()));
    }
    QCOMPARE(paged, all);
    QCOMPARE(pages, (all.size() + 1) / 2); // no empty last page
    // Ascending seq.
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all[i][QLatin1String("seq")].toInteger() >
                all[i - 1][QLatin1String("seq")].toInteger());
}

void TstAudit::refusals_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << "none"
                              << "" << 401;
    QTest::newRow("cashier") << "cashier"
                             << "" << 403;
    QTest::newRow("therapist") << "therapist"
                               << "" << 403;
    QTest::newRow("from garbage") << "admin"
                                  << "?from=2026-03-02xyz" << 422;
    QTest::newRow("from not a date") << "admin"
                                     << "?from=yesterday" << 422;
    QTest::newRow("to before from") << "admin"
                                    << "?from=2026-03-03&to=2026-03-02" << 422;
    QTest::newRow("to invalid day") << "admin"
                                    << "?to=2026-02-30" << 422;
    QTest::newRow("who name") << "admin"
                              << "?who=admin" << 422;
    QTest::newRow("who +1") << "admin"
                            << "?who=%2B1" << 422;
    QTest::newRow("who device:") << "admin"
                                 << "?who=device:" << 422;
    QTest::newRow("limit 0") << "admin"
                             << "?limit=0" << 422;
    QTest::newRow("limit 501") << "admin"
                               << "?limit=501" << 422;
    QTest::newRow("after_seq negative") << "admin"
                                        << "?after_seq=-1" << 422;
    QTest::newRow("ok") << "admin"
                        << "?from=2026-03-01&to=2026-03-02&who=device:1&limit=500&after_seq=0"
                        << 200;
}

void TstAudit::refusals()
{
    QFETCH(QString, who);
    QFETCH(QString, query);
    QFETCH(int, status);
    QString token;
    if (who == QLatin1String("admin"))
        token = m_admin;
    else if (who == QLatin1String("cashier"))
        token = m_cashier;
    else if (who == QLatin1String("therapist"))
        token = m_srv->loginTherapist(kAnna, QStringLiteral("1111"));
    const HttpResult r = m_srv->get(QStringLiteral("/api/audit") + query, token);
    QVERIFY2(r.status == status, r.raw);
}

// journal() hashes now: a rough figure for the hot path. 2,000 payments (each visit checked in,
// assigned, started and completed first) on the real store, then the hashing work alone.
// Opt-in (SPA_AUDIT_COST=1): it takes a while with synchronous=FULL commits.
void TstAudit::hashingCost()
{
    if (qEnvironmentVariable("SPA_AUDIT_COST") != QLatin1String("1"))
        QSKIP("set SPA_AUDIT_COST=1 to measure");
    SpaDomain &d = m_srv->app->domain();
    Principal cashier;
    cashier.role = Principal::Role::Cashier;
    cashier.staffId = kCashierId;
    cashier.name = QStringLiteral("Cashier");
    cashier.address = QStringLiteral("192.0.2.7");
    const int n = 2000;
    qint64 payNs = 0;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < n; ++i) {
        const Reply in = d.visits().checkIn(
            { { QStringLiteral("customer_name"), QStringLiteral("Guest %1").arg(i) },
              { QStringLiteral("service_ids"), QJsonArray { 5 } } },
            cashier);
        QVERIFY(in.isOk());
        const qint64 id = idOf(in.body().value(QLatin1String("visit")).toObject());
        QVERIFY(d.visits()
                    .assign(id, { { QStringLiteral("therapist_id"), kAnna + i % 4 } }, cashier)
                    .isOk());
        QVERIFY(d.visits().start(id, cashier).isOk());
        QVERIFY(d.visits().complete(id, cashier).isOk());
        QElapsedTimer t;
        t.start();
        const Reply p = d.till().pay(id,
                                     { { QStringLiteral("method"), QStringLiteral("card") },
                                       { QStringLiteral("amount"), 25000 },
                                       { QStringLiteral("idempotency_key"),
                                         QUuid::createUuid().toString(QUuid::WithoutBraces) } },
                                     cashier);
        payNs += t.nsecsElapsed();
        QVERIFY2(p.isOk(), qPrintable(QJsonDocument(p.body()).toJson()));
    }
    const qint64 allMs = all.elapsed();
    // The hashing alone: SHA-256 over every row's canonical form, as verify does.
    Database &db = m_srv->app->database();
    QSqlQuery rows = db.exec(
        QStringLiteral("SELECT seq, created_at, type, rooms, notify, payload, actor, actor_role, "
                       "actor_name, address, hash FROM events ORDER BY seq"));
    QVector<AuditChain::Row> chain;
    QVector<QString> hashes;
    qint64 bytes = 0;
    while (rows.next()) {
        chain.append({ rows.value(0).toLongLong(), rows.value(1).toString(),
                       rows.value(2).toString(), rows.value(3).toString(), rows.value(4).toInt(),
                       rows.value(5).toString(), rows.value(6).toString(), rows.value(7).toString(),
                       rows.value(8).toString(), rows.value(9).toString() });
        hashes.append(rows.value(10).toString());
        bytes += AuditChain::canonical(chain.last()).size();
    }
    QElapsedTimer h;
    h.start();
    QString prev;
    for (const AuditChain::Row &r : chain)
        prev = AuditChain::hash(prev, r);
    const qint64 hashNs = h.nsecsElapsed();
    // The two extra statements per row (read the previous hash, store this one), in one
    // transaction so no commit is counted: the commit is the command's anyway.
    QElapsedTimer s;
    s.start();
    db.transaction([&] {
        for (int i = 0; i < chain.size(); ++i) {
            QSqlQuery q =
                db.exec(QStringLiteral("SELECT hash FROM events ORDER BY seq DESC LIMIT 1"));
            q.next();
            db.exec(QStringLiteral("UPDATE events SET hash = ? WHERE seq = ?"),
                    { hashes[i], chain[i].seq });
        }
        return false; // roll back: nothing changes
    });
    const qint64 stmtNs = s.nsecsElapsed();
    qInfo().noquote()
        << QStringLiteral("audit cost: %1 commands (%2 payments) in %3 ms; pay() %4 us each; "
                          "%5 journal rows, %6 bytes canonical (avg %7); SHA-256 chain %8 us/row; "
                          "SELECT prev + UPDATE hash %9 us/row")
               .arg(5 * n)
               .arg(n)
               .arg(allMs)
               .arg(payNs / n / 1000.0, 0, 'f', 1)
               .arg(chain.size())
               .arg(bytes)
               .arg(bytes / qMax<qsizetype>(1, chain.size()))
               .arg(hashNs / double(chain.size()) / 1000.0, 0, 'f', 2)
               .arg(stmtNs / double(chain.size()) / 1000.0, 0, 'f', 2);
    const AuditChain::Verdict v = AuditChain::verify(db.handle());
    QVERIFY2(v.ok, qPrintable(v.problem));
}

QTEST_MAIN(TstAudit)
#include "tst_audit.moc"
