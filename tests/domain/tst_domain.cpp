// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// SpaDomain over a real SQLite file (a PostgreSQL database under SPA_TEST_ENGINE=postgres, ctest
// tst_domain_pg) with a ManualClock: the visit state machine, the turn order,
// estimated waits, money rules (splits, tips, change, idempotency, voids), the daily report, the
// day close, business dates across time zones, the journal and the `committed` signal.
//
// The demo venue is seeded once into a template file (database); every test function (and every
// data row) gets its own copy, so tests never see each other's visits.
#include "app/demodata.h"
#include "core/clock.h"
#include "domain/spa.h"
#include "rooms.h"
#include "store/auditchain.h"
#include "store/database.h"
#include "store/journal.h"
#include "testengine.h"
#include "views/rangereport.h"
#include "views/roomviews.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

// 10:00 in Bangkok, 03:00 UTC. The venue's time zone is UTC unless a test says otherwise.
const QDateTime kStart(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
const QString kDay = QStringLiteral("2026-03-02");

qint64 idOf(const QJsonValue &v, const char *key = "id")
{
    return qint64(v.toObject().value(QLatin1String(key)).toDouble());
}

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString describe(const Reply &r)
{
    if (r.isOk())
        return QStringLiteral("ok %1").arg(r.status());
    return QStringLiteral("%1 %2: %3").arg(r.status()).arg(r.errorCode(), r.errorMessage());
}

QJsonObject visitOf(const Reply &r)
{
    return r.body().value(QLatin1String("visit")).toObject();
}

QString statusOf(const Reply &r)
{
    return visitOf(r).value(QLatin1String("status")).toString();
}

struct Event {
    qint64 seq = 0;
    QString type;
    QString rooms;
    bool notify = false;
    QJsonObject payload;
};

} // namespace

// Each macro evaluates its argument once, so a command is never run twice by a check.
#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const Reply r_ = (expr);                                                                   \
        QVERIFY2(r_.isOk(), qPrintable(describe(r_)));                                             \
    } while (0)
#define CHECK_ERROR(expr, st, code)                                                                \
    do {                                                                                           \
        const Reply r_ = (expr);                                                                   \
        QVERIFY2(                                                                                  \
            !r_.isOk(),                                                                            \
            qPrintable(QStringLiteral("expected %1 %2, got ").arg(st).arg(QLatin1String(code)) +   \
                       describe(r_)));                                                             \
        QCOMPARE(r_.status(), st);                                                                 \
        QCOMPARE(r_.errorCode(), QStringLiteral(code));                                            \
        QVERIFY(!r_.errorMessage().isEmpty());                                                     \
    } while (0)

class TestDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // The state machine
    void happyPathStepByStep();
    void legalTransitions_data();
    void legalTransitions();
    void illegalTransitions_data();
    void illegalTransitions();
    void refusedInputWritesNothing();
    void therapistActsOnOwnVisitsOnly();
    void checkInWithTherapistIsAssigned();
    void reassignTellsBothTherapists();
    void ticketsNumberPerDay();
    void roomsHoldOneVisitAtATime();

    // Turn order and waits
    void turnOrderAsTheClockMoves();
    void comingOnShiftThroughABreakGoesToTheBack();
    void noTherapistFreeRefusesAutoAssign();
    void estimatedWaitsAsTheClockMoves();
    void noTherapistWorkingHasNoEstimate();

    // Money
    void cashWithTipAndChange();
    void splitAcrossMethods();
    void amountOverBalanceRefused();
    void tenderedRules();
    void paymentValidation_data();
    void paymentValidation();
    void idempotencyReplay();
    void tipsCreditedToVisitTherapist();
    void freeServiceClosesWithoutPayment();
    void voidMakesVisitOweAgain();
    void voidOfPartOfASplit();
    void voidLandsOnThePaymentsDay();

    // Reports and day close
    void dailyReportAddsUp();
    void reportForAnEmptyDay();
    void rangeReportOnItsOwnConnection();
    void closeDayRefusesOpenVisits();
    void closeDayFreezesTheDay();
    void paymentOnClosedDayRefused();

    // Time zones
    void businessDateFollowsTimeZone_data();
    void businessDateFollowsTimeZone();
    void businessDateBoundaryInBangkok();
    void settingsKeptUntilChangedOrRolledBack();

    // Journal and signal
    void committedOncePerSuccessfulCommand();
    void committedOnlyAfterCommit();
    void paymentJournalRooms();
    void keptViewsReadAsFreshOnes();
    void publicName_data();
    void publicName();
    void failedStatementRollsBackWholeCommand_data();
    void failedStatementRollsBackWholeCommand();
    void groupedCommandsCommitTogether();
    void visitUndoneShowsNoServicesToTheNextWithItsId();
    void groupThatCannotCommitAnswersFailure();
    void groupWhoseCommitFailsAnswersFailure();
    void backupInsideAGroupCommitsItFirst();

private:
    // Fixture
    Principal desk() const;
    Principal admin() const;
    // Closes the open cash shift (the demo's) counting what it should hold: the Z close
    // refuses while a shift is open.
    Reply closeShift();
    Principal therapist(qint64 id) const;
    Reply checkIn(const QString &name, const QVector<qint64> &services, qint64 therapistId = 0);
    qint64 visitIn(const QString &state, qint64 service = 0, qint64 therapistId = 0);
    Reply act(const QString &action, qint64 visitId);
    Reply pay(qint64 visitId, const QString &method, qint64 amount, qint64 tip = 0,
              qint64 tendered = -1, const QString &key = QString());
    QJsonObject visit(qint64 id) { return m_domain->views().visits().visitJson(id); }
    void setStatus(qint64 therapistId, const QString &status);
    QJsonObject therapistRow(qint64 id);
    QVector<qint64> turnOrder();
    QJsonObject activeVisit(qint64 id);

    // Database probes
    QString snapshot();
    qint64 count(const QString &table);
    QString methods(qint64 visitId); // its payments' methods in order, "cash,card"
    QVector<Event> eventsAfter(qint64 seq);
    QString scalar(const QString &sql, std::initializer_list<QVariant> binds = {});
    // A schema statement on the domain's own connection (a temporary trigger that injects a
    // failure); straight through Qt Sql, as PostgreSQL does not prepare schema statements.
    bool ddl(const QString &sql);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path; // the test's database: a SQLite file or a PostgreSQL URL
    QString m_name;
    int m_counter = 0;
    ManualClock m_clock { kStart };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SpaDomain> m_domain;

    qint64 m_anna = 0, m_budi = 0, m_chai = 0, m_dewi = 0, m_admin = 0, m_cashier = 0;
    qint64 m_thai = 0, m_aroma = 0, m_foot = 0, m_herbal = 0, m_head = 0;
    QVector<qint64> m_rooms;
};

// ---------------------------------------------------------------------------------------------
// Fixture

void TestDomain::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString why = TestEngine::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") + why));
    // SQLite: the seeded file is copied for each test; PostgreSQL: the seeded database is each
    // test's template (CREATE DATABASE ... TEMPLATE).
    const QString seedPath = TestEngine::fresh(m_dir, QStringLiteral("seed"));
    QVERIFY(!seedPath.isEmpty());
    m_template = TestEngine::postgres() ? QStringLiteral("seed")
                                        : m_dir.filePath(QStringLiteral("template.db"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(seedPath, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        SpaDomain domain(db, m_clock);
        domain.venue().setSetting(QStringLiteral("timezone"), QStringLiteral("UTC"));
        const DemoSummary demo = seedDemo(domain, m_dir.path());
        QVERIFY(!demo.kioskToken.isEmpty());

        auto idFor = [&](const QString &sql, const QString &name) {
            QSqlQuery q = db.exec(sql, { name });
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        const QString staffSql = QStringLiteral("SELECT id FROM staff WHERE display_name = ?");
        m_anna = idFor(staffSql, QStringLiteral("Anna"));
        m_budi = idFor(staffSql, QStringLiteral("Budi"));
        m_chai = idFor(staffSql, QStringLiteral("Chai"));
        m_dewi = idFor(staffSql, QStringLiteral("Dewi"));
        m_admin = idFor(QStringLiteral("SELECT id FROM staff WHERE username = ?"),
                        QStringLiteral("admin"));
        m_cashier = idFor(QStringLiteral("SELECT id FROM staff WHERE username = ?"),
                          QStringLiteral("cashier"));
        const QString serviceSql = QStringLiteral("SELECT id FROM services WHERE name = ?");
        m_thai = idFor(serviceSql, QStringLiteral("Thai Massage")); // 60 min, 45000
        m_aroma = idFor(serviceSql, QStringLiteral("Aromatherapy Oil Massage")); // 90 min, 120000
        m_foot = idFor(serviceSql, QStringLiteral("Foot Reflexology")); // 45 min, 35000
        m_herbal = idFor(serviceSql, QStringLiteral("Herbal Compress")); // 60 min, 80000
        m_head = idFor(serviceSql, QStringLiteral("Head & Shoulder")); // 30 min, 25000
        for (qint64 id : { m_anna, m_budi, m_chai, m_dewi, m_admin, m_cashier, m_thai, m_aroma,
                           m_foot, m_herbal, m_head })
            QVERIFY(id > 0);
        QVERIFY(m_anna < m_budi && m_budi < m_chai && m_chai < m_dewi);
        QSqlQuery rooms = db.exec(QStringLiteral("SELECT id FROM rooms ORDER BY id"));
        while (rooms.next())
            m_rooms.append(rooms.value(0).toLongLong());
        QCOMPARE(m_rooms.size(), 6);
        if (!TestEngine::postgres())
            QVERIFY2(db.backupTo(m_template, &error), qPrintable(error));
    }
}

void TestDomain::init()
{
    m_clock.set(kStart);
    m_name = QStringLiteral("test-%1").arg(++m_counter);
    if (TestEngine::postgres()) {
        m_path = TestEngine::fresh(m_dir, m_name, m_template);
        QVERIFY(!m_path.isEmpty());
    } else {
        m_path = m_dir.filePath(m_name + QStringLiteral(".db"));
        QVERIFY(QFile::copy(m_template, m_path));
    }
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_path, &error), qPrintable(error));
    QVERIFY2(m_db->migrate(&error), qPrintable(error));
    m_domain = std::make_unique<SpaDomain>(*m_db, m_clock);
    QCOMPARE(m_domain->venue().today(), kDay);
}

void TestDomain::cleanup()
{
    m_domain.reset();
    m_db.reset();
    TestEngine::discard(m_path, m_name);
}

Principal TestDomain::desk() const
{
    Principal p;
    p.role = Principal::Role::Cashier;
    p.staffId = m_cashier;
    p.name = QStringLiteral("Front Desk");
    return p;
}

Principal TestDomain::admin() const
{
    Principal p;
    p.role = Principal::Role::Admin;
    p.staffId = m_admin;
    p.name = QStringLiteral("Owner");
    return p;
}

Reply TestDomain::closeShift()
{
    const qint64 open = m_domain->views().shifts().openShiftId();
    if (open == 0)
        return Errors::notFound(QStringLiteral("no open shift"));
    return m_domain->shifts().close(
        open, { { QStringLiteral("counted"), m_domain->views().shifts().expectedCash(open) } },
        desk());
}

Principal TestDomain::therapist(qint64 id) const
{
    Principal p;
    p.role = Principal::Role::Therapist;
    p.staffId = id;
    return p;
}

Reply TestDomain::checkIn(const QString &name, const QVector<qint64> &services, qint64 therapistId)
{
    QJsonArray ids;
    for (qint64 s : services)
        ids.append(s);
    QJsonObject body { { QStringLiteral("customer_name"), name },
                       { QStringLiteral("service_ids"), ids } };
    if (therapistId > 0)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    return m_domain->visits().checkIn(body, desk());
}

// Drives a new visit to `state` through the domain's own commands; 0 on failure (logged).
qint64 TestDomain::visitIn(const QString &state, qint64 service, qint64 therapistId)
{
    if (service == 0)
        service = m_thai;
    if (therapistId == 0)
        therapistId = m_anna;
    const Reply in = checkIn(QStringLiteral("Customer %1").arg(state), { service });
    if (!in.isOk()) {
        qWarning() << "checkIn failed:" << describe(in);
        return 0;
    }
    const qint64 id = idOf(in.body().value(QLatin1String("visit")));
    QStringList steps;
    if (state == QLatin1String("assigned"))
        steps = { QStringLiteral("assign") };
    else if (state == QLatin1String("in_service"))
        steps = { QStringLiteral("assign"), QStringLiteral("start") };
    else if (state == QLatin1String("awaiting_payment"))
        steps = { QStringLiteral("assign"), QStringLiteral("start"), QStringLiteral("complete") };
    else if (state == QLatin1String("paid"))
        steps = { QStringLiteral("assign"), QStringLiteral("start"), QStringLiteral("complete"),
                  QStringLiteral("pay") };
    else if (state == QLatin1String("cancelled"))
        steps = { QStringLiteral("cancel") };
    else if (state == QLatin1String("no_show"))
        steps = { QStringLiteral("no_show") };
    for (const QString &step : steps) {
        const Reply r = step == QLatin1String("assign")
            ? m_domain->visits().assign(id, { { QStringLiteral("therapist_id"), therapistId } },
                                        desk())
            : act(step, id);
        if (!r.isOk()) {
            qWarning() << "step" << step << "failed:" << describe(r);
            return 0;
        }
    }
    const QString now = visit(id).value(QLatin1String("status")).toString();
    if (now != state) {
        qWarning() << "visit is" << now << "not" << state;
        return 0;
    }
    return id;
}

Reply TestDomain::act(const QString &action, qint64 id)
{
    if (action == QLatin1String("assign"))
        return m_domain->visits().assign(id, {}, desk());
    if (action == QLatin1String("call"))
        return m_domain->visits().call(id, desk());
    if (action == QLatin1String("start"))
        return m_domain->visits().start(id, desk());
    if (action == QLatin1String("complete"))
        return m_domain->visits().complete(id, desk());
    if (action == QLatin1String("cancel"))
        return m_domain->visits().cancel(
            id, { { QStringLiteral("reason"), QStringLiteral("changed their mind") } }, desk());
    if (action == QLatin1String("no_show"))
        return m_domain->visits().noShow(id, {}, desk());
    if (action == QLatin1String("pay")) {
        qint64 amount = num(visit(id), "balance_due");
        if (amount <= 0)
            amount = num(visit(id), "total");
        return pay(id, QStringLiteral("card"), amount);
    }
    qFatal("unknown action");
    return Errors::internal();
}

Reply TestDomain::pay(qint64 visitId, const QString &method, qint64 amount, qint64 tip,
                      qint64 tendered, const QString &key)
{
    static int serial = 0;
    QJsonObject body { { QStringLiteral("method"), method },
                       { QStringLiteral("amount"), amount },
                       { QStringLiteral("idempotency_key"),
                         key.isEmpty() ? QStringLiteral("test-key-%1").arg(++serial) : key } };
    if (tip > 0)
        body.insert(QStringLiteral("tip"), tip);
    if (tendered >= 0)
        body.insert(QStringLiteral("tendered"), tendered);
    return m_domain->till().pay(visitId, body, desk());
}

void TestDomain::setStatus(qint64 therapistId, const QString &status)
{
    const Reply r = m_domain->therapists().setStatus(
        therapistId, { { QStringLiteral("status"), status } }, desk());
    if (!r.isOk())
        qWarning() << "setTherapistStatus" << therapistId << status << "failed:" << describe(r);
}

QJsonObject TestDomain::therapistRow(qint64 id)
{
    const QJsonArray all = m_domain->views().staff().therapistsJson();
    for (const QJsonValue &t : all)
        if (idOf(t) == id)
            return t.toObject();
    return {};
}

QVector<qint64> TestDomain::turnOrder()
{
    // As the screens show it: turn_position 1, 2, ... from therapistsJson.
    QMap<int, qint64> byPosition;
    const QJsonArray all = m_domain->views().staff().therapistsJson();
    for (const QJsonValue &t : all) {
        const QJsonValue pos = t.toObject().value(QLatin1String("turn_position"));
        if (!pos.isNull())
            byPosition.insert(pos.toInt(), idOf(t));
    }
    return byPosition.values();
}

QJsonObject TestDomain::activeVisit(qint64 id)
{
    const QJsonArray all = m_domain->views().visits().activeVisits();
    for (const QJsonValue &v : all)
        if (idOf(v) == id)
            return v.toObject();
    return {};
}

QString TestDomain::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q = m_db->exec(sql, binds);
    return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
}

bool TestDomain::ddl(const QString &sql)
{
    QSqlQuery q(m_db->handle());
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << q.lastError().text();
    return ok;
}

QString TestDomain::methods(qint64 visitId)
{
    QSqlQuery q = m_db->exec(
        QStringLiteral("SELECT method FROM payments WHERE visit_id = ? ORDER BY id"), { visitId });
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out.join(QLatin1Char(','));
}

qint64 TestDomain::count(const QString &table)
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// Everything a command could touch, as text, to compare before and after a refused command.
QString TestDomain::snapshot()
{
    QStringList out;
    for (const char *sql :
         { "SELECT * FROM visits ORDER BY id", "SELECT * FROM visit_services ORDER BY id",
           "SELECT * FROM payments ORDER BY id", "SELECT * FROM therapist_state ORDER BY staff_id",
           "SELECT * FROM day_closes ORDER BY business_date", "SELECT * FROM events ORDER BY seq",
           "SELECT * FROM services ORDER BY id", "SELECT * FROM staff ORDER BY id" }) {
        QSqlQuery q = m_db->exec(QString::fromLatin1(sql));
        out.append(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
            out.append(cols.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QVector<Event> TestDomain::eventsAfter(qint64 seq)
{
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT seq, type, rooms, notify, payload FROM events "
                                            "WHERE seq > ? ORDER BY seq"),
                             { seq });
    QVector<Event> out;
    while (q.next()) {
        Event e;
        e.seq = q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.rooms = q.value(2).toString();
        e.notify = q.value(3).toInt() != 0;
        e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The state machine

void TestDomain::happyPathStepByStep()
{
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    qint64 seq = m_domain->views().journal().lastSeq();

    // Check-in: waiting, ticket 001, money from the service.
    Reply r = checkIn(QStringLiteral("Ms Lin"), { m_thai });
    CHECK_OK(r);
    QCOMPARE(r.status(), 201);
    QJsonObject v = visitOf(r);
    const qint64 id = idOf(v);
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(v.value(QLatin1String("ticket")).toString(), QStringLiteral("001"));
    QCOMPARE(v.value(QLatin1String("business_date")).toString(), kDay);
    QCOMPARE(num(v, "total"), 45000);
    QCOMPARE(num(v, "balance_due"), 45000);
    QCOMPARE(num(v, "duration_min"), 60);
    QCOMPARE(v.value(QLatin1String("created_at")).toString(), isoUtc(m_clock.now()));
    QVERIFY(v.value(QLatin1String("therapist")).isNull());
    QVERIFY(v.value(QLatin1String("code")).toString().size() >= 6);
    QCOMPARE(v.value(QLatin1String("services")).toArray().size(), 1);
    QVector<Event> ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].type, QStringLiteral("visit.checked_in"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), ev.last().seq);
    seq = ev.last().seq;

    // Assign by turn order: all available therapists came on shift together; lowest id first.
    m_clock.advanceSecs(60);
    QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_budi, m_chai }));
    r = m_domain->visits().assign(id, {}, desk());
    CHECK_OK(r);
    v = visitOf(r);
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(idOf(v.value(QLatin1String("therapist"))), m_anna);
    QCOMPARE(idOf(v.value(QLatin1String("room"))), m_rooms[0]);
    QCOMPARE(v.value(QLatin1String("assigned_at")).toString(), isoUtc(m_clock.now()));
    // Assignment does not restart the turn: a cancelled customer must not cost Anna her place.
    QVERIFY(therapistRow(m_anna).value(QLatin1String("turn_since")).toString() <
            isoUtc(m_clock.now()));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai }));
    ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].type, QStringLiteral("visit.assigned"));
    QVERIFY(
        ev[0].rooms.split(QLatin1Char(' ')).contains(QStringLiteral("therapist:%1").arg(m_anna)));
    QCOMPARE(spy.count(), 2);
    seq = ev.last().seq;

    // Call: the state stays, the call time is kept, a notice is journaled.
    m_clock.advanceSecs(60);
    r = m_domain->visits().call(id, desk());
    CHECK_OK(r);
    v = visitOf(r);
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(v.value(QLatin1String("called_at")).toString(), isoUtc(m_clock.now()));
    ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev[1].type, QStringLiteral("visit_called"));
    QVERIFY(ev[1].notify);
    QCOMPARE(ev[1].rooms, QStringLiteral("monitor customer:%1").arg(id));
    QCOMPARE(ev[1].payload.value(QLatin1String("ticket")).toString(), QStringLiteral("001"));
    QCOMPARE(idOf(ev[1].payload.value(QLatin1String("room"))), m_rooms[0]);
    QCOMPARE(idOf(ev[1].payload.value(QLatin1String("therapist"))), m_anna);
    QCOMPARE(ev[1].payload.value(QLatin1String("name")).toString(), QStringLiteral("Ms L."));
    QVERIFY(!QJsonDocument(ev[1].payload).toJson().contains("Ms Lin"));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(0).toLongLong(), ev.last().seq);
    seq = ev.last().seq;

    // Start: in service, therapist busy.
    m_clock.advanceSecs(60);
    const QDateTime started = m_clock.now();
    r = m_domain->visits().start(id, desk());
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("in_service"));
    QCOMPARE(visitOf(r).value(QLatin1String("started_at")).toString(), isoUtc(started));
    QCOMPARE(therapistRow(m_anna).value(QLatin1String("status")).toString(),
             QStringLiteral("busy"));
    QCOMPARE(eventsAfter(seq).size(), 1);
    QCOMPARE(eventsAfter(seq).first().type, QStringLiteral("visit.started"));
    QCOMPARE(spy.count(), 4);
    seq = m_domain->views().journal().lastSeq();

    // Complete: awaiting payment, therapist available again and at the back of the turn order.
    m_clock.advanceSecs(60 * 60);
    r = m_domain->visits().complete(id, desk());
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("awaiting_payment"));
    QCOMPARE(visitOf(r).value(QLatin1String("completed_at")).toString(), isoUtc(m_clock.now()));
    QVERIFY(visitOf(r).value(QLatin1String("closed_at")).isNull());
    QCOMPARE(therapistRow(m_anna).value(QLatin1String("status")).toString(),
             QStringLiteral("available"));
    QCOMPARE(therapistRow(m_anna).value(QLatin1String("turn_since")).toString(),
             isoUtc(m_clock.now()));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai, m_anna }));
    QCOMPARE(eventsAfter(seq).size(), 1);
    QCOMPARE(eventsAfter(seq).first().type, QStringLiteral("visit.completed"));
    QCOMPARE(spy.count(), 5);
    seq = m_domain->views().journal().lastSeq();

    // Pay in full: paid, closed, payment_completed journaled as a notice.
    m_clock.advanceSecs(120);
    r = pay(id, QStringLiteral("cash"), 45000, 0, 50000);
    CHECK_OK(r);
    QCOMPARE(r.status(), 201);
    QCOMPARE(statusOf(r), QStringLiteral("paid"));
    QCOMPARE(num(visitOf(r), "balance_due"), 0);
    QCOMPARE(visitOf(r).value(QLatin1String("closed_at")).toString(), isoUtc(m_clock.now()));
    QCOMPARE(num(r.body(), "change_due"), 5000);
    ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 2);
    QCOMPARE(ev[0].type, QStringLiteral("payment.taken"));
    QCOMPARE(ev[1].type, QStringLiteral("payment_completed"));
    QCOMPARE(spy.count(), 6);

    // Every event seq grew by one per journal row; every emitted seq is the newest one then.
    for (int i = 1; i < spy.count(); ++i)
        QVERIFY(spy.at(i).at(0).toLongLong() > spy.at(i - 1).at(0).toLongLong());
    QCOMPARE(spy.last().at(0).toLongLong(), m_domain->views().journal().lastSeq());
}

void TestDomain::legalTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("eventType");

    QTest::newRow("waiting/assign") << "waiting"
                                    << "assign"
                                    << "assigned"
                                    << "visit.assigned";
    QTest::newRow("assigned/assign (reassign)") << "assigned"
                                                << "assign"
                                                << "assigned"
                                                << "visit.assigned";
    QTest::newRow("assigned/call") << "assigned"
                                   << "call"
                                   << "assigned"
                                   << "visit_called";
    QTest::newRow("assigned/start") << "assigned"
                                    << "start"
                                    << "in_service"
                                    << "visit.started";
    QTest::newRow("in_service/complete") << "in_service"
                                         << "complete"
                                         << "awaiting_payment"
                                         << "visit.completed";
    QTest::newRow("awaiting_payment/pay") << "awaiting_payment"
                                          << "pay"
                                          << "paid"
                                          << "payment_completed";
    QTest::newRow("waiting/cancel") << "waiting"
                                    << "cancel"
                                    << "cancelled"
                                    << "visit.cancelled";
    QTest::newRow("assigned/cancel") << "assigned"
                                     << "cancel"
                                     << "cancelled"
                                     << "visit.cancelled";
    QTest::newRow("waiting/no_show") << "waiting"
                                     << "no_show"
                                     << "no_show"
                                     << "visit.no_show";
    QTest::newRow("assigned/no_show") << "assigned"
                                      << "no_show"
                                      << "no_show"
                                      << "visit.no_show";
}

void TestDomain::legalTransitions()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, to);
    QFETCH(QString, eventType);

    const qint64 id = visitIn(from);
    QVERIFY(id > 0);
    m_clock.advanceSecs(300);
    const qint64 seq = m_domain->views().journal().lastSeq();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);

    const Reply r = act(action, id);
    CHECK_OK(r);
    QCOMPARE(statusOf(r), to);
    QCOMPARE(visit(id).value(QLatin1String("status")).toString(), to); // and it is stored
    const QVector<Event> ev = eventsAfter(seq);
    QVERIFY(!ev.isEmpty());
    QCOMPARE(ev.last().type, eventType);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), ev.last().seq);

    const QJsonObject v = visit(id);
    const QString now = isoUtc(m_clock.now());
    if (to == QLatin1String("cancelled") || to == QLatin1String("no_show") ||
        to == QLatin1String("paid"))
        QCOMPARE(v.value(QLatin1String("closed_at")).toString(), now);
    if (action == QLatin1String("cancel"))
        QCOMPARE(v.value(QLatin1String("cancel_reason")).toString(),
                 QStringLiteral("changed their mind"));
    if (action == QLatin1String("call"))
        QCOMPARE(v.value(QLatin1String("called_at")).toString(), now);
    if (to == QLatin1String("cancelled") || to == QLatin1String("no_show")) {
        // A closed visit no longer holds its therapist or its room.
        QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_budi, m_chai }));
        const Reply next = checkIn(QStringLiteral("Next"), { m_foot }, m_budi);
        CHECK_OK(next);
        QCOMPARE(idOf(visitOf(next).value(QLatin1String("room"))), m_rooms[0]);
    }
}

void TestDomain::illegalTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");

    const QStringList states { QStringLiteral("waiting"),    QStringLiteral("assigned"),
                               QStringLiteral("in_service"), QStringLiteral("awaiting_payment"),
                               QStringLiteral("paid"),       QStringLiteral("cancelled"),
                               QStringLiteral("no_show") };
    const QHash<QString, QStringList> legal {
        { QStringLiteral("assign"), { QStringLiteral("waiting"), QStringLiteral("assigned") } },
        { QStringLiteral("call"), { QStringLiteral("assigned") } },
        { QStringLiteral("start"), { QStringLiteral("assigned") } },
        { QStringLiteral("complete"), { QStringLiteral("in_service") } },
        { QStringLiteral("cancel"), { QStringLiteral("waiting"), QStringLiteral("assigned") } },
        { QStringLiteral("no_show"), { QStringLiteral("waiting"), QStringLiteral("assigned") } },
        { QStringLiteral("pay"), { QStringLiteral("awaiting_payment") } },
    };
    const QStringList actions { QStringLiteral("assign"), QStringLiteral("call"),
                                QStringLiteral("start"),  QStringLiteral("complete"),
                                QStringLiteral("cancel"), QStringLiteral("no_show"),
                                QStringLiteral("pay") };
    int rows = 0;
    for (const QString &from : states)
        for (const QString &action : actions)
            if (!legal.value(action).contains(from)) {
                QTest::addRow("%s/%s", qPrintable(from), qPrintable(action)) << from << action;
                ++rows;
            }
    QCOMPARE(rows, 39);
}

void TestDomain::illegalTransitions()
{
    QFETCH(QString, from);
    QFETCH(QString, action);

    const qint64 id = visitIn(from);
    QVERIFY(id > 0);
    m_clock.advanceSecs(300);
    const QString before = snapshot();
    const qint64 seq = m_domain->views().journal().lastSeq();
    const QString rowBefore =
        scalar(QStringLiteral("SELECT status || '|' || COALESCE(therapist_id, '') || '|' || "
                              "COALESCE(room_id, '') || '|' || COALESCE(closed_at, '') "
                              "FROM visits WHERE id = ?"),
               { id });
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);

    const Reply r = act(action, id);
    CHECK_ERROR(r, 409, "illegal_state");
    // The message names the current state (never one of the states the action needs, here).
    QVERIFY2(r.errorMessage().contains(from), qPrintable(r.errorMessage()));
    QCOMPARE(r.httpBody()
                 .value(QLatin1String("error"))
                 .toObject()
                 .value(QLatin1String("code"))
                 .toString(),
             QStringLiteral("illegal_state"));

    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_domain->views().journal().lastSeq(), seq);
    QCOMPARE(scalar(QStringLiteral("SELECT status || '|' || COALESCE(therapist_id, '') || '|' || "
                                   "COALESCE(room_id, '') || '|' || COALESCE(closed_at, '') "
                                   "FROM visits WHERE id = ?"),
                    { id }),
             rowBefore);
    QCOMPARE(snapshot(), before);
}

void TestDomain::refusedInputWritesNothing()
{
    const qint64 waiting = visitIn(QStringLiteral("waiting"));
    const qint64 assigned = visitIn(QStringLiteral("assigned"), m_foot, m_budi);
    QVERIFY(waiting > 0 && assigned > 0);
    setStatus(m_chai, QStringLiteral("off"));
    const QString before = snapshot();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);

    struct Case {
        const char *what;
        Reply reply;
        int status;
        const char *code;
    };
    const Case cases[] = {
        { "cancel without reason", m_domain->visits().cancel(waiting, {}, desk()), 422,
          "validation_failed" },
        { "cancel with blank reason",
          m_domain->visits().cancel(
              waiting, { { QStringLiteral("reason"), QStringLiteral("   ") } }, desk()),
          422, "validation_failed" },
        { "assign to a therapist who is off",
          m_domain->visits().assign(waiting, { { QStringLiteral("therapist_id"), m_chai } },
                                    desk()),
          409, "therapist_off" },
        { "assign to nobody",
          m_domain->visits().assign(waiting, { { QStringLiteral("therapist_id"), 9999 } }, desk()),
          422, "validation_failed" },
        { "assign to a cashier",
          m_domain->visits().assign(waiting, { { QStringLiteral("therapist_id"), m_cashier } },
                                    desk()),
          422, "validation_failed" },
        { "assign to a room in use",
          m_domain->visits().assign(
              waiting,
              { { QStringLiteral("therapist_id"), m_anna },
                { QStringLiteral("room_id"), idOf(visit(assigned).value(QLatin1String("room"))) } },
              desk()),
          409, "room_taken" },
        { "check-in without services",
          m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("X") },
                                       { QStringLiteral("service_ids"), QJsonArray() } },
                                     desk()),
          422, "validation_failed" },
        { "check-in with an unknown service",
          m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("X") },
                                       { QStringLiteral("service_ids"), QJsonArray { 9999 } } },
                                     desk()),
          422, "validation_failed" },
        { "check-in without a name",
          m_domain->visits().checkIn(
              { { QStringLiteral("service_ids"), QJsonArray { double(m_thai) } } }, desk()),
          422, "validation_failed" },
        { "check-in with a therapist who is off", checkIn(QStringLiteral("X"), { m_thai }, m_chai),
          409, "therapist_off" },
        { "start a missing visit", m_domain->visits().start(9999, desk()), 404, "not_found" },
        { "call a missing visit", m_domain->visits().call(9999, desk()), 404, "not_found" },
        { "complete a missing visit", m_domain->visits().complete(9999, desk()), 404, "not_found" },
        { "assign a missing visit", m_domain->visits().assign(9999, {}, desk()), 404, "not_found" },
        { "no-show a missing visit", m_domain->visits().noShow(9999, {}, desk()), 404,
          "not_found" },
        { "pay a missing visit", pay(9999, QStringLiteral("cash"), 100), 404, "not_found" },
        { "void a missing payment",
          m_domain->till().voidPayment(9999, { { QStringLiteral("reason"), QStringLiteral("x") } },
                                       desk()),
          404, "not_found" },
        { "bad therapist status",
          m_domain->therapists().setStatus(
              m_anna, { { QStringLiteral("status"), QStringLiteral("busy") } }, desk()),
          422, "validation_failed" },
        { "status of a missing therapist",
          m_domain->therapists().setStatus(
              9999, { { QStringLiteral("status"), QStringLiteral("off") } }, desk()),
          404, "not_found" },
        { "close a day that has not come",
          m_domain->till().closeDay(QStringLiteral("2026-03-03"), admin()), 422,
          "validation_failed" },
        { "close a malformed day", m_domain->till().closeDay(QStringLiteral("yesterday"), admin()),
          422, "validation_failed" },
    };
    for (const Case &c : cases) {
        QVERIFY2(!c.reply.isOk(), c.what);
        QVERIFY2(c.reply.status() == c.status && c.reply.errorCode() == QLatin1String(c.code),
                 qPrintable(QStringLiteral("%1: expected %2 %3, got %4")
                                .arg(QLatin1String(c.what))
                                .arg(c.status)
                                .arg(QLatin1String(c.code), describe(c.reply))));
    }
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);
}

void TestDomain::therapistActsOnOwnVisitsOnly()
{
    const qint64 id = visitIn(QStringLiteral("assigned"), m_thai, m_anna);
    QVERIFY(id > 0);
    const QString before = snapshot();
    Reply r = m_domain->visits().start(id, therapist(m_budi));
    CHECK_ERROR(r, 403, "forbidden");
    r = m_domain->therapists().setStatus(
        m_anna, { { QStringLiteral("status"), QStringLiteral("off") } }, therapist(m_budi));
    CHECK_ERROR(r, 403, "forbidden");
    QCOMPARE(snapshot(), before);

    r = m_domain->visits().call(id, therapist(m_anna));
    CHECK_OK(r);
    r = m_domain->visits().start(id, therapist(m_anna));
    CHECK_OK(r);
    // Busy therapists cannot walk away mid-service.
    r = m_domain->therapists().setStatus(
        m_anna, { { QStringLiteral("status"), QStringLiteral("on_break") } }, therapist(m_anna));
    CHECK_ERROR(r, 409, "illegal_state");
    r = m_domain->visits().complete(id, therapist(m_anna));
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("awaiting_payment"));
}

void TestDomain::checkInWithTherapistIsAssigned()
{
    m_clock.advanceSecs(600);
    const Reply r = checkIn(QStringLiteral("Booked"), { m_aroma, m_head }, m_chai);
    CHECK_OK(r);
    const QJsonObject v = visitOf(r);
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(idOf(v.value(QLatin1String("therapist"))), m_chai);
    QCOMPARE(idOf(v.value(QLatin1String("room"))), m_rooms[0]);
    QCOMPARE(v.value(QLatin1String("assigned_at")).toString(), isoUtc(m_clock.now()));
    QCOMPARE(num(v, "total"), 120000 + 25000);
    QCOMPARE(num(v, "duration_min"), 90 + 30);
    QCOMPARE(v.value(QLatin1String("services")).toArray().size(), 2);
    QVERIFY(therapistRow(m_chai).value(QLatin1String("turn_since")).toString() <
            isoUtc(m_clock.now()));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_budi }));
    // Prices are copied at check-in: a later price change does not alter the visit.
    CHECK_OK(m_domain->catalog().update(m_aroma, { { QStringLiteral("price"), 999 } }));
    QCOMPARE(num(visit(idOf(v)), "total"), 145000);
}

void TestDomain::reassignTellsBothTherapists()
{
    const qint64 id = visitIn(QStringLiteral("assigned"), m_thai, m_anna);
    QVERIFY(id > 0);
    const qint64 seq = m_domain->views().journal().lastSeq();
    const Reply r =
        m_domain->visits().assign(id, { { QStringLiteral("therapist_id"), m_budi } }, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_budi);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("room"))), m_rooms[0]); // keeps its room
    const QVector<Event> ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1);
    const QStringList rooms = ev[0].rooms.split(QLatin1Char(' '));
    QVERIFY2(rooms.contains(QStringLiteral("therapist:%1").arg(m_anna)), qPrintable(ev[0].rooms));
    QVERIFY2(rooms.contains(QStringLiteral("therapist:%1").arg(m_budi)), qPrintable(ev[0].rooms));
    QVERIFY(rooms.contains(QStringLiteral("customer:%1").arg(id)));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_chai }));
}

void TestDomain::ticketsNumberPerDay()
{
    QSet<QString> codes;
    for (int i = 1; i <= 12; ++i) {
        const Reply r = checkIn(QStringLiteral("C%1").arg(i), { m_head });
        CHECK_OK(r);
        QCOMPARE(visitOf(r).value(QLatin1String("ticket")).toString(),
                 QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0')));
        codes.insert(visitOf(r).value(QLatin1String("code")).toString());
    }
    QCOMPARE(codes.size(), 12);
    m_clock.advanceSecs(24 * 3600);
    const Reply r = checkIn(QStringLiteral("Tomorrow"), { m_head });
    CHECK_OK(r);
    QCOMPARE(visitOf(r).value(QLatin1String("ticket")).toString(), QStringLiteral("001"));
    QCOMPARE(visitOf(r).value(QLatin1String("business_date")).toString(),
             QStringLiteral("2026-03-03"));
}

void TestDomain::roomsHoldOneVisitAtATime()
{
    // Six rooms. Seven visits assigned: the seventh has no room until one frees up.
    QVector<qint64> ids;
    const qint64 who[] = { m_anna, m_budi, m_chai, m_anna, m_budi, m_chai, m_anna };
    for (int i = 0; i < 7; ++i) {
        const Reply r = checkIn(QStringLiteral("R%1").arg(i), { m_head }, who[i]);
        CHECK_OK(r);
        ids.append(idOf(visitOf(r)));
    }
    QSet<qint64> rooms;
    for (int i = 0; i < 6; ++i)
        rooms.insert(idOf(visit(ids[i]).value(QLatin1String("room"))));
    QCOMPARE(rooms.size(), 6);
    QVERIFY(visit(ids[6]).value(QLatin1String("room")).isNull());

    // The first visit finishes; its room is free for the next one that starts.
    CHECK_OK(m_domain->visits().start(ids[0], desk()));
    CHECK_OK(m_domain->visits().complete(ids[0], desk()));
    const Reply r = m_domain->visits().start(ids[6], desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("room"))), m_rooms[0]);
}

// ---------------------------------------------------------------------------------------------
// Turn order and waits

void TestDomain::turnOrderAsTheClockMoves()
{
    const QDateTime t0 = kStart;
    // Everyone off, then on shift one minute apart: Chai, Anna, Budi.
    for (qint64 t : { m_anna, m_budi, m_chai, m_dewi })
        setStatus(t, QStringLiteral("off"));
    QCOMPARE(turnOrder(), QVector<qint64>());
    m_clock.set(t0.addSecs(60));
    setStatus(m_chai, QStringLiteral("available"));
    m_clock.set(t0.addSecs(120));
    setStatus(m_anna, QStringLiteral("available"));
    m_clock.set(t0.addSecs(180));
    setStatus(m_budi, QStringLiteral("available"));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_chai, m_anna, m_budi }));
    QCOMPARE(therapistRow(m_dewi).value(QLatin1String("turn_position")).isNull(), true);

    // The first walk-in goes to Chai, who served since t0+1m; Chai leaves the order.
    m_clock.set(t0.addSecs(600));
    const qint64 v1 = idOf(visitOf(checkIn(QStringLiteral("V1"), { m_head })));
    Reply r = m_domain->visits().assign(v1, {}, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_chai);
    QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_budi }));

    // Chai serves and completes: back of the line, behind Anna and Budi.
    CHECK_OK(m_domain->visits().start(v1, desk()));
    QCOMPARE(therapistRow(m_chai).value(QLatin1String("status")).toString(),
             QStringLiteral("busy"));
    m_clock.set(t0.addSecs(40 * 60));
    CHECK_OK(m_domain->visits().complete(v1, desk()));
    QCOMPARE(therapistRow(m_chai).value(QLatin1String("turn_since")).toString(),
             isoUtc(t0.addSecs(40 * 60)));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_anna, m_budi, m_chai }));

    // Next walk-in: Anna.
    const qint64 v2 = idOf(visitOf(checkIn(QStringLiteral("V2"), { m_head })));
    r = m_domain->visits().assign(v2, {}, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_anna);
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai }));

    // A break keeps Budi's place.
    m_clock.set(t0.addSecs(50 * 60));
    setStatus(m_budi, QStringLiteral("on_break"));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_chai }));
    m_clock.set(t0.addSecs(55 * 60));
    setStatus(m_budi, QStringLiteral("available"));
    QCOMPARE(therapistRow(m_budi).value(QLatin1String("turn_since")).toString(),
             isoUtc(t0.addSecs(180)));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai }));

    // Going off and coming back puts Budi at the back.
    m_clock.set(t0.addSecs(60 * 60));
    setStatus(m_budi, QStringLiteral("off"));
    m_clock.set(t0.addSecs(61 * 60));
    setStatus(m_budi, QStringLiteral("available"));
    QCOMPARE(therapistRow(m_budi).value(QLatin1String("turn_since")).toString(),
             isoUtc(t0.addSecs(61 * 60)));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_chai, m_budi }));

    // The desk overrides the order: Budi takes V3 although Chai is first.
    m_clock.set(t0.addSecs(62 * 60));
    const qint64 v3 = idOf(visitOf(checkIn(QStringLiteral("V3"), { m_head })));
    r = m_domain->visits().assign(v3, { { QStringLiteral("therapist_id"), m_budi } }, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_budi);
    QCOMPARE(therapistRow(m_budi).value(QLatin1String("turn_since")).toString(),
             isoUtc(t0.addSecs(61 * 60)));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_chai }));

    // V4 goes to Chai; then nobody is free.
    const qint64 v4 = idOf(visitOf(checkIn(QStringLiteral("V4"), { m_head })));
    r = m_domain->visits().assign(v4, {}, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_chai);
    QCOMPARE(turnOrder(), QVector<qint64>());

    // A cancelled visit frees its therapist at once (Budi keeps the assignment time as turn).
    m_clock.set(t0.addSecs(70 * 60));
    CHECK_OK(m_domain->visits().cancel(v3, { { QStringLiteral("reason"), QStringLiteral("left") } },
                                       desk()));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi }));
    // Dewi back from her break (she was on break, then off at the top of this test → back of line).
    setStatus(m_dewi, QStringLiteral("available"));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_dewi }));
}

void TestDomain::comingOnShiftThroughABreakGoesToTheBack()
{
    // Anna goes off early; Budi and Chai each serve a customer and finish at t0+70m.
    m_clock.set(kStart.addSecs(10 * 60));
    setStatus(m_anna, QStringLiteral("off"));
    const qint64 b = visitIn(QStringLiteral("in_service"), m_head, m_budi);
    const qint64 c = visitIn(QStringLiteral("in_service"), m_head, m_chai);
    QVERIFY(b > 0 && c > 0);
    m_clock.set(kStart.addSecs(70 * 60));
    CHECK_OK(m_domain->visits().complete(b, desk()));
    CHECK_OK(m_domain->visits().complete(c, desk()));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai }));

    // Anna comes back on shift at t0+120m, first on a short break, then available. Coming on
    // shift from off restarts her turn, whichever way she comes back: she is behind Budi and
    // Chai, who have been waiting since t0+70m. (Going straight from off to available does so;
    // going through on_break must not let her jump the line with her turn from before.)
    m_clock.set(kStart.addSecs(120 * 60));
    setStatus(m_anna, QStringLiteral("on_break"));
    m_clock.set(kStart.addSecs(125 * 60));
    setStatus(m_anna, QStringLiteral("available"));
    QCOMPARE(therapistRow(m_anna).value(QLatin1String("status")).toString(),
             QStringLiteral("available"));
    QCOMPARE(turnOrder(), QVector<qint64>({ m_budi, m_chai, m_anna }));
    const qint64 next = visitIn(QStringLiteral("waiting"));
    const Reply r = m_domain->visits().assign(next, {}, desk());
    CHECK_OK(r);
    QCOMPARE(idOf(visitOf(r).value(QLatin1String("therapist"))), m_budi);
}

void TestDomain::noTherapistFreeRefusesAutoAssign()
{
    // Three available therapists, each with an assigned visit.
    for (qint64 t : { m_anna, m_budi, m_chai })
        QVERIFY(visitIn(QStringLiteral("assigned"), m_head, t) > 0);
    const qint64 id = visitIn(QStringLiteral("waiting"));
    QVERIFY(id > 0);
    QCOMPARE(turnOrder(), QVector<qint64>());
    const QString before = snapshot();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    const Reply r = m_domain->visits().assign(id, {}, desk());
    CHECK_ERROR(r, 409, "no_therapist_available");
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);
    // An explicit choice still works: a therapist may have a queue of their own.
    CHECK_OK(m_domain->visits().assign(id, { { QStringLiteral("therapist_id"), m_anna } }, desk()));
    // Dewi is on break: not in the turn order, but the desk may still give her a customer.
    const qint64 other = visitIn(QStringLiteral("waiting"));
    CHECK_ERROR(m_domain->visits().assign(other, {}, desk()), 409, "no_therapist_available");
    CHECK_OK(
        m_domain->visits().assign(other, { { QStringLiteral("therapist_id"), m_dewi } }, desk()));
}

void TestDomain::estimatedWaitsAsTheClockMoves()
{
    // Only Anna works (Dewi is on break from the seed).
    setStatus(m_budi, QStringLiteral("off"));
    setStatus(m_chai, QStringLiteral("off"));
    const qint64 v1 = visitIn(QStringLiteral("in_service"), m_thai, m_anna); // 60 min, started now
    QVERIFY(v1 > 0);
    const qint64 v2 = idOf(visitOf(checkIn(QStringLiteral("V2"), { m_foot }))); // 45 min
    m_clock.advanceSecs(1);
    const qint64 v3 = idOf(visitOf(checkIn(QStringLiteral("V3"), { m_head }))); // 30 min
    QVERIFY(v2 > 0 && v3 > 0);

    auto wait = [&](qint64 id) {
        return activeVisit(id).value(QLatin1String("estimated_wait_min"));
    };
    auto position = [&](qint64 id) {
        return activeVisit(id).value(QLatin1String("position")).toInt();
    };

    m_clock.set(kStart.addSecs(20 * 60));
    QCOMPARE(position(v1), 0);
    QCOMPARE(wait(v1).toInt(), 0);
    QCOMPARE(position(v2), 1);
    QCOMPARE(wait(v2).toInt(), 40);
    QCOMPARE(position(v3), 2);
    QCOMPARE(wait(v3).toInt(), 85);

    m_clock.set(kStart.addSecs(50 * 60));
    QCOMPARE(wait(v2).toInt(), 10);
    QCOMPARE(wait(v3).toInt(), 55);

    // Chai comes on shift: V2 can start now, V3 waits for whoever is free first (Anna, 10 min).
    setStatus(m_chai, QStringLiteral("available"));
    QCOMPARE(wait(v2).toInt(), 0);
    QCOMPARE(wait(v3).toInt(), 10);

    // V2 is given to Chai: it is first in Chai's own line; V3 is now first in the waiting line.
    CHECK_OK(m_domain->visits().assign(v2, { { QStringLiteral("therapist_id"), m_chai } }, desk()));
    QCOMPARE(position(v2), 1);
    QCOMPARE(wait(v2).toInt(), 0);
    QCOMPARE(position(v3), 1);
    QCOMPARE(wait(v3).toInt(), 10);

    // Overtime: Anna's service runs past its hour; the remaining time never goes negative.
    m_clock.set(kStart.addSecs(75 * 60));
    QCOMPARE(wait(v3).toInt(), 0);

    // Awaiting payment leaves the queue estimates.
    CHECK_OK(m_domain->visits().complete(v1, desk()));
    const QJsonObject done = activeVisit(v1);
    QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("awaiting_payment"));
    QVERIFY(!done.contains(QLatin1String("estimated_wait_min")));
}

void TestDomain::noTherapistWorkingHasNoEstimate()
{
    for (qint64 t : { m_anna, m_budi, m_chai })
        setStatus(t, QStringLiteral("off"));
    const qint64 v1 = visitIn(QStringLiteral("waiting"));
    const qint64 v2 = visitIn(QStringLiteral("waiting"));
    QVERIFY(v1 > 0 && v2 > 0);
    const QJsonObject a = activeVisit(v1), b = activeVisit(v2);
    QCOMPARE(a.value(QLatin1String("position")).toInt(), 1);
    QCOMPARE(b.value(QLatin1String("position")).toInt(), 2);
    QVERIFY(a.value(QLatin1String("estimated_wait_min")).isNull());
    QVERIFY(b.value(QLatin1String("estimated_wait_min")).isNull());
    setStatus(m_budi, QStringLiteral("available"));
    QCOMPARE(activeVisit(v2).value(QLatin1String("estimated_wait_min")).toInt(), 60);
}

// ---------------------------------------------------------------------------------------------
// Money

void TestDomain::cashWithTipAndChange()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_budi);
    QVERIFY(id > 0);
    const Reply r = pay(id, QStringLiteral("cash"), 45000, 5000, 60000);
    CHECK_OK(r);
    QCOMPARE(num(r.body(), "change_due"), 10000);
    QVERIFY(!r.body().value(QLatin1String("replayed")).toBool());
    const QJsonObject p = r.body().value(QLatin1String("payment")).toObject();
    QCOMPARE(p.value(QLatin1String("kind")).toString(), QStringLiteral("payment"));
    QCOMPARE(p.value(QLatin1String("method")).toString(), QStringLiteral("cash"));
    QCOMPARE(num(p, "amount"), 45000);
    QCOMPARE(num(p, "tip"), 5000);
    QCOMPARE(num(p, "tendered"), 60000);
    QCOMPARE(num(p, "change_due"), 10000);
    QCOMPARE(num(p, "therapist_id"), m_budi);
    QCOMPARE(num(p, "staff_id"), m_cashier);
    QCOMPARE(p.value(QLatin1String("business_date")).toString(), kDay);
    QCOMPARE(p.value(QLatin1String("voided")).toBool(), false);
    const QJsonObject v = visitOf(r);
    QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("paid"));
    QCOMPARE(num(v, "paid"), 45000);
    QCOMPARE(num(v, "tips"), 5000);
    QCOMPARE(num(v, "balance_due"), 0);

    // Exact cash: no change. Cash without `tendered`: no change either.
    const qint64 id2 = visitIn(QStringLiteral("awaiting_payment"), m_foot, m_anna);
    Reply r2 = pay(id2, QStringLiteral("cash"), 20000, 1000, 21000);
    CHECK_OK(r2);
    QCOMPARE(num(r2.body(), "change_due"), 0);
    r2 = pay(id2, QStringLiteral("cash"), 15000);
    CHECK_OK(r2);
    QCOMPARE(num(r2.body(), "change_due"), 0);
    QVERIFY(r2.body()
                .value(QLatin1String("payment"))
                .toObject()
                .value(QLatin1String("tendered"))
                .isNull());
    QCOMPARE(statusOf(r2), QStringLiteral("paid"));
}

void TestDomain::splitAcrossMethods()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"), m_aroma, m_chai); // 120000
    QVERIFY(id > 0);
    qint64 seq = m_domain->views().journal().lastSeq();

    Reply r = pay(id, QStringLiteral("cash"), 50000, 0, 50000);
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(visitOf(r), "balance_due"), 70000);
    r = pay(id, QStringLiteral("card"), 40000, 3000);
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(visitOf(r), "balance_due"), 30000);
    QCOMPARE(num(visitOf(r), "tips"), 3000);
    // Nothing announced as completed while money is still due.
    for (const Event &e : eventsAfter(seq))
        QVERIFY(e.type != QLatin1String("payment_completed"));
    r = pay(id, QStringLiteral("ewallet"), 30000);
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("paid"));
    QCOMPARE(num(visitOf(r), "balance_due"), 0);
    QCOMPARE(num(visitOf(r), "paid"), 120000);

    int completed = 0;
    for (const Event &e : eventsAfter(seq))
        if (e.type == QLatin1String("payment_completed")) {
            ++completed;
            QVERIFY(e.notify);
            QCOMPARE(num(e.payload, "total"), 120000);
            QCOMPARE(num(e.payload, "tips"), 3000);
            QCOMPARE(num(e.payload, "visit_id"), id);
        }
    QCOMPARE(completed, 1);
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT COUNT(*) || ':' || SUM(amount) || ':' || SUM(tip) FROM payments "
                        "WHERE visit_id = ?"),
                    { id }),
             QStringLiteral("3:120000:3000"));
    QCOMPARE(methods(id), QStringLiteral("cash,card,ewallet"));
    // Paid means paid: one more cent is refused.
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 1), 409, "illegal_state");
}

void TestDomain::amountOverBalanceRefused()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment")); // 45000
    QVERIFY(id > 0);
    QString before = snapshot();
    CHECK_ERROR(pay(id, QStringLiteral("card"), 45001), 422, "validation_failed");
    QCOMPARE(snapshot(), before);
    CHECK_OK(pay(id, QStringLiteral("card"), 20000));
    before = snapshot();
    const Reply r = pay(id, QStringLiteral("ewallet"), 25001);
    CHECK_ERROR(r, 422, "validation_failed");
    QVERIFY2(r.errorMessage().contains(QLatin1String("25000")), qPrintable(r.errorMessage()));
    QCOMPARE(snapshot(), before);
    // A tip on top of the exact balance is fine: tips are not part of the balance.
    const Reply last = pay(id, QStringLiteral("ewallet"), 25000, 9000);
    CHECK_OK(last);
    QCOMPARE(statusOf(last), QStringLiteral("paid"));
}

void TestDomain::tenderedRules()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(id > 0);
    const QString before = snapshot();
    CHECK_ERROR(pay(id, QStringLiteral("card"), 45000, 0, 50000), 422, "validation_failed");
    CHECK_ERROR(pay(id, QStringLiteral("ewallet"), 45000, 0, 45000), 422, "validation_failed");
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 45000, 0, 44999), 422, "validation_failed");
    // Tendered must cover the tip too.
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 45000, 1000, 45500), 422, "validation_failed");
    QCOMPARE(snapshot(), before);
    const Reply r = pay(id, QStringLiteral("cash"), 45000, 1000, 46000);
    CHECK_OK(r);
    QCOMPARE(num(r.body(), "change_due"), 0);
}

void TestDomain::paymentValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    const QJsonObject good { { QStringLiteral("method"), QStringLiteral("card") },
                             { QStringLiteral("amount"), 1000 },
                             { QStringLiteral("idempotency_key"),
                               QStringLiteral("valid-key-0001") } };
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), v);
        return o;
    };
    QTest::newRow("no method") << with("method", QJsonValue::Undefined);
    QTest::newRow("unknown method") << with("method", QStringLiteral("cheque"));
    QTest::newRow("no amount") << with("amount", QJsonValue::Undefined);
    QTest::newRow("zero amount") << with("amount", 0);
    QTest::newRow("negative amount") << with("amount", -500);
    QTest::newRow("fractional amount") << with("amount", 10.5);
    QTest::newRow("amount as text") << with("amount", QStringLiteral("1000"));
    QTest::newRow("negative tip") << with("tip", -1);
    QTest::newRow("fractional tip") << with("tip", 0.25);
    QTest::newRow("no idempotency key") << with("idempotency_key", QJsonValue::Undefined);
    QTest::newRow("short idempotency key") << with("idempotency_key", QStringLiteral("abc"));
    QTest::newRow("key not a string") << with("idempotency_key", 12345678);
    QJsonObject neg = with("method", QStringLiteral("cash"));
    neg.insert(QStringLiteral("tendered"), -1);
    QTest::newRow("negative tendered") << neg;
}

void TestDomain::paymentValidation()
{
    QFETCH(QJsonObject, body);
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(id > 0);
    const QString before = snapshot();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    const Reply r = m_domain->till().pay(id, body, desk());
    CHECK_ERROR(r, 422, "validation_failed");
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);
}

void TestDomain::idempotencyReplay()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment")); // 45000
    const qint64 other = visitIn(QStringLiteral("awaiting_payment"), m_foot, m_budi);
    QVERIFY(id > 0 && other > 0);
    const QString key = QStringLiteral("double-click-0001");

    const Reply first = pay(id, QStringLiteral("cash"), 20000, 500, 25000, key);
    CHECK_OK(first);
    QCOMPARE(num(first.body(), "change_due"), 4500);
    const qint64 pid = idOf(first.body().value(QLatin1String("payment")));

    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    const QString before = snapshot();
    for (int i = 0; i < 3; ++i) {
        m_clock.advanceSecs(5);
        const Reply again = pay(id, QStringLiteral("cash"), 20000, 500, 25000, key);
        CHECK_OK(again);
        QCOMPARE(again.status(), 201);
        QCOMPARE(again.body().value(QLatin1String("replayed")).toBool(), true);
        QCOMPARE(idOf(again.body().value(QLatin1String("payment"))), pid);
        QCOMPARE(num(again.body(), "change_due"), 4500);
        QCOMPARE(num(visitOf(again), "balance_due"), 25000);
    }
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE idempotency_key = ?"), { key }),
        QStringLiteral("1"));

    // The same key for a different payment is a client bug: refused, nothing written.
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 20001, 500, 25000, key), 409,
                "idempotency_key_reused");
    CHECK_ERROR(pay(id, QStringLiteral("card"), 20000, 500, -1, key), 409,
                "idempotency_key_reused");
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 20000, 0, 25000, key), 409,
                "idempotency_key_reused");
    CHECK_ERROR(pay(other, QStringLiteral("cash"), 20000, 500, 25000, key), 409,
                "idempotency_key_reused");
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);

    // Settle with a new key; a late retry of the first payment still replays, takes nothing.
    const Reply rest = pay(id, QStringLiteral("card"), 25000);
    CHECK_OK(rest);
    QCOMPARE(statusOf(rest), QStringLiteral("paid"));
    const QString settled = snapshot();
    const Reply late = pay(id, QStringLiteral("cash"), 20000, 500, 25000, key);
    CHECK_OK(late);
    QCOMPARE(late.body().value(QLatin1String("replayed")).toBool(), true);
    QCOMPARE(snapshot(), settled);
    QCOMPARE(count(QStringLiteral("payments WHERE visit_id = %1").arg(id)), 2);
}

void TestDomain::tipsCreditedToVisitTherapist()
{
    const qint64 a = visitIn(QStringLiteral("awaiting_payment"), m_head, m_anna);
    const qint64 c = visitIn(QStringLiteral("awaiting_payment"), m_head, m_chai);
    QVERIFY(a > 0 && c > 0);
    CHECK_OK(pay(a, QStringLiteral("card"), 25000, 2500));
    CHECK_OK(pay(c, QStringLiteral("ewallet"), 10000, 700));
    CHECK_OK(pay(c, QStringLiteral("cash"), 15000, 300, 20000));
    QCOMPARE(
        scalar(QStringLiteral("SELECT SUM(tip) FROM payments WHERE therapist_id = ?"), { m_anna }),
        QStringLiteral("2500"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT SUM(tip) FROM payments WHERE therapist_id = ?"), { m_chai }),
        QStringLiteral("1000"));
    const Reply report = m_domain->views().till().dailyReport(kDay);
    CHECK_OK(report);
    QHash<qint64, qint64> tips;
    for (const QJsonValue &t : report.body().value(QLatin1String("tips_by_therapist")).toArray())
        tips.insert(num(t.toObject(), "therapist_id"), num(t.toObject(), "tips"));
    QCOMPARE(tips.size(), 2);
    QCOMPARE(tips.value(m_anna), 2500);
    QCOMPARE(tips.value(m_chai), 1000);
}

void TestDomain::freeServiceClosesWithoutPayment()
{
    const Reply s = m_domain->catalog().create(
        { { QStringLiteral("name"), QStringLiteral("Free consultation") },
          { QStringLiteral("duration_min"), 15 },
          { QStringLiteral("price"), 0 } });
    CHECK_OK(s);
    const qint64 id = visitIn(QStringLiteral("in_service"),
                              idOf(s.body().value(QLatin1String("service"))), m_anna);
    QVERIFY(id > 0);
    const Reply r = m_domain->visits().complete(id, desk());
    CHECK_OK(r);
    QCOMPARE(statusOf(r), QStringLiteral("paid"));
    QCOMPARE(count(QStringLiteral("payments")), 0);
    CHECK_ERROR(pay(id, QStringLiteral("cash"), 1), 409, "illegal_state");
}

void TestDomain::voidMakesVisitOweAgain()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_budi);
    QVERIFY(id > 0);
    const Reply paid = pay(id, QStringLiteral("cash"), 45000, 5000, 50000);
    CHECK_OK(paid);
    const qint64 pid = idOf(paid.body().value(QLatin1String("payment")));
    const QJsonObject original = paid.body().value(QLatin1String("payment")).toObject();

    m_clock.advanceSecs(600);
    QString before = snapshot();
    // A void needs a reason.
    CHECK_ERROR(m_domain->till().voidPayment(pid, {}, admin()), 422, "validation_failed");
    QCOMPARE(snapshot(), before);

    const qint64 seq = m_domain->views().journal().lastSeq();
    const Reply v = m_domain->till().voidPayment(
        pid, { { QStringLiteral("reason"), QStringLiteral("wrong visit") } }, admin());
    CHECK_OK(v);
    QCOMPARE(v.status(), 201);
    const QJsonObject row = v.body().value(QLatin1String("void")).toObject();
    QCOMPARE(row.value(QLatin1String("kind")).toString(), QStringLiteral("void"));
    QCOMPARE(row.value(QLatin1String("method")).toString(), QStringLiteral("cash"));
    QCOMPARE(num(row, "amount"), -45000);
    QCOMPARE(num(row, "tip"), -5000);
    QCOMPARE(num(row, "voids_payment_id"), pid);
    QCOMPARE(num(row, "therapist_id"), m_budi);
    QCOMPARE(num(row, "staff_id"), m_admin);
    QCOMPARE(row.value(QLatin1String("reason")).toString(), QStringLiteral("wrong visit"));
    QCOMPARE(row.value(QLatin1String("business_date")).toString(), kDay);
    QCOMPARE(row.value(QLatin1String("created_at")).toString(), isoUtc(m_clock.now()));
    QVERIFY(row.value(QLatin1String("idempotency_key")).isNull());
    QCOMPARE(
        v.body().value(QLatin1String("payment")).toObject().value(QLatin1String("voided")).toBool(),
        true);

    // The original row is untouched (money rows are never updated).
    QJsonObject now =
        m_domain->views().visits().getVisit(id).body().value(QLatin1String("visit")).toObject();
    const QJsonArray payments = now.value(QLatin1String("payments")).toArray();
    QCOMPARE(payments.size(), 2);
    QJsonObject stored = payments[0].toObject();
    QCOMPARE(stored.value(QLatin1String("voided")).toBool(), true);
    stored.remove(QLatin1String("voided"));
    stored.remove(QLatin1String("voided_by"));
    QJsonObject orig = original;
    orig.remove(QLatin1String("voided"));
    orig.remove(QLatin1String("voided_by"));
    QCOMPARE(stored, orig);

    // The visit owes the full amount again.
    QCOMPARE(now.value(QLatin1String("status")).toString(), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(now, "paid"), 0);
    QCOMPARE(num(now, "tips"), 0);
    QCOMPARE(num(now, "balance_due"), 45000);
    QVERIFY(now.value(QLatin1String("closed_at")).isNull());
    const QVector<Event> ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].type, QStringLiteral("payment.voided"));

    // Twice is refused; voiding a void is refused.
    before = snapshot();
    CHECK_ERROR(m_domain->till().voidPayment(
                    pid, { { QStringLiteral("reason"), QStringLiteral("again") } }, admin()),
                409, "already_voided");
    CHECK_ERROR(m_domain->till().voidPayment(
                    idOf(row), { { QStringLiteral("reason"), QStringLiteral("undo") } }, admin()),
                409, "illegal_state");
    QCOMPARE(snapshot(), before);

    // Paid again with a new key.
    const Reply again = pay(id, QStringLiteral("card"), 45000);
    CHECK_OK(again);
    QCOMPARE(statusOf(again), QStringLiteral("paid"));
    QCOMPARE(count(QStringLiteral("payments")), 3);
}

void TestDomain::voidOfPartOfASplit()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"), m_aroma, m_anna); // 120000
    QVERIFY(id > 0);
    CHECK_OK(pay(id, QStringLiteral("cash"), 70000));
    const Reply card = pay(id, QStringLiteral("card"), 50000, 4000);
    CHECK_OK(card);
    QCOMPARE(statusOf(card), QStringLiteral("paid"));
    const Reply v = m_domain->till().voidPayment(
        idOf(card.body().value(QLatin1String("payment"))),
        { { QStringLiteral("reason"), QStringLiteral("card declined later") } }, desk());
    CHECK_OK(v);
    QCOMPARE(statusOf(v), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(visitOf(v), "balance_due"), 50000);
    QCOMPARE(num(visitOf(v), "tips"), 0);
    // A void on a visit that is still awaiting payment keeps it there.
    const qint64 cashId =
        scalar(QStringLiteral("SELECT id FROM payments WHERE visit_id = ? AND method = 'cash'"),
               { id })
            .toLongLong();
    const Reply v2 = m_domain->till().voidPayment(
        cashId, { { QStringLiteral("reason"), QStringLiteral("miscount") } }, desk());
    CHECK_OK(v2);
    QCOMPARE(statusOf(v2), QStringLiteral("awaiting_payment"));
    QCOMPARE(num(visitOf(v2), "balance_due"), 120000);
}

void TestDomain::voidLandsOnThePaymentsDay()
{
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(23, 0), Qt::UTC));
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(id > 0);
    const Reply p = pay(id, QStringLiteral("card"), 45000, 1000);
    CHECK_OK(p);
    m_clock.set(QDateTime(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC));
    QCOMPARE(m_domain->venue().today(), QStringLiteral("2026-03-03"));
    const Reply v = m_domain->till().voidPayment(
        idOf(p.body().value(QLatin1String("payment"))),
        { { QStringLiteral("reason"), QStringLiteral("refund") } }, admin());
    CHECK_OK(v);
    QCOMPARE(v.body()
                 .value(QLatin1String("void"))
                 .toObject()
                 .value(QLatin1String("business_date"))
                 .toString(),
             kDay);

    const QJsonObject d1 = m_domain->views().till().dailyReport(kDay).body();
    QCOMPARE(num(d1, "revenue"), 0);
    QCOMPARE(num(d1, "tips"), 0);
    QCOMPARE(num(d1.value(QLatin1String("voids")).toObject(), "count"), 1);
    QCOMPARE(num(d1.value(QLatin1String("voids")).toObject(), "amount"), 45000);
    QCOMPARE(num(d1.value(QLatin1String("voids")).toObject(), "tips"), 1000);
    const QJsonObject d2 =
        m_domain->views().till().dailyReport(QStringLiteral("2026-03-03")).body();
    QCOMPARE(num(d2, "revenue"), 0);
    QCOMPARE(num(d2.value(QLatin1String("voids")).toObject(), "count"), 0);
}

// ---------------------------------------------------------------------------------------------
// Reports and day close

void TestDomain::dailyReportAddsUp()
{
    // v1 Thai 45000 (Anna): cash with tip 5000.
    const qint64 v1 = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_anna);
    CHECK_OK(pay(v1, QStringLiteral("cash"), 45000, 5000, 50000));
    // v2 Aroma 120000 (Budi): card 70000 + tip 10000, e-wallet 50000.
    const qint64 v2 = visitIn(QStringLiteral("awaiting_payment"), m_aroma, m_budi);
    CHECK_OK(pay(v2, QStringLiteral("card"), 70000, 10000));
    CHECK_OK(pay(v2, QStringLiteral("ewallet"), 50000));
    // v3 Foot 35000 (Chai): cash, voided, then card with tip 2000.
    const qint64 v3 = visitIn(QStringLiteral("awaiting_payment"), m_foot, m_chai);
    const Reply wrong = pay(v3, QStringLiteral("cash"), 35000);
    CHECK_OK(wrong);
    CHECK_OK(m_domain->till().voidPayment(
        idOf(wrong.body().value(QLatin1String("payment"))),
        { { QStringLiteral("reason"), QStringLiteral("paid by card") } }, admin()));
    CHECK_OK(pay(v3, QStringLiteral("card"), 35000, 2000));
    // v4 cancelled, v5 no-show: no money.
    QVERIFY(visitIn(QStringLiteral("cancelled"), m_head) > 0);
    QVERIFY(visitIn(QStringLiteral("no_show"), m_head) > 0);
    // v6 Thai + Head 70000 (Anna): e-wallet with tip 1000.
    const Reply in6 = checkIn(QStringLiteral("V6"), { m_thai, m_head }, m_anna);
    CHECK_OK(in6);
    const qint64 v6 = idOf(visitOf(in6));
    CHECK_OK(m_domain->visits().start(v6, desk()));
    CHECK_OK(m_domain->visits().complete(v6, desk()));
    CHECK_OK(pay(v6, QStringLiteral("ewallet"), 70000, 1000));
    QVERIFY(v1 > 0 && v2 > 0 && v3 > 0);

    const Reply r = m_domain->views().till().dailyReport(kDay);
    CHECK_OK(r);
    const QJsonObject rep = r.body();
    QCOMPARE(rep.value(QLatin1String("date")).toString(), kDay);
    QCOMPARE(rep.value(QLatin1String("closed")).toBool(), false);
    QCOMPARE(rep.value(QLatin1String("currency")).toString(), QStringLiteral("THB"));

    // Exact figures.
    const QJsonObject m = rep.value(QLatin1String("by_method")).toObject();
    auto method = [&](const char *name) { return m.value(QLatin1String(name)).toObject(); };
    QCOMPARE(num(method("cash"), "amount"), 45000);
    QCOMPARE(num(method("cash"), "tips"), 5000);
    QCOMPARE(num(method("cash"), "total"), 50000);
    QCOMPARE(num(method("cash"), "count"),
             1); // v1's; v3's voided cash payment does not count (issue 21 #3)
    QCOMPARE(num(method("card"), "amount"), 105000);
    QCOMPARE(num(method("card"), "tips"), 12000);
    QCOMPARE(num(method("card"), "count"), 2);
    QCOMPARE(num(method("ewallet"), "amount"), 120000);
    QCOMPARE(num(method("ewallet"), "tips"), 1000);
    QCOMPARE(num(method("ewallet"), "count"), 2);
    QCOMPARE(num(rep, "revenue"), 270000);
    QCOMPARE(num(rep, "tips"), 18000);
    QCOMPARE(num(rep, "collected"), 288000);
    QCOMPARE(num(rep, "payments"), 5); // the voided one is not counted
    const QJsonObject voids = rep.value(QLatin1String("voids")).toObject();
    QCOMPARE(num(voids, "count"), 1);
    QCOMPARE(num(voids, "amount"), 35000);
    QCOMPARE(num(voids, "tips"), 0);
    const QJsonObject visits = rep.value(QLatin1String("visits")).toObject();
    QCOMPARE(num(visits, "paid"), 4);
    QCOMPARE(num(visits, "cancelled"), 1);
    QCOMPARE(num(visits, "no_show"), 1);
    QCOMPARE(num(visits, "total"), 6);

    QHash<qint64, qint64> tips;
    for (const QJsonValue &t : rep.value(QLatin1String("tips_by_therapist")).toArray())
        tips.insert(num(t.toObject(), "therapist_id"), num(t.toObject(), "tips"));
    QCOMPARE(tips.value(m_anna), 6000);
    QCOMPARE(tips.value(m_budi), 10000);
    QCOMPARE(tips.value(m_chai), 2000);
    QVERIFY(!tips.contains(m_dewi));

    QHash<qint64, QPair<int, qint64>> services;
    for (const QJsonValue &s : rep.value(QLatin1String("by_service")).toArray())
        services.insert(num(s.toObject(), "service_id"),
                        { int(num(s.toObject(), "count")), num(s.toObject(), "revenue") });
    QCOMPARE(services.value(m_thai), qMakePair(2, qint64(90000)));
    QCOMPARE(services.value(m_aroma), qMakePair(1, qint64(120000)));
    QCOMPARE(services.value(m_foot), qMakePair(1, qint64(35000)));
    QCOMPARE(services.value(m_head),
             qMakePair(1, qint64(25000))); // the cancelled Head is not revenue
    QVERIFY(!services.contains(m_herbal));

    // The totals add up whichever way they are summed.
    qint64 sumAmount = 0, sumTips = 0, sumCount = 0;
    for (const QString &k : m.keys()) {
        const QJsonObject o = m.value(k).toObject();
        QCOMPARE(num(o, "total"), num(o, "amount") + num(o, "tips"));
        sumAmount += num(o, "amount");
        sumTips += num(o, "tips");
        sumCount += num(o, "count");
    }
    QCOMPARE(sumAmount, num(rep, "revenue"));
    QCOMPARE(sumTips, num(rep, "tips"));
    QCOMPARE(sumCount, num(rep, "payments"));
    QCOMPARE(num(rep, "collected"), num(rep, "revenue") + num(rep, "tips"));
    qint64 sumTipsBy = 0;
    for (qint64 t : tips)
        sumTipsBy += t;
    QCOMPARE(sumTipsBy, num(rep, "tips"));
    qint64 sumServices = 0;
    for (const auto &s : services)
        sumServices += s.second;
    QCOMPARE(sumServices, num(rep, "revenue")); // every paid visit fully paid
    QCOMPARE(
        scalar(QStringLiteral("SELECT SUM(amount) FROM payments WHERE business_date = ?"), { kDay })
            .toLongLong(),
        num(rep, "revenue"));
    qint64 hours = 0;
    for (const QJsonValue &h : rep.value(QLatin1String("by_hour")).toArray())
        hours += num(h.toObject(), "visits");
    QCOMPARE(hours, num(visits, "total"));

    // Today is the default date.
    const Reply today = m_domain->views().till().dailyReport(QString());
    CHECK_OK(today);
    QCOMPARE(num(today.body(), "revenue"), 270000);
}

// Reports over dates run on a connection of their own (the report thread's): the same SQL on
// this engine (SQLite, or PostgreSQL under tst_domain_pg), checked against the day's Z figures.
void TestDomain::rangeReportOnItsOwnConnection()
{
    // Thai at 10 %, Aromatherapy a fixed 15000, Budi's Thai at 12.5 %.
    CHECK_OK(m_domain->commissions().set(m_thai,
                                         { { QStringLiteral("type"), QStringLiteral("percent") },
                                           { QStringLiteral("percent"), QStringLiteral("10") } },
                                         admin()));
    CHECK_OK(m_domain->commissions().set(m_aroma,
                                         { { QStringLiteral("type"), QStringLiteral("fixed") },
                                           { QStringLiteral("amount"), 15000 } },
                                         admin()));
    CHECK_OK(m_domain->commissions().set(m_thai,
                                         { { QStringLiteral("type"), QStringLiteral("percent") },
                                           { QStringLiteral("percent"), QStringLiteral("12.5") },
                                           { QStringLiteral("therapist_id"), m_budi } },
                                         admin()));
    // v1 Thai (Anna) cash + tip 5000: commission 4500. v2 Thai + Aroma (Budi), card:
    // 12.5 % of 45000 = 5625 (half up from 5625.0) + 15000 = 20625. v3 voided, then paid.
    const qint64 v1 = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_anna);
    CHECK_OK(pay(v1, QStringLiteral("cash"), 45000, 5000, 50000));
    const Reply in2 = checkIn(QStringLiteral("V2"), { m_thai, m_aroma }, m_budi);
    CHECK_OK(in2);
    const qint64 v2 = idOf(visitOf(in2));
    CHECK_OK(m_domain->visits().start(v2, desk()));
    CHECK_OK(m_domain->visits().complete(v2, desk()));
    CHECK_OK(pay(v2, QStringLiteral("card"), 165000));
    const qint64 v3 = visitIn(QStringLiteral("awaiting_payment"), m_foot, m_chai);
    const Reply wrong = pay(v3, QStringLiteral("card"), 35000);
    CHECK_OK(wrong);
    CHECK_OK(m_domain->till().voidPayment(idOf(wrong.body().value(QLatin1String("payment"))),
                                          { { QStringLiteral("reason"), QStringLiteral("x") } },
                                          admin()));
    CHECK_OK(pay(v3, QStringLiteral("ewallet"), 35000));
    QVERIFY(visitIn(QStringLiteral("no_show"), m_head) > 0);

    Database own;
    QString error;
    QVERIFY2(own.open(m_path, &error), qPrintable(error));
    RangeReport::Range range { QDate(2026, 3, 1), QDate(2026, 3, 2), false };
    const QJsonObject r = RangeReport::report(own, range, QStringLiteral("THB"));
    const QJsonObject z = m_domain->views().till().dailyReport(kDay).body();
    for (const char *key : { "revenue", "tips", "collected", "net_collected" })
        QCOMPARE(num(r, key), num(z, key));
    QCOMPARE(num(r.value(QLatin1String("voids")).toObject(), "count"), 1);
    QCOMPARE(r.value(QLatin1String("no_shows")).toInt(), 1);
    QCOMPARE(num(r, "commission"), 4500 + 20625);
    const QJsonObject p = RangeReport::payouts(own, range, QStringLiteral("THB"));
    const QJsonObject totals = p.value(QLatin1String("totals")).toObject();
    QCOMPARE(num(totals, "services"), 4); // Anna 1, Budi 2, Chai 1
    QCOMPARE(num(totals, "commission"), 25125);
    QCOMPARE(num(totals, "tips"), 5000);
}

void TestDomain::reportForAnEmptyDay()
{
    const Reply r = m_domain->views().till().dailyReport(QStringLiteral("2025-12-31"));
    CHECK_OK(r);
    QCOMPARE(num(r.body(), "revenue"), 0);
    QCOMPARE(num(r.body(), "payments"), 0);
    QCOMPARE(num(r.body().value(QLatin1String("visits")).toObject(), "total"), 0);
    QCOMPARE(r.body().value(QLatin1String("tips_by_therapist")).toArray().size(), 0);
    CHECK_ERROR(m_domain->views().till().dailyReport(QStringLiteral("2026-13-45")), 422,
                "validation_failed");
}

void TestDomain::closeDayRefusesOpenVisits()
{
    const qint64 paid = visitIn(QStringLiteral("paid"));
    QVERIFY(paid > 0);
    for (const char *state : { "waiting", "assigned", "in_service", "awaiting_payment" }) {
        // Fresh visits on other therapists so each state can be reached.
        const qint64 open =
            visitIn(QString::fromLatin1(state), m_head,
                    QLatin1String(state) == QLatin1String("in_service") ? m_budi : m_chai);
        QVERIFY2(open > 0, state);
        const QString before = snapshot();
        QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
        const Reply r = m_domain->till().closeDay(kDay, admin());
        CHECK_ERROR(r, 409, "open_visits");
        QCOMPARE(spy.count(), 0);
        QCOMPARE(snapshot(), before);
        // Finish it off so the next state is the only open one.
        const QString s = QString::fromLatin1(state);
        if (s == QLatin1String("waiting") || s == QLatin1String("assigned"))
            CHECK_OK(m_domain->visits().noShow(open, {}, desk()));
        else if (s == QLatin1String("in_service")) {
            CHECK_OK(m_domain->visits().complete(open, desk()));
            CHECK_OK(pay(open, QStringLiteral("card"), 25000));
        } else {
            CHECK_OK(pay(open, QStringLiteral("card"), 25000));
        }
    }
    // Last, the open cash shift: counted first, then the day closes.
    CHECK_ERROR(m_domain->till().closeDay(kDay, admin()), 409, "shift_open");
    CHECK_OK(closeShift());
    const Reply r = m_domain->till().closeDay(kDay, admin());
    CHECK_OK(r);
}

void TestDomain::closeDayFreezesTheDay()
{
    const qint64 v1 = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_anna);
    const Reply p1 = pay(v1, QStringLiteral("cash"), 45000, 2000, 50000);
    CHECK_OK(p1);
    QVERIFY(visitIn(QStringLiteral("cancelled")) > 0);

    m_clock.set(kStart.addSecs(10 * 3600)); // 13:00 UTC, same day
    CHECK_OK(closeShift());
    // The range reports over the day, read live before the close, from its sums after.
    const RangeReport::Range day { QDate::fromString(kDay, Qt::ISODate),
                                   QDate::fromString(kDay, Qt::ISODate) };
    const RangeReport::Range around { day.from.addDays(-3), day.to.addDays(3) };
    const QJsonObject liveDay = RangeReport::report(*m_db, day, QStringLiteral("THB"));
    const QJsonObject liveAround = RangeReport::report(*m_db, around, QStringLiteral("THB"));
    const QJsonObject livePayouts = RangeReport::payouts(*m_db, around, QStringLiteral("THB"));
    QCOMPARE(num(liveDay, "revenue"), 45000);
    const qint64 seq = m_domain->views().journal().lastSeq();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    const Reply closed = m_domain->till().closeDay(kDay, admin());
    CHECK_OK(closed);
    QCOMPARE(closed.status(), 201);
    QCOMPARE(closed.body().value(QLatin1String("closed")).toBool(), true);
    QCOMPARE(closed.body().value(QLatin1String("closed_at")).toString(), isoUtc(m_clock.now()));
    QCOMPARE(num(closed.body(), "revenue"), 45000);
    QCOMPARE(num(closed.body(), "tips"), 2000);
    QCOMPARE(spy.count(), 1);
    const QVector<Event> ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].type, QStringLiteral("day.closed"));
    QCOMPARE(ev[0].payload.value(QLatin1String("date")).toString(), kDay);
    QCOMPARE(
        scalar(QStringLiteral("SELECT closed_by FROM day_closes WHERE business_date = ?"), { kDay })
            .toLongLong(),
        m_admin);

    // Frozen: a second close, a check-in, a void on that day are all refused and write nothing.
    const QString before = snapshot();
    CHECK_ERROR(m_domain->till().closeDay(kDay, admin()), 409, "day_closed");
    CHECK_ERROR(checkIn(QStringLiteral("Late"), { m_head }), 409, "day_closed");
    CHECK_ERROR(m_domain->till().voidPayment(
                    idOf(p1.body().value(QLatin1String("payment"))),
                    { { QStringLiteral("reason"), QStringLiteral("after close") } }, admin()),
                409, "day_closed");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(snapshot(), before);

    // The stored Z report is what is served from now on, whatever the tables say later.
    m_db->exec(
        QStringLiteral(
            "INSERT INTO payments (visit_id, kind, method, amount, tip, change_due, business_date, "
            "created_at) VALUES (?, 'payment', 'card', 999, 0, 0, ?, ?)"),
        { v1, kDay, isoUtc(m_clock.now()) });
    QVERIFY(m_db->lastOk());
    const Reply served = m_domain->views().till().dailyReport(kDay);
    CHECK_OK(served);
    QCOMPARE(served.body().value(QLatin1String("closed")).toBool(), true);
    QCOMPARE(served.body().value(QLatin1String("closed_at")).toString(), isoUtc(m_clock.now()));
    QCOMPARE(num(served.body(), "revenue"), 45000);
    // So are the range reports: the day's sums, written at the close, equal to the live read.
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM report_days WHERE business_date = ?"), { kDay })
            .toInt(),
        1);
    QCOMPARE(RangeReport::report(*m_db, day, QStringLiteral("THB")), liveDay);
    QCOMPARE(RangeReport::report(*m_db, around, QStringLiteral("THB")), liveAround);
    QCOMPARE(RangeReport::payouts(*m_db, around, QStringLiteral("THB")), livePayouts);
    QCOMPARE(served.body().value(QLatin1String("by_method")),
             closed.body().value(QLatin1String("by_method")));

    // The next day is open for business.
    m_clock.set(kStart.addSecs(24 * 3600));
    const Reply next = checkIn(QStringLiteral("Tomorrow"), { m_head });
    CHECK_OK(next);
    QCOMPARE(visitOf(next).value(QLatin1String("ticket")).toString(), QStringLiteral("001"));
}

void TestDomain::paymentOnClosedDayRefused()
{
    // A visit of yesterday still awaiting payment; today is closed (nothing of today is open).
    m_clock.set(kStart.addSecs(-24 * 3600));
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(id > 0);
    QCOMPARE(visit(id).value(QLatin1String("business_date")).toString(),
             QStringLiteral("2026-03-01"));
    m_clock.set(kStart);
    CHECK_ERROR(m_domain->till().closeDay(QStringLiteral("2026-03-01"), admin()), 409,
                "open_visits");
    CHECK_OK(closeShift());
    CHECK_OK(m_domain->till().closeDay(kDay, admin()));

    const QString before = snapshot();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    const Reply r = pay(id, QStringLiteral("card"), 45000);
    CHECK_ERROR(r, 409, "day_closed");
    QVERIFY(r.errorMessage().contains(kDay));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);

    // Tomorrow it can be paid, dated tomorrow.
    m_clock.set(kStart.addSecs(24 * 3600));
    const Reply ok = pay(id, QStringLiteral("card"), 45000);
    CHECK_OK(ok);
    QCOMPARE(ok.body()
                 .value(QLatin1String("payment"))
                 .toObject()
                 .value(QLatin1String("business_date"))
                 .toString(),
             QStringLiteral("2026-03-03"));
}

// ---------------------------------------------------------------------------------------------
// Time zones

void TestDomain::businessDateFollowsTimeZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QString>("date");

    QTest::newRow("UTC just before midnight")
        << "UTC" << QDateTime(QDate(2026, 3, 2), QTime(23, 59, 59, 999), Qt::UTC) << "2026-03-02";
    QTest::newRow("UTC midnight") << "UTC" << QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC)
                                  << "2026-03-03";
    QTest::newRow("Bangkok 16:59:59Z")
        << "Asia/Bangkok" << QDateTime(QDate(2026, 3, 2), QTime(16, 59, 59, 999), Qt::UTC)
        << "2026-03-02";
    QTest::newRow("Bangkok 17:00Z is local midnight")
        << "Asia/Bangkok" << QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC) << "2026-03-03";
    QTest::newRow("Bangkok 18:30Z")
        << "Asia/Bangkok" << QDateTime(QDate(2026, 3, 2), QTime(18, 30), Qt::UTC) << "2026-03-03";
    QTest::newRow("New York 03:00Z is still yesterday")
        << "America/New_York" << QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC) << "2026-03-01";
    QTest::newRow("Kathmandu +05:45")
        << "Asia/Kathmandu" << QDateTime(QDate(2026, 3, 2), QTime(18, 15), Qt::UTC) << "2026-03-03";
    QTest::newRow("Kathmandu one minute earlier")
        << "Asia/Kathmandu" << QDateTime(QDate(2026, 3, 2), QTime(18, 14), Qt::UTC) << "2026-03-02";
}

void TestDomain::businessDateFollowsTimeZone()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, utc);
    QFETCH(QString, date);
    QVERIFY2(QTimeZone(zone.toUtf8()).isValid(),
             qPrintable(zone + QStringLiteral(" unknown to this system")));
    m_domain->venue().setSetting(QStringLiteral("timezone"), zone);
    QCOMPARE(m_domain->venue().timeZone().id(), zone.toUtf8());
    m_clock.set(utc);
    QCOMPARE(m_domain->venue().businessDate(utc), date);
    QCOMPARE(m_domain->venue().today(), date);
    const Reply r = checkIn(QStringLiteral("TZ"), { m_head });
    CHECK_OK(r);
    QCOMPARE(visitOf(r).value(QLatin1String("business_date")).toString(), date);
    QCOMPARE(visitOf(r).value(QLatin1String("created_at")).toString(),
             isoUtc(utc)); // stored in UTC
    QVERIFY(visitOf(r).value(QLatin1String("created_at")).toString().endsWith(QLatin1Char('Z')));
}

// Settings are kept in memory between commands: a change is seen at once, and a value written
// or read inside a transaction that rolls back is not kept.
void TestDomain::settingsKeptUntilChangedOrRolledBack()
{
    QCOMPARE(m_domain->venue().currency(), QStringLiteral("THB"));
    QCOMPARE(m_domain->venue().setting(QStringLiteral("no_such_key"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    m_domain->venue().setSetting(QStringLiteral("currency"), QStringLiteral("EUR"));
    m_domain->venue().setSetting(QStringLiteral("no_such_key"), QStringLiteral("now set"));
    QCOMPARE(m_domain->venue().currency(), QStringLiteral("EUR"));
    QCOMPARE(m_domain->venue().setting(QStringLiteral("no_such_key")), QStringLiteral("now set"));
    const Reply r = checkIn(QStringLiteral("Euro"), { m_head });
    CHECK_OK(r);
    QCOMPARE(visitOf(r).value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));

    // Written and read inside a transaction that rolls back: the committed value comes back.
    QVERIFY(!m_db->transaction([&] {
        m_domain->venue().setSetting(QStringLiteral("currency"), QStringLiteral("USD"));
        return m_domain->venue().currency() == QLatin1String("USD") && false;
    }));
    QCOMPARE(m_domain->venue().currency(), QStringLiteral("EUR"));

    // The same for the time zone the business date follows.
    m_domain->venue().setSetting(QStringLiteral("timezone"), QStringLiteral("UTC"));
    const QDateTime lateUtc(QDate(2026, 3, 2), QTime(20, 0), Qt::UTC);
    QCOMPARE(m_domain->venue().businessDate(lateUtc), QStringLiteral("2026-03-02"));
    QVERIFY(!m_db->transaction([&] {
        m_domain->venue().setSetting(QStringLiteral("timezone"), QStringLiteral("Asia/Bangkok"));
        return m_domain->venue().businessDate(lateUtc) == QLatin1String("2026-03-03") && false;
    }));
    QCOMPARE(m_domain->venue().timeZone().id(), QByteArray("UTC"));
    QCOMPARE(m_domain->venue().businessDate(lateUtc), QStringLiteral("2026-03-02"));
    m_domain->venue().setSetting(QStringLiteral("timezone"), QStringLiteral("Asia/Bangkok"));
    QCOMPARE(m_domain->venue().businessDate(lateUtc), QStringLiteral("2026-03-03"));
}

void TestDomain::businessDateBoundaryInBangkok()
{
    m_domain->venue().setSetting(QStringLiteral("timezone"), QStringLiteral("Asia/Bangkok"));
    // 23:30 local on 2 March.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(16, 30), Qt::UTC));
    const qint64 late = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(late > 0);
    QCOMPARE(visit(late).value(QLatin1String("business_date")).toString(),
             QStringLiteral("2026-03-02"));
    QCOMPARE(visit(late).value(QLatin1String("ticket")).toString(), QStringLiteral("001"));

    // 01:30 local on 3 March (18:30Z on 2 March): a new business day, tickets restart.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(18, 30), Qt::UTC));
    QCOMPARE(m_domain->venue().today(), QStringLiteral("2026-03-03"));
    const Reply in = checkIn(QStringLiteral("After midnight"), { m_head });
    CHECK_OK(in);
    QCOMPARE(visitOf(in).value(QLatin1String("business_date")).toString(),
             QStringLiteral("2026-03-03"));
    QCOMPARE(visitOf(in).value(QLatin1String("ticket")).toString(), QStringLiteral("001"));

    // The late visit is paid after local midnight: the money is dated the new day.
    const Reply p = pay(late, QStringLiteral("cash"), 45000);
    CHECK_OK(p);
    QCOMPARE(p.body()
                 .value(QLatin1String("payment"))
                 .toObject()
                 .value(QLatin1String("business_date"))
                 .toString(),
             QStringLiteral("2026-03-03"));
    QCOMPARE(
        num(m_domain->views().till().dailyReport(QStringLiteral("2026-03-03")).body(), "revenue"),
        45000);
    QCOMPARE(
        num(m_domain->views().till().dailyReport(QStringLiteral("2026-03-02")).body(), "revenue"),
        0);

    // The report's hours are local: the 18:30Z check-in is at 01h.
    const QJsonArray hours = m_domain->views()
                                 .till()
                                 .dailyReport(QStringLiteral("2026-03-03"))
                                 .body()
                                 .value(QLatin1String("by_hour"))
                                 .toArray();
    QCOMPARE(hours.size(), 1);
    QCOMPARE(num(hours[0].toObject(), "hour"), 1);

    // Closing 3 March (local today) is allowed; 4 March has not happened yet in Bangkok.
    CHECK_ERROR(m_domain->till().closeDay(QStringLiteral("2026-03-04"), admin()), 422,
                "validation_failed");
    CHECK_OK(m_domain->visits().noShow(idOf(visitOf(in)), {}, desk()));
    CHECK_OK(closeShift());
    CHECK_OK(m_domain->till().closeDay(QStringLiteral("2026-03-03"), admin()));
}

// ---------------------------------------------------------------------------------------------
// Journal and signal

void TestDomain::committedOncePerSuccessfulCommand()
{
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    QVERIFY(spy.isValid());
    int expected = 0;
    qint64 lastSeq = m_domain->views().journal().lastSeq();
    QVERIFY(lastSeq > 0); // the seed journaled its staff and services

    auto succeeded = [&](const Reply &r, const char *what) {
        if (!r.isOk())
            return QStringLiteral("%1 failed: %2").arg(QLatin1String(what), describe(r));
        ++expected;
        if (spy.count() != expected)
            return QStringLiteral("%1: committed fired %2 times, expected %3")
                .arg(QLatin1String(what))
                .arg(spy.count())
                .arg(expected);
        const qint64 seq = spy.last().at(0).toLongLong();
        if (seq <= lastSeq)
            return QStringLiteral("%1: seq %2 did not grow past %3")
                .arg(QLatin1String(what))
                .arg(seq)
                .arg(lastSeq);
        if (seq != m_domain->views().journal().lastSeq())
            return QStringLiteral("%1: seq %2 is not the newest (%3)")
                .arg(QLatin1String(what))
                .arg(seq)
                .arg(m_domain->views().journal().lastSeq());
        lastSeq = seq;
        return QString();
    };
    auto refused = [&](const Reply &r, const char *what) {
        if (r.isOk() && !r.body().value(QLatin1String("replayed")).toBool())
            return QStringLiteral("%1 should have been refused").arg(QLatin1String(what));
        if (spy.count() != expected)
            return QStringLiteral("%1: committed fired for a refused command")
                .arg(QLatin1String(what));
        if (m_domain->views().journal().lastSeq() != lastSeq)
            return QStringLiteral("%1: journal grew for a refused command")
                .arg(QLatin1String(what));
        return QString();
    };
#define SUCCEEDS(expr)                                                                             \
    do {                                                                                           \
        const QString e_ = succeeded((expr), #expr);                                               \
        QVERIFY2(e_.isEmpty(), qPrintable(e_));                                                    \
    } while (0)
#define REFUSED(expr)                                                                              \
    do {                                                                                           \
        const QString e_ = refused((expr), #expr);                                                 \
        QVERIFY2(e_.isEmpty(), qPrintable(e_));                                                    \
    } while (0)

    const Reply in = checkIn(QStringLiteral("Signal"), { m_thai });
    SUCCEEDS(in);
    const qint64 id = idOf(visitOf(in));
    REFUSED(m_domain->visits().start(id, desk()));
    REFUSED(m_domain->visits().cancel(id, {}, desk()));
    SUCCEEDS(m_domain->visits().assign(id, {}, desk()));
    SUCCEEDS(
        m_domain->visits().call(id, desk())); // two journal rows, one signal with the newer seq
    SUCCEEDS(m_domain->visits().start(id, desk()));
    REFUSED(m_domain->therapists().setStatus(
        m_anna, { { QStringLiteral("status"), QStringLiteral("off") } }, desk()));
    REFUSED(pay(id, QStringLiteral("card"), 45000));
    SUCCEEDS(m_domain->visits().complete(id, desk()));
    REFUSED(pay(id, QStringLiteral("card"), 45001));
    const Reply part =
        pay(id, QStringLiteral("card"), 20000, 0, -1, QStringLiteral("signal-key-01"));
    SUCCEEDS(part);
    REFUSED(
        pay(id, QStringLiteral("card"), 20000, 0, -1, QStringLiteral("signal-key-01"))); // replay
    SUCCEEDS(pay(id, QStringLiteral("ewallet"), 25000));
    SUCCEEDS(m_domain->till().voidPayment(idOf(part.body().value(QLatin1String("payment"))),
                                          { { QStringLiteral("reason"), QStringLiteral("test") } },
                                          admin()));
    REFUSED(m_domain->till().voidPayment(idOf(part.body().value(QLatin1String("payment"))),
                                         { { QStringLiteral("reason"), QStringLiteral("test") } },
                                         admin()));
    SUCCEEDS(m_domain->therapists().setStatus(
        m_budi, { { QStringLiteral("status"), QStringLiteral("on_break") } }, desk()));
    // Setting the status a therapist already has changes nothing, so nothing is journaled.
    const Reply same = m_domain->therapists().setStatus(
        m_budi, { { QStringLiteral("status"), QStringLiteral("on_break") } }, desk());
    QVERIFY2(same.isOk(), qPrintable(describe(same)));
    QCOMPARE(spy.count(), expected);
    QCOMPARE(m_domain->views().journal().lastSeq(), lastSeq);
    SUCCEEDS(m_domain->catalog().create({ { QStringLiteral("name"), QStringLiteral("Hot Stone") },
                                          { QStringLiteral("duration_min"), 75 },
                                          { QStringLiteral("price"), 150000 } }));
    REFUSED(m_domain->catalog().create({ { QStringLiteral("name"), QStringLiteral("Bad") },
                                         { QStringLiteral("duration_min"), 0 },
                                         { QStringLiteral("price"), 1 } }));
    SUCCEEDS(pay(id, QStringLiteral("cash"), 20000));
    SUCCEEDS(closeShift());
    SUCCEEDS(m_domain->till().closeDay(kDay, admin()));
    REFUSED(m_domain->till().closeDay(kDay, admin()));
#undef SUCCEEDS
#undef REFUSED
    QCOMPARE(spy.count(), expected);
    QCOMPARE(expected, 13);
}

void TestDomain::committedOnlyAfterCommit()
{
    // A second connection sees only committed data: when the signal fires, the journal row that
    // carries its seq must already be visible there.
    QList<QPair<qint64, qint64>> seen; // (emitted seq, what the other connection saw)
    {
        Database probe;
        QString error;
        QVERIFY2(probe.open(m_path, &error), qPrintable(error));
        connect(&m_domain->pipeline(), &CommandPipeline::committed, this, [&](qint64 seq) {
            QSqlQuery q = probe.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
            seen.append({ seq, q.next() ? q.value(0).toLongLong() : -1 });
        });
        const qint64 id = visitIn(QStringLiteral("paid"));
        QVERIFY(id > 0);
        disconnect(&m_domain->pipeline(), &CommandPipeline::committed, this, nullptr);
    }
    QCOMPARE(seen.size(), 5); // check-in, assign, start, complete, pay
    for (const auto &s : seen)
        QCOMPARE(s.second, s.first);
}

void TestDomain::keptViewsReadAsFreshOnes()
{
    // The hub's RoomViews keep each therapist's day, the open visits' JSON and each ticket's
    // view across commits, refreshed by what the journal says changed (issue 11's durable
    // regression). After every kind of change each room's frame must be byte for byte the one
    // a RoomViews built from nothing gives.
    RoomViews kept(*m_domain);
    qint64 seen = m_domain->views().journal().lastSeq();
    QStringList rooms { Room::therapist(m_budi), Room::therapist(m_anna), Room::monitor(),
                        Room::cashier() };
    const auto check = [&](const char *step) {
        Journal::Range range;
        range.after = seen;
        const QVector<JournalEntry> entries = m_domain->views().journal().read(range);
        if (!entries.isEmpty())
            seen = entries.last().seq;
        kept.invalidate(entries);
        RoomViews fresh(*m_domain);
        for (const QString &room : std::as_const(rooms)) {
            const QByteArray a = kept.frame(room, seen), b = fresh.frame(room, seen);
            QVERIFY2(!b.isEmpty(), qPrintable(room));
            QVERIFY2(a == b,
                     qPrintable(QStringLiteral("%1, %2:\nkept  %3\nfresh %4")
                                    .arg(QLatin1String(step), room, QString::fromUtf8(a),
                                         QString::fromUtf8(b))));
        }
    };
#define CHECK_VIEWS(step)                                                                          \
    do {                                                                                           \
        check(step);                                                                               \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (0)
    CHECK_VIEWS("before anything");
    const qint64 a = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_budi);
    QVERIFY(a > 0);
    rooms << Room::customer(a);
    CHECK_VIEWS("one visit served");
    const Reply paid = pay(a, QStringLiteral("cash"), 45000, 5000, 50000);
    CHECK_OK(paid);
    CHECK_VIEWS("paid with a tip");
    const Reply in = checkIn(QStringLiteral("Second Guest"), { m_aroma });
    CHECK_OK(in);
    const qint64 b = idOf(in.body().value(QLatin1String("visit")));
    rooms << Room::customer(b);
    CHECK_VIEWS("checked in, nobody's yet");
    CHECK_OK(m_domain->visits().assign(b, { { QStringLiteral("therapist_id"), m_budi } }, desk()));
    CHECK_VIEWS("assigned");
    m_clock.advanceSecs(300);
    CHECK_OK(act(QStringLiteral("start"), b));
    CHECK_VIEWS("started");
    m_clock.advanceSecs(1800);
    CHECK_OK(act(QStringLiteral("complete"), b));
    CHECK_VIEWS("the second served");
    const Reply voided = m_domain->till().voidPayment(
        idOf(paid.body().value(QLatin1String("payment"))),
        { { QStringLiteral("reason"), QStringLiteral("wrong visit") } }, admin());
    CHECK_OK(voided);
    CHECK_VIEWS("the first one's payment voided");
    const qint64 c = visitIn(QStringLiteral("awaiting_payment"), m_foot, m_anna);
    QVERIFY(c > 0);
    rooms << Room::customer(c);
    CHECK_VIEWS("another therapist's visit");
    CHECK_OK(pay(b, QStringLiteral("card"), 0 + num(visit(b), "balance_due"), 2000));
    CHECK_VIEWS("the second paid");
    m_clock.advanceSecs(3600);
    CHECK_VIEWS("an hour later");
#undef CHECK_VIEWS
}

void TestDomain::paymentJournalRooms()
{
    const qint64 id = visitIn(QStringLiteral("awaiting_payment"), m_thai, m_chai);
    QVERIFY(id > 0);
    const qint64 seq = m_domain->views().journal().lastSeq();
    const Reply partial = pay(id, QStringLiteral("card"), 5000);
    CHECK_OK(partial);
    QVector<Event> ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 1); // partial: no payment_completed

    const Reply r = pay(id, QStringLiteral("cash"), 40000, 3000, 50000);
    CHECK_OK(r);
    ev = eventsAfter(seq);
    QCOMPARE(ev.size(), 3);

    const Event &taken = ev[1];
    QCOMPARE(taken.type, QStringLiteral("payment.taken"));
    QVERIFY(!taken.notify);
    QStringList rooms = taken.rooms.split(QLatin1Char(' '));
    rooms.sort();
    QStringList expected { QStringLiteral("cashier"), QStringLiteral("monitor"),
                           QStringLiteral("therapists"), QStringLiteral("customer:%1").arg(id),
                           QStringLiteral("therapist:%1").arg(m_chai) };
    expected.sort();
    QCOMPARE(rooms, expected);
    QCOMPARE(num(taken.payload.value(QLatin1String("payment")).toObject(), "amount"), 40000);
    QCOMPARE(num(taken.payload.value(QLatin1String("payment")).toObject(), "tip"), 3000);
    QCOMPARE(taken.payload.value(QLatin1String("visit"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("paid"));

    const Event &done = ev[2];
    QCOMPARE(done.type, QStringLiteral("payment_completed"));
    QVERIFY(done.notify);
    rooms = done.rooms.split(QLatin1Char(' '));
    rooms.sort();
    expected = QStringList { QStringLiteral("cashier"), QStringLiteral("monitor"),
                             QStringLiteral("customer:%1").arg(id) };
    expected.sort();
    QCOMPARE(rooms, expected);
    QCOMPARE(num(done.payload, "visit_id"), id);
    QCOMPARE(done.payload.value(QLatin1String("ticket")).toString(),
             visit(id).value(QLatin1String("ticket")).toString());
    QCOMPARE(num(done.payload, "total"), 45000);
    QCOMPARE(num(done.payload, "tips"), 3000);
    QCOMPARE(done.payload.value(QLatin1String("currency")).toString(), QStringLiteral("THB"));
    // Monitors show the public name only ("Customer a."), never the full name.
    const QString fullName = visit(id).value(QLatin1String("customer_name")).toString();
    QCOMPARE(done.payload.value(QLatin1String("name")).toString(),
             VisitViews::publicName(fullName));
    QVERIFY(!done.payload.contains(QLatin1String("customer_name")));
    QVERIFY(!QJsonDocument(done.payload).toJson().contains(fullName.toUtf8()));
    // The journal's times are the clock's, in UTC.
    QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM events WHERE seq = ?"), { done.seq }),
             isoUtc(m_clock.now()));
    // Customer-facing rooms never carry other customers' tickets.
    for (const Event &e : ev)
        for (const QString &room : e.rooms.split(QLatin1Char(' ')))
            if (room.startsWith(QLatin1String("customer:")))
                QCOMPARE(room, QStringLiteral("customer:%1").arg(id));
}

void TestDomain::publicName_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("shown");
    QTest::newRow("first and last") << "Somchai Jaidee"
                                    << "Somchai J.";
    QTest::newRow("one word") << "Anna"
                              << "Anna";
    QTest::newRow("middle names dropped") << "Mary Ann Smith"
                                          << "Mary S.";
    QTest::newRow("extra spaces") << "  Lin   Wei  "
                                  << "Lin W.";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("non-latin") << QStringLiteral("สมชาย ใจดี") << QStringLiteral("สมชาย ใ.");
}

void TestDomain::publicName()
{
    QFETCH(QString, full);
    QFETCH(QString, shown);
    QCOMPARE(VisitViews::publicName(full), shown);
}

void TestDomain::failedStatementRollsBackWholeCommand_data()
{
    // A statement inside a command fails (simulated with a temporary trigger on this connection).
    // The command must fail as a whole: no partial write, no journal row, no signal.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("trigger");

    // PostgreSQL: a trigger function that raises, and triggers on it (dropped with it).
    const bool pg = TestEngine::postgres();
    const QString raise =
        QStringLiteral("CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'injected failure'; END $$; ");
    const QString onEvent = pg
        ? raise +
            QStringLiteral("CREATE TRIGGER inject BEFORE INSERT ON events FOR EACH ROW "
                           "WHEN (NEW.type = '%1') EXECUTE FUNCTION inject_failure()")
        : QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON events WHEN NEW.type = "
                         "'%1' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    const QString onUpdate = pg
        ? raise +
            QStringLiteral("CREATE TRIGGER inject BEFORE UPDATE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION inject_failure()")
        : QStringLiteral("CREATE TEMP TRIGGER inject BEFORE UPDATE ON %1 "
                         "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    QTest::newRow("check-in: its journal row fails")
        << "checkIn" << onEvent.arg(QStringLiteral("visit.checked_in"));
    QTest::newRow("pay: payment_completed fails")
        << "pay" << onEvent.arg(QStringLiteral("payment_completed"));
    QTest::newRow("pay: payment.taken fails (not the last statement)")
        << "pay" << onEvent.arg(QStringLiteral("payment.taken"));
    QTest::newRow("call: visit_called fails")
        << "call" << onEvent.arg(QStringLiteral("visit_called"));
    QTest::newRow("call: visit.updated fails (not the last statement)")
        << "call" << onEvent.arg(QStringLiteral("visit.updated"));
    QTest::newRow("start: therapist update fails (not the last statement)")
        << "start" << onUpdate.arg(QStringLiteral("therapist_state"));
    QTest::newRow("pay: visit update fails (not the last statement)")
        << "pay" << onUpdate.arg(QStringLiteral("visits"));
}

void TestDomain::failedStatementRollsBackWholeCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, trigger);

    qint64 id = 0;
    if (command == QLatin1String("pay"))
        id = visitIn(QStringLiteral("awaiting_payment"));
    else if (command != QLatin1String("checkIn"))
        id = visitIn(QStringLiteral("assigned"));
    QVERIFY(command == QLatin1String("checkIn") || id > 0);

    QVERIFY(ddl(trigger));
    const QString before = snapshot();
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);

    Reply r = Errors::internal();
    if (command == QLatin1String("checkIn"))
        r = checkIn(QStringLiteral("Doomed"), { m_thai });
    else if (command == QLatin1String("pay"))
        r = pay(id, QStringLiteral("card"), 45000);
    else
        r = act(command, id);

    QVERIFY(ddl(TestEngine::postgres() ? QStringLiteral("DROP FUNCTION inject_failure() CASCADE")
                                       : QStringLiteral("DROP TRIGGER temp.inject")));
    QVERIFY2(!r.isOk(),
             qPrintable(QStringLiteral("the command reported success after a failed statement: ") +
                        describe(r)));
    QCOMPARE(r.status(), 500);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(snapshot(), before);
}

void TestDomain::visitUndoneShowsNoServicesToTheNextWithItsId()
{
    // A visit's services are read once and kept (they never change), but a check-in that is
    // rolled back after its visit was read must not leave them behind: SQLite gives the next
    // visit the undone one's id (AUTOINCREMENT's counter is rolled back with it).
    const qint64 before =
        scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM visits")).toLongLong();
    QVERIFY(ddl(TestEngine::postgres()
                    ? QStringLiteral("CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE "
                                     "plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$; "
                                     "CREATE TRIGGER inject BEFORE INSERT ON events FOR EACH ROW "
                                     "WHEN (NEW.type = 'visit.checked_in') EXECUTE FUNCTION "
                                     "inject_failure()")
                    : QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON events WHEN "
                                     "NEW.type = 'visit.checked_in' BEGIN SELECT RAISE(ABORT, "
                                     "'injected'); END")));
    QCOMPARE(checkIn(QStringLiteral("Undone"), { m_thai }).status(), 500);
    QVERIFY(ddl(TestEngine::postgres() ? QStringLiteral("DROP FUNCTION inject_failure() CASCADE")
                                       : QStringLiteral("DROP TRIGGER temp.inject")));
    const Reply r = checkIn(QStringLiteral("Kept"), { m_foot });
    CHECK_OK(r);
    const qint64 id = idOf(r.body().value(QLatin1String("visit")));
    if (!TestEngine::postgres())
        QCOMPARE(id, before + 1); // the undone visit's id, given again
    for (const QJsonObject &v : { r.body().value(QLatin1String("visit")).toObject(), visit(id) }) {
        const QJsonArray services = v.value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.at(0).toObject().value(QLatin1String("service_id")).toInteger(), m_foot);
    }
}

void TestDomain::groupedCommandsCommitTogether()
{
    // Group commit (the server's mode): the commands of one loop turn share a transaction, each
    // in its own savepoint. A command failing half way (a journal row already written) is undone
    // alone; the others commit with the group, once, when the loop comes back to its queue; no
    // one hears of any of them before; the audit chain links across the undone one.
    const qint64 payable = visitIn(QStringLiteral("awaiting_payment"));
    QVERIFY(payable > 0);
    const qint64 seq0 = m_domain->views().journal().lastSeq();
    QVERIFY(ddl(TestEngine::postgres()
                    ? QStringLiteral("CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE "
                                     "plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$; "
                                     "CREATE TRIGGER inject BEFORE INSERT ON events FOR EACH ROW "
                                     "WHEN (NEW.type = 'payment.taken') EXECUTE FUNCTION "
                                     "inject_failure()")
                    : QStringLiteral("CREATE TEMP TRIGGER inject BEFORE INSERT ON events WHEN "
                                     "NEW.type = 'payment.taken' BEGIN SELECT RAISE(ABORT, "
                                     "'injected'); END")));
    Database probe; // another connection: sees what is committed only
    QString error;
    QVERIFY2(probe.open(m_path, &error), qPrintable(error));
    const auto grouped = [&probe] {
        QSqlQuery q = probe.exec(
            QStringLiteral("SELECT COUNT(*) FROM visits WHERE customer_name LIKE 'Grouped%'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    QList<bool> answers;
    const auto hold = [&] { m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; }); };

    m_domain->pipeline().setGroupCommit(true);
    CHECK_OK(checkIn(QStringLiteral("Grouped A"), { m_thai }));
    hold();
    const Reply failed = pay(payable, QStringLiteral("card"), 45000);
    QCOMPARE(failed.status(), 500);
    hold();
    CHECK_OK(checkIn(QStringLiteral("Grouped C"), { m_thai }));
    hold();
    m_domain->pipeline().setGroupCommit(false);

    QVERIFY(m_db->groupOpen());
    QVERIFY(answers.isEmpty());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(grouped(), 0);
    QTRY_COMPARE(answers.size(), 3); // the queued COMMIT runs when the loop does
    QCOMPARE(answers, QList<bool>({ true, true, true }));
    QVERIFY(!m_db->groupOpen());
    QVERIFY(ddl(TestEngine::postgres() ? QStringLiteral("DROP FUNCTION inject_failure() CASCADE")
                                       : QStringLiteral("DROP TRIGGER temp.inject")));

    QCOMPARE(grouped(), 2);
    QCOMPARE(count(QStringLiteral("payments WHERE visit_id = %1").arg(payable)), 0);
    QCOMPARE(visit(payable).value(QLatin1String("status")).toString(),
             QStringLiteral("awaiting_payment"));
    const QVector<Event> ev = eventsAfter(seq0);
    QStringList types;
    for (const Event &e : ev)
        types << e.type;
    QCOMPARE(
        types,
        QStringList({ QStringLiteral("visit.checked_in"), QStringLiteral("visit.checked_in") }));
    QCOMPARE(spy.count(), 1); // once for the group, with its newest seq
    QCOMPARE(spy.last().at(0).toLongLong(), ev.last().seq);
    // The writer numbers the rows (the tip's seq + 1): the undone payment gave its seq back.
    QCOMPARE(ev.first().seq, seq0 + 1);
    QCOMPARE(ev.last().seq, seq0 + 2);
    const AuditChain::Verdict chain = AuditChain::verify(m_db->handle());
    QVERIFY2(chain.ok, qPrintable(chain.problem));
    // A server of an earlier version (a deployment rolled back) takes the next seq from the
    // column's default: on PostgreSQL its identity sequence kept up. (Last: such a row has no
    // hash, so the chain is checked before it.)
    QVERIFY(m_db->transaction([&] {
        QSqlQuery q = m_db->exec(QStringLiteral("INSERT INTO events (created_at, type, rooms, "
                                                "payload) VALUES ('2026-03-02T09:00:00.000Z', "
                                                "'older.server', '', '{}') RETURNING seq"));
        return q.next() && q.value(0).toLongLong() == seq0 + 3;
    }));
}

void TestDomain::groupThatCannotCommitAnswersFailure()
{
    // A statement failing outside any command's savepoint loses the group's transaction: its
    // commands were told nothing yet, and now hear that they failed; nothing of them is written,
    // no one is told of them, and the next command starts a good transaction.
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    QList<bool> answers;
    m_domain->pipeline().setGroupCommit(true);
    CHECK_OK(checkIn(QStringLiteral("Lost A"), { m_thai }));
    m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; });
    m_db->exec(QStringLiteral("SELECT no_such_column FROM visits"));
    QVERIFY(!m_db->lastOk());
    // Refused either way: by the lost transaction (500), or on PostgreSQL already by its
    // validation, whose reads the aborted transaction refuses (422). Its answer is held as
    // well, and the transports replace every held answer by the failure.
    QVERIFY(!checkIn(QStringLiteral("Lost B"), { m_thai }).isOk());
    m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; });
    m_domain->pipeline().commitGroup();
    QCOMPARE(answers, QList<bool>({ false, false }));
    QCOMPARE(m_domain->pipeline().commitFailure().status(), 500);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(count(QStringLiteral("visits WHERE customer_name LIKE 'Lost%'")), 0);

    CHECK_OK(checkIn(QStringLiteral("After"), { m_thai }));
    m_domain->pipeline().commitGroup();
    m_domain->pipeline().setGroupCommit(false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(count(QStringLiteral("visits WHERE customer_name = 'After'")), 1);
}

void TestDomain::groupWhoseCommitFailsAnswersFailure()
{
    // Every statement of the group succeeds and the COMMIT itself is refused (a check deferred
    // to the commit): the commands were told nothing yet and now hear that they failed; nothing
    // of them is written and no one is told of them.
    const bool pg = TestEngine::postgres();
    if (pg)
        QVERIFY(ddl(QStringLiteral(
            "CREATE FUNCTION inject_failure() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'injected at commit'; END $$; "
            "CREATE CONSTRAINT TRIGGER inject AFTER INSERT ON visits DEFERRABLE INITIALLY "
            "DEFERRED FOR EACH ROW WHEN (NEW.customer_name = 'Doomed A') EXECUTE FUNCTION "
            "inject_failure()")));
    QSignalSpy spy(&m_domain->pipeline(), &CommandPipeline::committed);
    QList<bool> answers;
    m_domain->pipeline().setGroupCommit(true);
    CHECK_OK(checkIn(QStringLiteral("Doomed A"), { m_thai }));
    m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; });
    // SQLite: a foreign key checked only at the COMMIT, and a row that breaks it.
    if (!pg)
        QVERIFY(ddl(QStringLiteral("PRAGMA defer_foreign_keys = ON")) &&
                ddl(QStringLiteral("INSERT INTO visit_services (visit_id, service_id, name, "
                                   "price, duration_min) VALUES (987654, %1, 'x', 0, 0)")
                        .arg(m_thai)));
    CHECK_OK(checkIn(QStringLiteral("Doomed B"), { m_thai }));
    m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; });
    QVERIFY(answers.isEmpty());
    m_domain->pipeline().commitGroup();
    m_domain->pipeline().setGroupCommit(false);
    if (pg)
        QVERIFY(ddl(QStringLiteral("DROP FUNCTION inject_failure() CASCADE")));
    QCOMPARE(answers, QList<bool>({ false, false }));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(count(QStringLiteral("visits WHERE customer_name LIKE 'Doomed%'")), 0);
    QCOMPARE(count(QStringLiteral("visit_services WHERE visit_id = 987654")), 0);
    CHECK_OK(checkIn(QStringLiteral("After"), { m_thai }));
    QCOMPARE(spy.count(), 1);
}

void TestDomain::backupInsideAGroupCommitsItFirst()
{
    // A backup (SQLite's VACUUM INTO) cannot run inside a transaction: one taken while a group
    // of commands is open commits the group first, answers its commands, and holds them.
    if (TestEngine::postgres())
        QSKIP("PostgreSQL is backed up with pg_dump, not by the server");
    QList<bool> answers;
    m_domain->pipeline().setGroupCommit(true);
    CHECK_OK(checkIn(QStringLiteral("Backed Up"), { m_thai }));
    m_domain->pipeline().afterCommit([&](bool ok) { answers << ok; });
    m_domain->pipeline().setGroupCommit(false);
    const QString copy = m_dir.filePath(QStringLiteral("grouped-backup.db"));
    QString error;
    QVERIFY2(m_db->backupTo(copy, &error), qPrintable(error));
    QCOMPARE(answers, QList<bool>({ true }));
    QVERIFY(!m_db->groupOpen());
    Database restored;
    QVERIFY2(restored.open(copy, &error), qPrintable(error));
    QSqlQuery q =
        restored.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE customer_name = ?"),
                      { QStringLiteral("Backed Up") });
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
