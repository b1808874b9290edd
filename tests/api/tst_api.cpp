// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST API against a real spa-server (ServerApp on an ephemeral loopback port, temporary
// SQLite file, demo venue, manual clock): every endpoint's success, every row of the bad-input
// table in docs/api.md (status, error code, and that nothing changed), a whole visit by REST,
// idempotent payments, the login limiter, the body limit, roles, voids and the day close.

#include "apiexpect.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {
using ApiExpect::at;
using ApiExpect::describe;
using ApiExpect::num;
using ApiExpect::str;

// Demo venue ids (see server/app/demodata.cpp).
constexpr qint64 kAdmin = 1, kCashier = 2, kAnna = 3, kBudi = 4, kChai = 5, kDewi = 6;
constexpr qint64 kThai = 1, kFoot = 3, kHead = 5; // 45000/60 min, 35000/45 min, 25000/30 min

const QDateTime kMorning(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Newest journal sequence number, read from /metrics: any committed change moves it.
qint64 journalSeq(HttpClient &c)
{
    const QByteArray text = c.get(QStringLiteral("/metrics")).raw;
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith("spa_journal_seq "))
            return line.mid(16).trimmed().toLongLong();
    return -1;
}

QString login(HttpClient &c, const QString &user)
{
    return c.login(user, user);
}

// A JSON object of exactly `size` bytes whose customer_name is padded with x.
QByteArray bodyOfSize(int size)
{
    const QByteArray head = "{\"customer_name\":\"", tail = "\",\"service_ids\":[1]}";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

// Small drivers for setting the scene; they warn and return 0/false when the server says no.
qint64 checkIn(HttpClient &c, const QString &token, const QString &name, const QJsonArray &services,
               qint64 therapist = 0)
{
    QJsonObject body { { "customer_name", name }, { "service_ids", services } };
    if (therapist)
        body.insert("therapist_id", therapist);
    const HttpResult r = c.post("/api/visits", body, token);
    if (r.status != 201) {
        qWarning() << "check-in failed" << r.status << r.raw;
        return 0;
    }
    return num(r.json, "visit.id");
}

bool act(HttpClient &c, const QString &token, qint64 visit, const char *action,
         const QJsonObject &body = {})
{
    const HttpResult r = c.post(
        QStringLiteral("/api/visits/%1/%2").arg(visit).arg(QLatin1String(action)), body, token);
    if (r.status != 200)
        qWarning() << action << "failed" << r.status << r.raw;
    return r.status == 200;
}

// Pays and returns the payment id (0 on failure).
qint64 pay(HttpClient &c, const QString &token, qint64 visit, const QString &method, qint64 amount,
           const QString &key, qint64 tip = 0, qint64 tendered = -1)
{
    QJsonObject body { { "method", method }, { "amount", amount }, { "idempotency_key", key } };
    if (tip)
        body.insert("tip", tip);
    if (tendered >= 0)
        body.insert("tendered", tendered);
    const HttpResult r = c.post(QStringLiteral("/api/visits/%1/payments").arg(visit), body, token);
    if (r.status != 201) {
        qWarning() << "payment failed" << r.status << r.raw;
        return 0;
    }
    return num(r.json, "payment.id");
}

// Checks in, (assigns,) starts and completes: the visit ends awaiting_payment.
qint64 servedVisit(HttpClient &c, const QString &token, const QString &name,
                   const QJsonArray &services, qint64 therapist)
{
    const qint64 id = checkIn(c, token, name, services, therapist);
    if (!id || !act(c, token, id, "start") || !act(c, token, id, "complete"))
        return 0;
    return id;
}

} // namespace

class TstApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void health();
    void metrics();
    void loginAndLogout();
    void tokenExpiry();
    void servicesCrud();
    void staffCrud();
    void devices();
    void therapistsAndStatus();
    void checkInListAndGet();
    void callCancelNoShow();
    void wholeVisitByRest();
    void idempotency();
    void voidByAdmin();
    void dayClose();
    void loginRateLimit();
    void bodyLimit();
    void declaredOversizeBodyIsRefusedEarly();
    void roleChecks();
    void therapistOwnStatusAndVisits();
    void cancelledAssignmentKeepsTurn();
    void corsAndOrigins();
    void discounts();
    void settingsAndRoster();
    void paymentsOfADay();
    void requestHeadLimits();
    void badInput_data();
    void badInput();
    void cleanup();

private:
    std::unique_ptr<TestServer> startServer(const QDateTime &start = kMorning);
    QByteArray fixtureSnapshot();

    QTemporaryDir m_template; // spa.db and demo-kiosk.token as `--demo` leaves them

    // The bad-input fixture: one server holding a visit in every state, a closed day, a void.
    std::unique_ptr<TestServer> m_fx;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_vars;
    QByteArray m_baseline;
};

// A fresh server over its own copy of a database the demo seeding has already filled, so each
// test does not pay for hashing the demo PINs and passwords again (seeding finds them present).
std::unique_ptr<TestServer> TstApi::startServer(const QDateTime &start)
{
    auto s = std::make_unique<TestServer>(true, start);
    // The bad-input table sends hundreds of commands under a few tokens at once; the rate limit
    // has its own test (tst_commandlimits).
    s->config.hub.commandsPerSecond = 0;
    for (const QString &name : { QStringLiteral("spa.db"), QStringLiteral("demo-kiosk.token") }) {
        if (!QFile::copy(m_template.filePath(name), s->dir.filePath(name))) {
            qWarning() << "cannot copy the seeded template" << name;
            return nullptr;
        }
    }
    if (!s->start())
        return nullptr;
    return s;
}

// Everything a refused request could have touched, as the admin sees it.
QByteArray TstApi::fixtureSnapshot()
{
    TestServer &s = *m_fx;
    const QString admin = m_tokens.value("admin");
    QByteArray out = "seq=" + QByteArray::number(journalSeq(s)) + '\n';
    const QStringList paths {
        "/api/visits?date=2026-03-02",
        "/api/visits?date=2026-03-01",
        "/api/reports/daily?date=2026-03-02",
        "/api/reports/daily?date=2026-03-01",
        "/api/therapists",
        "/api/staff",
        "/api/services",
        "/api/devices",
        "/api/visits/" + m_vars.value("awaiting"),
        "/api/visits/" + m_vars.value("paid"),
    };
    for (const QString &p : paths) {
        const HttpResult r = s.get(p, admin);
        out += p.toUtf8() + ' ' + QByteArray::number(r.status) + ' ' + r.raw + '\n';
    }
    return out;
}

void TstApi::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("spa.*.info=false"));
    {
        TestServer seeded(true, kMorning);
        QVERIFY(seeded.start());
        seeded.stop(); // closes the database: no WAL left beside it
        for (const QString &name : { QStringLiteral("spa.db"), QStringLiteral("demo-kiosk.token") })
            QVERIFY(QFile::copy(seeded.dir.filePath(name), m_template.filePath(name)));
        QVERIFY(!QFile::exists(seeded.dir.filePath("spa.db-wal")) ||
                QFileInfo(seeded.dir.filePath("spa.db-wal")).size() == 0);
    }
    // Day 0 (2026-03-01): one paid visit, then the day is closed.
    m_fx = startServer(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(m_fx);
    TestServer &s = *m_fx;
    QString admin = login(s, "admin"), cashier = login(s, "cashier");
    QVERIFY(!admin.isEmpty() && !cashier.isEmpty());
    const qint64 x0 = servedVisit(s, cashier, "Day Zero", { kHead }, kAnna);
    QVERIFY(x0);
    const qint64 p0 = pay(s, cashier, x0, "cash", 25000, "fx-d0-0001");
    QVERIFY(p0);
    QCOMPARE(s.post("/api/days/2026-03-01/close", {}, admin).status, 201);

    // Day 1 (2026-03-02, "today"): the tokens of day 0 have expired by now.
    s.clock.set(kMorning);
    admin = login(s, "admin");
    cashier = login(s, "cashier");
    const QString anna = s.loginTherapist(kAnna, "1111"), budi = s.loginTherapist(kBudi, "2222");
    QVERIFY(!admin.isEmpty() && !cashier.isEmpty() && !anna.isEmpty() && !budi.isEmpty());
    EXPECT(device, s.post("/api/devices", { { "name", "Fixture TV" } }, admin), 201);
    const QString loggedOut = login(s, "cashier");
    QCOMPARE(s.post("/api/logout", {}, loggedOut).status, 200);
    m_tokens = { { "none", QString() },
                 { "bad", "not-a-real-token-at-all" },
                 { "admin", admin },
                 { "cashier", cashier },
                 { "anna", anna },
                 { "budi", budi },
                 { "monitor", str(device.json, "token") },
                 { "loggedout", loggedOut } };

    EXPECT(eka,
           s.post("/api/staff",
                  { { "display_name", "Eka" }, { "role", "therapist" }, { "pin", "5555" } }, admin),
           201);
    QCOMPARE(str(eka.json, "staff.status"), QStringLiteral("off"));
    EXPECT(retired,
           s.post("/api/services",
                  { { "name", "Retired Scrub" }, { "duration_min", 30 }, { "price", 1000 } },
                  admin),
           201);
    const qint64 retiredId = num(retired.json, "service.id");
    QCOMPARE(
        s.request("DELETE", QStringLiteral("/api/services/%1").arg(retiredId), {}, admin).status,
        200);

    // A paid visit, and a visit awaiting payment with a voided payment and a partial payment.
    const qint64 paid = servedVisit(s, cashier, "Paid Guest", { kThai }, kChai);
    QVERIFY(paid);
    const qint64 paidPayment = pay(s, cashier, paid, "card", 45000, "fx-paid-0001");
    QVERIFY(paidPayment);
    const qint64 await = servedVisit(s, cashier, "Await Guest", { kFoot }, kChai);
    QVERIFY(await);
    const qint64 voided = pay(s, cashier, await, "cash", 20000, "fx-void-0001");
    QVERIFY(voided);
    EXPECT(voidAnswer,
           s.post(QStringLiteral("/api/payments/%1/void").arg(voided),
                  { { "reason", "keyed wrong" } }, admin),
           201);
    QVERIFY(pay(s, cashier, await, "card", 10000, "fx-partial-01"));

    // Anna has an assigned visit, Budi is busy with one and has another queued, one customer waits.
    const qint64 assigned = checkIn(s, cashier, "Assigned Guest", { kHead }, kAnna);
    QVERIFY(assigned);
    const qint64 room =
        num(s.get(QStringLiteral("/api/visits/%1").arg(assigned), cashier).json, "visit.room.id");
    QVERIFY(room > 0);
    const qint64 service = checkIn(s, cashier, "Service Guest", { kThai }, kBudi);
    QVERIFY(service && act(s, cashier, service, "start"));
    const qint64 assigned2 = checkIn(s, cashier, "Queued Guest", { kHead }, kBudi);
    QVERIFY(assigned2);
    const qint64 wait = checkIn(s, cashier, "Waiting Guest", { kThai });
    QVERIFY(wait);
    // Chai takes a break: with Anna and Budi occupied, Dewi on break and Eka off, nobody is free.
    QCOMPARE(s.put(QStringLiteral("/api/therapists/%1/status").arg(kChai),
                   { { "status", "on_break" } }, admin)
                 .status,
             200);

    auto n = [](qint64 v) { return QString::number(v); };
    m_vars = { { "waiting", n(wait) },
               { "assigned", n(assigned) },
               { "queued", n(assigned2) },
               { "in_service", n(service) },
               { "awaiting", n(await) },
               { "paid", n(paid) },
               { "payment", n(paidPayment) },
               { "voided", n(voided) },
               { "void_row", n(num(voidAnswer.json, "void.id")) },
               { "closed_payment", n(p0) },
               { "room", n(room) },
               { "off", n(num(eka.json, "staff.id")) },
               { "retired", n(retiredId) },
               { "closed_day", "2026-03-01" },
               { "today", "2026-03-02" } };
    m_baseline = fixtureSnapshot();
    QVERIFY(m_baseline.contains("\"awaiting_payment\""));
}

void TstApi::health()
{
    auto s = startServer();
    QVERIFY(s);
    EXPECT(r, s->get("/health"), 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(str(r.json, "status"), QStringLiteral("ok"));
    QCOMPARE(str(r.json, "version"), QStringLiteral(SPA_VERSION));
    QCOMPARE(at(r.json, "database.ok").toBool(), true);
    QCOMPARE(str(r.json, "database.engine"), QStringLiteral("sqlite"));
    QVERIFY(at(r.json, "database.latency_ms").toDouble(-1) >= 0);
    QVERIFY(num(r.json, "connections") >= 1);
    QVERIFY(num(r.json, "uptime_s") >= 0);
    QVERIFY(at(r.json, "event_loop_lag_ms").isDouble());
}

void TstApi::metrics()
{
    auto s = startServer();
    QVERIFY(s);
    QCOMPARE(s->get("/api/no-such-thing").status, 404);
    EXPECT(r, s->get("/metrics"), 200);
    QVERIFY(r.header("content-type").startsWith("text/plain"));
    QVERIFY(r.raw.contains("# TYPE spa_journal_seq gauge\n"));
    QVERIFY(r.raw.contains("# TYPE spa_http_responses_total counter\n"));
    QVERIFY2(r.raw.contains("spa_http_responses_total{code=\"404\"} 1\n"), r.raw.constData());
    QVERIFY(r.raw.contains("spa_uptime_seconds "));
    QVERIFY(r.raw.contains("spa_connections "));
    // The journal sequence follows committed changes.
    const qint64 before = journalSeq(*s);
    QVERIFY(before > 0); // the demo data was journaled
    QVERIFY(checkIn(*s, login(*s, "cashier"), "Mali", { kThai }));
    QCOMPARE(journalSeq(*s), before + 1);
}

void TstApi::loginAndLogout()
{
    auto s = startServer();
    QVERIFY(s);
    EXPECT(a, s->post("/api/login", { { "username", "admin" }, { "password", "admin" } }), 200);
    QCOMPARE(str(a.json, "role"), QStringLiteral("admin"));
    QCOMPARE(num(a.json, "staff.id"), kAdmin);
    QCOMPARE(str(a.json, "staff.username"), QStringLiteral("admin"));
    QCOMPARE(str(a.json, "staff.display_name"), QStringLiteral("Owner"));
    QCOMPARE(str(a.json, "expires_at"), QStringLiteral("2026-03-02T21:00:00.000Z")); // 12 h
    const QString adminToken = str(a.json, "token");
    QVERIFY(adminToken.size() >= 32);

    EXPECT(c, s->post("/api/login", { { "username", "cashier" }, { "password", "cashier" } }), 200);
    QCOMPARE(str(c.json, "role"), QStringLiteral("cashier"));
    QCOMPARE(num(c.json, "staff.id"), kCashier);
    const QString cashierToken = str(c.json, "token");

    EXPECT(t, s->post("/api/login", { { "staff_id", kAnna }, { "pin", "1111" } }), 200);
    QCOMPARE(str(t.json, "role"), QStringLiteral("therapist"));
    QCOMPARE(num(t.json, "staff.id"), kAnna);
    QCOMPARE(str(t.json, "staff.display_name"), QStringLiteral("Anna"));
    QCOMPARE(str(t.json, "staff.status"), QStringLiteral("available"));
    QVERIFY(!str(t.json, "token").isEmpty());
    QVERIFY(str(t.json, "token") != adminToken);

    for (const QString &token : { adminToken, cashierToken, str(t.json, "token") })
        QCOMPARE(s->get("/api/services", token).status, 200);

    EXPECT(out, s->post("/api/logout", {}, cashierToken), 200);
    QCOMPARE(at(out.json, "ok").toBool(), true);
    EXPECT_ERROR(s->get("/api/services", cashierToken), 401, "unauthorized");
    EXPECT_ERROR(s->post("/api/logout", {}, cashierToken), 401, "unauthorized");
    EXPECT_ERROR(s->post("/api/logout", {}), 401, "unauthorized");
    QCOMPARE(s->get("/api/services", adminToken).status, 200); // other sessions live on
    // The token is accepted with any capitalisation of "Bearer".
    QCOMPARE(s->request("GET", "/api/services", {}, {},
                        { { "Authorization", "bearer " + adminToken.toLatin1() } })
                 .status,
             200);
}

void TstApi::tokenExpiry()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    EXPECT(device, s->post("/api/devices", { { "name", "Wall" } }, login(*s, "admin")), 201);
    const QString monitor = str(device.json, "token");
    s->clock.advanceSecs(12 * 3600 - 1);
    QCOMPARE(s->get("/api/visits", cashier).status, 200);
    s->clock.advanceSecs(1);
    const HttpResult r = s->get("/api/visits", cashier);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
    QVERIFY(str(r.json, "error.message").contains("expired"));
    // Device tokens do not expire: a kiosk runs for weeks.
    s->clock.advanceSecs(40 * 24 * 3600);
    QCOMPARE(s->get("/api/therapists", monitor).status, 200);
}

void TstApi::servicesCrud()
{
    auto s = startServer();
    QVERIFY(s);
    const QString admin = login(*s, "admin"), cashier = login(*s, "cashier");

    EXPECT(list, s->get("/api/services", cashier), 200);
    QCOMPARE(str(list.json, "currency"), QStringLiteral("THB"));
    QCOMPARE(at(list.json, "services").toArray().size(), 5);
    QCOMPARE(str(list.json, "services.0.name"),
             QStringLiteral("Aromatherapy Oil Massage")); // by name
    QCOMPARE(num(list.json, "services.0.price"), 120000);
    QCOMPARE(num(list.json, "services.0.duration_min"), 90);
    QCOMPARE(at(list.json, "services.0.active").toBool(), true);

    EXPECT(created,
           s->post("/api/services",
                   { { "name", "Hot Stone" }, { "duration_min", 75 }, { "price", 150000 } }, admin),
           201);
    const qint64 id = num(created.json, "service.id");
    QCOMPARE(id, 6);
    QCOMPARE(str(created.json, "service.name"), QStringLiteral("Hot Stone"));
    QCOMPARE(num(created.json, "service.price"), 150000);
    QCOMPARE(at(created.json, "service.active").toBool(), true);
    QCOMPARE(at(s->get("/api/services", cashier).json, "services").toArray().size(), 6);

    // A visit keeps the name and price it was sold at.
    const qint64 visit = checkIn(*s, cashier, "Mali", { id });
    QVERIFY(visit);
    EXPECT(updated,
           s->put(QStringLiteral("/api/services/%1").arg(id),
                  { { "price", 140000 }, { "name", "Hot Stone Massage" } }, admin),
           200);
    QCOMPARE(num(updated.json, "service.price"), 140000);
    QCOMPARE(str(updated.json, "service.name"), QStringLiteral("Hot Stone Massage"));
    QCOMPARE(num(updated.json, "service.duration_min"), 75);
    EXPECT(v, s->get(QStringLiteral("/api/visits/%1").arg(visit), cashier), 200);
    QCOMPARE(num(v.json, "visit.services.0.price"), 150000);
    QCOMPARE(str(v.json, "visit.services.0.name"), QStringLiteral("Hot Stone"));
    QCOMPARE(num(v.json, "visit.total"), 150000);

    // DELETE retires: the desk no longer sees it, the admin does, check-in refuses it.
    EXPECT(deleted, s->request("DELETE", QStringLiteral("/api/services/%1").arg(id), {}, admin),
           200);
    QCOMPARE(at(deleted.json, "service.active").toBool(), false);
    QCOMPARE(at(s->get("/api/services", cashier).json, "services").toArray().size(), 5);
    EXPECT(all, s->get("/api/services", admin), 200);
    QCOMPARE(at(all.json, "services").toArray().size(), 6);
    EXPECT_ERROR(s->post("/api/visits",
                         { { "customer_name", "Niran" }, { "service_ids", QJsonArray { id } } },
                         cashier),
                 422, "validation_failed");
    EXPECT(back, s->put(QStringLiteral("/api/services/%1").arg(id), { { "active", true } }, admin),
           200);
    QCOMPARE(at(back.json, "service.active").toBool(), true);
    QCOMPARE(at(s->get("/api/services", cashier).json, "services").toArray().size(), 6);
}

void TstApi::staffCrud()
{
    auto s = startServer();
    QVERIFY(s);
    const QString admin = login(*s, "admin"), cashier = login(*s, "cashier");

    EXPECT(list, s->get("/api/staff", cashier), 200);
    const QJsonArray staff = at(list.json, "staff").toArray();
    QCOMPARE(staff.size(), 6);
    for (const QJsonValue &member : staff) {
        const QJsonObject m = member.toObject();
        QVERIFY(!m.contains("password_hash") && !m.contains("pin_hash"));
        QCOMPARE(m.contains("status"), m.value("role").toString() == QLatin1String("therapist"));
    }

    EXPECT(eka,
           s->post("/api/staff",
                   { { "display_name", "Eka" }, { "role", "therapist" }, { "pin", "5555" } },
                   admin),
           201);
    const qint64 ekaId = num(eka.json, "staff.id");
    QCOMPARE(ekaId, 7);
    QCOMPARE(str(eka.json, "staff.role"), QStringLiteral("therapist"));
    QCOMPARE(str(eka.json, "staff.status"),
             QStringLiteral("off")); // new therapists start off shift
    QVERIFY(at(eka.json, "staff.username").isNull());
    QVERIFY(!s->loginTherapist(ekaId, "5555").isEmpty());

    EXPECT(night,
           s->post("/api/staff",
                   { { "display_name", "Night Desk" },
                     { "role", "cashier" },
                     { "username", "night" },
                     { "password", "s3cret-pass" } },
                   admin),
           201);
    const qint64 nightId = num(night.json, "staff.id");
    QCOMPARE(str(night.json, "staff.username"), QStringLiteral("night"));
    const QString nightToken = s->login("night", "s3cret-pass");
    QVERIFY(!nightToken.isEmpty());

    EXPECT(renamed,
           s->put(QStringLiteral("/api/staff/%1").arg(ekaId),
                  { { "display_name", "Eka S." }, { "pin", "5656" } }, admin),
           200);
    QCOMPARE(str(renamed.json, "staff.display_name"), QStringLiteral("Eka S."));
    QVERIFY(s->loginTherapist(ekaId, "5555").isEmpty());
    QVERIFY(!s->loginTherapist(ekaId, "5656").isEmpty());
    QCOMPARE(
        s->put(QStringLiteral("/api/staff/%1").arg(nightId), { { "password", "new-pass" } }, admin)
            .status,
        200);
    QVERIFY(s->login("night", "s3cret-pass").isEmpty());
    QVERIFY(!s->login("night", "new-pass").isEmpty());

    EXPECT(therapists, s->get("/api/therapists", cashier), 200);
    QCOMPARE(at(therapists.json, "therapists").toArray().size(), 5);

    // Deactivating ends the account at once: its tokens stop working and it cannot sign in.
    EXPECT(gone, s->request("DELETE", QStringLiteral("/api/staff/%1").arg(nightId), {}, admin),
           200);
    QCOMPARE(at(gone.json, "staff.active").toBool(), false);
    EXPECT_ERROR(s->get("/api/visits", nightToken), 401, "unauthorized");
    EXPECT_ERROR(s->post("/api/login", { { "username", "night" }, { "password", "new-pass" } }),
                 401, "invalid_credentials");
    QCOMPARE(s->request("DELETE", QStringLiteral("/api/staff/%1").arg(ekaId), {}, admin).status,
             200);
    QCOMPARE(at(s->get("/api/therapists", cashier).json, "therapists").toArray().size(), 4);
    EXPECT(after, s->get("/api/staff", cashier), 200);
    QCOMPARE(at(after.json, "staff").toArray().size(), 8); // kept for history, inactive
}

void TstApi::devices()
{
    auto s = startServer();
    QVERIFY(s);
    const QString admin = login(*s, "admin");
    EXPECT(created, s->post("/api/devices", { { "name", "Waiting room TV" } }, admin), 201);
    QCOMPARE(str(created.json, "device.name"), QStringLiteral("Waiting room TV"));
    QCOMPARE(str(created.json, "device.role"), QStringLiteral("monitor"));
    const QString token = str(created.json, "token");
    QVERIFY(token.size() >= 32);
    EXPECT(list, s->get("/api/devices", admin), 200);
    const QJsonArray devices = at(list.json, "devices").toArray();
    QCOMPARE(devices.size(), 2); // the demo's lobby monitor and this one
    QCOMPARE(devices.at(1).toObject().value("name").toString(), QStringLiteral("Waiting room TV"));
    QCOMPARE(devices.at(1).toObject().value("active").toBool(), true);
    QVERIFY(!devices.at(1).toObject().contains("token"));

    for (const QString &t : { token, s->app->demoKioskToken() }) {
        QCOMPARE(s->get("/api/therapists", t).status, 200);
        QCOMPARE(s->get("/api/services", t).status, 200);
        // A wall screen has no business with staff accounts (usernames).
        EXPECT_ERROR(s->get("/api/staff", t), 403, "forbidden");
        EXPECT_ERROR(s->get("/api/visits", t), 403, "forbidden");
    }
    // A device token is not a session: logging it out revokes it.
    QCOMPARE(s->post("/api/logout", {}, token).status, 200);
    EXPECT_ERROR(s->get("/api/therapists", token), 401, "unauthorized");
}

void TstApi::therapistsAndStatus()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    auto order = [&] {
        QStringList out;
        for (const QJsonValue &t :
             at(s->get("/api/therapists", cashier).json, "therapists").toArray()) {
            const QJsonObject o = t.toObject();
            out << QStringLiteral("%1:%2:%3")
                       .arg(o.value("name").toString(), o.value("status").toString(),
                            o.value("turn_position").isNull()
                                ? QStringLiteral("-")
                                : QString::number(o.value("turn_position").toInt()));
        }
        return out.join(' ');
    };
    EXPECT(list, s->get("/api/therapists", cashier), 200);
    QCOMPARE(num(list.json, "therapists.0.id"), kAnna);
    QCOMPARE(num(list.json, "therapists.0.active_visits"), 0);
    QVERIFY(str(list.json, "therapists.0.status_since").endsWith('Z'));
    QVERIFY(str(list.json, "therapists.0.turn_since").endsWith('Z'));
    QCOMPARE(order(),
             QStringLiteral("Anna:available:1 Budi:available:2 Chai:available:3 Dewi:on_break:-"));

    EXPECT(r,
           s->put(QStringLiteral("/api/therapists/%1/status").arg(kAnna),
                  { { "status", "on_break" } }, cashier),
           200);
    QCOMPARE(num(r.json, "therapist.id"), kAnna);
    QCOMPARE(str(r.json, "therapist.status"), QStringLiteral("on_break"));
    QCOMPARE(order(),
             QStringLiteral("Anna:on_break:- Budi:available:1 Chai:available:2 Dewi:on_break:-"));
    // A break keeps your place in the turn order...
    s->clock.advanceSecs(600);
    QCOMPARE(s->put(QStringLiteral("/api/therapists/%1/status").arg(kAnna),
                    { { "status", "available" } }, cashier)
                 .status,
             200);
    QCOMPARE(order(),
             QStringLiteral("Anna:available:1 Budi:available:2 Chai:available:3 Dewi:on_break:-"));
    // ...coming on shift puts you at the back.
    QCOMPARE(s->put(QStringLiteral("/api/therapists/%1/status").arg(kBudi), { { "status", "off" } },
                    cashier)
                 .status,
             200);
    s->clock.advanceSecs(60);
    QCOMPARE(s->put(QStringLiteral("/api/therapists/%1/status").arg(kBudi),
                    { { "status", "available" } }, cashier)
                 .status,
             200);
    QCOMPARE(order(),
             QStringLiteral("Anna:available:1 Budi:available:3 Chai:available:2 Dewi:on_break:-"));
    // Setting the status it already has answers 200 and writes nothing.
    const qint64 seq = journalSeq(*s);
    EXPECT(same,
           s->put(QStringLiteral("/api/therapists/%1/status").arg(kDewi),
                  { { "status", "on_break" } }, cashier),
           200);
    QCOMPARE(str(same.json, "therapist.status"), QStringLiteral("on_break"));
    QCOMPARE(journalSeq(*s), seq);
}

void TstApi::checkInListAndGet()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    EXPECT(r,
           s->post("/api/visits",
                   { { "customer_name", "  Mali  " },
                     { "phone", "+66 81 234 5678" },
                     { "service_ids", QJsonArray { kThai, kHead } },
                     { "notes", "firm pressure" } },
                   cashier),
           201);
    const QJsonObject v = at(r.json, "visit").toObject();
    const qint64 mali = num(v, "id");
    QCOMPARE(str(v, "status"), QStringLiteral("waiting"));
    QCOMPARE(str(v, "customer_name"), QStringLiteral("Mali")); // trimmed
    QCOMPARE(str(v, "phone"), QStringLiteral("+66 81 234 5678"));
    QCOMPARE(str(v, "notes"), QStringLiteral("firm pressure"));
    QCOMPARE(str(v, "ticket"), QStringLiteral("001"));
    QCOMPARE(num(v, "ticket_no"), 1);
    QCOMPARE(str(v, "code").size(), 10);
    QCOMPARE(str(v, "business_date"), QStringLiteral("2026-03-02"));
    QCOMPARE(num(v, "total"), 70000);
    QCOMPARE(num(v, "duration_min"), 90);
    QCOMPARE(num(v, "paid"), 0);
    QCOMPARE(num(v, "tips"), 0);
    QCOMPARE(num(v, "balance_due"), 70000);
    QCOMPARE(str(v, "currency"), QStringLiteral("THB"));
    QCOMPARE(str(v, "created_at"), QStringLiteral("2026-03-02T09:00:00.000Z"));
    QVERIFY(at(v, "therapist").isNull() && at(v, "room").isNull() && at(v, "assigned_at").isNull());
    QCOMPARE(at(v, "services").toArray().size(), 2);
    QCOMPARE(str(v, "services.0.name"), QStringLiteral("Thai Massage"));
    QCOMPARE(num(v, "services.0.price"), 45000);
    QCOMPARE(num(v, "services.1.service_id"), kHead);

    s->clock.advanceSecs(60);
    EXPECT(r2,
           s->post("/api/visits",
                   { { "customer_name", "Niran" },
                     { "service_ids", QJsonArray { kFoot } },
                     { "therapist_id", kBudi } },
                   cashier),
           201);
    const qint64 niran = num(r2.json, "visit.id");
    QCOMPARE(str(r2.json, "visit.status"), QStringLiteral("assigned"));
    QCOMPARE(str(r2.json, "visit.ticket"), QStringLiteral("002"));
    QCOMPARE(num(r2.json, "visit.therapist.id"), kBudi);
    QCOMPARE(str(r2.json, "visit.therapist.name"), QStringLiteral("Budi"));
    QCOMPARE(str(r2.json, "visit.room.name"), QStringLiteral("Room 1"));
    QCOMPARE(str(r2.json, "visit.assigned_at"), QStringLiteral("2026-03-02T09:01:00.000Z"));
    QVERIFY(at(r2.json, "visit.phone").isNull() && at(r2.json, "visit.notes").isNull());

    // No filter: what is open now, with positions and estimated waits.
    EXPECT(open, s->get("/api/visits", cashier), 200);
    QCOMPARE(at(open.json, "visits").toArray().size(), 2);
    QCOMPARE(num(open.json, "visits.0.id"), mali);
    QCOMPARE(num(open.json, "visits.0.position"), 1);
    QVERIFY(at(open.json, "visits.0.estimated_wait_min").isDouble());
    EXPECT(waiting, s->get("/api/visits?status=waiting", cashier), 200);
    QCOMPARE(str(waiting.json, "date"), QStringLiteral("2026-03-02"));
    QCOMPARE(at(waiting.json, "visits").toArray().size(), 1);
    QCOMPARE(num(waiting.json, "visits.0.id"), mali);
    QCOMPARE(at(s->get("/api/visits?date=2026-03-02", cashier).json, "visits").toArray().size(), 2);
    QCOMPARE(at(s->get("/api/visits?status=assigned&date=2026-03-02", cashier).json, "visits")
                 .toArray()
                 .size(),
             1);
    QCOMPARE(at(s->get("/api/visits?date=2026-03-01", cashier).json, "visits").toArray().size(), 0);

    EXPECT(one, s->get(QStringLiteral("/api/visits/%1").arg(mali), cashier), 200);
    QCOMPARE(str(one.json, "visit.customer_name"), QStringLiteral("Mali"));
    QCOMPARE(at(one.json, "visit.payments").toArray().size(), 0);

    // The desk assigns explicitly (therapist and room), and may reassign.
    EXPECT(a,
           s->post(QStringLiteral("/api/visits/%1/assign").arg(mali),
                   { { "therapist_id", kChai }, { "room_id", 3 } }, cashier),
           200);
    QCOMPARE(str(a.json, "visit.status"), QStringLiteral("assigned"));
    QCOMPARE(num(a.json, "visit.therapist.id"), kChai);
    QCOMPARE(num(a.json, "visit.room.id"), 3);
    EXPECT(a2,
           s->post(QStringLiteral("/api/visits/%1/assign").arg(mali), { { "therapist_id", kAnna } },
                   cashier),
           200);
    QCOMPARE(num(a2.json, "visit.therapist.id"), kAnna);
    QCOMPARE(num(a2.json, "visit.room.id"), 3);
    Q_UNUSED(niran);
}

void TstApi::callCancelNoShow()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    const qint64 v1 = checkIn(*s, cashier, "Mali", { kHead }, kAnna);
    QVERIFY(v1);
    s->clock.advanceSecs(120);
    EXPECT(called, s->post(QStringLiteral("/api/visits/%1/call").arg(v1), {}, cashier), 200);
    QCOMPARE(str(called.json, "visit.status"),
             QStringLiteral("assigned")); // calling changes no state
    QCOMPARE(str(called.json, "visit.called_at"), QStringLiteral("2026-03-02T09:02:00.000Z"));

    const qint64 v2 = checkIn(*s, cashier, "Niran", { kThai });
    QVERIFY(v2);
    EXPECT(cancelled,
           s->post(QStringLiteral("/api/visits/%1/cancel").arg(v2),
                   { { "reason", "customer left" } }, cashier),
           200);
    QCOMPARE(str(cancelled.json, "visit.status"), QStringLiteral("cancelled"));
    QCOMPARE(str(cancelled.json, "visit.cancel_reason"), QStringLiteral("customer left"));
    QCOMPARE(str(cancelled.json, "visit.closed_at"), QStringLiteral("2026-03-02T09:02:00.000Z"));

    // An assigned visit may be cancelled or marked no-show too; its therapist is free again.
    EXPECT(noShow, s->post(QStringLiteral("/api/visits/%1/no-show").arg(v1), {}, cashier), 200);
    QCOMPARE(str(noShow.json, "visit.status"), QStringLiteral("no_show"));
    QVERIFY(at(noShow.json, "visit.cancel_reason").isNull());
    EXPECT(therapists, s->get("/api/therapists", cashier), 200);
    QCOMPARE(num(therapists.json, "therapists.0.active_visits"), 0);
    const qint64 v3 = checkIn(*s, cashier, "Ploy", { kHead });
    EXPECT(noShow2,
           s->post(QStringLiteral("/api/visits/%1/no-show").arg(v3), { { "reason", "never came" } },
                   cashier),
           200);
    QCOMPARE(str(noShow2.json, "visit.cancel_reason"), QStringLiteral("never came"));
    EXPECT(report, s->get("/api/reports/daily", cashier), 200);
    QCOMPARE(num(report.json, "visits.cancelled"), 1);
    QCOMPARE(num(report.json, "visits.no_show"), 2);
    QCOMPARE(num(report.json, "visits.total"), 3);
    QCOMPARE(num(report.json, "revenue"), 0);
}

void TstApi::wholeVisitByRest()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    const QString anna = s->loginTherapist(kAnna, "1111"), budi = s->loginTherapist(kBudi, "2222");
    QVERIFY(!cashier.isEmpty() && !anna.isEmpty() && !budi.isEmpty());

    EXPECT(checkin,
           s->post("/api/visits",
                   { { "customer_name", "Mali" }, { "service_ids", QJsonArray { kThai, kHead } } },
                   cashier),
           201);
    const qint64 id = num(checkin.json, "visit.id");
    const QString path = QStringLiteral("/api/visits/%1/").arg(id);
    QCOMPARE(num(checkin.json, "visit.total"), 70000);

    // Turn order: Anna has waited longest (ties go to the lower id).
    EXPECT(assigned, s->post(path + "assign", {}, cashier), 200);
    QCOMPARE(num(assigned.json, "visit.therapist.id"), kAnna);
    QCOMPARE(str(assigned.json, "visit.room.name"), QStringLiteral("Room 1"));
    EXPECT(t1, s->get("/api/therapists", cashier), 200);
    QCOMPARE(num(t1.json, "therapists.0.active_visits"), 1);
    QVERIFY(at(t1.json, "therapists.0.turn_position").isNull());
    QCOMPARE(num(t1.json, "therapists.1.turn_position"), 1); // Budi is next

    QCOMPARE(s->post(path + "call", {}, anna).status, 200);
    s->clock.advanceSecs(5 * 60);
    EXPECT(started, s->post(path + "start", {}, anna), 200);
    QCOMPARE(str(started.json, "visit.status"), QStringLiteral("in_service"));
    QCOMPARE(str(started.json, "visit.started_at"), QStringLiteral("2026-03-02T09:05:00.000Z"));
    QCOMPARE(str(s->get("/api/therapists", cashier).json, "therapists.0.status"),
             QStringLiteral("busy"));
    s->clock.advanceSecs(90 * 60);
    EXPECT(done, s->post(path + "complete", {}, anna), 200);
    QCOMPARE(str(done.json, "visit.status"), QStringLiteral("awaiting_payment"));
    QCOMPARE(str(done.json, "visit.completed_at"), QStringLiteral("2026-03-02T10:35:00.000Z"));
    QCOMPARE(num(done.json, "visit.balance_due"), 70000);

    // Split payment: card with a tip, then cash with a tip and change.
    EXPECT(p1,
           s->post(path + "payments",
                   { { "method", "card" },
                     { "amount", 40000 },
                     { "tip", 5000 },
                     { "idempotency_key", "mali-card-0001" } },
                   cashier),
           201);
    QCOMPARE(num(p1.json, "change_due"), 0);
    QCOMPARE(str(p1.json, "payment.method"), QStringLiteral("card"));
    QCOMPARE(num(p1.json, "payment.therapist_id"), kAnna);
    QCOMPARE(num(p1.json, "payment.staff_id"), kCashier);
    QCOMPARE(str(p1.json, "visit.status"), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(p1.json, "visit.paid"), 40000);
    QCOMPARE(num(p1.json, "visit.balance_due"), 30000);
    QCOMPARE(num(p1.json, "visit.tips"), 5000);
    QVERIFY(!p1.json.contains("replayed"));
    EXPECT(p2,
           s->post(path + "payments",
                   { { "method", "cash" },
                     { "amount", 30000 },
                     { "tip", 2000 },
                     { "tendered", 40000 },
                     { "idempotency_key", "mali-cash-0002" } },
                   cashier),
           201);
    QCOMPARE(num(p2.json, "change_due"), 8000);
    QCOMPARE(num(p2.json, "payment.change_due"), 8000);
    QCOMPARE(num(p2.json, "payment.tendered"), 40000);
    QCOMPARE(str(p2.json, "visit.status"), QStringLiteral("paid"));
    QCOMPARE(num(p2.json, "visit.balance_due"), 0);
    QCOMPARE(num(p2.json, "visit.tips"), 7000);
    QCOMPARE(str(p2.json, "visit.closed_at"), QStringLiteral("2026-03-02T10:35:00.000Z"));

    // A second customer goes to Budi by turn order and tips by e-wallet.
    const qint64 second = checkIn(*s, cashier, "Niran", { kFoot });
    QVERIFY(second);
    EXPECT(a2, s->post(QStringLiteral("/api/visits/%1/assign").arg(second), {}, cashier), 200);
    QCOMPARE(num(a2.json, "visit.therapist.id"), kBudi);
    QVERIFY(act(*s, budi, second, "start") && act(*s, budi, second, "complete"));
    QVERIFY(pay(*s, cashier, second, "ewallet", 35000, "niran-ew-0001", 3000));

    EXPECT(one, s->get(QStringLiteral("/api/visits/%1").arg(id), cashier), 200);
    const QJsonArray payments = at(one.json, "visit.payments").toArray();
    QCOMPARE(payments.size(), 2);
    qint64 paidSum = 0, tipSum = 0;
    for (const QJsonValue &p : payments) {
        paidSum += qint64(p.toObject().value("amount").toDouble());
        tipSum += qint64(p.toObject().value("tip").toDouble());
        QCOMPARE(qint64(p.toObject().value("therapist_id").toDouble()), kAnna);
    }
    QCOMPARE(paidSum, num(one.json, "visit.total"));

    EXPECT(rep, s->get("/api/reports/daily?date=2026-03-02", cashier), 200);
    QCOMPARE(str(rep.json, "date"), QStringLiteral("2026-03-02"));
    QCOMPARE(at(rep.json, "closed").toBool(), false);
    QCOMPARE(str(rep.json, "currency"), QStringLiteral("THB"));
    QCOMPARE(num(rep.json, "revenue"), paidSum + 35000);
    QCOMPARE(num(rep.json, "tips"), tipSum + 3000);
    QCOMPARE(num(rep.json, "collected"), paidSum + tipSum + 35000 + 3000);
    QCOMPARE(num(rep.json, "payments"), 3);
    QCOMPARE(num(rep.json, "by_method.card.amount"), 40000);
    QCOMPARE(num(rep.json, "by_method.card.tips"), 5000);
    QCOMPARE(num(rep.json, "by_method.card.total"), 45000);
    QCOMPARE(num(rep.json, "by_method.card.count"), 1);
    QCOMPARE(num(rep.json, "by_method.cash.amount"), 30000);
    QCOMPARE(num(rep.json, "by_method.cash.tips"), 2000);
    QCOMPARE(num(rep.json, "by_method.ewallet.amount"), 35000);
    QCOMPARE(num(rep.json, "by_method.ewallet.tips"), 3000);
    QCOMPARE(at(rep.json, "tips_by_therapist").toArray().size(), 2);
    QCOMPARE(num(rep.json, "tips_by_therapist.0.therapist_id"), kAnna);
    QCOMPARE(str(rep.json, "tips_by_therapist.0.name"), QStringLiteral("Anna"));
    QCOMPARE(num(rep.json, "tips_by_therapist.0.tips"), 7000);
    QCOMPARE(num(rep.json, "tips_by_therapist.1.therapist_id"), kBudi);
    QCOMPARE(num(rep.json, "tips_by_therapist.1.tips"), 3000);
    QCOMPARE(num(rep.json, "visits.paid"), 2);
    QCOMPARE(num(rep.json, "visits.total"), 2);
    QCOMPARE(num(rep.json, "voids.count"), 0);
    qint64 serviceRevenue = 0;
    for (const QJsonValue &line : at(rep.json, "by_service").toArray())
        serviceRevenue += qint64(line.toObject().value("revenue").toDouble());
    QCOMPARE(serviceRevenue, num(rep.json, "revenue"));
    QCOMPARE(num(rep.json, "by_hour.0.hour"), 9);
    QCOMPARE(num(rep.json, "by_hour.0.visits"), 1);
    // Without ?date the report is today's.
    QCOMPARE(s->get("/api/reports/daily", cashier).raw, rep.raw);
}

void TstApi::idempotency()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    const qint64 visit = servedVisit(*s, cashier, "Mali", { kThai }, kAnna);
    const qint64 other = servedVisit(*s, cashier, "Niran", { kHead }, kBudi);
    QVERIFY(visit && other);
    const QString path = QStringLiteral("/api/visits/%1/payments").arg(visit);
    const QJsonObject body { { "method", "cash" },
                             { "amount", 20000 },
                             { "tendered", 50000 },
                             { "idempotency_key", "key-abc-123" } };

    EXPECT(first, s->post(path, body, cashier), 201);
    QVERIFY(!first.json.contains("replayed"));
    QCOMPARE(num(first.json, "change_due"), 30000);
    const qint64 seq = journalSeq(*s);

    EXPECT(again, s->post(path, body, cashier), 201);
    QCOMPARE(at(again.json, "replayed").toBool(), true);
    QCOMPARE(num(again.json, "payment.id"), num(first.json, "payment.id"));
    QCOMPARE(num(again.json, "change_due"), 30000);
    QCOMPARE(num(again.json, "visit.paid"), 20000);
    QCOMPARE(journalSeq(*s), seq); // nothing written

    EXPECT(v, s->get(QStringLiteral("/api/visits/%1").arg(visit), cashier), 200);
    QCOMPARE(at(v.json, "visit.payments").toArray().size(), 1);
    QCOMPARE(num(v.json, "visit.paid"), 20000);
    EXPECT(rep, s->get("/api/reports/daily", cashier), 200);
    QCOMPARE(num(rep.json, "payments"), 1);
    QCOMPARE(num(rep.json, "by_method.cash.amount"), 20000);

    // The same key for anything else is refused and changes nothing.
    QJsonObject changed = body;
    changed.insert("amount", 25000);
    EXPECT_ERROR(s->post(path, changed, cashier), 409, "idempotency_key_reused");
    changed = body;
    changed.insert("method", "card");
    changed.remove("tendered");
    EXPECT_ERROR(s->post(path, changed, cashier), 409, "idempotency_key_reused");
    EXPECT_ERROR(s->post(QStringLiteral("/api/visits/%1/payments").arg(other), body, cashier), 409,
                 "idempotency_key_reused");
    QCOMPARE(journalSeq(*s), seq);
    QCOMPARE(at(s->get(QStringLiteral("/api/visits/%1").arg(visit), cashier).json, "visit.payments")
                 .toArray()
                 .size(),
             1);
    QCOMPARE(at(s->get(QStringLiteral("/api/visits/%1").arg(other), cashier).json, "visit.payments")
                 .toArray()
                 .size(),
             0);

    // A new key pays the rest; the first key still replays its own answer afterwards.
    QVERIFY(pay(*s, cashier, visit, "card", 25000, "key-def-456"));
    EXPECT(late, s->post(path, body, cashier), 201);
    QCOMPARE(at(late.json, "replayed").toBool(), true);
    QCOMPARE(num(late.json, "payment.amount"), 20000);
    QCOMPARE(str(late.json, "visit.status"), QStringLiteral("paid"));
    QCOMPARE(num(s->get("/api/reports/daily", cashier).json, "payments"), 2);
}

void TstApi::voidByAdmin()
{
    auto s = startServer();
    QVERIFY(s);
    const QString admin = login(*s, "admin"), cashier = login(*s, "cashier");
    const qint64 visit = servedVisit(*s, cashier, "Mali", { kThai }, kAnna);
    QVERIFY(visit);
    const qint64 card = pay(*s, cashier, visit, "card", 30000, "void-card-001", 4000);
    const qint64 cash = pay(*s, cashier, visit, "cash", 15000, "void-cash-002");
    QVERIFY(card && cash);
    QCOMPARE(str(s->get(QStringLiteral("/api/visits/%1").arg(visit), cashier).json, "visit.status"),
             QStringLiteral("paid"));
    const QByteArray reportBefore = s->get("/api/reports/daily", cashier).raw;
    const QString voidPath = QStringLiteral("/api/payments/%1/void").arg(card);

    EXPECT_ERROR(s->post(voidPath, { { "reason", "wrong card" } }, cashier), 403, "forbidden");
    EXPECT_ERROR(s->post(voidPath, {}, admin), 422, "validation_failed");
    QCOMPARE(s->get("/api/reports/daily", cashier).raw, reportBefore);

    s->clock.advanceSecs(600);
    EXPECT(v, s->post(voidPath, { { "reason", "wrong card" } }, admin), 201);
    QCOMPARE(str(v.json, "void.kind"), QStringLiteral("void"));
    QCOMPARE(num(v.json, "void.amount"), -30000);
    QCOMPARE(num(v.json, "void.tip"), -4000);
    QCOMPARE(num(v.json, "void.voids_payment_id"), card);
    QCOMPARE(num(v.json, "void.staff_id"), kAdmin);
    QCOMPARE(str(v.json, "void.reason"), QStringLiteral("wrong card"));
    QCOMPARE(str(v.json, "void.business_date"), QStringLiteral("2026-03-02"));
    QCOMPARE(at(v.json, "payment.voided").toBool(), true);
    QCOMPARE(num(v.json, "payment.voided_by"), num(v.json, "void.id"));
    QCOMPARE(num(v.json, "payment.amount"), 30000); // the original row is untouched
    QCOMPARE(str(v.json, "visit.status"), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(v.json, "visit.paid"), 15000);
    QCOMPARE(num(v.json, "visit.balance_due"), 30000);
    QCOMPARE(num(v.json, "visit.tips"), 0);
    QVERIFY(at(v.json, "visit.closed_at").isNull());

    EXPECT(rep, s->get("/api/reports/daily", cashier), 200);
    QCOMPARE(num(rep.json, "revenue"), 15000);
    QCOMPARE(num(rep.json, "tips"), 0);
    QCOMPARE(num(rep.json, "collected"), 15000);
    QCOMPARE(num(rep.json, "by_method.card.amount"), 0);
    QCOMPARE(num(rep.json, "by_method.card.tips"), 0);
    QCOMPARE(num(rep.json, "by_method.cash.amount"), 15000);
    QCOMPARE(num(rep.json, "voids.count"), 1);
    QCOMPARE(num(rep.json, "voids.amount"), 30000);
    QCOMPARE(num(rep.json, "voids.tips"), 4000);
    QCOMPARE(at(rep.json, "tips_by_therapist").toArray().size(), 0); // Anna's tip netted out
    QCOMPARE(num(rep.json, "visits.awaiting_payment"), 1);

    EXPECT_ERROR(s->post(voidPath, { { "reason", "twice" } }, admin), 409, "already_voided");
    EXPECT_ERROR(s->post(QStringLiteral("/api/payments/%1/void").arg(num(v.json, "void.id")),
                         { { "reason", "x" } }, admin),
                 409, "illegal_state");

    QVERIFY(pay(*s, cashier, visit, "ewallet", 30000, "void-ew-003"));
    EXPECT(rep2, s->get("/api/reports/daily", cashier), 200);
    QCOMPARE(num(rep2.json, "revenue"), 45000);
    QCOMPARE(num(rep2.json, "visits.paid"), 1);
    QCOMPARE(str(s->get(QStringLiteral("/api/visits/%1").arg(visit), cashier).json, "visit.status"),
             QStringLiteral("paid"));
}

void TstApi::dayClose()
{
    // Day 0 evening: a visit is served but not paid by the end of the day.
    auto s = startServer(QDateTime(QDate(2026, 3, 1), QTime(19, 0), Qt::UTC));
    QVERIFY(s);
    QString cashier = login(*s, "cashier");
    const qint64 y = servedVisit(*s, cashier, "Late Guest", { kHead }, kAnna);
    QVERIFY(y);

    // Day 1.
    s->clock.set(QDateTime(QDate(2026, 3, 2), QTime(6, 30), Qt::UTC));
    cashier = login(*s, "cashier");
    const QString admin = login(*s, "admin");
    const qint64 x = servedVisit(*s, cashier, "Mali", { kThai }, kBudi);
    QVERIFY(x);
    const qint64 px = pay(*s, cashier, x, "card", 45000, "close-card-001", 5000);
    QVERIFY(px);
    const qint64 w = checkIn(*s, cashier, "Waiting Guest", { kThai });
    QVERIFY(w);

    EXPECT_ERROR(s->post("/api/days/2026-03-02/close", {}, cashier), 403, "forbidden");
    const QByteArray open = s->get("/api/reports/daily?date=2026-03-02", cashier).raw;
    const qint64 seq = journalSeq(*s);
    const HttpResult refused = s->post("/api/days/2026-03-02/close", {}, admin);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("open_visits"));
    QVERIFY(str(refused.json, "error.message").startsWith("1 visit(s)"));
    QCOMPARE(s->get("/api/reports/daily?date=2026-03-02", cashier).raw, open);
    QCOMPARE(journalSeq(*s), seq);

    QVERIFY(act(*s, cashier, w, "cancel", { { "reason", "left" } }));
    s->clock.advanceSecs(30 * 60);
    // The demo's cash shift is still open: the day waits for its count.
    EXPECT_ERROR(s->post("/api/days/2026-03-02/close", {}, admin), 409, "shift_open");
    const HttpResult shifts = s->get("/api/shifts", cashier);
    EXPECT(counted,
           s->post(QStringLiteral("/api/shifts/%1/close").arg(num(shifts.json, "open.id")),
                   { { "counted", num(shifts.json, "open.expected") } }, cashier),
           200);
    EXPECT(closed, s->post("/api/days/2026-03-02/close", {}, admin), 201);
    QCOMPARE(at(closed.json, "closed").toBool(), true);
    QCOMPARE(str(closed.json, "closed_at"), QStringLiteral("2026-03-02T07:00:00.000Z"));
    QCOMPARE(str(closed.json, "date"), QStringLiteral("2026-03-02"));
    QCOMPARE(num(closed.json, "revenue"), 45000);
    QCOMPARE(num(closed.json, "tips"), 5000);
    QCOMPARE(num(closed.json, "visits.paid"), 1);
    QCOMPARE(num(closed.json, "visits.cancelled"), 1);
    QCOMPARE(num(closed.json, "tips_by_therapist.0.therapist_id"), kBudi);
    EXPECT(frozen, s->get("/api/reports/daily?date=2026-03-02", cashier), 200);
    QCOMPARE(frozen.json, closed.json);

    // The closed day is frozen: no voids of its payments, no new visits or payments on it.
    const qint64 seq2 = journalSeq(*s);
    const QByteArray visitsBefore = s->get("/api/visits?date=2026-03-02", cashier).raw;
    EXPECT_ERROR(
        s->post(QStringLiteral("/api/payments/%1/void").arg(px), { { "reason", "late" } }, admin),
        409, "day_closed");
    EXPECT_ERROR(
        s->post("/api/visits",
                { { "customer_name", "Too Late" }, { "service_ids", QJsonArray { kThai } } },
                cashier),
        409, "day_closed");
    EXPECT_ERROR(
        s->post(
            QStringLiteral("/api/visits/%1/payments").arg(y),
            { { "method", "cash" }, { "amount", 25000 }, { "idempotency_key", "close-late-001" } },
            cashier),
        409, "day_closed");
    EXPECT_ERROR(s->post("/api/days/2026-03-02/close", {}, admin), 409, "day_closed");
    EXPECT_ERROR(s->post("/api/days/2026-03-01/close", {}, admin), 409,
                 "open_visits"); // y is still open
    EXPECT_ERROR(s->post("/api/days/2026-03-03/close", {}, admin), 422, "validation_failed");
    QCOMPARE(journalSeq(*s), seq2);
    QCOMPARE(s->get("/api/visits?date=2026-03-02", cashier).raw, visitsBefore);
    QCOMPARE(s->get("/api/reports/daily?date=2026-03-02", cashier).json, closed.json);
    QCOMPARE(str(s->get(QStringLiteral("/api/visits/%1").arg(y), cashier).json, "visit.status"),
             QStringLiteral("awaiting_payment"));

    // The next day is open for business; day 1 stays as it was closed.
    s->clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 0), Qt::UTC));
    cashier = login(*s, "cashier");
    // Yesterday's shift was counted for the Z close: cash needs today's.
    QCOMPARE(s->post("/api/shifts", { { "float", 100000 } }, cashier).status, 201);
    QVERIFY(pay(*s, cashier, y, "cash", 25000, "close-late-001"));
    QVERIFY(checkIn(*s, cashier, "Next Day", { kThai }));
    QCOMPARE(s->get("/api/reports/daily?date=2026-03-02", cashier).json, closed.json);
    QCOMPARE(num(s->get("/api/reports/daily?date=2026-03-03", cashier).json, "revenue"), 25000);
}

void TstApi::loginRateLimit()
{
    auto s = startServer();
    QVERIFY(s);
    const QJsonObject wrong { { "username", "cashier" }, { "password", "wrong" } };
    const QJsonObject right { { "username", "cashier" }, { "password", "cashier" } };
    const QJsonObject admin { { "username", "admin" }, { "password", "admin" } };

    // Malformed sign-ins (422) are not guesses and do not count.
    for (int i = 0; i < 25; ++i)
        QCOMPARE(s->post("/api/login", { { "username", "cashier" } }).status, 422);
    // A success clears the account's count (but not the address's).
    for (int i = 0; i < 4; ++i)
        EXPECT_ERROR(s->post("/api/login", wrong), 401, "invalid_credentials");
    QCOMPARE(s->post("/api/login", right).status, 200);

    // Per account: the 5th failure in 5 minutes locks the account, even for the right password.
    for (int i = 0; i < 5; ++i)
        EXPECT_ERROR(s->post("/api/login", wrong), 401, "invalid_credentials");
    const qint64 seq = journalSeq(*s);
    const HttpResult blocked = s->post("/api/login", right);
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.errorCode(), QStringLiteral("too_many_attempts"));
    QVERIFY(!blocked.json.contains("token"));
    QCOMPARE(blocked.header("retry-after"), QByteArray("300"));
    QCOMPARE(journalSeq(*s), seq);

    // PINs are limited the same way, per staff id; other accounts are not affected.
    for (int i = 0; i < 5; ++i)
        EXPECT_ERROR(s->post("/api/login", { { "staff_id", kAnna }, { "pin", "0000" } }), 401,
                     "invalid_credentials");
    EXPECT_ERROR(s->post("/api/login", { { "staff_id", kAnna }, { "pin", "1111" } }), 429,
                 "too_many_attempts");
    QCOMPARE(s->post("/api/login", admin).status, 200);

    // Per address: 20 failures in 5 minutes (14 so far), whatever the accounts, block every
    // sign-in.
    for (int i = 0; i < 6; ++i)
        EXPECT_ERROR(
            s->post("/api/login",
                    { { "username", QStringLiteral("nobody-%1").arg(i) }, { "password", "x" } }),
            401, "invalid_credentials");
    const HttpResult address = s->post("/api/login", admin);
    QCOMPARE(address.status, 429);
    QCOMPARE(address.errorCode(), QStringLiteral("too_many_attempts"));
    QCOMPARE(address.header("retry-after"), QByteArray("300"));

    // The window slides: one second before it ends still 429, then everyone may try again.
    s->clock.advanceSecs(299);
    const HttpResult still = s->post("/api/login", right);
    QCOMPARE(still.status, 429);
    QCOMPARE(still.header("retry-after"), QByteArray("1"));
    s->clock.advanceSecs(1);
    EXPECT(ok, s->post("/api/login", right), 200);
    QCOMPARE(str(ok.json, "role"), QStringLiteral("cashier"));
    QVERIFY(!s->loginTherapist(kAnna, "1111").isEmpty());
    QCOMPARE(s->post("/api/login", admin).status, 200);
}

void TstApi::bodyLimit()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    const QByteArray visitsBefore = s->get("/api/visits?date=2026-03-02", cashier).raw;
    const qint64 seq = journalSeq(*s);

    // Exactly 64 KiB is read (and refused for its content); one byte more is 413.
    const HttpResult atLimit = s->request("POST", "/api/visits", bodyOfSize(64 * 1024), cashier);
    QCOMPARE(atLimit.status, 422);
    QVERIFY(str(atLimit.json, "error.message").contains("customer_name"));
    const HttpResult over = s->request("POST", "/api/visits", bodyOfSize(64 * 1024 + 1), cashier);
    QCOMPARE(over.status, 413);
    QCOMPARE(over.errorCode(), QStringLiteral("body_too_large"));
    const HttpResult big = s->request("POST", "/api/visits", bodyOfSize(1024 * 1024), cashier);
    QCOMPARE(big.status, 413);
    QCOMPARE(big.errorCode(), QStringLiteral("body_too_large"));
    QCOMPARE(s->request("POST", "/api/login", bodyOfSize(70000)).status, 413);

    QCOMPARE(journalSeq(*s), seq);
    QCOMPARE(s->get("/api/visits?date=2026-03-02", cashier).raw, visitsBefore);
    QCOMPARE(s->get("/health").status, 200); // and the server is fine
}

// A client that announces a body far over the limit should get 413 without the server waiting
// for (and buffering) the whole body first.
void TstApi::declaredOversizeBodyIsRefusedEarly()
{
    auto s = startServer();
    QVERIFY(s);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write(
        "POST /api/visits HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Length: 104857600\r\n\r\n");
    socket.write(QByteArray(128 * 1024, 'x'));
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 1500 && !answer.contains("\r\n\r\n")) {
        QTest::qWait(20);
        answer += socket.readAll();
    }
    socket.abort();
    QVERIFY2(answer.startsWith("HTTP/1.1 413"),
             answer.isEmpty() ? "no answer within 1.5 s" : answer.left(200).constData());
}

void TstApi::roleChecks()
{
    auto s = startServer();
    QVERIFY(s);
    const QString admin = login(*s, "admin"), cashier = login(*s, "cashier");
    const QString anna = s->loginTherapist(kAnna, "1111");
    const QString monitor =
        str(s->post("/api/devices", { { "name", "Wall" } }, admin).json, "token");
    QVERIFY(!anna.isEmpty() && !monitor.isEmpty());
    const qint64 visit = servedVisit(*s, cashier, "Mali", { kThai }, kAnna);
    const qint64 payment = pay(*s, cashier, visit, "cash", 45000, "roles-pay-0001");
    const qint64 waiting = checkIn(*s, cashier, "Niran", { kHead });
    QVERIFY(visit && payment && waiting);

    struct Route {
        QByteArray verb;
        QString path;
        QJsonObject body;
        QStringList allowed; // among admin, cashier, therapist, monitor
        int okStatus;
    };
    const QString w = QString::number(waiting);
    const QList<Route> routes {
        { "GET", "/api/services", {}, { "admin", "cashier", "therapist", "monitor" }, 200 },
        { "GET", "/api/staff", {}, { "admin", "cashier", "therapist" }, 200 },
        { "GET", "/api/therapists", {}, { "admin", "cashier", "therapist", "monitor" }, 200 },
        { "GET", "/api/visits", {}, { "admin", "cashier", "therapist" }, 200 },
        { "GET", "/api/visits/" + w, {}, { "admin", "cashier", "therapist" }, 200 },
        { "GET", "/api/reports/daily", {}, { "admin", "cashier" }, 200 },
        { "POST",
          "/api/visits",
          { { "customer_name", "Ploy" }, { "service_ids", QJsonArray { kHead } } },
          { "admin", "cashier" },
          201 },
        { "POST",
          "/api/visits/" + w + "/assign",
          { { "therapist_id", kChai } },
          { "admin", "cashier" },
          200 },
        { "POST",
          "/api/services",
          { { "name", "Scrub" }, { "duration_min", 30 }, { "price", 1000 } },
          { "admin" },
          201 },
        { "PUT", "/api/services/1", { { "price", 46000 } }, { "admin" }, 200 },
        { "DELETE", "/api/services/4", {}, { "admin" }, 200 },
        { "POST",
          "/api/staff",
          { { "display_name", "Eka" }, { "role", "therapist" }, { "pin", "5555" } },
          { "admin" },
          201 },
        { "PUT", "/api/staff/6", { { "display_name", "Dewi K." } }, { "admin" }, 200 },
        { "DELETE", "/api/staff/6", {}, { "admin" }, 200 },
        { "GET", "/api/devices", {}, { "admin" }, 200 },
        { "POST", "/api/devices", { { "name", "Spare" } }, { "admin" }, 201 },
        { "POST",
          QStringLiteral("/api/payments/%1/void").arg(payment),
          { { "reason", "test" } },
          { "admin" },
          201 },
        { "POST", "/api/days/2026-03-01/close", {}, { "admin" }, 201 },
    };
    const QHash<QString, QString> tokens {
        { "admin", admin }, { "cashier", cashier }, { "therapist", anna }, { "monitor", monitor }
    };
    for (const Route &r : routes) {
        const QByteArray body = r.verb == "GET" || r.verb == "DELETE"
            ? QByteArray()
            : QJsonDocument(r.body).toJson(QJsonDocument::Compact);
        const QByteArray what = r.verb + ' ' + r.path.toUtf8();
        // Refusals first, so the allowed call (which may change things) comes last.
        for (const QString role : { "cashier", "therapist", "monitor" }) {
            if (r.allowed.contains(role))
                continue;
            const HttpResult res = s->request(r.verb, r.path, body, tokens.value(role));
            QVERIFY2(
                res.status == 403,
                QByteArray(what + " as " + role.toUtf8() + ": " + describe(res, 403)).constData());
            QCOMPARE(res.errorCode(), QStringLiteral("forbidden"));
        }
        const HttpResult none = s->request(r.verb, r.path, body);
        QVERIFY2(none.status == 401,
                 QByteArray(what + " without a token: " + describe(none, 401)).constData());
        for (const QString &role : r.allowed) {
            if (role != r.allowed.last() && r.verb != "GET")
                continue; // change things once only
            const HttpResult res = s->request(r.verb, r.path, body, tokens.value(role));
            QVERIFY2(res.status == r.okStatus,
                     QByteArray(what + " as " + role.toUtf8() + ": " + describe(res, r.okStatus))
                         .constData());
        }
    }
}

void TstApi::therapistOwnStatusAndVisits()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    const QString anna = s->loginTherapist(kAnna, "1111"), budi = s->loginTherapist(kBudi, "2222");

    EXPECT(own,
           s->put(QStringLiteral("/api/therapists/%1/status").arg(kAnna),
                  { { "status", "on_break" } }, anna),
           200);
    QCOMPARE(str(own.json, "therapist.status"), QStringLiteral("on_break"));
    const QByteArray therapists = s->get("/api/therapists", cashier).raw;
    EXPECT_ERROR(s->put(QStringLiteral("/api/therapists/%1/status").arg(kBudi),
                        { { "status", "off" } }, anna),
                 403, "forbidden");
    QCOMPARE(s->get("/api/therapists", cashier).raw, therapists);
    QCOMPARE(s->put(QStringLiteral("/api/therapists/%1/status").arg(kAnna),
                    { { "status", "available" } }, anna)
                 .status,
             200);

    const qint64 budis = checkIn(*s, cashier, "Mali", { kHead }, kBudi);
    const qint64 annas = checkIn(*s, cashier, "Niran", { kHead }, kAnna);
    QVERIFY(budis && annas);
    const QString b = QStringLiteral("/api/visits/%1/").arg(budis);
    const QByteArray before = s->get("/api/visits/" + QString::number(budis), cashier).raw;
    for (const char *action : { "call", "start", "complete" }) {
        const HttpResult r = s->post(b + QLatin1String(action), {}, anna);
        QVERIFY2(r.status == 403,
                 QByteArray(QByteArray(action) + ": " + describe(r, 403)).constData());
        QVERIFY(str(r.json, "error.message").contains("not assigned to you"));
    }
    for (const char *action : { "assign", "cancel", "no-show" })
        EXPECT_ERROR(s->post(b + QLatin1String(action), { { "reason", "x" } }, anna), 403,
                     "forbidden");
    QCOMPARE(s->get("/api/visits/" + QString::number(budis), cashier).raw, before);

    // Budi works his own visit; Anna hers; both may read the queue.
    QVERIFY(act(*s, budi, budis, "call") && act(*s, budi, budis, "start"));
    EXPECT_ERROR(s->post(b + "complete", {}, anna), 403, "forbidden");
    EXPECT_ERROR(s->put(QStringLiteral("/api/therapists/%1/status").arg(kBudi),
                        { { "status", "on_break" } }, budi),
                 409,
                 "illegal_state"); // busy with a customer
    QVERIFY(act(*s, budi, budis, "complete"));
    QVERIFY(act(*s, anna, annas, "start") && act(*s, anna, annas, "complete"));
    EXPECT_ERROR(
        s->post(
            QStringLiteral("/api/visits/%1/payments").arg(annas),
            { { "method", "cash" }, { "amount", 25000 }, { "idempotency_key", "anna-pays-01" } },
            anna),
        403, "forbidden");
    EXPECT(list, s->get("/api/visits", anna), 200);
    QCOMPARE(at(list.json, "visits").toArray().size(), 2);
}

// DESIGN.md: "the available therapist who has waited longest since their last customer gets the
// next walk-in". A visit assigned by turn order and then cancelled (or marked no-show) before it
// started gave the therapist no customer, so it should not send them to the back of the line.
void TstApi::cancelledAssignmentKeepsTurn()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = login(*s, "cashier");
    auto first = [&] {
        for (const QJsonValue &t :
             at(s->get("/api/therapists", cashier).json, "therapists").toArray())
            if (t.toObject().value("turn_position").toInt() == 1)
                return qint64(t.toObject().value("id").toDouble());
        return qint64(0);
    };
    QCOMPARE(first(), kAnna);
    const qint64 visit = checkIn(*s, cashier, "Mali", { kThai });
    QVERIFY(visit);
    s->clock.advanceSecs(60);
    EXPECT(assigned, s->post(QStringLiteral("/api/visits/%1/assign").arg(visit), {}, cashier), 200);
    QCOMPARE(num(assigned.json, "visit.therapist.id"), kAnna);
    s->clock.advanceSecs(60);
    QVERIFY(act(*s, cashier, visit, "cancel", { { "reason", "changed her mind" } }));
    QCOMPARE(first(), kAnna);
}

// docs/api.md "Bad inputs": each row is refused with the status and code shown and changes nothing.
// Placeholders in {braces} name the fixture's visits, payments and days (see initTestCase).
void TstApi::badInput_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mention"); // the error message must contain this

    auto row = [](const char *tag, const char *verb, const char *path, const QByteArray &body,
                  const char *who, int status, const char *code, const char *mention = "") {
        QTest::newRow(tag) << QByteArray(verb) << QString::fromUtf8(path) << body
                           << QString::fromUtf8(who) << status << QString::fromUtf8(code)
                           << QString::fromUtf8(mention);
    };
    const char *payBody = R"({"method":"cash","amount":1000,"idempotency_key":"row-never-used-1"})";

    // clang-format off

    // 400: the body is not a JSON object
    row("400 unterminated JSON", "POST", "/api/visits", R"({"customer_name": "Mali",)", "cashier", 400, "bad_json", "malformed JSON");
    row("400 array body", "POST", "/api/visits", "[1,2]", "cashier", 400, "bad_json", "JSON object");
    row("400 string body", "POST", "/api/visits/{waiting}/cancel", R"("no")", "cashier", 400, "bad_json");
    row("400 bare words", "POST", "/api/visits/{awaiting}/payments", "method=cash&amount=1", "cashier", 400, "bad_json");
    row("400 malformed login", "POST", "/api/login", R"({"username":)", "none", 400, "bad_json");

    // 401: no, bad or revoked token; wrong credentials
    row("401 no token", "GET", "/api/visits", "", "none", 401, "unauthorized", "Bearer");
    row("401 unknown token", "GET", "/api/visits", "", "bad", 401, "unauthorized", "invalid");
    row("401 logged-out token", "GET", "/api/services", "", "loggedout", 401, "unauthorized");
    row("401 Basic auth", "GET", "/api/visits", "", "basic", 401, "unauthorized");
    row("401 payment without token", "POST", "/api/visits/{awaiting}/payments", payBody, "none", 401, "unauthorized");
    row("401 wrong password", "POST", "/api/login", R"({"username":"cashier","password":"nope"})", "none", 401, "invalid_credentials");
    row("401 unknown user", "POST", "/api/login", R"({"username":"ghost","password":"boo"})", "none", 401, "invalid_credentials");
    row("401 wrong PIN", "POST", "/api/login", R"({"staff_id":3,"pin":"9999"})", "none", 401, "invalid_credentials");
    row("401 PIN for non-therapist", "POST", "/api/login", R"({"staff_id":1,"pin":"1111"})", "none", 401, "invalid_credentials");

    // 403: the role may not do this
    row("403 cashier creates service", "POST", "/api/services", R"({"name":"X","duration_min":30,"price":100})", "cashier", 403, "forbidden");
    row("403 cashier edits service", "PUT", "/api/services/1", R"({"price":1})", "cashier", 403, "forbidden");
    row("403 cashier retires service", "DELETE", "/api/services/1", "", "cashier", 403, "forbidden");
    row("403 cashier creates staff", "POST", "/api/staff", R"({"display_name":"X","role":"therapist","pin":"1234"})", "cashier", 403, "forbidden");
    row("403 cashier deactivates staff", "DELETE", "/api/staff/3", "", "cashier", 403, "forbidden");
    row("403 cashier lists devices", "GET", "/api/devices", "", "cashier", 403, "forbidden");
    row("403 cashier creates device", "POST", "/api/devices", R"({"name":"X"})", "cashier", 403, "forbidden");
    row("403 cashier voids", "POST", "/api/payments/{payment}/void", R"({"reason":"x"})", "cashier", 403, "forbidden");
    row("403 cashier closes day", "POST", "/api/days/{today}/close", "", "cashier", 403, "forbidden");
    row("403 therapist checks in", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1]})", "anna", 403, "forbidden");
    row("403 therapist assigns", "POST", "/api/visits/{waiting}/assign", "{}", "anna", 403, "forbidden");
    row("403 therapist cancels", "POST", "/api/visits/{waiting}/cancel", R"({"reason":"x"})", "anna", 403, "forbidden");
    row("403 therapist takes payment", "POST", "/api/visits/{awaiting}/payments", payBody, "anna", 403, "forbidden");
    row("403 therapist reads report", "GET", "/api/reports/daily", "", "anna", 403, "forbidden");
    row("403 therapist completes another's visit", "POST", "/api/visits/{in_service}/complete", "", "anna", 403, "forbidden", "not assigned to you");
    row("403 therapist calls another's visit", "POST", "/api/visits/{queued}/call", "", "anna", 403, "forbidden", "not assigned to you");
    row("403 therapist sets another's status", "PUT", "/api/therapists/4/status", R"({"status":"on_break"})", "anna", 403, "forbidden", "own status");
    row("403 monitor lists visits", "GET", "/api/visits", "", "monitor", 403, "forbidden", "monitor");
    row("403 monitor checks in", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1]})", "monitor", 403, "forbidden");
    row("403 monitor starts visit", "POST", "/api/visits/{assigned}/start", "", "monitor", 403, "forbidden");
    row("403 monitor sets status", "PUT", "/api/therapists/3/status", R"({"status":"off"})", "monitor", 403, "forbidden");

    // 404: unknown route or id
    row("404 unknown route", "GET", "/api/nope", "", "cashier", 404, "not_found", "no route");
    row("404 unknown top-level path", "GET", "/nope", "", "none", 404, "not_found");
    row("404 trailing slash", "GET", "/api/visits/", "", "cashier", 404, "not_found");
    row("404 unknown visit", "GET", "/api/visits/999999", "", "cashier", 404, "not_found", "999999");
    row("404 non-numeric id", "GET", "/api/visits/abc", "", "cashier", 404, "not_found", "abc");
    row("404 zero id", "GET", "/api/visits/0", "", "cashier", 404, "not_found");
    row("404 negative id", "POST", "/api/visits/-4/start", "", "cashier", 404, "not_found");
    row("404 start unknown visit", "POST", "/api/visits/999999/start", "", "cashier", 404, "not_found");
    row("404 pay unknown visit", "POST", "/api/visits/999999/payments", payBody, "cashier", 404, "not_found");
    row("404 void unknown payment", "POST", "/api/payments/999999/void", R"({"reason":"x"})", "admin", 404, "not_found");
    row("404 edit unknown service", "PUT", "/api/services/999999", R"({"price":1})", "admin", 404, "not_found");
    row("404 deactivate unknown staff", "DELETE", "/api/staff/999999", "", "admin", 404, "not_found");
    row("404 status of unknown therapist", "PUT", "/api/therapists/999999/status", R"({"status":"off"})", "admin", 404, "not_found");
    row("404 status of a cashier", "PUT", "/api/therapists/2/status", R"({"status":"off"})", "admin", 404, "not_found");

    // 405: known route, wrong method (with an Allow header)
    row("405 GET login", "GET", "/api/login", "", "none", 405, "method_not_allowed", "use POST");
    row("405 DELETE visits", "DELETE", "/api/visits", "", "cashier", 405, "method_not_allowed", "GET");
    row("405 PATCH service", "PATCH", "/api/services/1", R"({"price":1})", "admin", 405, "method_not_allowed", "PUT");
    row("405 POST health", "POST", "/health", "{}", "none", 405, "method_not_allowed", "use GET");

    // 409: illegal state change (the message names the current state) and other conflicts
    row("409 start waiting visit", "POST", "/api/visits/{waiting}/start", "", "cashier", 409, "illegal_state", "is waiting");
    row("409 complete assigned visit", "POST", "/api/visits/{assigned}/complete", "", "cashier", 409, "illegal_state", "is assigned");
    row("409 assign in-service visit", "POST", "/api/visits/{in_service}/assign", "{}", "cashier", 409, "illegal_state", "is in_service");
    row("409 cancel in-service visit", "POST", "/api/visits/{in_service}/cancel", R"({"reason":"x"})", "cashier", 409, "illegal_state", "is in_service");
    row("409 call awaiting visit", "POST", "/api/visits/{awaiting}/call", "", "cashier", 409, "illegal_state", "is awaiting_payment");
    row("409 no-show paid visit", "POST", "/api/visits/{paid}/no-show", "{}", "cashier", 409, "illegal_state", "is paid");
    row("409 pay paid visit", "POST", "/api/visits/{paid}/payments", payBody, "cashier", 409, "illegal_state", "is paid");
    row("409 pay waiting visit", "POST", "/api/visits/{waiting}/payments", payBody, "cashier", 409, "illegal_state", "is waiting");
    row("409 start with busy therapist", "POST", "/api/visits/{queued}/start", "", "cashier", 409, "therapist_busy");
    row("409 turn order finds nobody", "POST", "/api/visits/{waiting}/assign", "{}", "cashier", 409, "no_therapist_available");
    row("409 check in with therapist off", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1],"therapist_id":{off}})", "cashier", 409, "therapist_off");
    row("409 assign to therapist off", "POST", "/api/visits/{waiting}/assign", R"({"therapist_id":{off}})", "cashier", 409, "therapist_off");
    row("409 room in use", "POST", "/api/visits/{waiting}/assign", R"({"therapist_id":5,"room_id":{room}})", "cashier", 409, "room_taken");
    row("409 status of busy therapist", "PUT", "/api/therapists/4/status", R"({"status":"available"})", "admin", 409, "illegal_state", "busy");
    row("409 idempotency key reused", "POST", "/api/visits/{awaiting}/payments", R"({"method":"card","amount":20000,"idempotency_key":"fx-partial-01"})", "cashier", 409, "idempotency_key_reused");
    row("409 void twice", "POST", "/api/payments/{voided}/void", R"({"reason":"x"})", "admin", 409, "already_voided");
    row("409 void a void", "POST", "/api/payments/{void_row}/void", R"({"reason":"x"})", "admin", 409, "illegal_state");
    row("409 void on closed day", "POST", "/api/payments/{closed_payment}/void", R"({"reason":"x"})", "admin", 409, "day_closed", "closed");
    row("409 close closed day", "POST", "/api/days/{closed_day}/close", "", "admin", 409, "day_closed");
    row("409 close day with open visits", "POST", "/api/days/{today}/close", "", "admin", 409, "open_visits", "still open");
    row("409 username taken", "POST", "/api/staff", R"({"display_name":"X","role":"cashier","username":"admin","password":"abcd"})", "admin", 409, "username_taken");
    row("409 deactivate yourself", "DELETE", "/api/staff/1", "", "admin", 409, "self_delete");
    row("409 deactivate therapist with visits", "DELETE", "/api/staff/3", "", "admin", 409, "has_active_visits");

    // 413: body over 64 KiB
    row("413 check-in over 64 KiB", "POST", "/api/visits", "@70000", "cashier", 413, "body_too_large", "65536");
    row("413 login over 64 KiB", "POST", "/api/login", "@70000", "none", 413, "body_too_large");

    // 422: missing or wrong-typed fields, impossible values
    row("422 check-in: no name", "POST", "/api/visits", R"({"service_ids":[1]})", "cashier", 422, "validation_failed", "'customer_name' is required");
    row("422 check-in: name not a string", "POST", "/api/visits", R"({"customer_name":42,"service_ids":[1]})", "cashier", 422, "validation_failed", "must be a string");
    row("422 check-in: blank name", "POST", "/api/visits", R"({"customer_name":"   ","service_ids":[1]})", "cashier", 422, "validation_failed", "must not be empty");
    row("422 check-in: name too long", "POST", "/api/visits", QByteArray("{\"customer_name\":\"" + QByteArray(101, 'n') + "\",\"service_ids\":[1]}"), "cashier", 422, "validation_failed", "longer than");
    row("422 check-in: no services", "POST", "/api/visits", R"({"customer_name":"X"})", "cashier", 422, "validation_failed", "'service_ids' is required");
    row("422 check-in: services not array", "POST", "/api/visits", R"({"customer_name":"X","service_ids":"1"})", "cashier", 422, "validation_failed", "array");
    row("422 check-in: empty services", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[]})", "cashier", 422, "validation_failed", "must not be empty");
    row("422 check-in: fractional id", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1.5]})", "cashier", 422, "validation_failed");
    row("422 check-in: negative id", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[-3]})", "cashier", 422, "validation_failed");
    row("422 check-in: unknown service", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1,999]})", "cashier", 422, "validation_failed", "999");
    row("422 check-in: retired service", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[{retired}]})", "cashier", 422, "validation_failed");
    row("422 check-in: therapist id as text", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1],"therapist_id":"3"})", "cashier", 422, "validation_failed", "whole number");
    row("422 check-in: unknown therapist", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1],"therapist_id":999})", "cashier", 422, "validation_failed", "therapist");
    row("422 check-in: phone not a string", "POST", "/api/visits", R"({"customer_name":"X","service_ids":[1],"phone":812345678})", "cashier", 422, "validation_failed", "phone");
    row("422 pay: no method", "POST", "/api/visits/{awaiting}/payments", R"({"amount":1000,"idempotency_key":"row-never-used-2"})", "cashier", 422, "validation_failed", "method");
    row("422 pay: unknown method", "POST", "/api/visits/{awaiting}/payments", R"({"method":"bitcoin","amount":1000,"idempotency_key":"row-never-used-3"})", "cashier", 422, "validation_failed", "cash, card, ewallet");
    row("422 pay: no amount", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","idempotency_key":"row-never-used-4"})", "cashier", 422, "validation_failed", "'amount' is required");
    row("422 pay: zero amount", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":0,"idempotency_key":"row-never-used-5"})", "cashier", 422, "validation_failed", "amount");
    row("422 pay: negative amount", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":-500,"idempotency_key":"row-never-used-6"})", "cashier", 422, "validation_failed", "amount");
    row("422 pay: fractional amount", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":100.5,"idempotency_key":"row-never-used-7"})", "cashier", 422, "validation_failed", "whole number");
    row("422 pay: amount as text", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":"100","idempotency_key":"row-never-used-8"})", "cashier", 422, "validation_failed", "whole number");
    row("422 pay: more than due", "POST", "/api/visits/{awaiting}/payments", R"({"method":"card","amount":25001,"idempotency_key":"row-never-used-9"})", "cashier", 422, "validation_failed", "balance due");
    row("422 pay: negative tip", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":1000,"tip":-1,"idempotency_key":"row-never-used-10"})", "cashier", 422, "validation_failed", "tip");
    row("422 pay: tendered too little", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":1000,"tip":500,"tendered":1200,"idempotency_key":"row-never-used-11"})", "cashier", 422, "validation_failed", "tendered");
    row("422 pay: tendered for card", "POST", "/api/visits/{awaiting}/payments", R"({"method":"card","amount":1000,"tendered":2000,"idempotency_key":"row-never-used-12"})", "cashier", 422, "validation_failed", "cash payments only");
    row("422 pay: no idempotency key", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":1000})", "cashier", 422, "validation_failed", "idempotency_key");
    row("422 pay: short idempotency key", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":1000,"idempotency_key":"abc"})", "cashier", 422, "validation_failed", "at least 8");
    row("422 pay: numeric idempotency key", "POST", "/api/visits/{awaiting}/payments", R"({"method":"cash","amount":1000,"idempotency_key":12345678})", "cashier", 422, "validation_failed", "string");
    row("422 cancel: no reason", "POST", "/api/visits/{waiting}/cancel", "{}", "cashier", 422, "validation_failed", "reason");
    row("422 cancel: empty reason", "POST", "/api/visits/{waiting}/cancel", R"({"reason":""})", "cashier", 422, "validation_failed", "reason");
    row("422 assign: therapist id as text", "POST", "/api/visits/{waiting}/assign", R"({"therapist_id":"x"})", "cashier", 422, "validation_failed", "whole number");
    row("422 assign: unknown therapist", "POST", "/api/visits/{waiting}/assign", R"({"therapist_id":999})", "cashier", 422, "validation_failed", "therapist");
    row("422 assign: room zero", "POST", "/api/visits/{waiting}/assign", R"({"therapist_id":3,"room_id":0})", "cashier", 422, "validation_failed", "room_id");
    row("422 void: no reason", "POST", "/api/payments/{payment}/void", "{}", "admin", 422, "validation_failed", "reason");
    row("422 status: missing", "PUT", "/api/therapists/3/status", "{}", "anna", 422, "validation_failed", "status");
    row("422 status: busy is not settable", "PUT", "/api/therapists/3/status", R"({"status":"busy"})", "anna", 422, "validation_failed", "available, on_break, off");
    row("422 status: not a string", "PUT", "/api/therapists/3/status", R"({"status":1})", "cashier", 422, "validation_failed");
    row("422 visits: unknown status filter", "GET", "/api/visits?status=sleeping", "", "cashier", 422, "validation_failed", "status");
    row("422 visits: bad date filter", "GET", "/api/visits?date=2026-13-40", "", "cashier", 422, "validation_failed", "YYYY-MM-DD");
    row("422 report: bad date", "GET", "/api/reports/daily?date=yesterday", "", "cashier", 422, "validation_failed", "YYYY-MM-DD");
    row("422 close: future day", "POST", "/api/days/2099-01-01/close", "", "admin", 422, "validation_failed", "not happened");
    row("422 close: not a date", "POST", "/api/days/garbage/close", "", "admin", 422, "validation_failed", "YYYY-MM-DD");
    row("422 service: zero duration", "POST", "/api/services", R"({"name":"X","duration_min":0,"price":100})", "admin", 422, "validation_failed", "duration_min");
    row("422 service: negative price", "POST", "/api/services", R"({"name":"X","duration_min":30,"price":-1})", "admin", 422, "validation_failed", "price");
    row("422 service: no name", "POST", "/api/services", R"({"duration_min":30,"price":100})", "admin", 422, "validation_failed", "name");
    row("422 service: active not bool", "PUT", "/api/services/1", R"({"active":"yes"})", "admin", 422, "validation_failed", "active");
    row("422 service: empty name", "PUT", "/api/services/1", R"({"name":""})", "admin", 422, "validation_failed", "name");
    row("422 staff: unknown role", "POST", "/api/staff", R"({"display_name":"X","role":"owner"})", "admin", 422, "validation_failed", "role");
    row("422 staff: short PIN", "POST", "/api/staff", R"({"display_name":"X","role":"therapist","pin":"12"})", "admin", 422, "validation_failed", "pin");
    row("422 staff: cashier without password", "POST", "/api/staff", R"({"display_name":"X","role":"cashier","username":"xx"})", "admin", 422, "validation_failed", "password");
    row("422 staff: change role", "PUT", "/api/staff/2", R"({"role":"admin"})", "admin", 422, "validation_failed", "cannot be changed");
    row("422 staff: password for therapist", "PUT", "/api/staff/3", R"({"password":"abcd"})", "admin", 422, "validation_failed", "PIN");
    row("422 staff: PIN for cashier", "PUT", "/api/staff/2", R"({"pin":"1234"})", "admin", 422, "validation_failed", "PIN");
    row("422 device: no name", "POST", "/api/devices", "{}", "admin", 422, "validation_failed", "name");
    row("422 login: no password", "POST", "/api/login", R"({"username":"admin"})", "none", 422, "validation_failed", "password");
    row("422 login: nothing", "POST", "/api/login", "{}", "none", 422, "validation_failed", "username");
    row("422 login: staff id as text", "POST", "/api/login", R"({"staff_id":"3","pin":"1111"})", "none", 422, "validation_failed", "staff_id");
    row("422 login: PIN as number", "POST", "/api/login", R"({"staff_id":3,"pin":1111})", "none", 422, "validation_failed", "pin");
    // clang-format on
}

void TstApi::badInput()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, mention);
    QVERIFY(m_fx);

    for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it) {
        path.replace('{' + it.key() + '}', it.value());
        body.replace(QByteArray('{' + it.key().toUtf8() + '}'), it.value().toUtf8());
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    QVERIFY2(!path.contains(placeholder) && !QString::fromUtf8(body).contains(placeholder),
             "unknown placeholder");
    if (body.startsWith('@'))
        body = bodyOfSize(body.mid(1).toInt());
    QList<QPair<QByteArray, QByteArray>> extra;
    QString token = m_tokens.value(who);
    if (who == QLatin1String("basic"))
        extra.append(qMakePair(QByteArray("Authorization"), QByteArray("Basic YWRtaW46YWRtaW4=")));
    else
        QVERIFY2(m_tokens.contains(who), qPrintable(who));

    const HttpResult r = m_fx->request(verb, path, body, token, extra);
    QVERIFY2(r.status == status, describe(r, status).constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.json.keys(), QStringList { "error" });
    QCOMPARE(r.errorCode(), code);
    const QString message = str(r.json, "error.message");
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(mention), qPrintable(message));
    if (status == 405)
        QVERIFY(!r.header("allow").isEmpty());

    // Nothing changed: journal, visits, payments, reports, staff, services, devices.
    const QList<QByteArray> now = fixtureSnapshot().split('\n'), before = m_baseline.split('\n');
    QCOMPARE(now.size(), before.size());
    for (int i = 0; i < now.size(); ++i)
        QCOMPARE(now.at(i), before.at(i));
}

void TstApi::cleanup()
{
    // A failed bad-input row may have changed the fixture: judge the next rows on their own.
    if (m_fx && QTest::currentTestFailed() &&
        qstrcmp(QTest::currentTestFunction(), "badInput") == 0)
        m_baseline = fixtureSnapshot();
}

QTEST_MAIN(TstApi)
#include "tst_api.moc"

// CORS: configured origins get the headers and preflights; other sites get neither, and cannot
// open the socket; same-origin pages and native apps (no Origin) are unaffected.
void TstApi::corsAndOrigins()
{
    TestServer s(true, kMorning);
    s.config.corsOrigins = QStringList { QStringLiteral("https://booking.example.com") };
    QVERIFY(s.start());
    const QByteArray good = "https://booking.example.com";
    const QByteArray bad = "https://evil.example.net";

    HttpResult pre = s.request("OPTIONS", "/api/visits", {}, {},
                               { { "Origin", good }, { "Access-Control-Request-Method", "POST" } });
    QCOMPARE(pre.status, 204);
    QCOMPARE(pre.header("access-control-allow-origin"), good);
    QVERIFY(pre.header("access-control-allow-methods").contains("POST"));
    QVERIFY(pre.header("access-control-allow-headers").contains("Authorization"));
    EXPECT_ERROR(s.request("OPTIONS", "/api/visits", {}, {}, { { "Origin", bad } }), 403,
                 "origin_not_allowed");
    EXPECT_ERROR(s.request("OPTIONS", "/api/nothing", {}, {}, { { "Origin", good } }), 404,
                 "not_found");

    HttpResult h = s.request("GET", "/health", {}, {}, { { "Origin", good } });
    QCOMPARE(h.status, 200);
    QCOMPARE(h.header("access-control-allow-origin"), good);
    QCOMPARE(h.header("vary"), QByteArray("Origin"));
    h = s.request("GET", "/health", {}, {}, { { "Origin", bad } });
    QCOMPARE(h.status, 200);
    QVERIFY(h.header("access-control-allow-origin").isEmpty());

    // 401 says how to authenticate (RFC 6750).
    HttpResult u = s.get("/api/visits");
    QCOMPARE(u.status, 401);
    QVERIFY(u.header("www-authenticate").startsWith("Bearer"));

    // The socket: another site's page is refused before the upgrade; the same host is fine.
    auto upgrade = [&](const QByteArray &origin) {
        QTcpSocket sock;
        sock.connectToHost(QHostAddress::LocalHost, s.port());
        if (!sock.waitForConnected(3000))
            return QByteArray();
        QByteArray req = "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1:" +
            QByteArray::number(s.port()) +
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
            "dGhlIHNhbXBsZSBub25jZQ==\r\n"
            "Sec-WebSocket-Version: 13\r\n";
        if (!origin.isEmpty())
            req += "Origin: " + origin + "\r\n";
        sock.write(req + "\r\n");
        QByteArray answer;
        for (int i = 0; i < 100 && !answer.contains("\r\n\r\n"); ++i) {
            QTest::qWait(20); // the server runs on this thread: let it answer
            answer += sock.readAll();
        }
        return answer;
    };
    QVERIFY(upgrade(bad).startsWith("HTTP/1.1 403"));
    QVERIFY(upgrade("http://127.0.0.1:" + QByteArray::number(s.port())).startsWith("HTTP/1.1 101"));
    QVERIFY(upgrade(good).startsWith("HTTP/1.1 101"));
    QVERIFY(upgrade({}).startsWith("HTTP/1.1 101"));
}

// A discount by amount or percent, with a reason, lowers what is due; the bill never goes below
// what is already paid, and a paid visit cannot be discounted.
void TstApi::discounts()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = s->login("cashier", "cashier");
    EXPECT(v,
           s->post("/api/visits",
                   { { "customer_name", "Lamai" }, { "service_ids", QJsonArray { 1, 5 } } },
                   cashier),
           201);
    const qint64 id = num(v.json, "visit.id");
    QCOMPARE(num(v.json, "visit.subtotal"), 70000);
    QCOMPARE(num(v.json, "visit.total"), 70000);
    const QString path = QStringLiteral("/api/visits/%1/discount").arg(id);

    EXPECT(p, s->post(path, { { "percent", 10 }, { "reason", "birthday" } }, cashier), 200);
    QCOMPARE(num(p.json, "visit.discount"), 7000);
    QCOMPARE(num(p.json, "visit.total"), 63000);
    QCOMPARE(num(p.json, "visit.balance_due"), 63000);
    QCOMPARE(str(p.json, "visit.discount_reason"), QStringLiteral("birthday"));
    EXPECT(a, s->post(path, { { "amount", 5000 }, { "reason", "loyalty card" } }, cashier), 200);
    QCOMPARE(num(a.json, "visit.total"), 65000);

    EXPECT_ERROR(s->post(path, { { "amount", 100 }, { "percent", 5 }, { "reason", "x" } }, cashier),
                 422, "validation_failed");
    EXPECT_ERROR(s->post(path, { { "reason", "x" } }, cashier), 422, "validation_failed");
    EXPECT_ERROR(s->post(path, { { "amount", 5000 } }, cashier), 422, "validation_failed");
    EXPECT_ERROR(s->post(path, { { "percent", 101 }, { "reason", "x" } }, cashier), 422,
                 "validation_failed");
    EXPECT_ERROR(s->post(path, { { "amount", 70001 }, { "reason", "x" } }, cashier), 422,
                 "validation_failed");
    EXPECT_ERROR(s->post(path, { { "amount", "5000" }, { "reason", "x" } }, cashier), 422,
                 "validation_failed");
    EXPECT_ERROR(
        s->post("/api/visits/999999/discount", { { "amount", 1 }, { "reason", "x" } }, cashier),
        404, "not_found");
    const QString anna = s->loginTherapist(3, "1111");
    EXPECT_ERROR(s->post(path, { { "amount", 1 }, { "reason", "x" } }, anna), 403, "forbidden");

    for (const char *step : { "assign", "start", "complete" })
        QCOMPARE(s->post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {},
                         cashier)
                     .status,
                 200);
    EXPECT(
        part,
        s->post(QStringLiteral("/api/visits/%1/payments").arg(id),
                { { "method", "card" }, { "amount", 40000 }, { "idempotency_key", "disc-part-1" } },
                cashier),
        201);
    // 40,000 is paid: a discount leaving less than that due is refused, and changes nothing.
    EXPECT_ERROR(s->post(path, { { "amount", 40000 }, { "reason", "x" } }, cashier), 409,
                 "already_paid");
    EXPECT(rest,
           s->post(QStringLiteral("/api/visits/%1/payments").arg(id),
                   { { "method", "cash" },
                     { "amount", 25000 },
                     { "tendered", 30000 },
                     { "idempotency_key", "disc-rest-1" } },
                   cashier),
           201);
    QCOMPARE(str(rest.json, "visit.status"), QStringLiteral("paid"));
    QCOMPARE(num(rest.json, "change_due"), 5000);
    EXPECT_ERROR(s->post(path, { { "amount", 0 } }, cashier), 409, "illegal_state");

    // A completed service discounted to nothing is settled by the discount itself.
    EXPECT(free,
           s->post("/api/visits",
                   { { "customer_name", "Comp" }, { "service_ids", QJsonArray { 5 } } }, cashier),
           201);
    const qint64 freeId = num(free.json, "visit.id");
    for (const char *step : { "assign", "start", "complete" })
        QCOMPARE(s->post(QStringLiteral("/api/visits/%1/%2").arg(freeId).arg(QLatin1String(step)),
                         {}, cashier)
                     .status,
                 200);
    EXPECT(comp,
           s->post(QStringLiteral("/api/visits/%1/discount").arg(freeId),
                   { { "percent", 100 }, { "reason", "complaint" } }, cashier),
           200);
    QCOMPARE(str(comp.json, "visit.status"), QStringLiteral("paid"));
    QCOMPARE(num(comp.json, "visit.balance_due"), 0);

    EXPECT(report, s->get("/api/reports/daily?date=2026-03-02", cashier), 200);
    QCOMPARE(num(report.json, "revenue"), 65000);
    QCOMPARE(num(report.json, "discounts.amount"), 5000 + 25000);
    QCOMPARE(num(report.json, "discounts.count"), 2);
}

void TstApi::settingsAndRoster()
{
    auto s = startServer();
    QVERIFY(s);
    EXPECT(roster, s->get("/api/roster"), 200);
    const QJsonArray list = roster.json.value("therapists").toArray();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).toObject().value("name").toString(), QStringLiteral("Anna"));
    QCOMPARE(list.at(0).toObject().keys(),
             QStringList({ "id", "name" })); // names only, nothing else
    EXPECT_ERROR(s->get("/api/settings"), 401, "unauthorized");
    EXPECT(settings, s->get("/api/settings", s->app->demoKioskToken()), 200);
    QCOMPARE(str(settings.json, "venue_name"), QStringLiteral("Lotus Day Spa"));
    QCOMPARE(str(settings.json, "currency"), QStringLiteral("THB"));
    QCOMPARE(str(settings.json, "business_date"), QStringLiteral("2026-03-02"));
}

void TstApi::paymentsOfADay()
{
    auto s = startServer();
    QVERIFY(s);
    const QString cashier = s->login("cashier", "cashier");
    const QString admin = s->login("admin", "admin");
    EXPECT(v,
           s->post("/api/visits",
                   { { "customer_name", "Pim Saelim" }, { "service_ids", QJsonArray { 5 } } },
                   cashier),
           201);
    const qint64 id = num(v.json, "visit.id");
    for (const char *step : { "assign", "start", "complete" })
        QCOMPARE(s->post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)), {},
                         cashier)
                     .status,
                 200);
    EXPECT(p,
           s->post(QStringLiteral("/api/visits/%1/payments").arg(id),
                   { { "method", "card" },
                     { "amount", 25000 },
                     { "tip", 2000 },
                     { "idempotency_key", "day-list-1" } },
                   cashier),
           201);
    QCOMPARE(s->post(QStringLiteral("/api/payments/%1/void").arg(num(p.json, "payment.id")),
                     { { "reason", "wrong card" } }, admin)
                 .status,
             201);
    EXPECT(list, s->get("/api/payments?date=2026-03-02", cashier), 200);
    const QJsonArray rows = list.json.value("payments").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value("ticket").toString(), QStringLiteral("001"));
    QCOMPARE(rows.at(0).toObject().value("customer_name").toString(), QStringLiteral("Pim Saelim"));
    QCOMPARE(rows.at(0).toObject().value("therapist_name").toString(), QStringLiteral("Anna"));
    QCOMPARE(rows.at(0).toObject().value("voided").toBool(), true);
    QCOMPARE(rows.at(1).toObject().value("kind").toString(), QStringLiteral("void"));
    QCOMPARE(rows.at(1).toObject().value("amount").toInt(), -25000);
    QCOMPARE(list.json.value("closed").toBool(), false);
    EXPECT_ERROR(s->get("/api/payments?date=yesterday", cashier), 422, "validation_failed");
    EXPECT_ERROR(s->get("/api/payments", s->loginTherapist(3, "1111")), 403, "forbidden");
    EXPECT(empty, s->get("/api/payments?date=2026-03-01", cashier), 200);
    QCOMPARE(empty.json.value("payments").toArray().size(), 0);
}

// The request head is checked before Qt reads a body: an oversized head is 431, a chunked body
// (no Content-Length to check) is 411, and nothing reaches the API.
void TstApi::requestHeadLimits()
{
    auto s = startServer();
    QVERIFY(s);
    auto send = [&](const QByteArray &request) {
        QTcpSocket sock;
        sock.connectToHost(QHostAddress::LocalHost, s->port());
        QByteArray answer;
        for (int i = 0; i < 100 && sock.state() != QAbstractSocket::ConnectedState; ++i)
            QTest::qWait(10);
        sock.write(request);
        for (int i = 0; i < 150 && !answer.contains("\r\n\r\n"); ++i) {
            QTest::qWait(20); // the server runs on this thread: let it answer
            answer += sock.readAll();
        }
        return answer;
    };
    const QByteArray bigHead =
        "GET /health HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n";
    const QByteArray head = send(bigHead);
    QVERIFY2(head.startsWith("HTTP/1.1 431"), head.left(80).constData());
    QVERIFY(head.contains("headers_too_large"));
    const QByteArray chunked =
        send("POST /api/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
             "Content-Type: application/json\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
    QVERIFY2(chunked.startsWith("HTTP/1.1 411"), chunked.left(80).constData());
    QVERIFY(chunked.contains("length_required"));
    // Ordinary requests on the same server still work.
    QCOMPARE(s->get("/health").status, 200);
}
