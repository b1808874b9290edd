// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bookings, working hours and customers through SpaDomain over a real database (SQLite; a
// throwaway PostgreSQL under SPA_TEST_ENGINE=postgres, ctest tst_bookings_pg) on a ManualClock:
// clashes of therapist and room across buffer edges and midnight in Asia/Bangkok, working hours
// and exceptions, walk-ins fitted between bookings, arriving into the queue, a couple in one
// room, no-shows and their grace, availability, customers, and every refusal changing nothing.
#include "app/demodata.h"
#include "core/clock.h"
#include "domain/bookingcommands.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "store/database.h"
#include "testengine.h"
#include "views/roomviews.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
// Monday 2 March 2026, 09:00 UTC (16:00 in Bangkok).
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QString describe(const Reply &r)
{
    if (r.isOk())
        return QStringLiteral("ok %1").arg(r.status());
    return QStringLiteral("%1 %2: %3").arg(r.status()).arg(r.errorCode(), r.errorMessage());
}

qint64 idOf(const QJsonValue &v, const char *key = "id")
{
    return qint64(v.toObject().value(QLatin1String(key)).toDouble());
}

QJsonArray ids(std::initializer_list<qint64> list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}
} // namespace

#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const Reply r_ = (expr);                                                                   \
        QVERIFY2(r_.isOk(), qPrintable(describe(r_)));                                             \
    } while (0)
#define CHECK_ERROR(expr, st, code)                                                                \
    do {                                                                                           \
        const Reply r_ = (expr);                                                                   \
        QVERIFY2(                                                                                  \
            !r_.isOk() && r_.status() == (st) && r_.errorCode() == QLatin1String(code),            \
            qPrintable(QStringLiteral("expected %1 %2, got ").arg(st).arg(code) + describe(r_)));  \
        QVERIFY(!r_.errorMessage().isEmpty());                                                     \
    } while (0)

class TestBookings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clashAtTheBufferEdges();
    void clashAcrossMidnightInBangkok();
    void roomCapacityAndCouples();
    void workingHoursAndExceptions();
    void anyTherapistPicksOneWhoIsFree();
    void walkInRefusedToTherapistBookedTooSoon();
    void walkInKeptOutOfARoomBookedSoon();
    void waitEstimateCountsBookedTime();
    void arriveBecomesAVisitWithTherapistAndRoom();
    void coupleArrivesIntoOneRoom();
    void noShowOnlyAfterGrace();
    void moveAndCancel();
    void resizeHoldsTheNewLength();
    void groupGuestsResizedOneByOne();
    void noticeNamesTheBookingAndItsDates();
    void availabilityAnswers();
    void nextBookingInTheTherapistPayload();
    void customersFoundByPhoneAndName();
    void healthNotesOnlyForTheDeskAndTheirTherapist();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void illegalStateChangesNothing();
    void wrongRoleRefused();
    void settingsForBookings();

private:
    Principal desk() const;
    Principal therapist(qint64 id) const;
    Reply book(const QJsonObject &body) { return m_domain->bookings().create(body, desk()); }
    Reply bookAt(const QString &start, qint64 therapistId, qint64 service = 0, qint64 room = 0);
    void setZone(const QString &zone);
    void setting(const QString &key, const QJsonValue &v);
    QString snapshot();
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_name;
    int m_counter = 0;
    ManualClock m_clock { kStart };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SpaDomain> m_domain;
    qint64 m_anna = 0, m_budi = 0, m_chai = 0, m_admin = 0, m_cashier = 0;
    qint64 m_thai = 0, m_aroma = 0, m_head = 0;
    QVector<qint64> m_rooms;
};

void TestBookings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (const QString why = TestEngine::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") + why));
    const QString seedPath = TestEngine::fresh(m_dir, QStringLiteral("seed"));
    QVERIFY(!seedPath.isEmpty());
    m_template = TestEngine::postgres() ? QStringLiteral("seed")
                                        : m_dir.filePath(QStringLiteral("template.db"));
    Database db;
    QString error;
    QVERIFY2(db.open(seedPath, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    SpaDomain domain(db, m_clock);
    domain.venue().setSetting(QStringLiteral("timezone"), QStringLiteral("UTC"));
    seedDemo(domain, m_dir.path());
    auto idFor = [&](const QString &sql, const QString &name) {
        QSqlQuery q = db.exec(sql, { name });
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const QString staffSql = QStringLiteral("SELECT id FROM staff WHERE display_name = ?");
    m_anna = idFor(staffSql, QStringLiteral("Anna"));
    m_budi = idFor(staffSql, QStringLiteral("Budi"));
    m_chai = idFor(staffSql, QStringLiteral("Chai"));
    m_admin =
        idFor(QStringLiteral("SELECT id FROM staff WHERE username = ?"), QStringLiteral("admin"));
    m_cashier =
        idFor(QStringLiteral("SELECT id FROM staff WHERE username = ?"), QStringLiteral("cashier"));
    const QString serviceSql = QStringLiteral("SELECT id FROM services WHERE name = ?");
    m_thai = idFor(serviceSql, QStringLiteral("Thai Massage")); // 60 min
    m_aroma = idFor(serviceSql, QStringLiteral("Aromatherapy Oil Massage")); // 90 min
    m_head = idFor(serviceSql, QStringLiteral("Head & Shoulder")); // 30 min
    for (qint64 id : { m_anna, m_budi, m_chai, m_admin, m_cashier, m_thai, m_aroma, m_head })
        QVERIFY(id > 0);
    QSqlQuery rooms = db.exec(QStringLiteral("SELECT id FROM rooms ORDER BY id"));
    while (rooms.next())
        m_rooms.append(rooms.value(0).toLongLong());
    QCOMPARE(m_rooms.size(), 6);
    // The last room is the couple's suite.
    db.exec(QStringLiteral("UPDATE rooms SET capacity = 2 WHERE id = ?"), { m_rooms.last() });
    if (!TestEngine::postgres())
        QVERIFY2(db.backupTo(m_template, &error), qPrintable(error));
}

void TestBookings::init()
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
}

void TestBookings::cleanup()
{
    m_domain.reset();
    m_db.reset();
    TestEngine::discard(m_path, m_name);
}

Principal TestBookings::desk() const
{
    Principal p;
    p.role = Principal::Role::Cashier;
    p.staffId = m_cashier;
    p.name = QStringLiteral("Front Desk");
    return p;
}

Principal TestBookings::therapist(qint64 id) const
{
    Principal p;
    p.role = Principal::Role::Therapist;
    p.staffId = id;
    return p;
}

Reply TestBookings::bookAt(const QString &start, qint64 therapistId, qint64 service, qint64 room)
{
    QJsonObject body { { QStringLiteral("customer_name"), QStringLiteral("Somchai Jaidee") },
                       { QStringLiteral("service_ids"), ids({ service ? service : m_thai }) },
                       { QStringLiteral("start"), start } };
    if (therapistId > 0)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    if (room > 0)
        body.insert(QStringLiteral("room_id"), room);
    return book(body);
}

void TestBookings::setZone(const QString &zone)
{
    m_domain->venue().setSetting(QStringLiteral("timezone"), zone);
}

void TestBookings::setting(const QString &key, const QJsonValue &v)
{
    Principal admin;
    admin.role = Principal::Role::Admin;
    admin.staffId = m_admin;
    const Reply r = m_domain->venue().update({ { key, v } }, admin);
    QVERIFY2(r.isOk(), qPrintable(describe(r)));
}

qint64 TestBookings::count(const QString &sql)
{
    QSqlQuery q = m_db->exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Every row a booking command could touch, and the journal's length.
QString TestBookings::snapshot()
{
    QStringList out;
    for (const char *sql :
         { "SELECT id, status, start_at, end_at, room_id, customer_id, customer_name, "
           "cancel_reason FROM bookings ORDER BY id",
           "SELECT id, booking_id, guest_no, therapist_id, start_at, end_at, visit_id "
           "FROM booking_guests ORDER BY id",
           "SELECT id, guest_id, service_id FROM booking_services ORDER BY id",
           "SELECT id, name, phone, notes, health_notes FROM customers ORDER BY id",
           "SELECT staff_id, hours FROM therapist_hours ORDER BY staff_id",
           "SELECT id, status, therapist_id, room_id FROM visits ORDER BY id",
           "SELECT COUNT(*) FROM events" }) {
        QSqlQuery q = m_db->exec(QLatin1String(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// ---------------------------------------------------------------------------------------------

void TestBookings::clashAtTheBufferEdges()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    const Reply first = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_budi);
    CHECK_OK(first);
    const qint64 id = idOf(first.body().value(QLatin1String("booking")));
    QCOMPARE(first.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("held_until"))
                 .toString(),
             QStringLiteral("2026-03-02T11:15:00.000Z"));
    // A minute into the buffer: refused, naming the booking that clashes.
    const Reply clash = bookAt(QStringLiteral("2026-03-02T11:14:00Z"), m_budi);
    CHECK_ERROR(clash, 409, "booking_clash");
    QVERIFY2(clash.errorMessage().contains(QStringLiteral("Budi")) &&
                 clash.errorMessage().contains(QStringLiteral("booking %1").arg(id)),
             qPrintable(clash.errorMessage()));
    // Before: its own buffer would run into 10:00.
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T08:46:00Z"), m_budi, 0, 0), 422,
                "validation_failed"); // in the past
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T08:46:00Z"), m_budi), 409, "booking_clash");
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T08:45:00Z"), m_budi));
    // As the buffer ends, and another therapist at the same time.
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T11:15:00Z"), m_budi));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna));
    // A cancelled booking holds nothing.
    CHECK_OK(m_domain->bookings().cancel(
        id, { { QStringLiteral("reason"), QStringLiteral("rain") } }, desk()));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_budi, m_head));
}

void TestBookings::clashAcrossMidnightInBangkok()
{
    setZone(QStringLiteral("Asia/Bangkok"));
    setting(QStringLiteral("booking_buffer_minutes"), 10);
    // Open 12:00 to 02:00 local every day.
    QJsonArray weekly;
    for (int d = 1; d <= 7; ++d)
        weekly.append(QJsonObject { { QStringLiteral("weekday"), d },
                                    { QStringLiteral("start"), QStringLiteral("12:00") },
                                    { QStringLiteral("end"), QStringLiteral("02:00") } });
    setting(QStringLiteral("opening_hours"), QJsonObject { { QStringLiteral("weekly"), weekly } });
    // 23:30 Monday local (16:30Z) for 90 minutes: ends 01:00 Tuesday local.
    const Reply late =
        bookAt(QStringLiteral("2026-03-02T16:30:00Z"), m_budi, m_aroma, m_rooms.first());
    CHECK_OK(late);
    QCOMPARE(late.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("business_date"))
                 .toString(),
             QStringLiteral("2026-03-02"));
    // 01:05 Tuesday local is another business day, but Budi is still held until 01:10.
    const Reply next = bookAt(QStringLiteral("2026-03-02T18:05:00Z"), m_budi, m_head);
    CHECK_ERROR(next, 409, "booking_clash");
    QVERIFY2(next.errorMessage().contains(QStringLiteral("2026-03-03 01:00")),
             qPrintable(next.errorMessage()));
    // The room too, for someone else with another therapist.
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T18:05:00Z"), m_anna, m_head, m_rooms.first()),
                409, "room_full");
    // From 01:10 both are free again; a 60-minute booking at 01:10 runs past closing (02:00).
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T18:10:00Z"), m_budi, m_head, m_rooms.first()));
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T18:10:00Z"), m_chai, m_thai), 422,
                "outside_hours");
    // The day view of Tuesday (local) has the one that starts on it, not Monday's.
    const Reply day =
        m_domain->views().bookings().listBookings(QUrlQuery(QStringLiteral("date=2026-03-03")));
    CHECK_OK(day);
    QCOMPARE(day.body().value(QLatin1String("bookings")).toArray().size(), 1);
}

void TestBookings::roomCapacityAndCouples()
{
    const qint64 single = m_rooms.first(), suite = m_rooms.last();
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna, 0, single));
    const Reply full = bookAt(QStringLiteral("2026-03-02T10:30:00Z"), m_budi, 0, single);
    CHECK_ERROR(full, 409, "room_full");
    QVERIFY(full.errorMessage().contains(QStringLiteral("Room 1")));
    // A couple in the suite, each with their therapist.
    const QJsonObject couple {
        { QStringLiteral("customer_name"), QStringLiteral("Ann Lee") },
        { QStringLiteral("start"), QStringLiteral("2026-03-02T12:00:00Z") },
        { QStringLiteral("room_id"), suite },
        { QStringLiteral("guests"),
          QJsonArray { QJsonObject { { QStringLiteral("service_ids"), ids({ m_thai }) },
                                     { QStringLiteral("therapist_id"), m_anna } },
                       QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Bob Lee") },
                                     { QStringLiteral("service_ids"), ids({ m_aroma }) },
                                     { QStringLiteral("therapist_id"), m_budi } } } }
    };
    const Reply r = book(couple);
    CHECK_OK(r);
    const QJsonObject b = r.body().value(QLatin1String("booking")).toObject();
    QCOMPARE(b.value(QLatin1String("guests")).toArray().size(), 2);
    QCOMPARE(b.value(QLatin1String("end")).toString(), QStringLiteral("2026-03-02T13:30:00.000Z"));
    QCOMPARE(idOf(b.value(QLatin1String("room"))), suite);
    // The suite is full while both are in it; a third guest is refused, as is a group of three.
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T12:30:00Z"), m_chai, 0, suite), 409, "room_full");
    QJsonObject three = couple;
    QJsonArray guests = couple.value(QLatin1String("guests")).toArray();
    guests.append(QJsonObject { { QStringLiteral("service_ids"), ids({ m_head }) } });
    three.insert(QStringLiteral("guests"), guests);
    three.insert(QStringLiteral("start"), QStringLiteral("2026-03-02T15:00:00Z"));
    CHECK_ERROR(book(three), 422, "validation_failed");
    // One therapist cannot serve two guests at once.
    QJsonObject twice = couple;
    twice.insert(QStringLiteral("start"), QStringLiteral("2026-03-02T16:00:00Z"));
    QJsonArray same = couple.value(QLatin1String("guests")).toArray();
    QJsonObject g2 = same.at(1).toObject();
    g2.insert(QStringLiteral("therapist_id"), m_anna);
    same[1] = g2;
    twice.insert(QStringLiteral("guests"), same);
    CHECK_ERROR(book(twice), 409, "booking_clash");
    // Any room: a single guest gets a free one of capacity 1 first.
    const Reply any = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_chai);
    CHECK_OK(any);
    QCOMPARE(
        idOf(any.body().value(QLatin1String("booking")).toObject().value(QLatin1String("room"))),
        m_rooms.at(1));
}

void TestBookings::workingHoursAndExceptions()
{
    const QJsonObject hours {
        { QStringLiteral("weekly"),
          QJsonArray { QJsonObject { { QStringLiteral("weekday"), 1 },
                                     { QStringLiteral("start"), QStringLiteral("10:00") },
                                     { QStringLiteral("end"), QStringLiteral("18:00") } } } },
        { QStringLiteral("exceptions"),
          QJsonArray { QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-09") },
                                     { QStringLiteral("off"), true } },
                       QJsonObject { { QStringLiteral("date"), QStringLiteral("2026-03-08") },
                                     { QStringLiteral("start"), QStringLiteral("12:00") },
                                     { QStringLiteral("end"), QStringLiteral("16:00") } } } }
    };
    const Reply set = m_domain->therapistHours().set(m_budi, hours, desk());
    CHECK_OK(set);
    QCOMPARE(set.body()
                 .value(QLatin1String("hours"))
                 .toObject()
                 .value(QLatin1String("exceptions"))
                 .toArray()
                 .size(),
             2);
    const Reply early = bookAt(QStringLiteral("2026-03-02T09:30:00Z"), m_budi);
    CHECK_ERROR(early, 422, "outside_hours");
    QVERIFY2(early.errorMessage().contains(QStringLiteral("Budi")),
             qPrintable(early.errorMessage()));
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T17:30:00Z"), m_budi), 422, "outside_hours");
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T17:00:00Z"), m_budi));
    // Tuesday is not a working day; next Monday is leave; Sunday the 8th an extra shift.
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-03T11:00:00Z"), m_budi), 422, "outside_hours");
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-09T11:00:00Z"), m_budi), 422, "outside_hours");
    CHECK_OK(bookAt(QStringLiteral("2026-03-08T12:00:00Z"), m_budi));
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-08T15:30:00Z"), m_budi), 422, "outside_hours");
    // Anna has no hours of her own: the venue's (none set: any time) bound her.
    CHECK_OK(bookAt(QStringLiteral("2026-03-03T11:00:00Z"), m_anna));
    // The venue's opening hours bound everyone, Budi's own included.
    setting(QStringLiteral("opening_hours"),
            QJsonObject { { QStringLiteral("weekly"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("weekday"), 1 },
                                { QStringLiteral("start"), QStringLiteral("11:00") },
                                { QStringLiteral("end"), QStringLiteral("20:00") } } } } });
    const Reply closed = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna);
    CHECK_ERROR(closed, 422, "outside_hours");
    QVERIFY(closed.errorMessage().contains(QStringLiteral("venue")));
    // Clearing the hours: bounded by the venue's alone again.
    CHECK_OK(m_domain->therapistHours().set(m_budi, { { QStringLiteral("weekly"), QJsonArray() } },
                                            desk()));
    QVERIFY(
        m_domain->views().bookings().hoursOf(m_budi).body().value(QLatin1String("hours")).isNull());
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T19:00:00Z"), m_budi));
}

void TestBookings::anyTherapistPicksOneWhoIsFree()
{
    // Anna and Budi are booked at 10:00: "any" gets Chai (names in order, the first free).
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_budi));
    const Reply any = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), 0);
    CHECK_OK(any);
    const QJsonObject guest = any.body()
                                  .value(QLatin1String("booking"))
                                  .toObject()
                                  .value(QLatin1String("guests"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(idOf(guest.value(QLatin1String("therapist"))), m_chai);
    // A customer's preferred therapist comes first when free.
    const Reply c =
        m_domain->customers().create({ { QStringLiteral("name"), QStringLiteral("Mali") },
                                       { QStringLiteral("preferred_therapist_id"), m_budi } },
                                     desk());
    CHECK_OK(c);
    const Reply pref =
        book({ { QStringLiteral("customer_id"), idOf(c.body().value(QLatin1String("customer"))) },
               { QStringLiteral("service_ids"), ids({ m_thai }) },
               { QStringLiteral("start"), QStringLiteral("2026-03-02T14:00:00Z") } });
    CHECK_OK(pref);
    QCOMPARE(idOf(pref.body()
                      .value(QLatin1String("booking"))
                      .toObject()
                      .value(QLatin1String("guests"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QLatin1String("therapist"))),
             m_budi);
    QCOMPARE(pref.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("customer_name"))
                 .toString(),
             QStringLiteral("Mali"));
}

void TestBookings::walkInRefusedToTherapistBookedTooSoon()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    // Make Dewi come on shift (at the back); Anna, Budi and Chai are in the turn order.
    const QVector<qint64> before =
        QueuePlanner::turnOrder(m_domain->views().staff().therapistStates());
    QVERIFY(before.size() >= 2);
    const qint64 first = before.at(0), second = before.at(1);
    // The first in turn has a booking at 09:30: a 60-minute walk-in would run into it.
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T09:30:00Z"), first));
    const Reply v =
        m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("Walk In") },
                                     { QStringLiteral("service_ids"), ids({ m_thai }) } },
                                   desk());
    CHECK_OK(v);
    const qint64 visit = idOf(v.body().value(QLatin1String("visit")));
    const Reply assigned = m_domain->visits().assign(visit, {}, desk());
    CHECK_OK(assigned);
    QCOMPARE(idOf(assigned.body()
                      .value(QLatin1String("visit"))
                      .toObject()
                      .value(QLatin1String("therapist"))),
             second);
    // A 15-minute... none here; a 30-minute walk-in fits before the 09:30 booking with the
    // 15-minute buffer? 09:00 + 30 + 15 = 09:45 > 09:30: no. Move the clock back 15 minutes.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 45), Qt::UTC));
    const Reply v2 =
        m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("Quick") },
                                     { QStringLiteral("service_ids"), ids({ m_head }) } },
                                   desk());
    CHECK_OK(v2);
    const Reply a2 =
        m_domain->visits().assign(idOf(v2.body().value(QLatin1String("visit"))), {}, desk());
    CHECK_OK(a2);
    QCOMPARE(
        idOf(a2.body().value(QLatin1String("visit")).toObject().value(QLatin1String("therapist"))),
        first);
}

void TestBookings::walkInKeptOutOfARoomBookedSoon()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    const qint64 first = m_rooms.at(0), second = m_rooms.at(1);
    // Room 1 is booked for Anna's guest at 09:30 (held 09:30-10:45 with the buffer).
    const Reply booked = bookAt(QStringLiteral("2026-03-02T09:30:00Z"), m_anna, 0, first);
    CHECK_OK(booked);
    const auto walkIn = [&](const QString &name, qint64 service) {
        const Reply v =
            m_domain->visits().checkIn({ { QStringLiteral("customer_name"), name },
                                         { QStringLiteral("service_ids"), ids({ service }) } },
                                       desk());
        return idOf(v.body().value(QLatin1String("visit")));
    };
    const auto roomOf = [](const Reply &r) {
        return idOf(r.body().value(QLatin1String("visit")).toObject().value(QLatin1String("room")));
    };
    // At 09:00 a 60-minute walk-in with Budi would still be in room 1 at 09:30: room 2.
    const qint64 v1 = walkIn(QStringLiteral("Walk In"), m_thai);
    const Reply a1 =
        m_domain->visits().assign(v1, { { QStringLiteral("therapist_id"), m_budi } }, desk());
    CHECK_OK(a1);
    QCOMPARE(roomOf(a1), second);
    // The desk may still lend room 1 knowingly.
    const qint64 v2 = walkIn(QStringLiteral("Lent"), m_head);
    const Reply a2 = m_domain->visits().assign(
        v2, { { QStringLiteral("therapist_id"), m_chai }, { QStringLiteral("room_id"), first } },
        desk());
    CHECK_OK(a2);
    QCOMPARE(roomOf(a2), first);
    CHECK_OK(m_domain->visits().cancel(v2, { { QStringLiteral("reason"), QStringLiteral("x") } },
                                       desk()));
    // Once the booking is cancelled, room 1 is the first free room again.
    CHECK_OK(m_domain->bookings().cancel(idOf(booked.body().value(QLatin1String("booking"))),
                                         { { QStringLiteral("reason"), QStringLiteral("ill") } },
                                         desk()));
    const qint64 v3 = walkIn(QStringLiteral("Later"), m_thai);
    const Reply a3 =
        m_domain->visits().assign(v3, { { QStringLiteral("therapist_id"), m_chai } }, desk());
    CHECK_OK(a3);
    QCOMPARE(roomOf(a3), first);
}

void TestBookings::waitEstimateCountsBookedTime()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    // Only Anna works: Budi and Chai go on a break.
    for (qint64 t : { m_budi, m_chai })
        CHECK_OK(m_domain->therapists().setStatus(
            t, { { QStringLiteral("status"), QStringLiteral("off") } }, desk()));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T09:30:00Z"), m_anna)); // held 09:30-10:45
    const Reply v =
        m_domain->visits().checkIn({ { QStringLiteral("customer_name"), QStringLiteral("Walk In") },
                                     { QStringLiteral("service_ids"), ids({ m_thai }) } },
                                   desk());
    CHECK_OK(v);
    const qint64 id = idOf(v.body().value(QLatin1String("visit")));
    int wait = -2;
    for (const QJsonValue &a : m_domain->views().visits().activeVisits())
        if (idOf(a) == id)
            wait = a.toObject().value(QLatin1String("estimated_wait_min")).toInt(-1);
    QCOMPARE(wait, 105); // from 09:00 to 10:45
}

void TestBookings::arriveBecomesAVisitWithTherapistAndRoom()
{
    const qint64 room = m_rooms.at(2);
    const Reply b = book({ { QStringLiteral("customer_name"), QStringLiteral("Somchai Jaidee") },
                           { QStringLiteral("phone"), QStringLiteral("081 234 5678") },
                           { QStringLiteral("service_ids"), ids({ m_thai, m_head }) },
                           { QStringLiteral("therapist_id"), m_budi },
                           { QStringLiteral("room_id"), room },
                           { QStringLiteral("start"), QStringLiteral("2026-03-02T09:30:00Z") } });
    CHECK_OK(b);
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    // Another day's booking cannot arrive today.
    const Reply tomorrow = bookAt(QStringLiteral("2026-03-03T10:00:00Z"), m_anna);
    CHECK_OK(tomorrow);
    CHECK_ERROR(
        m_domain->bookings().arrive(idOf(tomorrow.body().value(QLatin1String("booking"))), desk()),
        409, "not_today");
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 25), Qt::UTC));
    const Reply arrived = m_domain->bookings().arrive(id, desk());
    CHECK_OK(arrived);
    const QJsonObject visit = arrived.body().value(QLatin1String("visit")).toObject();
    QCOMPARE(visit.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));
    QCOMPARE(idOf(visit.value(QLatin1String("therapist"))), m_budi);
    QCOMPARE(idOf(visit.value(QLatin1String("room"))), room);
    QCOMPARE(visit.value(QLatin1String("duration_min")).toInt(), 90);
    QCOMPARE(visit.value(QLatin1String("phone")).toString(), QStringLiteral("081 234 5678"));
    QCOMPARE(arrived.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("arrived"));
    // In the live queue, with its ticket; the guest points at the visit.
    bool inQueue = false;
    for (const QJsonValue &a : m_domain->views().visits().activeVisits())
        inQueue = inQueue || idOf(a) == idOf(visit);
    QVERIFY(inQueue);
    QCOMPARE(
        count(QStringLiteral("SELECT visit_id FROM booking_guests WHERE booking_id = %1").arg(id)),
        idOf(visit));
    // Then the visit's own states.
    CHECK_OK(m_domain->visits().start(idOf(visit), therapist(m_budi)));
    CHECK_ERROR(m_domain->bookings().arrive(id, desk()), 409, "illegal_state");
}

void TestBookings::coupleArrivesIntoOneRoom()
{
    const qint64 suite = m_rooms.last();
    const Reply b =
        book({ { QStringLiteral("start"), QStringLiteral("2026-03-02T09:30:00Z") },
               { QStringLiteral("room_id"), suite },
               { QStringLiteral("guests"),
                 QJsonArray {
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Ann Lee") },
                                   { QStringLiteral("service_ids"), ids({ m_thai }) },
                                   { QStringLiteral("therapist_id"), m_anna } },
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Bob Lee") },
                                   { QStringLiteral("service_ids"), ids({ m_thai }) } } } } });
    CHECK_OK(b);
    const QJsonObject booking = b.body().value(QLatin1String("booking")).toObject();
    QCOMPARE(booking.value(QLatin1String("customer_name")).toString(), QStringLiteral("Ann Lee"));
    const qint64 second = idOf(booking.value(QLatin1String("guests"))
                                   .toArray()
                                   .at(1)
                                   .toObject()
                                   .value(QLatin1String("therapist")));
    QVERIFY(second > 0 && second != m_anna);
    const Reply arrived = m_domain->bookings().arrive(idOf(booking), desk());
    CHECK_OK(arrived);
    const QJsonArray visits = arrived.body().value(QLatin1String("visits")).toArray();
    QCOMPARE(visits.size(), 2);
    QCOMPARE(idOf(visits.at(0).toObject().value(QLatin1String("room"))), suite);
    QCOMPARE(idOf(visits.at(1).toObject().value(QLatin1String("room"))), suite);
    QCOMPARE(idOf(visits.at(0).toObject().value(QLatin1String("therapist"))), m_anna);
    QCOMPARE(idOf(visits.at(1).toObject().value(QLatin1String("therapist"))), second);
    QCOMPARE(visits.at(1).toObject().value(QLatin1String("customer_name")).toString(),
             QStringLiteral("Bob Lee"));
}

void TestBookings::noShowOnlyAfterGrace()
{
    setting(QStringLiteral("no_show_grace_minutes"), 20);
    const Reply c = m_domain->customers().create(
        { { QStringLiteral("name"), QStringLiteral("Late Larry") },
          { QStringLiteral("phone"), QStringLiteral("+66 81 000 1111") } },
        desk());
    CHECK_OK(c);
    const qint64 customer = idOf(c.body().value(QLatin1String("customer")));
    const Reply b = book({ { QStringLiteral("customer_id"), customer },
                           { QStringLiteral("service_ids"), ids({ m_thai }) },
                           { QStringLiteral("start"), QStringLiteral("2026-03-02T10:00:00Z") } });
    CHECK_OK(b);
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    QCOMPARE(b.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("phone"))
                 .toString(),
             QStringLiteral("+66 81 000 1111"));
    const QString before = snapshot();
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 19), Qt::UTC));
    const Reply early = m_domain->bookings().noShow(id, {}, desk());
    CHECK_ERROR(early, 409, "too_early");
    QVERIFY2(early.errorMessage().contains(QStringLiteral("10:20")),
             qPrintable(early.errorMessage()));
    QCOMPARE(snapshot(), before);
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(10, 20), Qt::UTC));
    CHECK_OK(m_domain->bookings().noShow(id, {}, desk()));
    QCOMPARE(m_domain->views()
                 .customers()
                 .customerJson(customer)
                 .value(QLatin1String("no_show_count"))
                 .toInt(),
             1);
    // A no-show frees the therapist's time.
    CHECK_ERROR(m_domain->bookings().noShow(id, {}, desk()), 409, "illegal_state");
}

void TestBookings::moveAndCancel()
{
    const Reply b = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna);
    CHECK_OK(b);
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T13:00:00Z"), m_budi));
    // Moved onto Budi's booking: refused; to 15:00 with Budi: fine, Anna's time is free again.
    CHECK_ERROR(m_domain->bookings().update(
                    id,
                    { { QStringLiteral("start"), QStringLiteral("2026-03-02T13:30:00Z") },
                      { QStringLiteral("therapist_id"), m_budi } },
                    desk()),
                409, "booking_clash");
    const Reply moved = m_domain->bookings().update(
        id,
        { { QStringLiteral("start"), QStringLiteral("2026-03-02T15:00:00Z") },
          { QStringLiteral("therapist_id"), m_budi } },
        desk());
    CHECK_OK(moved);
    const QJsonObject m = moved.body().value(QLatin1String("booking")).toObject();
    QCOMPARE(m.value(QLatin1String("start")).toString(),
             QStringLiteral("2026-03-02T15:00:00.000Z"));
    QCOMPARE(idOf(m.value(QLatin1String("guests"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QLatin1String("therapist"))),
             m_budi);
    // A one-guest booking's guest follows the booker's name.
    const Reply renamed = m_domain->bookings().update(
        id, { { QStringLiteral("customer_name"), QStringLiteral("Somchai J. Jaidee") } }, desk());
    CHECK_OK(renamed);
    QCOMPARE(renamed.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("guests"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("customer_name"))
                 .toString(),
             QStringLiteral("Somchai J. Jaidee"));
    // Moving within its own time (a longer service) does not clash with itself.
    CHECK_OK(m_domain->bookings().update(
        id, { { QStringLiteral("service_ids"), ids({ m_aroma }) } }, desk()));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna));
    // The journal told the desk and both therapists of the move.
    QSqlQuery j = m_db->exec(QStringLiteral(
        "SELECT rooms FROM events WHERE type = 'booking.updated' ORDER BY seq LIMIT 1"));
    QVERIFY(j.next());
    const QString rooms = j.value(0).toString();
    for (const QString &room :
         { QStringLiteral("cashier"), QStringLiteral("therapist:%1").arg(m_anna),
           QStringLiteral("therapist:%1").arg(m_budi) })
        QVERIFY2(rooms.contains(room), qPrintable(rooms));
    CHECK_ERROR(m_domain->bookings().cancel(id, {}, desk()), 422, "validation_failed");
    const Reply cancelled = m_domain->bookings().cancel(
        id, { { QStringLiteral("reason"), QStringLiteral("called to cancel") } }, desk());
    CHECK_OK(cancelled);
    QCOMPARE(cancelled.body()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("cancel_reason"))
                 .toString(),
             QStringLiteral("called to cancel"));
    CHECK_ERROR(m_domain->bookings().update(
                    id, { { QStringLiteral("notes"), QStringLiteral("x") } }, desk()),
                409, "illegal_state");
}

namespace {
QJsonObject firstGuest(const Reply &r)
{
    return r.body()
        .value(QLatin1String("booking"))
        .toObject()
        .value(QLatin1String("guests"))
        .toArray()
        .first()
        .toObject();
}
} // namespace

// What the server holds for a booking: its end and each guest's end and length, from the rows.
#define CHECK_STORED(id, bookingEnd, guestEnd, minutes)                                            \
    do {                                                                                           \
        QSqlQuery q_ = m_db->exec(QStringLiteral("SELECT b.end_at, g.end_at, g.duration_min "      \
                                                 "FROM bookings b JOIN booking_guests g ON "       \
                                                 "g.booking_id = b.id WHERE b.id = ? "             \
                                                 "ORDER BY g.guest_no"),                           \
                                  { id });                                                         \
        QVERIFY(q_.next());                                                                        \
        QCOMPARE(fromIsoUtc(q_.value(0).toString()), fromIsoUtc(QStringLiteral(bookingEnd)));      \
        QCOMPARE(fromIsoUtc(q_.value(1).toString()), fromIsoUtc(QStringLiteral(guestEnd)));        \
        QCOMPARE(q_.value(2).toInt(), minutes);                                                    \
    } while (0)

void TestBookings::resizeHoldsTheNewLength()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    // Anna works 10:00-13:00 on Mondays (the venue is in UTC here).
    CHECK_OK(m_domain->therapistHours().set(
        m_anna,
        { { QStringLiteral("weekly"),
            QJsonArray { QJsonObject { { QStringLiteral("weekday"), 1 },
                                       { QStringLiteral("start"), QStringLiteral("10:00") },
                                       { QStringLiteral("end"), QStringLiteral("13:00") } } } } },
        desk()));
    // A 60-minute massage booked for 90 minutes: held 10:00-11:30 (+15 buffer).
    QJsonObject body { { QStringLiteral("customer_name"), QStringLiteral("Long Lin") },
                       { QStringLiteral("service_ids"), ids({ m_thai }) },
                       { QStringLiteral("therapist_id"), m_anna },
                       { QStringLiteral("start"), QStringLiteral("2026-03-02T10:00:00Z") },
                       { QStringLiteral("duration_minutes"), 90 } };
    const Reply a = book(body);
    CHECK_OK(a);
    const QJsonObject booking = a.body().value(QLatin1String("booking")).toObject();
    const qint64 id = idOf(booking);
    QCOMPARE(booking.value(QLatin1String("duration_minutes")).toInt(), 90);
    QCOMPARE(booking.value(QLatin1String("end")).toString(),
             QStringLiteral("2026-03-02T11:30:00.000Z"));
    QCOMPARE(firstGuest(a).value(QLatin1String("duration_minutes")).toInt(), 90);
    QCOMPARE(firstGuest(a).value(QLatin1String("services_min")).toInt(), 60);
    CHECK_STORED(id, "2026-03-02T11:30:00Z", "2026-03-02T11:30:00Z", 90);
    // Its new length clashes as any other: 11:30 is inside the buffer, 11:45 is free.
    CHECK_ERROR(bookAt(QStringLiteral("2026-03-02T11:30:00Z"), m_anna, m_head), 409,
                "booking_clash");
    const Reply b = bookAt(QStringLiteral("2026-03-02T11:45:00Z"), m_anna, m_head);
    CHECK_OK(b);
    const qint64 next = idOf(b.body().value(QLatin1String("booking")));

    // Longer onto the next booking: 409, nothing changed.
    QString before = snapshot();
    CHECK_ERROR(
        m_domain->bookings().update(id, { { QStringLiteral("duration_minutes"), 120 } }, desk()),
        409, "booking_clash");
    QCOMPARE(snapshot(), before);
    // Not in 15-minute steps, shorter than the services, not a number: 422, nothing changed.
    for (const QJsonValue &bad : { QJsonValue(100), QJsonValue(45), QJsonValue(0),
                                   QJsonValue(QStringLiteral("90")), QJsonValue(721) }) {
        const Reply r = m_domain->bookings().update(
            id, { { QStringLiteral("duration_minutes"), bad } }, desk());
        QVERIFY2(!r.isOk() && r.status() == 422, qPrintable(describe(r)));
        QVERIFY2(r.errorMessage().contains(QLatin1String("duration_minutes")),
                 qPrintable(r.errorMessage()));
        QCOMPARE(snapshot(), before);
    }
    // Past the end of Anna's hours: 422.
    CHECK_ERROR(
        m_domain->bookings().update(next, { { QStringLiteral("duration_minutes"), 90 } }, desk()),
        422, "outside_hours");
    QCOMPARE(snapshot(), before);

    // Back to the services' length, then 75 minutes: stored and answered.
    CHECK_OK(
        m_domain->bookings().update(id, { { QStringLiteral("duration_minutes"), 60 } }, desk()));
    CHECK_STORED(id, "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z", 60);
    const Reply longer =
        m_domain->bookings().update(id, { { QStringLiteral("duration_minutes"), 75 } }, desk());
    CHECK_OK(longer);
    QCOMPARE(firstGuest(longer).value(QLatin1String("end")).toString(),
             QStringLiteral("2026-03-02T11:15:00.000Z"));
    CHECK_STORED(id, "2026-03-02T11:15:00Z", "2026-03-02T11:15:00Z", 75);
    // A move keeps the length (10:15-11:30, the buffer just clear of 11:45).
    CHECK_OK(m_domain->bookings().update(
        id, { { QStringLiteral("start"), QStringLiteral("2026-03-02T10:15:00Z") } }, desk()));
    CHECK_STORED(id, "2026-03-02T11:30:00Z", "2026-03-02T11:30:00Z", 75);
    // Other services without a length: theirs (Head & Shoulder, 30 min).
    CHECK_OK(m_domain->bookings().update(id, { { QStringLiteral("service_ids"), ids({ m_head }) } },
                                         desk()));
    CHECK_STORED(id, "2026-03-02T10:45:00Z", "2026-03-02T10:45:00Z", 30);
    // Resized again, then a null length: the services' own once more.
    CHECK_OK(
        m_domain->bookings().update(id, { { QStringLiteral("duration_minutes"), 45 } }, desk()));
    CHECK_STORED(id, "2026-03-02T11:00:00Z", "2026-03-02T11:00:00Z", 45);
    CHECK_OK(m_domain->bookings().update(
        id, { { QStringLiteral("duration_minutes"), QJsonValue() } }, desk()));
    CHECK_STORED(id, "2026-03-02T10:45:00Z", "2026-03-02T10:45:00Z", 30);
    // The journal's copy for the desks and the tablet carries the length.
    QSqlQuery j = m_db->exec(QStringLiteral("SELECT payload FROM events WHERE type = "
                                            "'booking.updated' ORDER BY seq DESC LIMIT 1"));
    QVERIFY(j.next());
    QCOMPARE(QJsonDocument::fromJson(j.value(0).toString().toUtf8())
                 .object()
                 .value(QLatin1String("booking"))
                 .toObject()
                 .value(QLatin1String("duration_minutes"))
                 .toInt(),
             30);
}

void TestBookings::groupGuestsResizedOneByOne()
{
    setting(QStringLiteral("booking_buffer_minutes"), 0);
    const qint64 suite = m_rooms.last();
    const Reply b =
        book({ { QStringLiteral("start"), QStringLiteral("2026-03-02T14:00:00Z") },
               { QStringLiteral("room_id"), suite },
               { QStringLiteral("guests"),
                 QJsonArray {
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Ann Lee") },
                                   { QStringLiteral("service_ids"), ids({ m_thai }) },
                                   { QStringLiteral("therapist_id"), m_anna },
                                   { QStringLiteral("duration_minutes"), 90 } },
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Bob Lee") },
                                   { QStringLiteral("service_ids"), ids({ m_head }) },
                                   { QStringLiteral("therapist_id"), m_budi } } } } });
    CHECK_OK(b);
    const QJsonObject booking = b.body().value(QLatin1String("booking")).toObject();
    const qint64 id = idOf(booking);
    QCOMPARE(booking.value(QLatin1String("duration_minutes")).toInt(), 90);
    const QJsonArray guests = booking.value(QLatin1String("guests")).toArray();
    QCOMPARE(guests.at(0).toObject().value(QLatin1String("duration_minutes")).toInt(), 90);
    QCOMPARE(guests.at(1).toObject().value(QLatin1String("duration_minutes")).toInt(), 30);
    // The suite is held for the longest guest: one more at 15:00 (capacity 2) is refused.
    CHECK_ERROR(
        book({ { QStringLiteral("start"), QStringLiteral("2026-03-02T15:00:00Z") },
               { QStringLiteral("room_id"), suite },
               { QStringLiteral("guests"),
                 QJsonArray {
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("C") },
                                   { QStringLiteral("service_ids"), ids({ m_head }) } },
                     QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("D") },
                                   { QStringLiteral("service_ids"), ids({ m_head }) } } } } }),
        409, "room_full");
    // One length beside a group's guests is refused: each guest has its own.
    const QString before = snapshot();
    CHECK_ERROR(
        m_domain->bookings().update(id, { { QStringLiteral("duration_minutes"), 60 } }, desk()),
        422, "validation_failed");
    QCOMPARE(snapshot(), before);
    // A move keeps each guest's length.
    CHECK_OK(m_domain->bookings().update(
        id, { { QStringLiteral("start"), QStringLiteral("2026-03-02T16:00:00Z") } }, desk()));
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT duration_min, end_at FROM booking_guests "
                                            "WHERE booking_id = ? ORDER BY guest_no"),
                             { id });
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 90);
    QCOMPARE(fromIsoUtc(q.value(1).toString()), fromIsoUtc(QStringLiteral("2026-03-02T17:30:00Z")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 30);
    QCOMPARE(fromIsoUtc(q.value(1).toString()), fromIsoUtc(QStringLiteral("2026-03-02T16:30:00Z")));
}

void TestBookings::noticeNamesTheBookingAndItsDates()
{
    const Reply b = bookAt(QStringLiteral("2026-03-02T10:00:00Z"), m_anna);
    CHECK_OK(b);
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    CHECK_OK(m_domain->bookings().update(
        id, { { QStringLiteral("start"), QStringLiteral("2026-03-04T10:00:00Z") } }, desk()));
    CHECK_OK(m_domain->bookings().cancel(
        id, { { QStringLiteral("reason"), QStringLiteral("changed plans") } }, desk()));
    // Each change is a notice (replayed after a reconnect) for the desks, with what happened
    // and the dates it was and is on.
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT type, notify, payload FROM events WHERE type "
                                            "LIKE 'booking.%' ORDER BY seq"));
    const QStringList changes { QStringLiteral("created"), QStringLiteral("updated"),
                                QStringLiteral("cancelled") };
    const QList<QJsonArray> dates { QJsonArray { QStringLiteral("2026-03-02") },
                                    QJsonArray { QStringLiteral("2026-03-02"),
                                                 QStringLiteral("2026-03-04") },
                                    QJsonArray { QStringLiteral("2026-03-04") } };
    for (int i = 0; i < changes.size(); ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("booking.") + changes.at(i));
        QCOMPARE(q.value(1).toInt(), 1);
        const QJsonObject p = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(qint64(p.value(QLatin1String("booking_id")).toDouble()), id);
        QCOMPARE(p.value(QLatin1String("change")).toString(), changes.at(i));
        QCOMPARE(p.value(QLatin1String("dates")).toArray(), dates.at(i));
        QCOMPARE(idOf(p.value(QLatin1String("booking"))), id);
    }
    QVERIFY(!q.next());
}

void TestBookings::availabilityAnswers()
{
    setting(QStringLiteral("booking_buffer_minutes"), 15);
    CHECK_OK(m_domain->therapistHours().set(
        m_budi,
        { { QStringLiteral("weekly"),
            QJsonArray { QJsonObject { { QStringLiteral("weekday"), 2 },
                                       { QStringLiteral("start"), QStringLiteral("10:00") },
                                       { QStringLiteral("end"), QStringLiteral("18:00") } } } } },
        desk()));
    CHECK_OK(bookAt(QStringLiteral("2026-03-03T12:00:00Z"), m_budi));
    const Reply r = m_domain->views().bookings().availability(QUrlQuery(
        QStringLiteral("service_ids=%1&date=2026-03-03&therapist_id=%2").arg(m_thai).arg(m_budi)));
    CHECK_OK(r);
    QCOMPARE(r.body().value(QLatin1String("duration_min")).toInt(), 60);
    QStringList starts;
    for (const QJsonValue &s : r.body().value(QLatin1String("slots")).toArray())
        starts.append(s.toObject().value(QLatin1String("start")).toString().mid(11, 5));
    QCOMPARE(starts.first(), QStringLiteral("10:00"));
    QVERIFY(starts.contains(QStringLiteral("10:45")));
    QVERIFY(!starts.contains(QStringLiteral("11:00")));
    QVERIFY(!starts.contains(QStringLiteral("13:00")));
    QVERIFY(starts.contains(QStringLiteral("13:15")));
    QCOMPARE(starts.last(), QStringLiteral("17:00"));
    // Every slot offered can be booked.
    CHECK_OK(bookAt(QStringLiteral("2026-03-03T10:45:00Z"), m_budi));
    // Any therapist: each slot lists who is free; at 12:00 Budi is not among them.
    const Reply any = m_domain->views().bookings().availability(
        QUrlQuery(QStringLiteral("service_ids=%1&date=2026-03-03").arg(m_thai)));
    CHECK_OK(any);
    bool checked = false;
    for (const QJsonValue &s : any.body().value(QLatin1String("slots")).toArray()) {
        if (s.toObject().value(QLatin1String("start")).toString() !=
            QLatin1String("2026-03-03T12:00:00.000Z"))
            continue;
        const QJsonArray who = s.toObject().value(QLatin1String("therapist_ids")).toArray();
        QVERIFY(!who.contains(QJsonValue(m_budi)));
        QVERIFY(who.contains(QJsonValue(m_anna)));
        checked = true;
    }
    QVERIFY(checked);
    // Not in the past: today's slots start from now (09:00).
    const Reply today = m_domain->views().bookings().availability(
        QUrlQuery(QStringLiteral("service_ids=%1&therapist_id=%2").arg(m_head).arg(m_anna)));
    CHECK_OK(today);
    QCOMPARE(today.body()
                 .value(QLatin1String("slots"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("start"))
                 .toString(),
             QStringLiteral("2026-03-02T09:00:00.000Z"));
    // Bad queries.
    CHECK_ERROR(
        m_domain->views().bookings().availability(QUrlQuery(QStringLiteral("date=2026-03-03"))),
        422, "validation_failed");
    CHECK_ERROR(
        m_domain->views().bookings().availability(QUrlQuery(QStringLiteral("service_ids=abc"))),
        422, "validation_failed");
    CHECK_ERROR(
        m_domain->views().bookings().availability(QUrlQuery(QStringLiteral("service_ids=999"))),
        422, "validation_failed");
    CHECK_ERROR(m_domain->views().bookings().availability(
                    QUrlQuery(QStringLiteral("service_ids=1&date=03/03/2026"))),
                422, "validation_failed");
    CHECK_ERROR(m_domain->views().bookings().availability(
                    QUrlQuery(QStringLiteral("service_ids=1&therapist_id=%1").arg(m_cashier))),
                422, "validation_failed");
}

void TestBookings::nextBookingInTheTherapistPayload()
{
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T14:00:00Z"), m_anna));
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T11:00:00Z"), m_anna, m_head));
    RoomViews views(*m_domain);
    QJsonObject anna;
    for (const QJsonValue &t :
         views.view(QStringLiteral("cashier")).value(QLatin1String("therapists")).toArray())
        if (idOf(t) == m_anna)
            anna = t.toObject();
    const QJsonObject next = anna.value(QLatin1String("next_booking")).toObject();
    QCOMPARE(next.value(QLatin1String("start")).toString(),
             QStringLiteral("2026-03-02T11:00:00.000Z"));
    QCOMPARE(next.value(QLatin1String("customer_name")).toString(),
             QStringLiteral("Somchai Jaidee"));
    const QJsonObject tablet = views.view(QStringLiteral("therapist:%1").arg(m_anna));
    QCOMPARE(tablet.value(QLatin1String("therapist"))
                 .toObject()
                 .value(QLatin1String("next_booking"))
                 .toObject(),
             next);
    QCOMPARE(tablet.value(QLatin1String("bookings")).toArray().size(), 2);
    // The wall screen shows no therapist's next customer; of the bookings only "arriving soon",
    // by first name and initial (issue 16; tst_arrivingsoon has the rest).
    const QByteArray monitor = QJsonDocument(views.view(QStringLiteral("monitor"))).toJson();
    QVERIFY(!monitor.contains("next_booking"));
    QVERIFY(!monitor.contains("Jaidee"));
    QVERIFY(monitor.contains("Somchai J."));
}

void TestBookings::customersFoundByPhoneAndName()
{
    const Reply c = m_domain->customers().create(
        { { QStringLiteral("name"), QStringLiteral("Somchai Jaidee") },
          { QStringLiteral("phone"), QStringLiteral("081-234-5678") },
          { QStringLiteral("language"), QStringLiteral("th") },
          { QStringLiteral("notes"), QStringLiteral("firm pressure") } },
        desk());
    CHECK_OK(c);
    QCOMPARE(c.status(), 201);
    CHECK_OK(m_domain->customers().create(
        { { QStringLiteral("name"), QStringLiteral("Anna Smith") } }, desk()));
    const Reply dup = m_domain->customers().create(
        { { QStringLiteral("name"), QStringLiteral("Other") },
          { QStringLiteral("phone"), QStringLiteral("081-234-5678") } },
        desk());
    CHECK_ERROR(dup, 409, "customer_exists");
    auto found = [&](const QString &q) {
        QStringList names;
        for (const QJsonValue &v : m_domain->views()
                                       .customers()
                                       .search(q)
                                       .body()
                                       .value(QLatin1String("customers"))
                                       .toArray())
            names.append(v.toObject().value(QLatin1String("name")).toString());
        return names.join(QLatin1Char(','));
    };
    QCOMPARE(found(QStringLiteral("0812345678")), QStringLiteral("Somchai Jaidee"));
    QCOMPARE(found(QStringLiteral("5678")), QStringLiteral("Somchai Jaidee"));
    QCOMPARE(found(QStringLiteral("somchai")), QStringLiteral("Somchai Jaidee"));
    QCOMPARE(found(QStringLiteral("an")), QStringLiteral("Anna Smith")); // starts with it, first
    QCOMPARE(found(QStringLiteral("nobody")), QString());
    CHECK_ERROR(m_domain->views().customers().search(QString()), 422, "validation_failed");
    // A visit with the record; its history shows the spend once paid.
    const qint64 id = idOf(c.body().value(QLatin1String("customer")));
    const Reply v = m_domain->visits().checkIn({ { QStringLiteral("customer_id"), id },
                                                 { QStringLiteral("service_ids"), ids({ m_head }) },
                                                 { QStringLiteral("therapist_id"), m_anna } },
                                               desk());
    CHECK_OK(v);
    QCOMPARE(v.body()
                 .value(QLatin1String("visit"))
                 .toObject()
                 .value(QLatin1String("customer_name"))
                 .toString(),
             QStringLiteral("Somchai Jaidee"));
    const qint64 visit = idOf(v.body().value(QLatin1String("visit")));
    CHECK_OK(m_domain->visits().start(visit, desk()));
    CHECK_OK(m_domain->visits().complete(visit, desk()));
    CHECK_OK(m_domain->till().pay(
        visit,
        { { QStringLiteral("method"), QStringLiteral("card") },
          { QStringLiteral("amount"), 25000 },
          { QStringLiteral("idempotency_key"), QStringLiteral("pay-visit-1") } },
        desk()));
    const Reply history = m_domain->views().customers().getCustomer(id);
    CHECK_OK(history);
    const QJsonObject h = history.body().value(QLatin1String("customer")).toObject();
    QCOMPARE(h.value(QLatin1String("visit_count")).toInt(), 1);
    QCOMPARE(qint64(h.value(QLatin1String("spend")).toDouble()), 25000);
    QCOMPARE(h.value(QLatin1String("visits")).toArray().size(), 1);
    // Changing and clearing fields; a walk-in without a record still works.
    const Reply u =
        m_domain->customers().update(id,
                                     { { QStringLiteral("notes"), QJsonValue() },
                                       { QStringLiteral("language"), QStringLiteral("en") } },
                                     desk());
    CHECK_OK(u);
    QVERIFY(u.body()
                .value(QLatin1String("customer"))
                .toObject()
                .value(QLatin1String("notes"))
                .isNull());
    CHECK_OK(m_domain->visits().checkIn(
        { { QStringLiteral("customer_name"), QStringLiteral("No Phone") },
          { QStringLiteral("service_ids"), ids({ m_head }) } },
        desk()));
}

void TestBookings::healthNotesOnlyForTheDeskAndTheirTherapist()
{
    const Reply c = m_domain->customers().create(
        { { QStringLiteral("name"), QStringLiteral("Pregnant Pim") },
          { QStringLiteral("health_notes"), QStringLiteral("pregnant: no deep tissue") } },
        desk());
    CHECK_OK(c);
    const qint64 id = idOf(c.body().value(QLatin1String("customer")));
    CHECK_OK(book({ { QStringLiteral("customer_id"), id },
                    { QStringLiteral("service_ids"), ids({ m_thai }) },
                    { QStringLiteral("therapist_id"), m_anna },
                    { QStringLiteral("start"), QStringLiteral("2026-03-02T10:00:00Z") } }));
    const QByteArray secret = "no deep tissue";
    // Anna's own day carries it; Budi's, the wall and the desk's room payload do not.
    const Reply annaDay =
        m_domain->views().bookings().therapistDay(m_anna, QUrlQuery(), therapist(m_anna));
    CHECK_OK(annaDay);
    QVERIFY(QJsonDocument(annaDay.body()).toJson().contains(secret));
    CHECK_ERROR(m_domain->views().bookings().therapistDay(m_anna, QUrlQuery(), therapist(m_budi)),
                403, "forbidden");
    RoomViews views(*m_domain);
    for (const QString &room : { QStringLiteral("monitor"), QStringLiteral("cashier"),
                                 QStringLiteral("therapist:%1").arg(m_budi) })
        QVERIFY2(!QJsonDocument(views.view(room)).toJson().contains(secret), qPrintable(room));
    QVERIFY(QJsonDocument(views.view(QStringLiteral("therapist:%1").arg(m_anna)))
                .toJson()
                .contains(secret));
    // Nor in the journal.
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM events WHERE payload LIKE '%deep tissue%'")), 0);
    // The desk reads the record.
    QVERIFY(QJsonDocument(m_domain->views().customers().getCustomer(id).body())
                .toJson()
                .contains(secret));
}

void TestBookings::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");
    auto row = [](const char *name, const char *json, int status, const char *fragment) {
        QTest::newRow(name) << QByteArray(json) << status << QString::fromUtf8(fragment);
    };
    // %T: therapist id (Anna), %S: Thai Massage, %R: room 1.
    row("empty", "{}", 422, "'customer_name' is required");
    row("no start", R"({"customer_name": "A", "service_ids": [%S]})", 422, "'start' is required");
    row("start not UTC",
        R"({"customer_name": "A", "service_ids": [%S], "start": "2026-03-02T10:00:00+07:00"})", 422,
        "'start'");
    row("start garbage", R"({"customer_name": "A", "service_ids": [%S], "start": "tomorrow"})", 422,
        "'start'");
    row("start a number", R"({"customer_name": "A", "service_ids": [%S], "start": 1772445600})",
        422, "'start'");
    row("start in the past",
        R"({"customer_name": "A", "service_ids": [%S], "start": "2026-03-01T10:00:00Z"})", 422,
        "in the past");
    row("name a number",
        R"({"customer_name": 5, "service_ids": [%S], "start": "2026-03-02T10:00:00Z"})", 422,
        "'customer_name' must be a string");
    row("services not a list",
        R"({"customer_name": "A", "service_ids": "%S", "start": "2026-03-02T10:00:00Z"})", 422,
        "'service_ids' must be an array");
    row("no services",
        R"({"customer_name": "A", "service_ids": [], "start": "2026-03-02T10:00:00Z"})", 422,
        "'service_ids' must not be empty");
    row("unknown service",
        R"({"customer_name": "A", "service_ids": [999], "start": "2026-03-02T10:00:00Z"})", 422,
        "no active service with id 999");
    row("unknown therapist",
        R"({"customer_name": "A", "service_ids": [%S], "therapist_id": 999, "start": "2026-03-02T10:00:00Z"})",
        422, "no active therapist with id 999");
    row("therapist text",
        R"({"customer_name": "A", "service_ids": [%S], "therapist_id": "%T", "start": "2026-03-02T10:00:00Z"})",
        422, "'therapist_id' must be a whole number");
    row("unknown room",
        R"({"customer_name": "A", "service_ids": [%S], "room_id": 999, "start": "2026-03-02T10:00:00Z"})",
        422, "no active room with id 999");
    row("unknown customer",
        R"({"customer_id": 999, "service_ids": [%S], "start": "2026-03-02T10:00:00Z"})", 422,
        "no customer with id 999");
    row("unknown field",
        R"({"customer_name": "A", "service_ids": [%S], "start": "2026-03-02T10:00:00Z", "colour": "red"})",
        422, "unknown field 'colour'");
    row("guests and services",
        R"({"customer_name": "A", "service_ids": [%S], "guests": [], "start": "2026-03-02T10:00:00Z"})",
        422, "per guest");
    row("guests empty", R"({"customer_name": "A", "guests": [], "start": "2026-03-02T10:00:00Z"})",
        422, "'guests' must be an array");
    row("guest not an object",
        R"({"customer_name": "A", "guests": [3], "start": "2026-03-02T10:00:00Z"})", 422,
        "guest 1: must be an object");
    row("guest without services",
        R"({"customer_name": "A", "guests": [{"customer_name": "B"}], "start": "2026-03-02T10:00:00Z"})",
        422, "guest 1: 'service_ids' is required");
    row("second guest without name",
        R"({"customer_name": "A", "guests": [{"service_ids": [%S]}, {"service_ids": [%S]}], "start": "2026-03-02T10:00:00Z"})",
        422, "guest 2: 'customer_name' is required");
    row("guest unknown field",
        R"({"customer_name": "A", "guests": [{"service_ids": [%S], "x": 1}], "start": "2026-03-02T10:00:00Z"})",
        422, "guest 1: unknown field 'x'");
    row("length shorter than the services",
        R"({"customer_name": "A", "service_ids": [%S], "duration_minutes": 45, "start": "2026-03-02T10:00:00Z"})",
        422, "shorter than the services (60 min)");
    row("length not in steps",
        R"({"customer_name": "A", "service_ids": [%S], "duration_minutes": 70, "start": "2026-03-02T10:00:00Z"})",
        422, "not a multiple of 15");
    row("length text",
        R"({"customer_name": "A", "service_ids": [%S], "duration_minutes": "90", "start": "2026-03-02T10:00:00Z"})",
        422, "'duration_minutes'");
    row("length over 12 hours",
        R"({"customer_name": "A", "service_ids": [%S], "duration_minutes": 735, "start": "2026-03-02T10:00:00Z"})",
        422, "'duration_minutes'");
    row("length beside guests",
        R"({"customer_name": "A", "duration_minutes": 90, "guests": [{"service_ids": [%S]}], "start": "2026-03-02T10:00:00Z"})",
        422, "per guest");
    row("guest length not in steps",
        R"({"customer_name": "A", "guests": [{"service_ids": [%S], "duration_minutes": 61}], "start": "2026-03-02T10:00:00Z"})",
        422, "guest 1: 'duration_minutes' 61");
    row("a year ahead and more",
        R"({"customer_name": "A", "service_ids": [%S], "start": "2027-06-02T10:00:00Z"})", 422,
        "400 days");
}

void TestBookings::badInputChangesNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    CHECK_OK(bookAt(QStringLiteral("2026-03-02T15:00:00Z"), m_budi)); // something to keep
    body.replace("%T", QByteArray::number(m_anna));
    body.replace("%S", QByteArray::number(m_thai));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QVERIFY2(!o.isEmpty() || body == "{}", body.constData());
    const QString before = snapshot();
    const Reply r =
        Commands(*m_domain).run(QLatin1String(BookingCommands::BookingCreate), o, desk());
    QVERIFY2(!r.isOk() && r.status() == status, qPrintable(describe(r)));
    QVERIFY2(r.errorMessage().contains(fragment), qPrintable(describe(r)));
    QCOMPARE(snapshot(), before);
}

void TestBookings::illegalStateChangesNothing()
{
    const Reply b = bookAt(QStringLiteral("2026-03-02T09:30:00Z"), m_anna);
    CHECK_OK(b);
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    CHECK_OK(m_domain->bookings().arrive(id, desk()));
    const QString before = snapshot();
    const QJsonObject reason { { QStringLiteral("reason"), QStringLiteral("x") } };
    CHECK_ERROR(m_domain->bookings().cancel(id, reason, desk()), 409, "illegal_state");
    CHECK_ERROR(m_domain->bookings().noShow(id, {}, desk()), 409, "illegal_state");
    CHECK_ERROR(m_domain->bookings().arrive(id, desk()), 409, "illegal_state");
    CHECK_ERROR(m_domain->bookings().update(
                    id, { { QStringLiteral("notes"), QStringLiteral("x") } }, desk()),
                409, "illegal_state");
    CHECK_ERROR(m_domain->bookings().cancel(999, reason, desk()), 404, "not_found");
    CHECK_ERROR(m_domain->bookings().update(999, reason, desk()), 404, "not_found");
    CHECK_ERROR(m_domain->customers().update(
                    999, { { QStringLiteral("name"), QStringLiteral("x") } }, desk()),
                404, "not_found");
    CHECK_ERROR(m_domain->therapistHours().set(
                    m_cashier, { { QStringLiteral("weekly"), QJsonArray() } }, desk()),
                404, "not_found");
    CHECK_ERROR(m_domain->therapistHours().set(m_anna, { { QStringLiteral("weekly"), 5 } }, desk()),
                422, "validation_failed");
    CHECK_ERROR(
        m_domain->customers().create({ { QStringLiteral("name"), QStringLiteral("x") },
                                       { QStringLiteral("language"), QStringLiteral("klingon") } },
                                     desk()),
        422, "validation_failed");
    CHECK_ERROR(
        m_domain->customers().create({ { QStringLiteral("name"), QStringLiteral("x") },
                                       { QStringLiteral("preferred_therapist_id"), m_cashier } },
                                     desk()),
        422, "validation_failed");
    CHECK_ERROR(
        m_domain->customers().create({ { QStringLiteral("phone"), QStringLiteral("1") } }, desk()),
        422, "validation_failed");
    CHECK_ERROR(m_domain->customers().update(1, {}, desk()), 404, "not_found");
    QCOMPARE(snapshot(), before);
}

void TestBookings::wrongRoleRefused()
{
    const Reply b = bookAt(QStringLiteral("2026-03-02T15:00:00Z"), m_anna);
    CHECK_OK(b);
    const QString before = snapshot();
    const qint64 id = idOf(b.body().value(QLatin1String("booking")));
    Principal monitor;
    monitor.role = Principal::Role::Monitor;
    monitor.deviceId = 1;
    for (const Principal &who : { therapist(m_anna), monitor })
        for (const char *name :
             { BookingCommands::BookingCreate, BookingCommands::BookingUpdate,
               BookingCommands::BookingArrive, BookingCommands::BookingCancel,
               BookingCommands::BookingNoShow, BookingCommands::CustomerCreate,
               BookingCommands::CustomerUpdate, BookingCommands::TherapistHours })
            CHECK_ERROR(
                Commands(*m_domain).run(QLatin1String(name),
                                        { { QStringLiteral("booking_id"), id },
                                          { QStringLiteral("customer_id"), 1 },
                                          { QStringLiteral("therapist_id"), m_anna },
                                          { QStringLiteral("reason"), QStringLiteral("x") } },
                                        who),
                403, "forbidden");
    QCOMPARE(snapshot(), before);
}

void TestBookings::settingsForBookings()
{
    Principal admin;
    admin.role = Principal::Role::Admin;
    admin.staffId = m_admin;
    for (const QJsonValue &bad :
         { QJsonValue(-1), QJsonValue(241), QJsonValue(QStringLiteral("15")), QJsonValue(1.5) })
        CHECK_ERROR(
            m_domain->venue().update({ { QStringLiteral("booking_buffer_minutes"), bad } }, admin),
            422, "validation_failed");
    const Reply r = m_domain->venue().update({ { QStringLiteral("booking_buffer_minutes"), 10 },
                                               { QStringLiteral("no_show_grace_minutes"), 30 } },
                                             admin);
    CHECK_OK(r);
    QCOMPARE(r.body().value(QLatin1String("booking_buffer_minutes")).toInt(), 10);
    QCOMPARE(r.body().value(QLatin1String("no_show_grace_minutes")).toInt(), 30);
}

QTEST_GUILESS_MAIN(TestBookings)
#include "tst_bookings.moc"
