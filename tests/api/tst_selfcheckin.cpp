// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The self check-in kiosk's side of the server (issue 17 item 3): an admin makes a `checkin`
// device token; with it a kiosk reads its screen (services, venue, wait) and checks a walk-in in
// over REST and Socket.IO; what it stored is read back by the desk. Bad input is refused with a
// 4xx and leaves the database as it was. (That a checkin token is refused everything else, REST
// and Socket.IO, is tst_roletable's `checkin` column.)

#include "sioclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

class TstSelfCheckin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminMakesACheckinDevice();
    void screenHasServicesVenueAndWait();
    void walkInIsStoredWithServicesNameAndPhone();
    void socketCheckinWorks();
    void badInputIsRefusedAndChangesNothing_data();
    void badInputIsRefusedAndChangesNothing();
    void malformedJsonIsRefused();
    void revokedKioskIsRefused();

private:
    // Open visits and the journal's length: what a refused check-in must not change.
    QPair<int, qint64> stateNow();

    std::unique_ptr<TestServer> m_s;
    QString m_admin, m_kiosk;
    qint64 m_kioskId = 0;
    QList<qint64> m_services;
};

void TstSelfCheckin::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("spa.*.info=false"));
    m_s = std::make_unique<TestServer>();
    m_s->config.hub.commandsPerSecond = 0;
    QVERIFY(m_s->start());
    m_admin = m_s->login("admin", "admin");
    QVERIFY(!m_admin.isEmpty());
    for (const QJsonValue &v : m_s->get("/api/services", m_admin).json.value("services").toArray())
        if (v.toObject().value("active").toBool())
            m_services.append(qint64(v.toObject().value("id").toDouble()));
    QVERIFY(m_services.size() >= 2);
}

QPair<int, qint64> TstSelfCheckin::stateNow()
{
    QPair<int, qint64> counts;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_s->config.database);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT (SELECT COUNT(*) FROM visits), "
                                       "(SELECT COUNT(*) FROM visit_services) + "
                                       "(SELECT COUNT(*) FROM events)"),
                        db);
            if (q.next())
                counts = { q.value(0).toInt(), q.value(1).toLongLong() };
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return counts;
}

void TstSelfCheckin::adminMakesACheckinDevice()
{
    const HttpResult made =
        m_s->post("/api/devices", { { "name", "Lobby check-in" }, { "role", "checkin" } }, m_admin);
    QCOMPARE(made.status, 201);
    QCOMPARE(made.json.value("device").toObject().value("role").toString(),
             QStringLiteral("checkin"));
    m_kiosk = made.json.value("token").toString();
    m_kioskId = qint64(made.json.value("device").toObject().value("id").toDouble());
    QVERIFY(!m_kiosk.isEmpty());
    bool listed = false;
    for (const QJsonValue &d : m_s->get("/api/devices", m_admin).json.value("devices").toArray())
        if (qint64(d.toObject().value("id").toDouble()) == m_kioskId)
            listed = d.toObject().value("role").toString() == QLatin1String("checkin");
    QVERIFY(listed);
    // Without a role it is a wall monitor, as before; an unknown role is refused, nothing made.
    QCOMPARE(m_s->post("/api/devices", { { "name", "TV" } }, m_admin)
                 .json.value("device")
                 .toObject()
                 .value("role")
                 .toString(),
             QStringLiteral("monitor"));
    const int devices = m_s->get("/api/devices", m_admin).json.value("devices").toArray().size();
    for (const QJsonValue &role : { QJsonValue("admin"), QJsonValue("cashier"), QJsonValue(7) }) {
        const HttpResult bad =
            m_s->post("/api/devices", { { "name", "Bad" }, { "role", role } }, m_admin);
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.raw.contains("role"));
    }
    QCOMPARE(m_s->get("/api/devices", m_admin).json.value("devices").toArray().size(), devices);
}

void TstSelfCheckin::screenHasServicesVenueAndWait()
{
    const HttpResult r = m_s->get("/api/checkin", m_kiosk);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.value("venue_name").toString().isEmpty());
    QVERIFY(!r.json.value("currency").toString().isEmpty());
    QCOMPARE(r.json.value("languages").toArray().size(), 3);
    // Empty on a loopback listener (phones cannot reach it); the venue's public address when set.
    QVERIFY(r.json.contains("customer_base_url"));
    QCOMPARE(m_s->put("/api/settings", { { "public_url", "https://spa.example" } }, m_admin).status,
             200);
    QCOMPARE(m_s->get("/api/checkin", m_kiosk).json.value("customer_base_url").toString(),
             QStringLiteral("https://spa.example"));
    const QJsonArray services = r.json.value("services").toArray();
    QCOMPARE(services.size(), m_services.size());
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value("duration_min").toInt() > 0);
        QVERIFY(s.contains("price") && !s.value("name").toString().isEmpty());
    }
    QVERIFY(r.json.contains("estimated_wait_min"));
    QVERIFY(r.json.contains("waiting"));
    // Nothing of any customer in it.
    QVERIFY(!r.raw.contains("customer_name") && !r.raw.contains("phone"));
}

void TstSelfCheckin::walkInIsStoredWithServicesNameAndPhone()
{
    const int waitingBefore = m_s->get("/api/checkin", m_kiosk).json.value("waiting").toInt();
    const HttpResult r =
        m_s->post("/api/checkin",
                  { { "first_name", "  Mali " },
                    { "phone", "+66 81 234 5678" },
                    { "service_ids", QJsonArray { m_services[0], m_services[1] } } },
                  m_kiosk);
    QCOMPARE(r.status, 201);
    const QJsonObject t = r.json.value("ticket").toObject();
    QVERIFY(t.value("ticket_no").toInt() > 0);
    QCOMPARE(t.value("ticket").toString().size(), 3);
    QCOMPARE(t.value("code").toString().size(), 10);
    QVERIFY(t.contains("estimated_wait_min") && t.value("position").toInt() >= 1);
    const qint64 id = qint64(t.value("id").toDouble());

    // The desk sees what the kiosk stored: the first name, the phone, both services, waiting,
    // no therapist, no notes; and the journal says a device did it.
    const QJsonObject v =
        m_s->get(QStringLiteral("/api/visits/%1").arg(id), m_admin).json.value("visit").toObject();
    QCOMPARE(v.value("customer_name").toString(), QStringLiteral("Mali"));
    QCOMPARE(v.value("phone").toString(), QStringLiteral("+66 81 234 5678"));
    QCOMPARE(v.value("status").toString(), QStringLiteral("waiting"));
    QVERIFY(v.value("notes").isNull());
    QVERIFY(v.value("therapist").isNull() || v.value("therapist").toObject().isEmpty());
    QList<qint64> stored;
    for (const QJsonValue &s : v.value("services").toArray())
        stored.append(
            qint64(s.toObject().value("service_id").toDouble(s.toObject().value("id").toDouble())));
    std::sort(stored.begin(), stored.end());
    QList<qint64> chosen { m_services[0], m_services[1] };
    std::sort(chosen.begin(), chosen.end());
    QCOMPARE(stored, chosen);
    const QJsonArray audit =
        m_s->get("/api/audit?limit=500", m_admin).json.value("entries").toArray();
    bool byDevice = false;
    for (const QJsonValue &e : audit)
        if (e.toObject().value("type").toString() == QLatin1String("visit.checked_in"))
            byDevice = e.toObject().value("actor").toString() ==
                QStringLiteral("device:%1").arg(m_kioskId);
    QVERIFY2(byDevice, "the journal names the kiosk as who checked in");
    QCOMPARE(m_s->get("/api/checkin", m_kiosk).json.value("waiting").toInt(), waitingBefore + 1);
}

void TstSelfCheckin::socketCheckinWorks()
{
    SioClient c;
    QVERIFY(c.start(m_s->port(), { { "token", m_kiosk } }));
    const QJsonObject ack =
        c.call("visit:self_checkin",
               { { "first_name", "Budi" }, { "service_ids", QJsonArray { m_services[1] } } });
    QCOMPARE(ack.value("ok").toBool(), true);
    QCOMPARE(ack.value("ticket").toObject().value("customer_name").toString(),
             QStringLiteral("Budi"));
    // The desk's own check-in is not the kiosk's.
    const QJsonObject desk =
        c.call("visit:checkin",
               { { "customer_name", "Budi" }, { "service_ids", QJsonArray { m_services[1] } } });
    QCOMPARE(desk.value("error").toObject().value("code").toString(), QStringLiteral("forbidden"));
}

void TstSelfCheckin::badInputIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named"); // the field the refusal names
    const QJsonArray one { 1 };
    QTest::newRow("no services") << QJsonObject { { "first_name", "Mali" } } << "service_ids";
    QTest::newRow("empty services")
        << QJsonObject { { "first_name", "Mali" }, { "service_ids", QJsonArray() } }
        << "service_ids";
    QTest::newRow("unknown service")
        << QJsonObject { { "first_name", "Mali" }, { "service_ids", QJsonArray { 1, 987654 } } }
        << "987654";
    QTest::newRow("service twice")
        << QJsonObject { { "first_name", "Mali" }, { "service_ids", QJsonArray { 1, 1 } } }
        << "service_ids";
    QTest::newRow("ids not numbers")
        << QJsonObject { { "first_name", "Mali" }, { "service_ids", QJsonArray { "x" } } }
        << "service_ids";
    QTest::newRow("no name") << QJsonObject { { "service_ids", one } } << "first_name";
    QTest::newRow("blank name") << QJsonObject { { "first_name", "   " }, { "service_ids", one } }
                                << "first_name";
    QTest::newRow("oversized name")
        << QJsonObject { { "first_name", QString(41, QLatin1Char('a')) }, { "service_ids", one } }
        << "first_name";
    QTest::newRow("name not text")
        << QJsonObject { { "first_name", 12 }, { "service_ids", one } } << "first_name";
    QTest::newRow("control characters")
        << QJsonObject { { "first_name", QStringLiteral("Ma\x1b[2Jli") }, { "service_ids", one } }
        << "first_name";
    QTest::newRow("bad phone") << QJsonObject {
        { "first_name", "Mali" }, { "phone", "call me" }, { "service_ids", one }
    } << "phone";
    QTest::newRow("oversized phone") << QJsonObject {
        { "first_name", "Mali" }, { "phone", QString(40, QLatin1Char('1')) }, { "service_ids", one }
    } << "phone";
    // What only the desk may set.
    for (const char *field : { "therapist_id", "notes", "customer_name", "discount" })
        QTest::newRow(field) << QJsonObject {
            { "first_name", "Mali" }, { "service_ids", one }, { QLatin1String(field), 3 }
        } << field;
}

void TstSelfCheckin::badInputIsRefusedAndChangesNothing()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const auto before = stateNow();
    const HttpResult r = m_s->post("/api/checkin", body, m_kiosk);
    QCOMPARE(r.status, 422);
    QVERIFY2(QString::fromUtf8(r.raw).contains(named), r.raw.constData());
    QCOMPARE(stateNow(), before);
}

void TstSelfCheckin::malformedJsonIsRefused()
{
    const auto before = stateNow();
    for (const QByteArray &raw : { QByteArray("{\"first_name\": \"Mali\", \"service_ids\": [1"),
                                   QByteArray("[1, 2]"), QByteArray("first_name=Mali") }) {
        const HttpResult r = m_s->request("POST", "/api/checkin", raw, m_kiosk);
        QVERIFY2(r.status == 400 || r.status == 422, r.raw.constData());
    }
    QCOMPARE(stateNow(), before);
}

void TstSelfCheckin::revokedKioskIsRefused()
{
    QCOMPARE(m_s->request("DELETE", QStringLiteral("/api/devices/%1").arg(m_kioskId), {}, m_admin)
                 .status,
             200);
    QCOMPARE(m_s->get("/api/checkin", m_kiosk).status, 401);
    QCOMPARE(
        m_s->post("/api/checkin",
                  { { "first_name", "Mali" }, { "service_ids", QJsonArray { m_services[0] } } },
                  m_kiosk)
            .status,
        401);
}

QTEST_MAIN(TstSelfCheckin)
#include "tst_selfcheckin.moc"
