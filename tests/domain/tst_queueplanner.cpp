// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// QueuePlanner: who gets the next walk-in (turnOrder) and how long each visit waits (estimate).
// Pure functions, no database: every case is written as a small text table.
//
// Therapists:  "id:status:turnSinceMin:activeVisits ..."   (turnSinceMin = minutes after kBase)
// Visits:      "id:status:therapistId:durationMin:startedMin ..." (startedMin "-" = not started)
// Estimates:   "id=position/waitMin ..."                    (waitMin -1 = no therapist working)
#include "domain/queueplanner.h"

#include <QtTest>

#include <algorithm>

using namespace QueuePlanner;

namespace {

const QDateTime kBase(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QVector<Therapist> therapists(const QString &spec)
{
    QVector<Therapist> out;
    const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList p = item.split(QLatin1Char(':'));
        Q_ASSERT(p.size() == 4);
        Therapist t;
        t.id = p[0].toLongLong();
        t.status = p[1];
        t.turnSince = kBase.addSecs(qint64(p[2].toDouble() * 60));
        t.activeVisits = p[3].toInt();
        out.append(t);
    }
    return out;
}

QVector<QueuedVisit> visits(const QString &spec)
{
    QVector<QueuedVisit> out;
    const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList p = item.split(QLatin1Char(':'));
        Q_ASSERT(p.size() == 5);
        QueuedVisit v;
        v.id = p[0].toLongLong();
        v.status = p[1];
        v.therapistId = p[2].toLongLong();
        v.durationMin = p[3].toInt();
        if (p[4] != QLatin1String("-"))
            v.startedAt = kBase.addSecs(qint64(p[4].toDouble() * 60));
        out.append(v);
    }
    return out;
}

QString joinIds(const QVector<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s.append(QString::number(id));
    return s.join(QLatin1Char(','));
}

// Sorted by visit id so the comparison does not depend on hash order.
QString show(const QHash<qint64, Estimate> &e)
{
    QList<qint64> ids = e.keys();
    std::sort(ids.begin(), ids.end());
    QStringList s;
    for (qint64 id : ids)
        s.append(QStringLiteral("%1=%2/%3").arg(id).arg(e[id].position).arg(e[id].waitMin));
    return s.join(QLatin1Char(' '));
}

QString normalize(const QString &expected)
{
    QStringList items = expected.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(items.begin(), items.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('='), 0, 0).toLongLong() <
            b.section(QLatin1Char('='), 0, 0).toLongLong();
    });
    return items.join(QLatin1Char(' '));
}

} // namespace

class TestQueuePlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void turnOrder_data();
    void turnOrder();
    void turnOrderIgnoresInputOrder();
    void turnOrderMillisecondsCount();

    void estimate_data();
    void estimate();
    void inServiceRemainingAsClockMoves_data();
    void inServiceRemainingAsClockMoves();
    void estimateOnlyQueuedStatuses();
    void estimateLargeLine();
};

void TestQueuePlanner::turnOrder_data()
{
    QTest::addColumn<QString>("therapists");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nobody") << ""
                            << "";
    QTest::newRow("one available") << "7:available:0:0"
                                   << "7";
    QTest::newRow("oldest turn first") << "1:available:30:0 2:available:10:0 3:available:20:0"
                                       << "2,3,1";
    QTest::newRow("tie: lower id first") << "5:available:0:0 3:available:0:0 4:available:0:0"
                                         << "3,4,5";
    QTest::newRow("tie broken by id, older still first")
        << "9:available:0:0 2:available:5:0 1:available:5:0"
        << "9,1,2";
    QTest::newRow("busy left out") << "1:busy:0:1 2:available:10:0"
                                   << "2";
    QTest::newRow("off left out") << "1:off:0:0 2:available:10:0"
                                  << "2";
    QTest::newRow("on break left out") << "1:on_break:0:0 2:available:10:0"
                                       << "2";
    QTest::newRow("available with an assigned customer left out")
        << "1:available:0:1 2:available:10:0"
        << "2";
    QTest::newRow("available with two assigned left out") << "1:available:0:2"
                                                          << "";
    QTest::newRow("nobody working") << "1:off:0:0 2:on_break:0:0 3:busy:0:1"
                                    << "";
    QTest::newRow("mixed")
        << "1:available:50:0 2:busy:0:1 3:available:5:0 4:on_break:1:0 5:available:5:1 "
           "6:off:0:0 7:available:20:0 8:available:5:0"
        << "3,8,7,1";
    QTest::newRow("unknown status left out") << "1:sleeping:0:0 2:available:1:0"
                                             << "2";
}

void TestQueuePlanner::turnOrder()
{
    QFETCH(QString, therapists);
    QFETCH(QString, expected);
    QCOMPARE(joinIds(QueuePlanner::turnOrder(::therapists(therapists))), expected);
}

void TestQueuePlanner::turnOrderIgnoresInputOrder()
{
    QVector<Therapist> ts =
        therapists("1:available:3:0 2:available:1:0 3:available:2:0 4:available:1:0");
    const QString expected = QStringLiteral("2,4,3,1");
    QCOMPARE(joinIds(QueuePlanner::turnOrder(ts)), expected);
    std::reverse(ts.begin(), ts.end());
    QCOMPARE(joinIds(QueuePlanner::turnOrder(ts)), expected);
    std::rotate(ts.begin(), ts.begin() + 1, ts.end());
    QCOMPARE(joinIds(QueuePlanner::turnOrder(ts)), expected);
}

void TestQueuePlanner::turnOrderMillisecondsCount()
{
    QVector<Therapist> ts = therapists("1:available:0:0 2:available:0:0");
    ts[0].turnSince = kBase.addMSecs(1); // therapist 1 came one millisecond later
    QCOMPARE(joinIds(QueuePlanner::turnOrder(ts)), QStringLiteral("2,1"));
    ts[0].turnSince = kBase.addMSecs(-1);
    QCOMPARE(joinIds(QueuePlanner::turnOrder(ts)), QStringLiteral("1,2"));
}

void TestQueuePlanner::estimate_data()
{
    QTest::addColumn<QString>("therapists");
    QTest::addColumn<QString>("visits");
    QTest::addColumn<int>("nowMin"); // minutes after kBase
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing queued") << "1:available:0:0"
                                    << "" << 0 << "";

    // No therapist working: nobody can give a time.
    QTest::newRow("no therapists at all")
        << ""
        << "10:waiting:0:60:- 11:waiting:0:30:-" << 0 << "10=1/-1 11=2/-1";
    QTest::newRow("everyone off or on break")
        << "1:off:0:0 2:on_break:0:0"
        << "10:waiting:0:60:- 11:waiting:0:30:-" << 0 << "10=1/-1 11=2/-1";
    QTest::newRow("assigned to a therapist on break") << "1:on_break:0:1 2:available:0:0"
                                                      << "10:assigned:1:60:-" << 0 << "10=1/-1";
    QTest::newRow("assigned to a therapist who is off") << "1:off:0:1"
                                                        << "10:assigned:1:60:-" << 0 << "10=1/-1";

    // One free therapist: the line adds up durations.
    QTest::newRow("one free therapist, waiting line")
        << "1:available:0:0"
        << "10:waiting:0:60:- 11:waiting:0:30:- 12:waiting:0:45:-" << 0 << "10=1/0 11=2/60 12=3/90";
    QTest::newRow("busy therapist still serves")
        << "1:busy:0:1"
        << "9:in_service:1:60:0 10:waiting:0:30:-" << 15 << "9=0/0 10=1/45";

    // The shared line goes to whoever is free first.
    QTest::newRow("two free therapists split the line")
        << "1:available:0:0 2:available:0:0"
        << "10:waiting:0:60:- 11:waiting:0:30:- 12:waiting:0:45:- 13:waiting:0:10:-" << 0
        << "10=1/0 11=2/0 12=3/30 13=4/60";
    QTest::newRow("first free is the one finishing soonest")
        << "1:busy:0:1 2:busy:0:1"
        << "8:in_service:1:60:0 9:in_service:2:90:0 10:waiting:0:30:- 11:waiting:0:30:-" << 30
        << "8=0/0 9=0/0 10=1/30 11=2/60";
    QTest::newRow("free therapist beats busy one")
        << "1:busy:0:1 2:available:0:0"
        << "8:in_service:1:60:0 10:waiting:0:20:- 11:waiting:0:20:-" << 10
        << "8=0/0 10=1/0 11=2/20";
    QTest::newRow("therapists on break or off do not take the line")
        << "1:on_break:0:0 2:off:0:0 3:busy:0:1"
        << "8:in_service:3:60:0 10:waiting:0:30:-" << 20 << "8=0/0 10=1/40";

    // Assigned visits queue behind their own therapist, each therapist a line of their own.
    QTest::newRow("assigned queues per therapist")
        << "1:available:0:2 2:available:0:1"
        << "10:assigned:1:30:- 11:assigned:1:45:- 12:assigned:2:60:-" << 0
        << "10=1/0 11=2/30 12=1/0";
    QTest::newRow("assigned after own in-service customer")
        << "1:busy:0:2"
        << "8:in_service:1:60:0 10:assigned:1:30:- 11:assigned:1:30:-" << 20
        << "8=0/0 10=1/40 11=2/70";
    QTest::newRow("waiting line after assigned work")
        << "1:available:0:2 2:available:0:1"
        << "10:assigned:1:30:- 11:assigned:1:45:- 12:assigned:2:60:- 13:waiting:0:15:- "
           "14:waiting:0:15:-"
        << 0 << "10=1/0 11=2/30 12=1/0 13=1/60 14=2/75";
    QTest::newRow("assigned to therapist 2 does not delay therapist 1's walk-ins")
        << "1:available:0:0 2:available:0:1"
        << "10:assigned:2:90:- 11:waiting:0:30:-" << 0 << "10=1/0 11=1/0";
    QTest::newRow("queue order is input order, not id order")
        << "1:available:0:0"
        << "20:waiting:0:10:- 5:waiting:0:40:- 12:waiting:0:5:-" << 0 << "20=1/0 5=2/10 12=3/50";
    QTest::newRow("mixed statuses, interleaved input")
        << "1:busy:0:2 2:available:0:0"
        << "30:waiting:0:20:- 31:in_service:1:60:0 32:assigned:1:30:- 33:waiting:0:20:- "
           "34:waiting:0:20:-"
        << 45 << "30=1/0 31=0/0 32=1/15 33=2/20 34=3/40";
}

void TestQueuePlanner::estimate()
{
    QFETCH(QString, therapists);
    QFETCH(QString, visits);
    QFETCH(int, nowMin);
    QFETCH(QString, expected);
    const auto result = QueuePlanner::estimate(::therapists(therapists), ::visits(visits),
                                               kBase.addSecs(nowMin * 60));
    QCOMPARE(show(result), normalize(expected));
}

void TestQueuePlanner::inServiceRemainingAsClockMoves_data()
{
    QTest::addColumn<int>("nowSecs"); // seconds after the service started at kBase
    QTest::addColumn<int>("expected"); // wait of the next waiting visit, minutes

    QTest::newRow("just started") << 0 << 60;
    QTest::newRow("20 min in") << 20 * 60 << 40;
    QTest::newRow("20 min 59 s in (whole minutes elapsed)") << 20 * 60 + 59 << 40;
    QTest::newRow("59 min 59 s in") << 59 * 60 + 59 << 1;
    QTest::newRow("exactly done") << 60 * 60 << 0;
    QTest::newRow("overtime never negative") << 95 * 60 << 0;
}

void TestQueuePlanner::inServiceRemainingAsClockMoves()
{
    QFETCH(int, nowSecs);
    QFETCH(int, expected);
    const auto ts = therapists("1:busy:0:1");
    const auto vs = visits("1:in_service:1:60:0 2:waiting:0:30:- 3:assigned:1:15:-");
    const auto e = QueuePlanner::estimate(ts, vs, kBase.addSecs(nowSecs));
    QCOMPARE(e.value(1).position, 0);
    QCOMPARE(e.value(1).waitMin, 0);
    // The assigned visit is first in the therapist's own line; the walk-in comes after it.
    QCOMPARE(e.value(3).position, 1);
    QCOMPARE(e.value(3).waitMin, expected);
    QCOMPARE(e.value(2).position, 1);
    QCOMPARE(e.value(2).waitMin, expected + 15);

    // A service without a start time counts as not begun: its whole duration remains.
    QVector<QueuedVisit> unstarted = vs;
    unstarted[0].startedAt = QDateTime();
    const auto u = QueuePlanner::estimate(ts, unstarted, kBase.addSecs(nowSecs));
    QCOMPARE(u.value(3).waitMin, 60);
}

void TestQueuePlanner::estimateOnlyQueuedStatuses()
{
    const auto ts = therapists("1:available:0:0");
    const auto vs = visits("1:awaiting_payment:1:60:0 2:paid:1:60:0 3:cancelled:0:60:- "
                           "4:no_show:0:60:- 5:waiting:0:30:-");
    const auto e = QueuePlanner::estimate(ts, vs, kBase.addSecs(600));
    QCOMPARE(e.size(), 1);
    QVERIFY(e.contains(5));
    QCOMPARE(e.value(5).position, 1);
    QCOMPARE(e.value(5).waitMin, 0); // finished visits do not hold the therapist
}

void TestQueuePlanner::estimateLargeLine()
{
    // The seeds' load: 50 therapists, 200 waiting. Everyone gets a place and a finite wait.
    QVector<Therapist> ts;
    for (int i = 1; i <= 50; ++i)
        ts.append({ i, QStringLiteral("available"), kBase, 0 });
    QVector<QueuedVisit> vs;
    for (int i = 1; i <= 200; ++i)
        vs.append({ 1000 + i, QStringLiteral("waiting"), 0, 60, QDateTime() });
    const auto e = QueuePlanner::estimate(ts, vs, kBase);
    QCOMPARE(e.size(), 200);
    for (int i = 1; i <= 200; ++i) {
        QCOMPARE(e.value(1000 + i).position, i);
        // 50 at a time, 60 minutes each round.
        QCOMPARE(e.value(1000 + i).waitMin, ((i - 1) / 50) * 60);
    }
}

QTEST_GUILESS_MAIN(TestQueuePlanner)
#include "tst_queueplanner.moc"
