// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the wall monitor's room and the therapist's room carry for issue 16's screens, over a real
// socket against a real server (TestServer, ManualClock): the monitor's `arriving_soon` (booked
// guests about to come, "Somchai K." and the start, never a phone, notes, health notes or a
// surname; gone once arrived, cancelled or long past), and the therapist's `served` (the visits
// they finished today, for "my day").
#include "sioclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
constexpr qint64 kAnna = 3, kBudi = 4;

QJsonArray arriving(const QJsonObject &monitorState)
{
    return monitorState.value(QLatin1String("arriving_soon")).toArray();
}

bool carries(const QJsonObject &monitorState, qint64 bookingId)
{
    for (const QJsonValue &v : arriving(monitorState))
        if (qint64(v.toObject().value(QLatin1String("booking_id")).toDouble()) == bookingId)
            return true;
    return false;
}
} // namespace

class TestArrivingSoon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_s = std::make_unique<TestServer>(); // 2026-03-02 09:00 UTC, the venue on UTC
        m_s->config.hub.commandsPerSecond = 0;
        QVERIFY(m_s->start());
        m_desk = m_s->login("cashier", "cashier");
        QVERIFY(!m_desk.isEmpty());
    }
    void cleanup() { m_s.reset(); }

    void monitorCarriesFirstNameInitialAndStartOnly()
    {
        // A customer record full of what a wall must never show.
        const HttpResult c = m_s->post(QStringLiteral("/api/customers"),
                                       { { "name", "Somchai Kaewkla" },
                                         { "phone", "+66 81 234 5678" },
                                         { "notes", "likes firm pressure" },
                                         { "health_notes", "high blood pressure" } },
                                       m_desk);
        QCOMPARE(c.status, 201);
        const qint64 customer = qint64(c.json.value("customer").toObject().value("id").toDouble());
        const qint64 soon = book({ { "customer_id", customer },
                                   { "notes", "anniversary surprise" },
                                   { "service_ids", QJsonArray { 1 } },
                                   { "therapist_id", kAnna },
                                   { "start", "2026-03-02T09:40:00Z" } });
        const qint64 later = book({ { "customer_name", "Ploy Srisai" },
                                    { "phone", "0899999999" },
                                    { "service_ids", QJsonArray { 1 } },
                                    { "therapist_id", kBudi },
                                    { "start", "2026-03-02T20:00:00Z" } });
        const qint64 tomorrow = book({ { "customer_name", "Nok Wongsa" },
                                       { "service_ids", QJsonArray { 1 } },
                                       { "therapist_id", kBudi },
                                       { "start", "2026-03-03T10:00:00Z" } });
        const qint64 cancelled = book({ { "customer_name", "Dao Rungrot" },
                                        { "service_ids", QJsonArray { 1 } },
                                        { "therapist_id", kAnna },
                                        { "start", "2026-03-02T11:00:00Z" } });
        QVERIFY(soon > 0 && later > 0 && tomorrow > 0 && cancelled > 0);
        QCOMPARE(m_s->post(QStringLiteral("/api/bookings/%1/cancel").arg(cancelled),
                           { { "reason", "changed plans" } }, m_desk)
                     .status,
                 200);

        SioClient wall;
        QVERIFY(wall.start(m_s->port(), { { "token", m_s->app->demoKioskToken() } }));
        QVERIFY(wall.waitCount("monitor_updated", 1));
        const QJsonObject state = wall.last("monitor_updated");
        // Within the next 12 hours, booked only, in start order.
        const QJsonArray rows = arriving(state);
        QCOMPARE(rows.size(), 2);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value("booking_id").toDouble(), double(soon));
        QCOMPARE(first.value("name").toString(), QStringLiteral("Somchai K."));
        QCOMPARE(first.value("start").toString(), QStringLiteral("2026-03-02T09:40:00.000Z"));
        QCOMPARE(first.keys(), (QStringList { "booking_id", "name", "start" }));
        QCOMPARE(rows.at(1).toObject().value("name").toString(), QStringLiteral("Ploy S."));
        QVERIFY(!carries(state, tomorrow));
        QVERIFY(!carries(state, cancelled));
        // Nothing private anywhere in the wall's state.
        const QByteArray text = QJsonDocument(state).toJson(QJsonDocument::Compact);
        for (const char *secret :
             { "Kaewkla", "Srisai", "234 5678", "2345678", "0899999999", "firm pressure",
               "blood pressure", "anniversary", "Dao", "Nok" })
            QVERIFY2(!text.contains(secret), secret);

        // Arrived: off every wall with the next state.
        QCOMPARE(m_s->post(QStringLiteral("/api/bookings/%1/arrive").arg(soon), {}, m_desk).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!carries(wall.last("monitor_updated"), soon), 5000);
        QVERIFY(carries(wall.last("monitor_updated"), later));
        // Still there an hour late; gone after that, with the next change the wall hears of.
        m_s->clock.set(QDateTime(QDate(2026, 3, 2), QTime(20, 59), Qt::UTC));
        changeSomething(wall);
        QVERIFY(carries(wall.last("monitor_updated"), later));
        m_s->clock.set(QDateTime(QDate(2026, 3, 2), QTime(21, 1), Qt::UTC));
        changeSomething(wall);
        QVERIFY(!carries(wall.last("monitor_updated"), later));
    }

    void therapistRoomCarriesWhatTheyServed()
    {
        SioClient anna;
        QVERIFY(anna.start(m_s->port(), { { "token", m_s->loginTherapist(kAnna, "1111") } }));
        QVERIFY(anna.waitCount("therapist_queue_updated", 1));
        QCOMPARE(anna.last("therapist_queue_updated").value("served").toArray().size(), 0);
        const HttpResult v = m_s->post(QStringLiteral("/api/visits"),
                                       { { "customer_name", "Kanya Deeprom" },
                                         { "service_ids", QJsonArray { 1, 5 } },
                                         { "therapist_id", kAnna } },
                                       m_desk);
        QCOMPARE(v.status, 201);
        const qint64 id = qint64(v.json.value("visit").toObject().value("id").toDouble());
        QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/start").arg(id), {}, m_desk).status, 200);
        m_s->clock.advanceSecs(50 * 60);
        QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/complete").arg(id), {}, m_desk).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            anna.last("therapist_queue_updated").value("served").toArray().size(), 1, 5000);
        const QJsonObject state = anna.last("therapist_queue_updated");
        const QJsonObject served = state.value("served").toArray().at(0).toObject();
        QCOMPARE(served.value("id").toDouble(), double(id));
        QCOMPARE(served.value("customer_name").toString(), QStringLiteral("Kanya Deeprom"));
        QCOMPARE(served.value("status").toString(), QStringLiteral("awaiting_payment"));
        QCOMPARE(served.value("services").toArray().size(), 2);
        QCOMPARE(served.value("services").toArray().at(0).toObject().value("name").toString(),
                 QStringLiteral("Thai Massage"));
        QVERIFY(served.value("booking_id").isNull());
        // The totals count the same visits and the time worked.
        QCOMPARE(state.value("today").toObject().value("served").toInt(), 1);
        QCOMPARE(state.value("today").toObject().value("minutes").toInt(), 50);
    }

    void therapistDayFollowsEachChangeOneVisitAtATime()
    {
        // The tablet's day is kept between changes and refreshed one visit at a time (the served
        // list's order, each visit's text, the tips per visit): it must read as a whole read would.
        SioClient anna;
        QVERIFY(anna.start(m_s->port(), { { "token", m_s->loginTherapist(kAnna, "1111") } }));
        QVERIFY(anna.waitCount("therapist_queue_updated", 1));
        const auto visit = [&](const char *name) {
            const HttpResult v = m_s->post(QStringLiteral("/api/visits"),
                                           { { "customer_name", name },
                                             { "service_ids", QJsonArray { 1 } },
                                             { "therapist_id", kAnna } },
                                           m_desk);
            return qint64(v.json.value("visit").toObject().value("id").toDouble());
        };
        const auto act = [&](qint64 id, const char *what) {
            return m_s
                ->post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(what)), {},
                       m_desk)
                .status;
        };
        const auto pay = [&](qint64 id, qint64 tip, const QString &key) {
            const HttpResult r = m_s->post(QStringLiteral("/api/visits/%1/payments").arg(id),
                                           { { "method", "cash" },
                                             { "amount", 1000 },
                                             { "tip", tip },
                                             { "idempotency_key", key } },
                                           m_desk);
            return qint64(r.json.value("payment").toObject().value("id").toDouble());
        };
        const auto state = [&] { return anna.last("therapist_queue_updated"); };
        const auto servedIds = [&] {
            QList<qint64> ids;
            for (const QJsonValue &v : state().value("served").toArray())
                ids.append(qint64(v.toObject().value("id").toDouble()));
            return ids;
        };
        const auto tips = [&] {
            return qint64(state().value("today").toObject().value("tips").toDouble());
        };

        // One at a time, each added to the list as it is finished, in the order they started.
        const qint64 first = visit("Mali");
        QCOMPARE(act(first, "start"), 200);
        m_s->clock.advanceSecs(600);
        QCOMPARE(act(first, "complete"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(servedIds(), QList<qint64> { first }, 5000);
        const qint64 second = visit("Niran");
        QCOMPARE(act(second, "start"), 200);
        m_s->clock.advanceSecs(600);
        QCOMPARE(act(second, "complete"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(servedIds(), (QList<qint64> { first, second }), 5000);

        // Tips add up per visit: 5,000 + 2,000 = 7,000.
        const qint64 firstPayment = pay(first, 5000, QStringLiteral("day-tip-1"));
        QVERIFY(firstPayment);
        QTRY_COMPARE_WITH_TIMEOUT(tips(), 5000, 5000);
        QVERIFY(pay(second, 2000, QStringLiteral("day-tip-2")));
        QTRY_COMPARE_WITH_TIMEOUT(tips(), 7000, 5000);

        // A void takes the first visit's tip back out: 7,000 - 5,000 = 2,000.
        const QString admin = m_s->login("admin", "admin");
        QCOMPARE(m_s->post(QStringLiteral("/api/payments/%1/void").arg(firstPayment),
                           { { "reason", "keyed wrong" } }, admin)
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(tips(), 2000, 5000);
        QCOMPARE(servedIds(), (QList<qint64> { first, second }));
        QCOMPARE(state().value("today").toObject().value("served").toInt(), 2);
        // The list's text is the visits' own: the first still awaits its payment, with its name.
        const QJsonObject shown = state().value("served").toArray().at(0).toObject();
        QCOMPARE(shown.value("customer_name").toString(), QStringLiteral("Mali"));
        QCOMPARE(shown.value("status").toString(), QStringLiteral("awaiting_payment"));
    }

private:
    qint64 book(const QJsonObject &body)
    {
        const HttpResult r = m_s->post(QStringLiteral("/api/bookings"), body, m_desk);
        if (r.status != 201) {
            qWarning() << "booking refused" << r.raw;
            return 0;
        }
        return qint64(r.json.value("booking").toObject().value("id").toDouble());
    }
    // A walk-in checked in (a change the wall shows), and the wall's state that follows.
    void changeSomething(SioClient &wall)
    {
        const int before = wall.count(QStringLiteral("monitor_updated"));
        m_desk = m_s->login("cashier", "cashier"); // the clock moved past the last one's expiry
        QCOMPARE(m_s->post(QStringLiteral("/api/visits"),
                           { { "customer_name", "Walk In" }, { "service_ids", QJsonArray { 1 } } },
                           m_desk)
                     .status,
                 201);
        QVERIFY(wall.waitCount(QStringLiteral("monitor_updated"), before + 1));
    }

    std::unique_ptr<TestServer> m_s;
    QString m_desk;
};

QTEST_MAIN(TestArrivingSoon)
#include "tst_arrivingsoon.moc"
