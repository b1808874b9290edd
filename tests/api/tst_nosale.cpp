// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// POST /api/shifts/{id}/no-sale over REST against a real spa-server (ephemeral port, temporary
// SQLite, demo venue with its open shift): the desk's "Open drawer" is recorded in the open shift
// with who did it and why, shown in the shift's GET (and so on its close and the Z report), and
// journaled with the actor. Bad input — no open shift, a closed or unknown shift, a therapist or
// nobody signed in, a reason of the wrong type or length, an unknown field — is refused with a
// clear error and changes nothing (the shifts as read, the table's rows, the journal).
#include "apiexpect.h"
#include "testserver.h"

#include "store/database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

namespace {
constexpr qint64 kAnna = 3;

using ApiExpect::describe;
using ApiExpect::num;
} // namespace

class TestNoSale : public QObject {
    Q_OBJECT

    std::unique_ptr<TestServer> m_s;
    QString m_admin, m_cashier;

    QJsonObject shifts() { return m_s->get("/api/shifts", m_cashier).json; }
    qint64 openId() { return num(shifts().value("open").toObject(), "id"); }
    int scalar(const QString &sql)
    {
        QSqlQuery q = m_s->app->domain().database().exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }
    int rows() { return scalar("SELECT COUNT(*) FROM shift_no_sales"); }
    int journal() { return scalar("SELECT COUNT(*) FROM events"); }

private Q_SLOTS:
    void init()
    {
        m_s = std::make_unique<TestServer>();
        m_s->config.hub.commandsPerSecond = 0;
        QVERIFY(m_s->start());
        m_admin = m_s->login("admin", "admin");
        m_cashier = m_s->login("cashier", "cashier");
        QVERIFY(!m_admin.isEmpty() && !m_cashier.isEmpty());
    }
    void cleanup() { m_s.reset(); }

    void recordedWithWhoAndWhy()
    {
        const qint64 shift = openId();
        QVERIFY(shift > 0);
        QCOMPARE(num(shifts().value("open").toObject(), "no_sales"), 0);
        const QString path = QStringLiteral("/api/shifts/%1/no-sale").arg(shift);
        const HttpResult r = m_s->post(path, { { "reason", "change for a 1000 note" } }, m_cashier);
        QVERIFY2(r.status == 201, describe(r, 201).constData());
        QCOMPARE(num(r.json.value("shift").toObject(), "no_sales"), 1);
        m_s->clock.advanceSecs(60);
        const HttpResult bare = m_s->post(path, {}, m_admin); // the reason is optional
        QVERIFY2(bare.status == 201, describe(bare, 201).constData());

        // What the server stored, as the shift's GET shows it and as the table holds it.
        const QJsonObject open = shifts().value("open").toObject();
        QCOMPARE(num(open, "no_sales"), 2);
        const QJsonArray list = open.value("no_sale_openings").toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value("staff_name").toString(),
                 QStringLiteral("Front Desk"));
        QCOMPARE(list.at(0).toObject().value("reason").toString(),
                 QStringLiteral("change for a 1000 note"));
        QCOMPARE(list.at(0).toObject().value("created_at").toString(),
                 QStringLiteral("2026-03-02T09:00:00.000Z"));
        QVERIFY(list.at(1).toObject().value("reason").isNull());
        QCOMPARE(num(list.at(1).toObject(), "staff_id"), 1); // the admin
        QSqlQuery q = m_s->app->domain().database().exec(
            "SELECT n.shift_id, s.username, n.reason, n.business_date FROM shift_no_sales n "
            "JOIN staff s ON s.id = n.staff_id ORDER BY n.id");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), shift);
        QCOMPARE(q.value(1).toString(), QStringLiteral("cashier"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("change for a 1000 note"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-03-02"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
        QVERIFY(q.value(2).isNull());
        // Journaled with the actor (the audit trail), to the desks.
        QSqlQuery e = m_s->app->domain().database().exec(
            "SELECT actor_name, rooms FROM events WHERE type = 'shift.no_sale' ORDER BY seq");
        QVERIFY(e.next());
        QCOMPARE(e.value(0).toString(), QStringLiteral("Front Desk"));
        QVERIFY(e.value(1).toString().contains(QStringLiteral("cashier")));
        QVERIFY(e.next());

        // Money is not touched: what the drawer should hold stays.
        QCOMPARE(num(open, "expected"), num(r.json.value("shift").toObject(), "expected"));
        // The close keeps them: the closed shift still lists both.
        const HttpResult closed = m_s->post(QStringLiteral("/api/shifts/%1/close").arg(shift),
                                            { { "counted", num(open, "expected") } }, m_cashier);
        QCOMPARE(closed.status, 200);
        QCOMPARE(num(closed.json.value("shift").toObject(), "no_sales"), 2);
    }

    void badInputRefusedAndNothingChanged()
    {
        const qint64 shift = openId();
        QVERIFY(shift > 0);
        const QString path = QStringLiteral("/api/shifts/%1/no-sale").arg(shift);
        QVERIFY(m_s->post(path, { { "reason", "first" } }, m_cashier).status == 201);
        const QJsonObject before = shifts();
        const int rowsBefore = rows(), journalBefore = journal();

        EXPECT_ERROR(m_s->post(path, { { "reason", 42 } }, m_cashier), 422, "validation_failed");
        EXPECT_ERROR(m_s->post(path, { { "reason", QString(301, QLatin1Char('x')) } }, m_cashier),
                     422, "validation_failed");
        EXPECT_ERROR(m_s->post(path, { { "reason", "x" }, { "amount", 100 } }, m_cashier), 422,
                     "validation_failed");
        EXPECT_ERROR(m_s->post("/api/shifts/999/no-sale", {}, m_cashier), 404, "not_found");
        EXPECT_ERROR(m_s->post("/api/shifts/abc/no-sale", {}, m_cashier), 404, "not_found");
        const QString anna = m_s->loginTherapist(kAnna, "1111");
        QVERIFY(!anna.isEmpty());
        EXPECT_ERROR(m_s->post(path, {}, anna), 403, "forbidden");
        EXPECT_ERROR(m_s->post(path, {}), 401, "unauthorized");
        EXPECT_ERROR(m_s->request("GET", path, {}, m_cashier), 405, "method_not_allowed");
        QCOMPARE(shifts(), before);
        QCOMPARE(rows(), rowsBefore);
        QCOMPARE(journal(), journalBefore);

        // The shift closed: no shift is open now, the no-sale is refused and says what to do.
        QCOMPARE(m_s->post(QStringLiteral("/api/shifts/%1/close").arg(shift),
                           { { "counted", num(before.value("open").toObject(), "expected") } },
                           m_cashier)
                     .status,
                 200);
        const QJsonObject closedState = shifts();
        const int journalClosed = journal();
        EXPECT_ERROR(m_s->post(path, {}, m_cashier), 409, "no_open_shift");
        // Another shift open: the closed one is still refused, by name.
        const HttpResult second = m_s->post("/api/shifts", { { "float", 1000 } }, m_cashier);
        QCOMPARE(second.status, 201);
        const QJsonObject secondState = shifts();
        const int journalSecond = journal();
        EXPECT_ERROR(m_s->post(path, {}, m_cashier), 409, "shift_closed");
        QCOMPARE(shifts(), secondState);
        QCOMPARE(journal(), journalSecond);
        QCOMPARE(rows(), rowsBefore);
        QVERIFY(closedState != secondState);
        QVERIFY(journalClosed < journalSecond);
    }
};

QTEST_MAIN(TestNoSale)
#include "tst_nosale.moc"
