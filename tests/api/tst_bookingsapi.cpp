// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bookings and customers over the wire, against a real server on an ephemeral port (TestServer,
// ManualClock): the REST routes and their errors, the same commands over Socket.IO with acks,
// and the desk's and the therapist's sockets getting each booking change as a state event.
#include "sioclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QtTest>

namespace {
constexpr qint64 kAnna = 3, kBudi = 4;

QJsonArray firstService()
{
    return QJsonArray { 1 }; // Thai Massage, 60 min
}

bool hasBooking(const QJsonObject &state, qint64 id, const QString &status)
{
    for (const QJsonValue &b : state.value(QLatin1String("bookings")).toArray())
        if (qint64(b.toObject().value(QLatin1String("id")).toDouble()) == id &&
            b.toObject().value(QLatin1String("status")).toString() == status)
            return true;
    return false;
}
} // namespace

class TestBookingsApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restRoundTrip();
    void restErrors();
    void socketClientsGetBookingEvents();
    void customersOverRest();

private:
    std::unique_ptr<TestServer> m_s;
    QString m_cashier, m_anna;
};

void TestBookingsApi::init()
{
    m_s = std::make_unique<TestServer>();
    m_s->config.hub.commandsPerSecond = 0;
    QVERIFY(m_s->start());
    m_cashier = m_s->login("cashier", "cashier");
    m_anna = m_s->loginTherapist(kAnna, "1111");
    QVERIFY(!m_cashier.isEmpty() && !m_anna.isEmpty());
}

void TestBookingsApi::cleanup()
{
    m_s.reset();
}

void TestBookingsApi::restRoundTrip()
{
    const HttpResult created = m_s->post(QStringLiteral("/api/bookings"),
                                         { { "customer_name", "Somchai Jaidee" },
                                           { "phone", "0812345678" },
                                           { "service_ids", firstService() },
                                           { "therapist_id", kAnna },
                                           { "start", "2026-03-02T11:00:00Z" } },
                                         m_cashier);
    QCOMPARE(created.status, 201);
    const QJsonObject b = created.json.value("booking").toObject();
    const qint64 id = qint64(b.value("id").toDouble());
    QCOMPARE(b.value("status").toString(), QStringLiteral("booked"));
    QCOMPARE(b.value("end").toString(), QStringLiteral("2026-03-02T12:00:00.000Z"));
    QCOMPARE(m_s->get(QStringLiteral("/api/bookings/%1").arg(id), m_cashier).status, 200);
    const HttpResult list = m_s->get(QStringLiteral("/api/bookings?date=2026-03-02"), m_cashier);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value("bookings").toArray().size(), 1);
    const HttpResult day = m_s->get(QStringLiteral("/api/bookings/day?date=2026-03-02"), m_cashier);
    QCOMPARE(day.status, 200);
    QVERIFY(day.json.value("therapists").toArray().size() >= 4);
    QCOMPARE(day.json.value("bookings").toArray().size(), 1);
    const HttpResult slots =
        m_s->get(QStringLiteral("/api/availability?service_ids=1&date=2026-03-02&therapist_id=%1")
                     .arg(kAnna),
                 m_anna);
    QCOMPARE(slots.status, 200);
    for (const QJsonValue &s : slots.json.value("slots").toArray())
        QVERIFY(s.toObject().value("start").toString() !=
                QLatin1String("2026-03-02T11:00:00.000Z"));
    // A clash over REST is a 409 naming the booking.
    const HttpResult clash = m_s->post(QStringLiteral("/api/bookings"),
                                       { { "customer_name", "Other" },
                                         { "service_ids", firstService() },
                                         { "therapist_id", kAnna },
                                         { "start", "2026-03-02T11:30:00Z" } },
                                       m_cashier);
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), QStringLiteral("booking_clash"));
    // Moved, then arrived: the answer carries the new visit.
    const HttpResult moved = m_s->put(QStringLiteral("/api/bookings/%1").arg(id),
                                      { { "start", "2026-03-02T09:30:00Z" } }, m_cashier);
    QCOMPARE(moved.status, 200);
    const HttpResult arrived =
        m_s->post(QStringLiteral("/api/bookings/%1/arrive").arg(id), {}, m_cashier);
    QCOMPARE(arrived.status, 200);
    QCOMPARE(arrived.json.value("visit").toObject().value("status").toString(),
             QStringLiteral("assigned"));
    // Anna's day over REST: her visit and her booking.
    const HttpResult myDay = m_s->get(QStringLiteral("/api/therapists/%1/day").arg(kAnna), m_anna);
    QCOMPARE(myDay.status, 200);
    QCOMPARE(myDay.json.value("visits").toArray().size(), 1);
    QCOMPARE(m_s->get(QStringLiteral("/api/therapists/%1/day").arg(kBudi), m_anna).status, 403);
    // Hours over REST, then read back.
    const HttpResult hours =
        m_s->put(QStringLiteral("/api/therapists/%1/hours").arg(kBudi),
                 { { "weekly",
                     QJsonArray { QJsonObject {
                         { "weekday", 1 }, { "start", "10:00" }, { "end", "18:00" } } } } },
                 m_cashier);
    QCOMPARE(hours.status, 200);
    QCOMPARE(m_s->get(QStringLiteral("/api/therapists/%1/hours").arg(kBudi), m_anna)
                 .json.value("hours")
                 .toObject()
                 .value("weekly")
                 .toArray()
                 .size(),
             1);
}

void TestBookingsApi::restErrors()
{
    QCOMPARE(m_s->post(QStringLiteral("/api/bookings"), {}, m_cashier).status, 422);
    QCOMPARE(m_s->post(QStringLiteral("/api/bookings"),
                       { { "customer_name", "A" },
                         { "service_ids", firstService() },
                         { "start", "2026-03-02T11:00:00Z" } },
                       m_anna)
                 .status,
             403);
    QCOMPARE(m_s->post(QStringLiteral("/api/bookings"),
                       { { "customer_name", "A" },
                         { "service_ids", firstService() },
                         { "start", "2026-03-02T11:00:00Z" } })
                 .status,
             401);
    QCOMPARE(m_s->put(QStringLiteral("/api/bookings/999"), { { "notes", "x" } }, m_cashier).status,
             404);
    QCOMPARE(m_s->post(QStringLiteral("/api/bookings/abc/arrive"), {}, m_cashier).status, 404);
    QCOMPARE(m_s->post(QStringLiteral("/api/bookings/999/no-show"), {}, m_cashier).status, 404);
    QCOMPARE(m_s->get(QStringLiteral("/api/bookings?date=yesterday"), m_cashier).status, 422);
    QCOMPARE(m_s->get(QStringLiteral("/api/bookings"), m_anna).status, 403);
    QCOMPARE(m_s->get(QStringLiteral("/api/availability"), m_cashier).status, 422);
    QCOMPARE(m_s->put(QStringLiteral("/api/therapists/%1/hours").arg(kAnna),
                      { { "weekly", "9-5" } }, m_cashier)
                 .status,
             422);
    QCOMPARE(m_s->put(QStringLiteral("/api/therapists/%1/hours").arg(kAnna),
                      { { "weekly", QJsonArray() } }, m_anna)
                 .status,
             403);
    QCOMPARE(m_s->get(QStringLiteral("/api/customers?q=1"), m_anna).status, 403);
    // Nothing was written by any of them.
    QCOMPARE(m_s->get(QStringLiteral("/api/bookings"), m_cashier)
                 .json.value("bookings")
                 .toArray()
                 .size(),
             0);
}

void TestBookingsApi::socketClientsGetBookingEvents()
{
    SioClient desk, anna, budi;
    QVERIFY(desk.start(m_s->port(), { { "token", m_cashier } }));
    QVERIFY(anna.start(m_s->port(), { { "token", m_anna } }));
    const QString budiToken = m_s->loginTherapist(kBudi, "2222");
    QVERIFY(budi.start(m_s->port(), { { "token", budiToken } }));
    QVERIFY(desk.waitCount("cashier_queue_updated", 1));
    QVERIFY(anna.waitCount("therapist_queue_updated", 1));
    QVERIFY(budi.waitCount("therapist_queue_updated", 1));
    const int budiBefore = budi.count("therapist_queue_updated");
    const qint64 seqBefore = desk.maxSeq();
    // Booked over Socket.IO with an ack, as the desk app would.
    const QJsonObject ack = desk.call(QStringLiteral("booking:create"),
                                      { { "customer_name", "Ann Lee" },
                                        { "service_ids", firstService() },
                                        { "therapist_id", kAnna },
                                        { "start", "2026-03-02T10:00:00Z" } });
    QVERIFY2(ack.value("ok").toBool(), QJsonDocument(ack).toJson().constData());
    const qint64 id = qint64(ack.value("booking").toObject().value("id").toDouble());
    // The desk's state now lists it, and Anna's tablet shows it as her next booking.
    QTRY_VERIFY_WITH_TIMEOUT(hasBooking(desk.last("cashier_queue_updated"), id, "booked"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(anna.last("therapist_queue_updated")
                                     .value("therapist")
                                     .toObject()
                                     .value("next_booking")
                                     .toObject()
                                     .value("booking_id")
                                     .toDouble() == double(id),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(hasBooking(anna.last("therapist_queue_updated"), id, "booked"), 5000);
    // Budi is not concerned: his tablet got nothing new.
    QTest::qWait(200);
    QCOMPARE(budi.count("therapist_queue_updated"), budiBefore);
    // Errors come back in the ack; the therapist may not book.
    const QJsonObject refused = anna.call(QStringLiteral("booking:create"),
                                          { { "customer_name", "X" },
                                            { "service_ids", firstService() },
                                            { "start", "2026-03-02T12:00:00Z" } });
    QCOMPARE(refused.value("error").toObject().value("code").toString(),
             QStringLiteral("forbidden"));
    const QJsonObject bad = desk.call(QStringLiteral("booking:cancel"), { { "booking_id", id } });
    QCOMPARE(bad.value("error").toObject().value("code").toString(),
             QStringLiteral("validation_failed"));
    // Moved to Budi: both tablets hear of it.
    const QJsonObject moved = desk.call(QStringLiteral("booking:update"),
                                        { { "booking_id", id }, { "therapist_id", kBudi } });
    QVERIFY2(moved.value("ok").toBool(), QJsonDocument(moved).toJson().constData());
    QTRY_VERIFY_WITH_TIMEOUT(hasBooking(budi.last("therapist_queue_updated"), id, "booked"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(anna.last("therapist_queue_updated")
                                 .value("therapist")
                                 .toObject()
                                 .value("next_booking")
                                 .isNull(),
                             5000);
    // Arrived: the desk sees the visit in its queue and the booking arrived.
    const QJsonObject arrived =
        desk.call(QStringLiteral("booking:arrive"), { { "booking_id", id } });
    QVERIFY2(arrived.value("ok").toBool(), QJsonDocument(arrived).toJson().constData());
    const qint64 visit = qint64(arrived.value("visit").toObject().value("id").toDouble());
    QTRY_VERIFY_WITH_TIMEOUT(hasBooking(desk.last("cashier_queue_updated"), id, "arrived"), 5000);
    bool queued = false;
    for (const QJsonValue &v : desk.last("cashier_queue_updated").value("visits").toArray())
        queued = queued || qint64(v.toObject().value("id").toDouble()) == visit;
    QVERIFY(queued);
    // A reconnecting desk gets the current state with the booking in it.
    SioClient again;
    QVERIFY(
        again.start(m_s->port(), { { "token", m_cashier }, { "offset", double(desk.maxSeq()) } }));
    QVERIFY(again.waitCount("cashier_queue_updated", 1));
    QVERIFY(hasBooking(again.last("cashier_queue_updated"), id, "arrived"));

    // Each change was also a notice to the desk (cashier_booking_changed), to no tablet.
    QTRY_COMPARE_WITH_TIMEOUT(desk.count("cashier_booking_changed"), 3, 5000);
    QCOMPARE(anna.count("cashier_booking_changed"), 0);
    QCOMPARE(budi.count("cashier_booking_changed"), 0);
    const QStringList changes { "created", "updated", "arrived" };
    for (int i = 0; i < 3; ++i) {
        const QJsonObject n = desk.named("cashier_booking_changed").at(i).obj();
        QCOMPARE(qint64(n.value("booking_id").toDouble()), id);
        QCOMPARE(n.value("change").toString(), changes.at(i));
        QCOMPARE(n.value("dates").toArray(), QJsonArray { "2026-03-02" });
        QVERIFY(n.value("seq").toDouble() > 0);
    }
    // A desk away since before the booking gets them again by replay, in order; a tablet away
    // as long gets none (they are not its room's).
    SioClient late, lateAnna;
    QVERIFY(late.start(m_s->port(), { { "token", m_cashier }, { "offset", double(seqBefore) } }));
    QVERIFY(late.waitCount("cashier_booking_changed", 3));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject n = late.named("cashier_booking_changed").at(i).obj();
        QCOMPARE(n.value("change").toString(), changes.at(i));
        QVERIFY(n.value("replayed").toBool());
    }
    QVERIFY(lateAnna.start(m_s->port(), { { "token", m_anna }, { "offset", double(seqBefore) } }));
    QVERIFY(lateAnna.waitCount("therapist_queue_updated", 1));
    QTest::qWait(200);
    QCOMPARE(lateAnna.count("cashier_booking_changed"), 0);
}

void TestBookingsApi::customersOverRest()
{
    const HttpResult c = m_s->post(QStringLiteral("/api/customers"),
                                   { { "name", "Mali Suk" },
                                     { "phone", "+66 89 765 4321" },
                                     { "health_notes", "high blood pressure" } },
                                   m_cashier);
    QCOMPARE(c.status, 201);
    const qint64 id = qint64(c.json.value("customer").toObject().value("id").toDouble());
    const HttpResult found = m_s->get(QStringLiteral("/api/customers?q=0897654321"), m_cashier);
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json.value("customers").toArray().size(), 1); // local 0 89... is +66 89...
    const HttpResult byDigits = m_s->get(QStringLiteral("/api/customers?q=897654321"), m_cashier);
    QCOMPARE(byDigits.json.value("customers").toArray().size(), 1);
    const HttpResult byName = m_s->get(QStringLiteral("/api/customers?q=mali"), m_cashier);
    QCOMPARE(byName.json.value("customers").toArray().size(), 1);
    QCOMPARE(m_s->put(QStringLiteral("/api/customers/%1").arg(id), { { "notes", "firm pressure" } },
                      m_cashier)
                 .status,
             200);
    const HttpResult one = m_s->get(QStringLiteral("/api/customers/%1").arg(id), m_cashier);
    QCOMPARE(one.json.value("customer").toObject().value("notes").toString(),
             QStringLiteral("firm pressure"));
    QCOMPARE(m_s->post(QStringLiteral("/api/customers"),
                       { { "name", "Dup" }, { "phone", "+66 89 765 4321" } }, m_cashier)
                 .status,
             409);
    QCOMPARE(m_s->get(QStringLiteral("/api/customers/999"), m_cashier).status, 404);
    QCOMPARE(m_s->get(QStringLiteral("/api/customers?q="), m_cashier).status, 422);
}

QTEST_MAIN(TestBookingsApi)
#include "tst_bookingsapi.moc"
