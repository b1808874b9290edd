// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Day zero over the API on a real server with an empty database: the one-time setup code,
// POST /api/setup, venue settings (validation, journal, push to the screens, the currency lock).
#include "sioclient.h"
#include "store/database.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestDayZero : public QObject {
    Q_OBJECT

private:
    static QString codeOf(TestServer &s)
    {
        QFile f(s.dir.filePath(QStringLiteral("setup-code")));
        if (!f.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromLatin1(f.readAll()).trimmed();
    }

    static QJsonObject setupBody(const QString &code)
    {
        return { { QStringLiteral("code"), code },
                 { QStringLiteral("venue_name"), QStringLiteral("Baan Spa") },
                 { QStringLiteral("currency"), QStringLiteral("THB") },
                 { QStringLiteral("timezone"), QStringLiteral("Asia/Bangkok") },
                 { QStringLiteral("language"), QStringLiteral("th") },
                 { QStringLiteral("rooms"), QJsonArray { QStringLiteral("Room A") } },
                 { QStringLiteral("admin_username"), QStringLiteral("owner") },
                 { QStringLiteral("admin_display_name"), QStringLiteral("Khun Owner") },
                 { QStringLiteral("admin_password"), QStringLiteral("long enough") } };
    }

    // A walk-in checked in and assigned; returns the room it was given (0: none).
    static qint64 assignedRoom(TestServer &s, const QString &token)
    {
        const HttpResult v =
            s.post(QStringLiteral("/api/visits"),
                   { { QStringLiteral("customer_name"), QStringLiteral("Walk In") },
                     { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                   token);
        const qint64 id = qint64(
            v.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
        const HttpResult a = s.post(QStringLiteral("/api/visits/%1/assign").arg(id), {}, token);
        return qint64(a.json.value(QLatin1String("visit"))
                          .toObject()
                          .value(QLatin1String("room"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toDouble());
    }

    static qint64 count(TestServer &s, const QString &sql)
    {
        QSqlQuery q = s.app->database().exec(sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void codeWrittenPrivatelyAndSingleUse()
    {
        TestServer s(false);
        QVERIFY(s.start());
        QCOMPARE(s.get(QStringLiteral("/api/setup")).json.value(QLatin1String("needed")), true);
        QCOMPARE(s.get(QStringLiteral("/api/setup")).json.value(QLatin1String("venue_name")),
                 QString()); // no venue yet: the sign-in says "Spa Suite"
        const QString code = codeOf(s);
        QCOMPARE(code.size(), 12);
        const QFileDevice::Permissions perms =
            QFile::permissions(s.dir.filePath(QStringLiteral("setup-code")));
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QCOMPARE(perms &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther |
                      QFileDevice::ExeOwner),
                 QFileDevice::Permissions());

        // Bad input changes nothing, and a wrong code is refused before anything is checked.
        QJsonObject bad = setupBody(code);
        bad.insert(QStringLiteral("admin_password"), QStringLiteral("short"));
        QCOMPARE(s.post(QStringLiteral("/api/setup"), bad).status, 422);
        bad = setupBody(code);
        bad.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus"));
        QCOMPARE(s.post(QStringLiteral("/api/setup"), bad).status, 422);
        QCOMPARE(
            s.post(QStringLiteral("/api/setup"), setupBody(QStringLiteral("WRONGCODE234"))).status,
            403);
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM staff")), 0);

        const HttpResult done = s.post(QStringLiteral("/api/setup"), setupBody(code));
        QCOMPARE(done.status, 201);
        const QString token = done.json.value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(s.get(QStringLiteral("/api/staff"), token).status, 200); // signed in
        QVERIFY(!QFile::exists(s.dir.filePath(QStringLiteral("setup-code"))));
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM rooms WHERE name = 'Room A'")), 1);
        const QJsonObject settings = s.get(QStringLiteral("/api/settings"), token).json;
        QCOMPARE(settings.value(QLatin1String("venue_name")).toString(),
                 QStringLiteral("Baan Spa"));
        QCOMPARE(settings.value(QLatin1String("timezone")).toString(),
                 QStringLiteral("Asia/Bangkok"));
        QCOMPARE(settings.value(QLatin1String("language")).toString(), QStringLiteral("th"));
        QVERIFY(s.login(QStringLiteral("owner"), QStringLiteral("long enough")).size() > 0);

        // The same code a second time: spent, and an admin exists.
        QJsonObject again = setupBody(code);
        again.insert(QStringLiteral("admin_username"), QStringLiteral("intruder"));
        const HttpResult second = s.post(QStringLiteral("/api/setup"), again);
        QCOMPARE(second.status, 409);
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM staff")), 1);
        QCOMPARE(s.get(QStringLiteral("/api/setup")).json.value(QLatin1String("needed")), false);
        // The sign-in's public venue name, without a token.
        QCOMPARE(s.get(QStringLiteral("/api/setup")).json.value(QLatin1String("venue_name")),
                 QStringLiteral("Baan Spa"));
    }

    void wrongCodesReplaceTheCode()
    {
        TestServer s(false);
        QVERIFY(s.start());
        const QString first = codeOf(s);
        for (int i = 0; i < FirstRunSetup::kMaxWrongCodes; ++i)
            QCOMPARE(s.post(QStringLiteral("/api/setup"), setupBody(QStringLiteral("X%1").arg(i)))
                         .status,
                     403);
        const QString second = codeOf(s);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(s.post(QStringLiteral("/api/setup"), setupBody(first)).status, 403);
        QCOMPARE(s.post(QStringLiteral("/api/setup"), setupBody(second)).status, 201);
    }

    void demoServerNeedsNoSetup()
    {
        TestServer s(true);
        QVERIFY(s.start());
        QVERIFY(!QFile::exists(s.dir.filePath(QStringLiteral("setup-code"))));
        QCOMPARE(s.post(QStringLiteral("/api/setup"), setupBody(QStringLiteral("ANY"))).status,
                 409);
    }

    void settingsValidated()
    {
        TestServer s(true);
        s.config.hub.commandsPerSecond = 0;
        QVERIFY(s.start());
        const QString admin = s.login(QStringLiteral("admin"), QStringLiteral("admin"));
        const QString cashier = s.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        const QJsonObject before = s.get(QStringLiteral("/api/settings"), admin).json;
        QCOMPARE(s.put(QStringLiteral("/api/settings"),
                       { { QStringLiteral("venue_name"), QStringLiteral("X") } }, cashier)
                     .status,
                 403);
        const QList<QJsonObject> bad {
            { { QStringLiteral("currency"), QStringLiteral("XBT") } },
            { { QStringLiteral("currency"), QStringLiteral("thb") } },
            { { QStringLiteral("timezone"), QStringLiteral("Asia/Nowhere") } },
            { { QStringLiteral("language"), QStringLiteral("fr") } },
            { { QStringLiteral("venue_name"), QString() } },
            { { QStringLiteral("public_url"), QStringLiteral("ftp://spa.local") } },
            { { QStringLiteral("public_url"), QStringLiteral("http://spa.local/?a=1") } },
            { { QStringLiteral("opening_hours"), QStringLiteral("10-22") } },
            { { QStringLiteral("opening_hours"),
                QJsonObject { { QStringLiteral("weekly"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("weekday"), 8 },
                                    { QStringLiteral("start"), QStringLiteral("10:00") },
                                    { QStringLiteral("end"), QStringLiteral("22:00") } } } } } } },
            { { QStringLiteral("opening_hours"),
                QJsonObject { { QStringLiteral("weekly"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("weekday"), 1 },
                                    { QStringLiteral("start"), QStringLiteral("10:00") },
                                    { QStringLiteral("end"), QStringLiteral("25:00") } } } } } } },
            { { QStringLiteral("colour"), QStringLiteral("green") } },
            {},
        };
        for (const QJsonObject &b : bad) {
            const HttpResult r = s.put(QStringLiteral("/api/settings"), b, admin);
            QVERIFY2(r.status == 422, qPrintable(QJsonDocument(b).toJson()));
            QVERIFY(!r.json.value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("message"))
                         .toString()
                         .isEmpty());
        }
        QCOMPARE(s.get(QStringLiteral("/api/settings"), admin).json, before);
    }

    void settingsJournaledAndPushed()
    {
        TestServer s(true);
        s.config.hub.commandsPerSecond = 0;
        QVERIFY(s.start());
        const QString admin = s.login(QStringLiteral("admin"), QStringLiteral("admin"));
        SioClient mon;
        QVERIFY(mon.start(s.port(), { { QStringLiteral("token"), s.app->demoKioskToken() } }));
        QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 1));
        const QJsonObject hours {
            { QStringLiteral("weekly"),
              QJsonArray { QJsonObject { { QStringLiteral("weekday"), 7 },
                                         { QStringLiteral("start"), QStringLiteral("18:00") },
                                         { QStringLiteral("end"), QStringLiteral("02:00") } } } }
        };
        const HttpResult r =
            s.put(QStringLiteral("/api/settings"),
                  { { QStringLiteral("venue_name"), QStringLiteral("Lotus II") },
                    { QStringLiteral("currency"), QStringLiteral("VND") },
                    { QStringLiteral("public_url"), QStringLiteral("http://spa.local:5000/") },
                    { QStringLiteral("opening_hours"), hours } },
                  admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("currency_minor_units")).toInt(), 0);
        QCOMPARE(r.json.value(QLatin1String("public_url")).toString(),
                 QStringLiteral("http://spa.local:5000"));
        QCOMPARE(r.json.value(QLatin1String("opening_hours")).toObject(), hours);
        QVERIFY(mon.waitCount(QStringLiteral("monitor_updated"), 2));
        QCOMPARE(
            mon.last(QStringLiteral("monitor_updated")).value(QLatin1String("venue")).toString(),
            QStringLiteral("Lotus II"));
        QCOMPARE(count(s,
                       QStringLiteral("SELECT COUNT(*) FROM events WHERE type = "
                                      "'settings.updated' AND actor_role = 'admin'")),
                 1);
    }

    void currencyLockedOnceMoneyTaken()
    {
        TestServer s(true);
        s.config.hub.commandsPerSecond = 0;
        QVERIFY(s.start());
        const QString admin = s.login(QStringLiteral("admin"), QStringLiteral("admin"));
        const HttpResult v =
            s.post(QStringLiteral("/api/visits"),
                   { { QStringLiteral("customer_name"), QStringLiteral("Somchai") },
                     { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                   admin);
        QCOMPARE(v.status, 201);
        const qint64 id = qint64(
            v.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
        for (const char *step : { "assign", "start", "complete" })
            QCOMPARE(s.post(QStringLiteral("/api/visits/%1/%2").arg(id).arg(QLatin1String(step)),
                            {}, admin)
                         .status,
                     200);
        QCOMPARE(s.post(QStringLiteral("/api/visits/%1/payments").arg(id),
                        { { QStringLiteral("method"), QStringLiteral("card") },
                          { QStringLiteral("amount"), 45000 },
                          { QStringLiteral("idempotency_key"),
                            QStringLiteral("dayzero-currency-lock-0001") } },
                        admin)
                     .status,
                 201);
        const HttpResult r = s.put(QStringLiteral("/api/settings"),
                                   { { QStringLiteral("currency"), QStringLiteral("USD") },
                                     { QStringLiteral("venue_name"), QStringLiteral("Changed") } },
                                   admin);
        QCOMPARE(r.status, 409);
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("money has already been taken")));
        const QJsonObject now = s.get(QStringLiteral("/api/settings"), admin).json;
        QCOMPARE(now.value(QLatin1String("currency")).toString(), QStringLiteral("THB"));
        QCOMPARE(now.value(QLatin1String("venue_name")).toString(),
                 QStringLiteral("Lotus Day Spa"));
        // The same currency again is no change, and is allowed.
        QCOMPARE(s.put(QStringLiteral("/api/settings"),
                       { { QStringLiteral("currency"), QStringLiteral("THB") } }, admin)
                     .status,
                 200);
    }
    void roomsCrud()
    {
        TestServer s(true);
        s.config.hub.commandsPerSecond = 0;
        QVERIFY(s.start());
        const QString admin = s.login(QStringLiteral("admin"), QStringLiteral("admin"));
        const QString cashier = s.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        const HttpResult list = s.get(QStringLiteral("/api/rooms"), cashier);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("rooms")).toArray().size(), 6);
        QCOMPARE(s.post(QStringLiteral("/api/rooms"),
                        { { QStringLiteral("name"), QStringLiteral("Spa Suite") } }, cashier)
                     .status,
                 403);

        const HttpResult made =
            s.post(QStringLiteral("/api/rooms"),
                   { { QStringLiteral("name"), QStringLiteral("Couple Room") } }, admin);
        QCOMPARE(made.status, 201);
        const QJsonObject room = made.json.value(QLatin1String("room")).toObject();
        QCOMPARE(room.value(QLatin1String("capacity")).toInt(), 1);
        QCOMPARE(room.value(QLatin1String("active")).toBool(), true);
        const qint64 id = qint64(room.value(QLatin1String("id")).toDouble());
        // Bad input: a clear error, nothing changed.
        QCOMPARE(s.post(QStringLiteral("/api/rooms"),
                        { { QStringLiteral("name"), QStringLiteral("Room 1") } }, admin)
                     .status,
                 409);
        QCOMPARE(s.post(QStringLiteral("/api/rooms"),
                        { { QStringLiteral("name"), QStringLiteral("Big") },
                          { QStringLiteral("capacity"), 0 } },
                        admin)
                     .status,
                 422);
        QCOMPARE(s.put(QStringLiteral("/api/rooms/%1").arg(id),
                       { { QStringLiteral("active"), QStringLiteral("no") } }, admin)
                     .status,
                 422);
        QCOMPARE(s.put(QStringLiteral("/api/rooms/%1").arg(id),
                       { { QStringLiteral("name"), QStringLiteral("Room 2") } }, admin)
                     .status,
                 409);
        QCOMPARE(
            s.put(QStringLiteral("/api/rooms/999"), { { QStringLiteral("capacity"), 2 } }, admin)
                .status,
            404);
        QCOMPARE(s.get(QStringLiteral("/api/rooms"), cashier)
                     .json.value(QLatin1String("rooms"))
                     .toArray()
                     .size(),
                 7);
        const HttpResult renamed = s.put(QStringLiteral("/api/rooms/%1").arg(id),
                                         { { QStringLiteral("name"), QStringLiteral("Couples") },
                                           { QStringLiteral("capacity"), 2 } },
                                         admin);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json.value(QLatin1String("room"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Couples"));

        // Assignment takes the first free room; a room with a visit in it cannot be retired.
        QCOMPARE(assignedRoom(s, cashier), 1);
        const HttpResult busy = s.request("DELETE", QStringLiteral("/api/rooms/1"), {}, admin);
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("room_in_use"));
        QCOMPARE(
            s.put(QStringLiteral("/api/rooms/1"), { { QStringLiteral("active"), false } }, admin)
                .status,
            409);
        for (int room = 2; room <= 6; ++room)
            QCOMPARE(
                s.request("DELETE", QStringLiteral("/api/rooms/%1").arg(room), {}, admin).status,
                200);
        // Rooms 2-6 retired: the next walk-ins go to the new room, which holds two.
        QCOMPARE(assignedRoom(s, cashier), id);
        QCOMPARE(assignedRoom(s, cashier), id);
        QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM events WHERE type LIKE 'room.%'")),
                 7);
    }
    void ownSecretsAndAdminReset()
    {
        TestServer s(false);
        s.config.hub.commandsPerSecond = 0;
        QVERIFY(s.start());
        const QString admin = s.post(QStringLiteral("/api/setup"), setupBody(codeOf(s)))
                                  .json.value(QLatin1String("token"))
                                  .toString();
        QVERIFY(!admin.isEmpty());
        auto staff = [&](const QJsonObject &b) {
            return s.post(QStringLiteral("/api/staff"), b, admin);
        };
        // A real venue: passwords of 8 or more.
        QCOMPARE(staff({ { QStringLiteral("username"), QStringLiteral("desk") },
                         { QStringLiteral("display_name"), QStringLiteral("Desk") },
                         { QStringLiteral("role"), QStringLiteral("cashier") },
                         { QStringLiteral("password"), QStringLiteral("short12") } })
                     .status,
                 422);
        const HttpResult desk =
            staff({ { QStringLiteral("username"), QStringLiteral("desk") },
                    { QStringLiteral("display_name"), QStringLiteral("Desk") },
                    { QStringLiteral("role"), QStringLiteral("cashier") },
                    { QStringLiteral("password"), QStringLiteral("first-pass") } });
        QCOMPARE(desk.status, 201);
        const qint64 deskId = qint64(desk.json.value(QLatin1String("staff"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toDouble());
        const HttpResult anna = staff({ { QStringLiteral("display_name"), QStringLiteral("Anna") },
                                        { QStringLiteral("role"), QStringLiteral("therapist") },
                                        { QStringLiteral("pin"), QStringLiteral("1234") } });
        QCOMPARE(anna.status, 201);
        const qint64 annaId = qint64(anna.json.value(QLatin1String("staff"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toDouble());

        const QString cashier = s.login(QStringLiteral("desk"), QStringLiteral("first-pass"));
        const QString other = s.login(QStringLiteral("desk"), QStringLiteral("first-pass"));
        SioClient socket;
        QVERIFY(socket.start(s.port(), { { QStringLiteral("token"), other } }));
        QVERIFY(socket.waitCount(QStringLiteral("cashier_queue_updated"), 1));
        auto change = [&](const QString &token, const QString &oldP, const QString &newP) {
            return s.post(QStringLiteral("/api/me/password"),
                          { { QStringLiteral("old_password"), oldP },
                            { QStringLiteral("new_password"), newP } },
                          token);
        };
        QCOMPARE(
            change(cashier, QStringLiteral("not-the-pass"), QStringLiteral("second-pass")).status,
            403);
        QCOMPARE(change(cashier, QStringLiteral("first-pass"), QStringLiteral("short")).status,
                 422);
        QCOMPARE(s.get(QStringLiteral("/api/staff"), other).status, 200); // nothing changed yet
        const HttpResult changed =
            change(cashier, QStringLiteral("first-pass"), QStringLiteral("second-pass"));
        QCOMPARE(changed.status, 200);
        const QString fresh = changed.json.value(QLatin1String("token")).toString();
        QVERIFY(!fresh.isEmpty());
        // Every other session of that person ended, the live socket closed at once.
        QCOMPARE(s.get(QStringLiteral("/api/staff"), cashier).status, 401);
        QCOMPARE(s.get(QStringLiteral("/api/staff"), other).status, 401);
        QVERIFY(socket.waitClosed());
        QCOMPARE(s.get(QStringLiteral("/api/staff"), fresh).status, 200);
        QVERIFY(s.login(QStringLiteral("desk"), QStringLiteral("first-pass")).isEmpty());
        QVERIFY(!s.login(QStringLiteral("desk"), QStringLiteral("second-pass")).isEmpty());
        QCOMPARE(s.post(QStringLiteral("/api/me/pin"),
                        { { QStringLiteral("old_pin"), QStringLiteral("1234") },
                          { QStringLiteral("new_pin"), QStringLiteral("5678") } },
                        fresh)
                     .status,
                 403); // a cashier has no PIN

        // A therapist's PIN: 4 to 8 digits.
        const QString tablet = s.loginTherapist(annaId, QStringLiteral("1234"));
        QVERIFY(!tablet.isEmpty());
        auto pin = [&](const QString &oldPin, const QString &newPin) {
            return s.post(
                QStringLiteral("/api/me/pin"),
                { { QStringLiteral("old_pin"), oldPin }, { QStringLiteral("new_pin"), newPin } },
                tablet);
        };
        QCOMPARE(pin(QStringLiteral("1234"), QStringLiteral("12a4")).status, 422);
        QCOMPARE(pin(QStringLiteral("1234"), QStringLiteral("123456789")).status, 422);
        QCOMPARE(pin(QStringLiteral("9999"), QStringLiteral("5678")).status, 403);
        QCOMPARE(pin(QStringLiteral("1234"), QStringLiteral("5678")).status, 200);
        QCOMPARE(s.get(QStringLiteral("/api/therapists"), tablet).status, 401);
        QVERIFY(s.loginTherapist(annaId, QStringLiteral("1234")).isEmpty());
        QVERIFY(!s.loginTherapist(annaId, QStringLiteral("5678")).isEmpty());

        // An admin resets another's password (8 or more), ending their sessions.
        QCOMPARE(s.put(QStringLiteral("/api/staff/%1").arg(deskId),
                       { { QStringLiteral("password"), QStringLiteral("1234567") } }, admin)
                     .status,
                 422);
        QCOMPARE(s.get(QStringLiteral("/api/staff"), fresh).status, 200);
        QCOMPARE(s.put(QStringLiteral("/api/staff/%1").arg(deskId),
                       { { QStringLiteral("password"), QStringLiteral("reset-by-owner") } }, admin)
                     .status,
                 200);
        QCOMPARE(s.get(QStringLiteral("/api/staff"), fresh).status, 401);
        QVERIFY(!s.login(QStringLiteral("desk"), QStringLiteral("reset-by-owner")).isEmpty());
        QCOMPARE(count(s,
                       QStringLiteral("SELECT COUNT(*) FROM events WHERE type IN "
                                      "('staff.password_changed', 'staff.pin_changed')")),
                 2);
    }
};

QTEST_MAIN(TestDayZero)
#include "tst_dayzero.moc"
