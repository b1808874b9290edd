// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The role table of docs/security.md, tested row by row against a real server: every REST route
// and every Socket.IO command, called by every kind of caller (admin, cashier, therapist, monitor
// device, self check-in device, customer ticket code, no token). A route or command the server has
// without a row in the table fails, as does a row the server no longer has; a refused call must
// leave the database exactly as it was. Also a therapist's view of other therapists' customers
// (issue 19 #11).

#include "sioclient.h"
#include "testserver.h"

#include "domain/commands.h"
#include "http/apiserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#ifndef SPA_SECURITY_DOC
#error "SPA_SECURITY_DOC must name docs/security.md"
#endif

namespace {

constexpr qint64 kAnna = 3, kBudi = 4, kChai = 5;
constexpr qint64 kMissing = 999999; // an id nothing has: an allowed call on it is a 404

enum class Cell { Allow, Refuse, Own };

struct Row {
    QString key; // "GET /api/visits/{id}" or "visit:call"
    QHash<QString, Cell> cells; // by column: none, customer, monitor, therapist, cashier, admin
};

// Reads the table between `<!-- role-table: NAME -->` and `<!-- /role-table -->`.
QList<Row> readTable(const QString &name, QString *error)
{
    QFile f(QStringLiteral(SPA_SECURITY_DOC));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(f.fileName());
        return {};
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QString begin = QStringLiteral("<!-- role-table: %1 -->").arg(name);
    int i = lines.indexOf(begin);
    if (i < 0) {
        *error = QStringLiteral("no '%1' in docs/security.md").arg(begin);
        return {};
    }
    auto cellsOf = [](QString line) {
        line = line.trimmed();
        if (line.startsWith(QLatin1Char('|')))
            line.remove(0, 1);
        if (line.endsWith(QLatin1Char('|')))
            line.chop(1);
        QStringList cells = line.split(QLatin1Char('|'));
        for (QString &c : cells)
            c = c.trimmed();
        return cells;
    };
    const QStringList header = cellsOf(lines.value(i + 1));
    QList<Row> rows;
    for (i += 3; i < lines.size() && !lines[i].startsWith(QLatin1String("<!-- /role-table")); ++i) {
        const QStringList cells = cellsOf(lines[i]);
        if (cells.size() != header.size()) {
            *error = QStringLiteral("row '%1' has %2 cells, the header %3")
                         .arg(lines[i])
                         .arg(cells.size())
                         .arg(header.size());
            return {};
        }
        Row row;
        row.key = cells[0];
        row.key.remove(QLatin1Char('`'));
        for (int c = 1; c < cells.size(); ++c) {
            const QString v = cells[c];
            Cell cell;
            if (v.startsWith(QStringLiteral("✓")))
                cell = Cell::Allow;
            else if (v.startsWith(QLatin1String("own")))
                cell = Cell::Own;
            else if (v.isEmpty() || v == QStringLiteral("–") || v == QLatin1String("-"))
                cell = Cell::Refuse;
            else {
                *error = QStringLiteral("row '%1': unknown cell '%2'").arg(row.key, v);
                return {};
            }
            row.cells.insert(header[c], cell);
        }
        rows.append(row);
    }
    if (rows.isEmpty())
        *error = QStringLiteral("table '%1' is empty").arg(name);
    return rows;
}

bool refusedStatus(int status)
{
    return status == 401 || status == 403;
}

QString errorCode(const QJsonObject &ack)
{
    return ack.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace

class TstRoleTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRouteHasARow();
    void everyCommandHasARow();
    void therapistReadsOthersVisitsRedacted();
    void therapistRoomHoldsOnlyOwnCustomers();
    void socketWithoutTokenIsRefused();
    void socketRoleTable();
    void restRoleTable(); // last: it logs tokens out
    void cleanupTestCase();

private:
    QString checkIn(const QString &name, qint64 therapist, const QString &phone,
                    const QString &notes, qint64 *id);
    // Every row of every table of the database, hashed: what a refused call must not change.
    QByteArray fingerprint();
    QString tokenFor(const QString &role) const;
    QString fillPath(const QString &pattern, Cell mode, bool own) const;
    QJsonObject restBody(const QString &key) const;
    QJsonObject socketPayload(const QString &command, bool own, bool refused) const;

    std::unique_ptr<TestServer> m_s;
    QString m_admin, m_cashier, m_anna, m_monitor, m_checkin, m_code;
    qint64 m_service = 0;
    qint64 m_ownVisit = 0, m_otherVisit = 0, m_waitingVisit = 0, m_payment = 0, m_spareDevice = 0;
    qint64 m_ownSocketVisit = 0;
    QString m_ownCode, m_otherCode, m_waitingCode;
    mutable int m_keys = 0;
};

QString TstRoleTable::checkIn(const QString &name, qint64 therapist, const QString &phone,
                              const QString &notes, qint64 *id)
{
    QJsonObject body { { "customer_name", name }, { "service_ids", QJsonArray { m_service } } };
    if (therapist)
        body.insert("therapist_id", therapist);
    if (!phone.isEmpty())
        body.insert("phone", phone);
    if (!notes.isEmpty())
        body.insert("notes", notes);
    const HttpResult r = m_s->post("/api/visits", body, m_cashier);
    if (r.status != 201)
        qWarning() << "check-in failed" << r.status << r.raw;
    const QJsonObject v = r.json.value("visit").toObject();
    *id = qint64(v.value("id").toDouble());
    return v.value("code").toString();
}

QByteArray TstRoleTable::fingerprint()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fingerprint"));
        db.setDatabaseName(m_s->config.database);
        if (!db.open())
            return {};
        QStringList tables;
        QSqlQuery t(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
            db);
        while (t.next())
            tables.append(t.value(0).toString());
        for (const QString &table : tables) {
            h.addData(table.toUtf8());
            QSqlQuery q(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table), db);
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    h.addData(q.value(i).toString().toUtf8());
                    h.addData("\x1f", 1);
                }
                h.addData("\x1e", 1);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fingerprint"));
    return h.result();
}

void TstRoleTable::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("spa.*.info=false"));
    m_s = std::make_unique<TestServer>();
    m_s->config.hub.commandsPerSecond = 0; // the table sends hundreds of commands per token
    QVERIFY(m_s->start());
    m_admin = m_s->login("admin", "admin");
    m_cashier = m_s->login("cashier", "cashier");
    m_anna = m_s->loginTherapist(kAnna, "1111");
    m_monitor = m_s->app->demoKioskToken();
    // A self check-in kiosk's device token (issue 17).
    m_checkin =
        m_s->post("/api/devices", { { "name", "Lobby check-in" }, { "role", "checkin" } }, m_admin)
            .json.value("token")
            .toString();
    QVERIFY(!m_admin.isEmpty() && !m_cashier.isEmpty() && !m_anna.isEmpty() &&
            !m_monitor.isEmpty() && !m_checkin.isEmpty());
    const QJsonArray services =
        m_s->get("/api/services", m_cashier).json.value("services").toArray();
    QVERIFY(!services.isEmpty());
    m_service = qint64(services.first().toObject().value("id").toDouble());

    m_ownCode = checkIn("Ananya Own-Customer", kAnna, "+66 81 111 1111", "own notes: left knee",
                        &m_ownVisit);
    m_otherCode = checkIn("Boonsri Other-Customer", kBudi, "+66 82 222 2222",
                          "other notes: allergy", &m_otherVisit);
    m_waitingCode = checkIn("Chanida Waiting-Customer", 0, "+66 83 333 3333",
                            "waiting notes: pregnant", &m_waitingVisit);
    QVERIFY(m_ownVisit && m_otherVisit && m_waitingVisit);
    QVERIFY(!m_ownCode.isEmpty() && !m_otherCode.isEmpty() && !m_waitingCode.isEmpty());
    m_code = m_waitingCode;

    // A paid visit, for a payment to void.
    qint64 paid = 0;
    checkIn("Dara Paid", kChai, {}, {}, &paid);
    QVERIFY(paid);
    for (const char *action : { "start", "complete" })
        QCOMPARE(m_s->post(QStringLiteral("/api/visits/%1/%2").arg(paid).arg(action), {}, m_cashier)
                     .status,
                 200);
    const qint64 due = qint64(m_s->get(QStringLiteral("/api/visits/%1").arg(paid), m_cashier)
                                  .json.value("visit")
                                  .toObject()
                                  .value("balance_due")
                                  .toDouble());
    const HttpResult pay = m_s->post(
        QStringLiteral("/api/visits/%1/payments").arg(paid),
        { { "method", "card" }, { "amount", due }, { "idempotency_key", "roletable-fixture-1" } },
        m_cashier);
    QCOMPARE(pay.status, 201);
    m_payment = qint64(pay.json.value("payment").toObject().value("id").toDouble());
    QVERIFY(m_payment > 0);

    const HttpResult device = m_s->post("/api/devices", { { "name", "Spare TV" } }, m_admin);
    QCOMPARE(device.status, 201);
    m_spareDevice = qint64(device.json.value("device").toObject().value("id").toDouble());
    QVERIFY(m_spareDevice > 0);
}

void TstRoleTable::cleanupTestCase()
{
    m_s.reset();
}

void TstRoleTable::everyRouteHasARow()
{
    QString error;
    const QList<Row> rows = readTable(QStringLiteral("rest"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> documented;
    for (const Row &r : rows) {
        QVERIFY2(!documented.contains(r.key),
                 qPrintable(QStringLiteral("two rows for %1").arg(r.key)));
        documented.insert(r.key);
        for (const QString &col :
             { "none", "customer", "monitor", "checkin", "therapist", "cashier", "admin" })
            QVERIFY2(r.cells.contains(col),
                     qPrintable(r.key + QStringLiteral(": no column ") + col));
    }
    const QStringList routes = m_s->app->http()->routePatterns();
    QVERIFY(routes.size() > 20);
    for (const QString &route : routes)
        QVERIFY2(
            documented.contains(route),
            qPrintable(QStringLiteral("route %1 has no row in docs/security.md's REST role table")
                           .arg(route)));
    for (const QString &key : std::as_const(documented))
        QVERIFY2(
            routes.contains(key),
            qPrintable(
                QStringLiteral("docs/security.md lists %1, which the server has not").arg(key)));
}

void TstRoleTable::everyCommandHasARow()
{
    QString error;
    const QList<Row> rows = readTable(QStringLiteral("socket"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> documented;
    for (const Row &r : rows)
        documented.insert(r.key);
    const QStringList names = m_s->app->commands()->names();
    QVERIFY(names.size() >= 10);
    for (const QString &name : names)
        QVERIFY2(documented.contains(name),
                 qPrintable(
                     QStringLiteral("command %1 has no row in docs/security.md's socket role table")
                         .arg(name)));
    for (const QString &key : std::as_const(documented))
        QVERIFY2(
            names.contains(key),
            qPrintable(
                QStringLiteral("docs/security.md lists %1, which the server has not").arg(key)));
}

QString TstRoleTable::tokenFor(const QString &role) const
{
    if (role == QLatin1String("admin"))
        return m_admin;
    if (role == QLatin1String("cashier"))
        return m_cashier;
    if (role == QLatin1String("therapist"))
        return m_anna;
    if (role == QLatin1String("monitor"))
        return m_monitor;
    if (role == QLatin1String("checkin"))
        return m_checkin;
    if (role == QLatin1String("customer"))
        return m_code;
    return QString();
}

// Fills the placeholders: an allowed call gets an id nothing has (so it changes little and
// passes the role check, then 404s), a refused one a real target (so a missing check would do
// real harm and show), an `own` call the therapist's own visit or id, or someone else's.
QString TstRoleTable::fillPath(const QString &pattern, Cell mode, bool own) const
{
    QString path = pattern;
    if (path.contains(QLatin1String("{code}"))) {
        // The event stream of a real ticket never ends: it gets a code nothing has.
        const QString code =
            path.endsWith(QLatin1String("/events")) ? QStringLiteral("ZZZZZZZZZZ") : m_code;
        return path.replace(QLatin1String("{code}"), code);
    }
    if (path.contains(QLatin1String("{date}")))
        return path.replace(QLatin1String("{date}"), QStringLiteral("2026-02-01"));
    if (!path.contains(QLatin1String("{id}")))
        return path;
    qint64 id = kMissing;
    if (mode == Cell::Own) {
        if (path.startsWith(QLatin1String("/api/visits/")))
            id = own ? m_ownVisit : m_otherVisit;
        else if (path.startsWith(QLatin1String("/api/therapists/")))
            id = own ? kAnna : kBudi;
    } else if (mode == Cell::Refuse) {
        if (path.startsWith(QLatin1String("/api/visits/")))
            id = m_otherVisit;
        else if (path.startsWith(QLatin1String("/api/therapists/")) ||
                 path.startsWith(QLatin1String("/api/staff/")))
            id = kBudi;
        else if (path.startsWith(QLatin1String("/api/services/")))
            id = m_service;
        else if (path.startsWith(QLatin1String("/api/payments/")))
            id = m_payment;
        else if (path.startsWith(QLatin1String("/api/devices/")))
            id = m_spareDevice;
    }
    return path.replace(QLatin1String("{id}"), QString::number(id));
}

// A body that would do what the route does, so a missing role check would change something.
QJsonObject TstRoleTable::restBody(const QString &key) const
{
    const QString route = key.section(QLatin1Char(' '), 1);
    if (key == QLatin1String("POST /api/services"))
        return { { "name", "Role Scrub" }, { "duration_min", 30 }, { "price", 1000 } };
    if (key == QLatin1String("PUT /api/services/{id}"))
        return { { "price", 1234 } };
    if (key == QLatin1String("POST /api/staff"))
        return { { "display_name", "Role Eka" }, { "role", "therapist" }, { "pin", "5555" } };
    if (key == QLatin1String("PUT /api/staff/{id}"))
        return { { "display_name", "Renamed" } };
    if (route.endsWith(QLatin1String("/status")))
        return { { "status", "on_break" } };
    if (key == QLatin1String("POST /api/visits"))
        return { { "customer_name", "Role Walk-in" }, { "service_ids", QJsonArray { m_service } } };
    if (route.endsWith(QLatin1String("/assign")))
        return { { "therapist_id", kChai } };
    if (route.endsWith(QLatin1String("/cancel")) || route.endsWith(QLatin1String("/no-show")) ||
        route.endsWith(QLatin1String("/void")))
        return { { "reason", "role table" } };
    if (route.endsWith(QLatin1String("/payments")))
        return { { "method", "cash" },
                 { "amount", 100 },
                 { "tendered", 100 },
                 { "idempotency_key", QStringLiteral("roletable-rest-%1").arg(m_keys++) } };
    if (route.endsWith(QLatin1String("/discount")))
        return { { "amount", 100 }, { "reason", "role table" } };
    if (key == QLatin1String("POST /api/devices"))
        return { { "name", "Role TV" } };
    if (key == QLatin1String("POST /api/checkin"))
        return { { "first_name", "Role" }, { "service_ids", QJsonArray { m_service } } };
    return {};
}

void TstRoleTable::restRoleTable()
{
    QString error;
    QList<Row> rows = readTable(QStringLiteral("rest"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Logging out ends the token: that row goes last, with fresh tokens.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const Row &r) { return r.key != QLatin1String("POST /api/logout"); });
    QVERIFY(rows.last().key == QLatin1String("POST /api/logout"));

    int allowed = 0, refused = 0;
    for (const Row &row : std::as_const(rows)) {
        const QByteArray verb = row.key.section(QLatin1Char(' '), 0, 0).toLatin1();
        const QString pattern = row.key.section(QLatin1Char(' '), 1);
        const bool logout = row.key == QLatin1String("POST /api/logout");
        for (const QString &role :
             { "none", "customer", "monitor", "checkin", "therapist", "cashier", "admin" }) {
            const Cell cell = row.cells.value(role);
            QString token = tokenFor(role);
            if (logout && cell == Cell::Allow) {
                if (role == QLatin1String("admin") || role == QLatin1String("cashier"))
                    token = m_s->login(role, role);
                else if (role == QLatin1String("therapist"))
                    token = m_s->loginTherapist(kAnna, "1111");
                else if (role == QLatin1String("monitor"))
                    token = m_s->post("/api/devices", { { "name", "Logout TV" } }, m_admin)
                                .json.value("token")
                                .toString();
                QVERIFY2(!token.isEmpty(), qPrintable(role));
            }
            const QByteArray body = verb == "GET" || verb == "DELETE"
                ? QByteArray()
                : QJsonDocument(restBody(row.key)).toJson(QJsonDocument::Compact);
            const QString what = QStringLiteral("%1 as %2").arg(row.key, role);
            auto call = [&](const QString &path) { return m_s->request(verb, path, body, token); };
            if (cell == Cell::Allow || cell == Cell::Own) {
                const QString path = fillPath(pattern, cell, true);
                const HttpResult r = call(path);
                QVERIFY2(r.status != 0 && !refusedStatus(r.status),
                         qPrintable(QStringLiteral("%1 (%2): allowed by the table, got %3 %4")
                                        .arg(what, path)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.raw))));
                ++allowed;
            }
            if (cell == Cell::Refuse || cell == Cell::Own) {
                const QString path = fillPath(pattern, cell, false);
                const QByteArray before = fingerprint();
                QVERIFY(!before.isEmpty());
                const HttpResult r = call(path);
                QVERIFY2(refusedStatus(r.status),
                         qPrintable(QStringLiteral("%1 (%2): refused by the table, got %3 %4")
                                        .arg(what, path)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.raw))));
                if (role == QLatin1String("none") || role == QLatin1String("customer"))
                    QVERIFY2(
                        r.status == 401,
                        qPrintable(what + QStringLiteral(": no staff or device token is a 401")));
                // A self check-in kiosk's token is valid but may do almost nothing: 403.
                if (role == QLatin1String("checkin"))
                    QVERIFY2(r.status == 403,
                             qPrintable(what + QStringLiteral(": a checkin token is a 403")));
                QVERIFY2(
                    fingerprint() == before,
                    qPrintable(what + QStringLiteral(": a refused call changed the database")));
                ++refused;
            }
        }
    }
    qInfo("REST role table: %d allowed and %d refused calls checked", allowed, refused);
}

QJsonObject TstRoleTable::socketPayload(const QString &command, bool own, bool refused) const
{
    const qint64 visit = own ? m_ownSocketVisit : refused ? m_otherVisit : kMissing;
    if (command == QLatin1String("visit:checkin"))
        return { { "customer_name", "Socket Walk-in" },
                 { "service_ids", QJsonArray { m_service } } };
    if (command == QLatin1String("visit:self_checkin"))
        return { { "first_name", "Socket" }, { "service_ids", QJsonArray { m_service } } };
    if (command == QLatin1String("therapist:status"))
        return { { "therapist_id",
                   own           ? kAnna
                       : refused ? kBudi
                                 : kMissing },
                 { "status", "on_break" } };
    if (command == QLatin1String("payment:void"))
        return { { "payment_id", refused ? m_payment : kMissing }, { "reason", "role table" } };
    QJsonObject p { { "visit_id", visit } };
    if (command == QLatin1String("visit:assign"))
        p.insert("therapist_id", kChai);
    else if (command == QLatin1String("visit:cancel") || command == QLatin1String("visit:no_show"))
        p.insert("reason", "role table");
    else if (command == QLatin1String("visit:pay")) {
        p.insert("method", "cash");
        p.insert("amount", 100);
        p.insert("tendered", 100);
        p.insert("idempotency_key", QStringLiteral("roletable-socket-%1").arg(m_keys++));
    } else if (command == QLatin1String("visit:discount")) {
        p.insert("amount", 100);
        p.insert("reason", "role table");
    }
    return p;
}

void TstRoleTable::socketRoleTable()
{
    QString error;
    const QList<Row> rows = readTable(QStringLiteral("socket"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A visit of Anna's own for call, start and complete over the socket.
    m_ownSocketVisit = 0;
    checkIn("Socket Own", kAnna, {}, {}, &m_ownSocketVisit);
    QVERIFY(m_ownSocketVisit);

    const QStringList roles { "customer", "monitor", "checkin", "therapist", "cashier", "admin" };
    QHash<QString, SioClient *> clients;
    std::vector<std::unique_ptr<SioClient>> owned;
    for (const QString &role : roles) {
        owned.push_back(std::make_unique<SioClient>());
        QVERIFY2(owned.back()->start(m_s->port(), { { "token", tokenFor(role) } }),
                 qPrintable(role));
        clients.insert(role, owned.back().get());
    }
    int allowed = 0, refused = 0;
    for (const Row &row : rows) {
        for (const QString &role : roles) {
            const Cell cell = row.cells.value(role);
            SioClient &c = *clients.value(role);
            const QString what = QStringLiteral("%1 as %2").arg(row.key, role);
            if (cell == Cell::Allow || cell == Cell::Own) {
                const QJsonObject ack =
                    c.call(row.key, socketPayload(row.key, cell == Cell::Own, false));
                QVERIFY2(!ack.isEmpty(), qPrintable(what + QStringLiteral(": no ack")));
                const QString code = errorCode(ack);
                QVERIFY2(
                    code != QLatin1String("forbidden") && code != QLatin1String("unauthorized"),
                    qPrintable(QStringLiteral("%1: allowed by the table, got %2")
                                   .arg(what,
                                        QString::fromUtf8(
                                            QJsonDocument(ack).toJson(QJsonDocument::Compact)))));
                ++allowed;
            }
            if (cell == Cell::Refuse || cell == Cell::Own) {
                const QByteArray before = fingerprint();
                const QJsonObject ack = c.call(row.key, socketPayload(row.key, false, true));
                QVERIFY2(ack.value("ok") == QJsonValue(false),
                         qPrintable(what + QStringLiteral(": no refusal")));
                const QString code = errorCode(ack);
                QVERIFY2(
                    code == QLatin1String("forbidden") ||
                        (code == QLatin1String("unauthorized") && role != QLatin1String("checkin")),
                    qPrintable(QStringLiteral("%1: refused by the table, got %2")
                                   .arg(what,
                                        QString::fromUtf8(
                                            QJsonDocument(ack).toJson(QJsonDocument::Compact)))));
                QVERIFY2(
                    fingerprint() == before,
                    qPrintable(what + QStringLiteral(": a refused command changed the database")));
                ++refused;
            }
        }
    }
    for (const QString &role : roles)
        QVERIFY2(!clients.value(role)->closed,
                 qPrintable(role + QStringLiteral(": socket closed by a refusal")));
    qInfo("Socket role table: %d allowed and %d refused commands checked", allowed, refused);
}

void TstRoleTable::socketWithoutTokenIsRefused()
{
    for (const QJsonObject &auth : { QJsonObject {}, QJsonObject { { "token", "" } },
                                     QJsonObject { { "token", "not-a-token" } } }) {
        SioClient c;
        QVERIFY(c.open(m_s->port()));
        QVERIFY(!c.connectSio(auth));
        QVERIFY(c.gotConnectError || c.closed);
        QVERIFY(!c.connected);
    }
}

void TstRoleTable::therapistReadsOthersVisitsRedacted()
{
    // The desk reads everything.
    const QJsonObject full = m_s->get(QStringLiteral("/api/visits/%1").arg(m_otherVisit), m_cashier)
                                 .json.value("visit")
                                 .toObject();
    QCOMPARE(full.value("phone").toString(), QStringLiteral("+66 82 222 2222"));
    QCOMPARE(full.value("code").toString(), m_otherCode);

    auto checkOthers = [&](const QJsonObject &v, const QString &where) {
        const QString ctx = where + QStringLiteral(" visit %1").arg(v.value("id").toInt());
        QVERIFY2(!v.contains("code"), qPrintable(ctx + ": ticket code shown to another therapist"));
        QVERIFY2(v.value("phone").isNull(), qPrintable(ctx + ": phone shown to another therapist"));
        QVERIFY2(v.value("notes").isNull(), qPrintable(ctx + ": notes shown to another therapist"));
        const QString name = v.value("customer_name").toString();
        QVERIFY2(!name.contains("Customer"), qPrintable(ctx + ": full name " + name));
        QVERIFY2(!name.isEmpty(), qPrintable(ctx + ": no name at all"));
    };
    auto checkOwn = [&](const QJsonObject &v, const QString &where) {
        QCOMPARE(v.value("phone").toString(), QStringLiteral("+66 81 111 1111"));
        QCOMPARE(v.value("notes").toString(), QStringLiteral("own notes: left knee"));
        QCOMPARE(v.value("customer_name").toString(), QStringLiteral("Ananya Own-Customer"));
        QVERIFY2(v.contains("code"), qPrintable(where));
    };

    for (const QString &path :
         { QStringLiteral("/api/visits"), QStringLiteral("/api/visits?date=2026-03-02"),
           QStringLiteral("/api/visits?status=waiting"),
           QStringLiteral("/api/visits?status=assigned") }) {
        const HttpResult r = m_s->get(path, m_anna);
        QCOMPARE(r.status, 200);
        const QJsonArray visits = r.json.value("visits").toArray();
        QVERIFY(!visits.isEmpty());
        // Nothing of another customer's contact details anywhere in the answer.
        for (const char *secret : { "+66 82", "+66 83", "allergy", "pregnant" })
            QVERIFY2(!r.raw.contains(secret),
                     qPrintable(path + QStringLiteral(": contains ") + secret));
        QVERIFY2(!r.raw.contains(m_otherCode.toUtf8()) && !r.raw.contains(m_waitingCode.toUtf8()),
                 qPrintable(path + QStringLiteral(": contains another ticket's code")));
        for (const QJsonValue &value : visits) {
            const QJsonObject v = value.toObject();
            const qint64 therapist = qint64(v.value("therapist").toObject().value("id").toDouble());
            if (qint64(v.value("id").toDouble()) == m_ownVisit)
                checkOwn(v, path);
            else if (therapist != kAnna)
                checkOthers(v, path);
        }
    }
    const QJsonObject other = m_s->get(QStringLiteral("/api/visits/%1").arg(m_otherVisit), m_anna)
                                  .json.value("visit")
                                  .toObject();
    QCOMPARE(other.value("customer_name").toString(), QStringLiteral("Boonsri O."));
    checkOthers(other, "GET /api/visits/{id}");
    checkOthers(m_s->get(QStringLiteral("/api/visits/%1").arg(m_waitingVisit), m_anna)
                    .json.value("visit")
                    .toObject(),
                "GET /api/visits/{id}");
    checkOwn(m_s->get(QStringLiteral("/api/visits/%1").arg(m_ownVisit), m_anna)
                 .json.value("visit")
                 .toObject(),
             "GET /api/visits/{id}");
    QCOMPARE(m_s->get(QStringLiteral("/api/visits/%1").arg(kMissing), m_anna).status, 404);
}

void TstRoleTable::therapistRoomHoldsOnlyOwnCustomers()
{
    SioClient anna;
    QVERIFY(anna.start(m_s->port(), { { "token", m_anna } }));
    QVERIFY(anna.waitCount("therapist_queue_updated", 1));
    // A change to others' visits afterwards still tells Anna nothing about them.
    QCOMPARE(
        m_s->post(QStringLiteral("/api/visits/%1/call").arg(m_otherVisit), {}, m_cashier).status,
        200);
    QTest::qWait(300);
    for (const SioEvent &e : anna.events) {
        const QByteArray text = QJsonDocument(e.args).toJson(QJsonDocument::Compact);
        for (const QByteArray &secret :
             { QByteArray("+66 82"), QByteArray("+66 83"), QByteArray("allergy"),
               QByteArray("pregnant"), QByteArray("Other-Customer"), QByteArray("Waiting-Customer"),
               m_otherCode.toUtf8(), m_waitingCode.toUtf8() })
            QVERIFY2(!text.contains(secret),
                     qPrintable(e.name + QStringLiteral(" carries ") + QString::fromUtf8(secret)));
    }
    const QJsonArray queue = anna.last("therapist_queue_updated").value("queue").toArray();
    QVERIFY(!queue.isEmpty());
    for (const QJsonValue &v : queue)
        QCOMPARE(qint64(v.toObject().value("therapist").toObject().value("id").toDouble()), kAnna);
    // Her own customer, in full: she serves them.
    QVERIFY(QJsonDocument(queue).toJson().contains("own notes: left knee"));
}

QTEST_MAIN(TstRoleTable)
#include "tst_roletable.moc"
