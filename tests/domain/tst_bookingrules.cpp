// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The bookings' pure rules, table by table: weekly hours and exceptions to UTC intervals (across
// midnight, in Asia/Bangkok), clashes at the buffer's edges, a room's peak, free slots, and the
// turn order and waits fitted around booked time.
#include "domain/availability.h"
#include "domain/queueplanner.h"
#include "domain/workinghours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using WorkingHours::Interval;

namespace {
const QTimeZone kBangkok("Asia/Bangkok");

QDateTime utc(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODate).toUTC();
}

WorkingHours::Schedule schedule(const char *json)
{
    QString error;
    const auto s = WorkingHours::parse(QJsonDocument::fromJson(json).object(), true, &error);
    if (!s)
        qWarning() << error;
    return s.value_or(WorkingHours::Schedule());
}

QString show(const QVector<Interval> &list)
{
    QStringList out;
    for (const Interval &i : list)
        out.append(i.start.toString(Qt::ISODate) + QLatin1Char('/') + i.end.toString(Qt::ISODate));
    return out.join(QLatin1Char(' '));
}
} // namespace

class TestBookingRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseRefuses_data();
    void parseRefuses();
    void openOnAcrossMidnight_data();
    void openOnAcrossMidnight();
    void intersectAndCovers();
    void clashAtBufferEdges_data();
    void clashAtBufferEdges();
    void roomPeak();
    void freeStartsAroundABooking();
    void walkInGoesToTheNextWhenBookedTooSoon();
    void estimateCountsBookedTime();
};

void TestBookingRules::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not an object") << QByteArray("[1]") << "the hours must be";
    QTest::newRow("no weekly") << QByteArray(R"({"exceptions": []})") << "the hours must be";
    QTest::newRow("unknown key") << QByteArray(R"({"weekly": [], "x": 1})") << "the hours must be";
    QTest::newRow("weekday 0")
        << QByteArray(R"({"weekly": [{"weekday": 0, "start": "09:00", "end": "18:00"}]})")
        << "'weekly' entry 0";
    QTest::newRow("weekday text")
        << QByteArray(R"({"weekly": [{"weekday": "1", "start": "09:00", "end": "18:00"}]})")
        << "'weekly' entry 0";
    QTest::newRow("bad time")
        << QByteArray(R"({"weekly": [{"weekday": 1, "start": "9:00", "end": "18:00"}]})")
        << "HH:MM";
    QTest::newRow("equal times")
        << QByteArray(R"({"weekly": [{"weekday": 1, "start": "09:00", "end": "09:00"}]})")
        << "not equal";
    QTest::newRow("exception date")
        << QByteArray(R"({"weekly": [], "exceptions": [{"date": "2026-3-5", "off": true}]})")
        << "'exceptions' entry 0 needs 'date'";
    QTest::newRow("exception neither")
        << QByteArray(R"({"weekly": [], "exceptions": [{"date": "2026-03-05"}]})")
        << "either \"off\": true";
    QTest::newRow("exception both")
        << QByteArray(
               R"({"weekly": [], "exceptions": [{"date": "2026-03-05", "off": true, "start": "10:00", "end": "12:00"}]})")
        << "either \"off\": true";
    QTest::newRow("off false")
        << QByteArray(R"({"weekly": [], "exceptions": [{"date": "2026-03-05", "off": false}]})")
        << "either \"off\": true";
}

void TestBookingRules::parseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    QString error;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QVERIFY(!WorkingHours::parse(v, true, &error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
}

void TestBookingRules::openOnAcrossMidnight_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // Bangkok is UTC+7: local 10:00 is 03:00Z.
    const QByteArray late = R"({"weekly": [{"weekday": 1, "start": "18:00", "end": "02:00"},
                                           {"weekday": 2, "start": "18:00", "end": "02:00"}]})";
    QTest::newRow("monday evening into tuesday")
        << late << QDate(2026, 3, 2) << "2026-03-02T11:00:00Z/2026-03-02T19:00:00Z";
    // Tuesday holds Monday's tail (00:00-02:00 local) and its own evening.
    QTest::newRow("tuesday holds monday's tail")
        << late << QDate(2026, 3, 3)
        << "2026-03-02T11:00:00Z/2026-03-02T19:00:00Z 2026-03-03T11:00:00Z/2026-03-03T19:00:00Z";
    QTest::newRow("wednesday: tuesday's tail only")
        << late << QDate(2026, 3, 4) << "2026-03-03T11:00:00Z/2026-03-03T19:00:00Z";
    const QByteArray day = R"({"weekly": [{"weekday": 4, "start": "10:00", "end": "18:00"}],
                               "exceptions": [{"date": "2026-03-05", "off": true},
                                              {"date": "2026-03-08", "start": "12:00", "end": "16:00"},
                                              {"date": "2026-03-12", "start": "09:00", "end": "11:00"},
                                              {"date": "2026-03-12", "start": "15:00", "end": "20:00"}]})";
    QTest::newRow("weekly thursday")
        << day << QDate(2026, 3, 19) << "2026-03-19T03:00:00Z/2026-03-19T11:00:00Z";
    QTest::newRow("leave") << day << QDate(2026, 3, 5) << "";
    QTest::newRow("extra shift on a sunday")
        << day << QDate(2026, 3, 8) << "2026-03-08T05:00:00Z/2026-03-08T09:00:00Z";
    QTest::newRow("split shift replaces the weekly")
        << day << QDate(2026, 3, 12)
        << "2026-03-12T02:00:00Z/2026-03-12T04:00:00Z 2026-03-12T08:00:00Z/2026-03-12T13:00:00Z";
    const QByteArray roundTheClock =
        R"({"weekly": [{"weekday": 1, "start": "20:00", "end": "00:00"},
                                                    {"weekday": 2, "start": "00:00", "end": "04:00"}]})";
    QTest::newRow("ranges meeting at midnight merge")
        << roundTheClock << QDate(2026, 3, 2) << "2026-03-02T13:00:00Z/2026-03-02T21:00:00Z";
}

void TestBookingRules::openOnAcrossMidnight()
{
    QFETCH(QByteArray, json);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(show(WorkingHours::openOn(schedule(json.constData()), date, kBangkok)), expected);
}

void TestBookingRules::intersectAndCovers()
{
    const QVector<Interval> a { { utc("2026-03-02T02:00:00Z"), utc("2026-03-02T12:00:00Z") } };
    const QVector<Interval> b { { utc("2026-03-02T00:00:00Z"), utc("2026-03-02T05:00:00Z") },
                                { utc("2026-03-02T06:00:00Z"), utc("2026-03-02T20:00:00Z") } };
    const auto both = WorkingHours::intersect(a, b);
    QCOMPARE(show(both),
             QStringLiteral("2026-03-02T02:00:00Z/2026-03-02T05:00:00Z "
                            "2026-03-02T06:00:00Z/2026-03-02T12:00:00Z"));
    QVERIFY(WorkingHours::covers(both, utc("2026-03-02T02:00:00Z"), utc("2026-03-02T05:00:00Z")));
    QVERIFY(!WorkingHours::covers(both, utc("2026-03-02T04:00:00Z"), utc("2026-03-02T06:30:00Z")));
    QVERIFY(!WorkingHours::covers(both, utc("2026-03-02T11:30:00Z"), utc("2026-03-02T12:01:00Z")));
}

void TestBookingRules::clashAtBufferEdges_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("clash");
    // Booked 10:00-11:00 with a 15-minute buffer: held 10:00-11:15; a new booking holds its own
    // time plus 15 minutes too.
    QTest::newRow("starts as the buffer ends") << "2026-03-02T11:15:00Z" << 60 << false;
    QTest::newRow("starts a minute into the buffer") << "2026-03-02T11:14:00Z" << 60 << true;
    QTest::newRow("ends so its buffer ends at the start") << "2026-03-02T08:45:00Z" << 60 << false;
    QTest::newRow("its buffer overlaps the start") << "2026-03-02T08:46:00Z" << 60 << true;
    QTest::newRow("inside") << "2026-03-02T10:15:00Z" << 15 << true;
    QTest::newRow("around") << "2026-03-02T09:00:00Z" << 180 << true;
}

void TestBookingRules::clashAtBufferEdges()
{
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(bool, clash);
    const Availability::Booked booked { 7, utc("2026-03-02T10:00:00Z"),
                                        utc("2026-03-02T11:00:00Z") };
    const QDateTime s = utc(start);
    QCOMPARE(Availability::clashes(s, s.addSecs(minutes * 60), booked, 15), clash);
    const auto first = Availability::firstClash({ booked }, s, s.addSecs(minutes * 60), 15);
    QCOMPARE(first.has_value(), clash);
    if (first)
        QCOMPARE(first->bookingId, 7);
    // Without a buffer the edges move in by 15 minutes.
    QVERIFY(!Availability::clashes(utc("2026-03-02T11:00:00Z"), utc("2026-03-02T12:00:00Z"), booked,
                                   0));
}

void TestBookingRules::roomPeak()
{
    // Two guests that do not overlap each other hold one place at a time, not two.
    const QVector<Availability::Booked> guests {
        { 1, utc("2026-03-02T10:00:00Z"), utc("2026-03-02T11:00:00Z") },
        { 2, utc("2026-03-02T11:30:00Z"), utc("2026-03-02T12:30:00Z") },
    };
    QCOMPARE(Availability::peakHeld(guests, utc("2026-03-02T10:00:00Z"),
                                    utc("2026-03-02T12:30:00Z"), 15),
             1);
    // With a 30-minute buffer the first is still held when the second starts.
    QCOMPARE(Availability::peakHeld(guests, utc("2026-03-02T10:00:00Z"),
                                    utc("2026-03-02T12:30:00Z"), 30),
             1); // the edge: held until 11:30, the second starts at 11:30
    QCOMPARE(Availability::peakHeld(guests, utc("2026-03-02T10:00:00Z"),
                                    utc("2026-03-02T12:30:00Z"), 31),
             2);
    QCOMPARE(Availability::peakHeld(guests, utc("2026-03-02T13:00:00Z"),
                                    utc("2026-03-02T14:00:00Z"), 15),
             0);
}

void TestBookingRules::freeStartsAroundABooking()
{
    const QVector<Interval> open { { utc("2026-03-02T10:00:00Z"), utc("2026-03-02T18:00:00Z") } };
    const QVector<Availability::Booked> booked { { 1, utc("2026-03-02T12:00:00Z"),
                                                   utc("2026-03-02T13:00:00Z") } };
    const auto starts =
        Availability::freeStarts(open, booked, 60, 15, 15, utc("2026-03-02T09:00:00Z"));
    QStringList got;
    for (const QDateTime &t : starts)
        got.append(t.toString(QStringLiteral("HH:mm")));
    QCOMPARE(got.first(), QStringLiteral("10:00"));
    QVERIFY(got.contains(QStringLiteral("10:45"))); // ends 11:45, its buffer at 12:00
    QVERIFY(!got.contains(QStringLiteral("11:00")));
    QVERIFY(!got.contains(QStringLiteral("13:00")));
    QVERIFY(got.contains(QStringLiteral("13:15"))); // the booking's buffer is over
    QCOMPARE(got.last(), QStringLiteral("17:00")); // the last hour that ends by closing
    QCOMPARE(got.size(), 4 + 16); // 10:00-10:45, 13:15-17:00 (every quarter)
    // Not before now, on the grid.
    const auto later =
        Availability::freeStarts(open, booked, 60, 15, 15, utc("2026-03-02T14:05:00Z"));
    QCOMPARE(later.first(), utc("2026-03-02T14:15:00Z"));
}

void TestBookingRules::walkInGoesToTheNextWhenBookedTooSoon()
{
    const QDateTime now = utc("2026-03-02T10:00:00Z");
    QueuePlanner::Therapist anna { 1, QStringLiteral("available"), now.addSecs(-3600), 0, {} };
    QueuePlanner::Therapist budi { 2, QStringLiteral("available"), now.addSecs(-60), 0, {} };
    // Anna waited longest, but her booked customer comes at 10:30.
    anna.booked.append({ now.addSecs(30 * 60), now.addSecs(90 * 60) });
    QCOMPARE(QueuePlanner::turnOrder({ anna, budi }), (QVector<qint64> { 1, 2 }));
    QCOMPARE(QueuePlanner::walkInOrder({ anna, budi }, now, 60, 15), (QVector<qint64> { 2 }));
    // A short one fits before her booking, buffer included (15 + 15 = 30 minutes).
    QCOMPARE(QueuePlanner::walkInOrder({ anna, budi }, now, 15, 15), (QVector<qint64> { 1, 2 }));
    QCOMPARE(QueuePlanner::walkInOrder({ anna, budi }, now, 16, 15), (QVector<qint64> { 2 }));
    // A booking already over (with its buffer) holds nothing.
    anna.booked = { { now.addSecs(-90 * 60), now.addSecs(-15 * 60) } };
    QCOMPARE(QueuePlanner::walkInOrder({ anna, budi }, now, 60, 15), (QVector<qint64> { 1, 2 }));
}

void TestBookingRules::estimateCountsBookedTime()
{
    const QDateTime now = utc("2026-03-02T10:00:00Z");
    QueuePlanner::Therapist anna { 1, QStringLiteral("available"), now, 0, {} };
    anna.booked.append({ now.addSecs(30 * 60), now.addSecs(90 * 60) });
    // One therapist, booked 10:30-11:30, buffer 15: a 60-minute walk-in cannot go first; it
    // waits until 11:45.
    QVector<QueuePlanner::QueuedVisit> visits { { 10, QStringLiteral("waiting"), 0, 60, {} } };
    auto e = QueuePlanner::estimate({ anna }, visits, now, 15);
    QCOMPARE(e.value(10).waitMin, 105);
    // A 15-minute one fits before the booking.
    visits = { { 11, QStringLiteral("waiting"), 0, 15, {} } };
    e = QueuePlanner::estimate({ anna }, visits, now, 15);
    QCOMPARE(e.value(11).waitMin, 0);
    // Assigned to her too: booked time counts.
    visits = { { 12, QStringLiteral("assigned"), 1, 60, {} } };
    e = QueuePlanner::estimate({ anna }, visits, now, 15);
    QCOMPARE(e.value(12).waitMin, 105);
    // Without bookings, as before.
    anna.booked.clear();
    e = QueuePlanner::estimate({ anna }, visits, now, 15);
    QCOMPARE(e.value(12).waitMin, 0);
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
