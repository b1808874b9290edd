// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The appointment book's state (cashier_app/booking*.{h,cpp}, customerlookup.*) against a real
// in-process server: the day's columns and blocks in the venue's time, under
// QAbstractItemModelTester; a move stored and a refused one put back; arrive, no-show (too early)
// and cancel; a booking made at another desk shown at once; a therapist's week; the customer
// lookup as the desk types; the booking editor's totals, free times, save and its refusals.
#include "bookingday.h"
#include "bookingeditor.h"
#include "bookinglayout.h"
#include "bookingweek.h"
#include "cashierstate.h"
#include "customerlookup.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QtTest>

#include <memory>

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
using Tester = QAbstractItemModelTester;
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
} // namespace

class TestBookingBook : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QString m_desk;
    QTimeZone m_zone;
    QDate m_tomorrow;
    CashierState *m_state = nullptr;

    // The server's booking as GET /api/bookings/{id} answers it.
    QJsonObject stored(qint64 id)
    {
        return m_server->get(str("/api/bookings/%1").arg(id), m_desk)
            .json.value(QLatin1String("booking"))
            .toObject();
    }
    // A booking made over REST (another desk): its id, 0 when refused.
    qint64 book(const QString &name, qint64 therapist, const QDate &date, int minute,
                qint64 service = 1)
    {
        const HttpResult r = m_server->post(
            str("/api/bookings"),
            { { str("customer_name"), name },
              { str("service_ids"), QJsonArray { service } },
              { str("therapist_id"), therapist },
              { str("start"), BookingLayout::isoUtc(BookingLayout::utcAt(m_zone, date, minute)) } },
            m_desk);
        if (r.status != 201)
            qWarning() << "booking refused" << r.raw;
        return qint64(r.json.value("booking").toObject().value("id").toDouble());
    }
    int localMinute(const QJsonObject &booking, const QDate &date)
    {
        return BookingLayout::minutesInto(
            m_zone, date, BookingLayout::parseUtc(booking.value("start").toString()));
    }
    void loadDay(BookingDay &day, const QDate &date)
    {
        QSignalSpy loaded(&day, &BookingDay::loaded);
        day.setSession(m_state->session());
        if (day.date() == date.toString(Qt::ISODate))
            day.refresh();
        else
            day.setDate(date.toString(Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = TestServer::startOnRealClock();
        QVERIFY(m_server);
        m_desk = m_server->login(str("cashier"), str("cashier"));
        QVERIFY(!m_desk.isEmpty());
        const QString zoneName =
            m_server->get(str("/api/settings"), m_desk).json.value("timezone").toString();
        m_zone = BookingLayout::zone(zoneName);
        m_tomorrow = QDate::fromString(m_server->today(), Qt::ISODate).addDays(1);
        // Anna works 10:00–18:00 every day; the others keep the venue's (any) hours.
        QJsonArray weekly;
        for (int d = 1; d <= 7; ++d)
            weekly.append(QJsonObject { { str("weekday"), d },
                                        { str("start"), str("10:00") },
                                        { str("end"), str("18:00") } });
        QCOMPARE(
            m_server->put(str("/api/therapists/3/hours"), { { str("weekly"), weekly } }, m_desk)
                .status,
            200);
        m_state = new CashierState(this);
        m_state->setServerUrl(m_server->url(QString()));
        m_state->signIn(str("cashier"), str("cashier"));
        QTRY_VERIFY_WITH_TIMEOUT(m_state->signedIn() && m_state->services()->count() > 0, 10000);
    }

    void layoutArithmetic()
    {
        const QTimeZone plus7 = BookingLayout::zone(str("UTC+07:00"));
        const QDate day(2026, 12, 5);
        const QDateTime nine = QDateTime(QDate(2026, 12, 5), QTime(2, 0), Qt::UTC);
        QCOMPARE(BookingLayout::minutesInto(plus7, day, nine), 9 * 60);
        QCOMPARE(BookingLayout::utcAt(plus7, day, 9 * 60), nine);
        QCOMPARE(BookingLayout::isoUtc(nine), str("2026-12-05T02:00:00Z"));
        QCOMPARE(BookingLayout::clock(14 * 60 + 5), str("14:05"));
        // An interval over midnight is cut at the day's ends.
        const auto spans = BookingLayout::spans(
            QJsonArray { QJsonObject { { str("start"), str("2026-12-04T20:00:00.000Z") },
                                       { str("end"), str("2026-12-05T05:00:00.000Z") } },
                         QJsonObject { { str("start"), str("2026-12-05T14:00:00.000Z") },
                                       { str("end"), str("2026-12-05T20:00:00.000Z") } } },
            plus7, day);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).start, 3 * 60);
        QCOMPARE(spans.at(0).end, 12 * 60);
        QCOMPARE(spans.at(1).start, 21 * 60);
        QCOMPARE(spans.at(1).end, 24 * 60);
        // An unknown zone is UTC rather than a crash.
        QCOMPARE(BookingLayout::zone(str("Mars/Olympus")), QTimeZone::utc());
    }

    void dayColumnsAndBlocks()
    {
        const qint64 a = book(str("Ann Day"), 3, m_tomorrow, 11 * 60);
        const qint64 b = book(str("Bob Day"), 4, m_tomorrow, 14 * 60, 2);
        QVERIFY(a > 0 && b > 0);
        BookingDay day;
        Tester columns(day.columns(), kQtTest);
        Tester blocks(day.blocks(), kQtTest);
        loadDay(day, m_tomorrow);
        QVERIFY2(day.error().isEmpty(), qPrintable(day.error()));
        QCOMPARE(day.columns()->rowCount(), 4); // Anna, Budi, Chai, Dewi
        const int anna = day.columns()->indexOfTherapist(3);
        QVERIFY(anna >= 0);
        const QVariantList hours =
            day.columns()->data(day.columns()->index(anna), BookingColumnModel::HoursRole).toList();
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours.first().toMap().value("start").toInt(), 10 * 60);
        QCOMPARE(hours.first().toMap().value("end").toInt(), 18 * 60);
        const int row = day.blocks()->indexOfBooking(a);
        QVERIFY(row >= 0);
        const QVariantMap block = day.blocks()->get(row);
        QCOMPARE(block.value("start").toInt(), 11 * 60);
        QCOMPARE(block.value("length").toInt(), 60);
        QCOMPARE(block.value("column").toInt(), anna);
        QCOMPARE(block.value("customer").toString(), str("Ann Day"));
        QCOMPARE(block.value("services").toString(), str("Thai Massage"));
        QCOMPARE(block.value("status").toString(), str("booked"));
        QCOMPARE(block.value("timeText").toString(), str("11:00–12:00"));
        QVERIFY(block.value("movable").toBool());
        const QVariantMap bob = day.blocks()->get(day.blocks()->indexOfBooking(b));
        QCOMPARE(bob.value("length").toInt(), 90);
        QCOMPARE(bob.value("column").toInt(), day.columns()->indexOfTherapist(4));
        // No opening hours: a usual day, widened by nothing here.
        QCOMPARE(day.firstMinute(), 8 * 60);
        QCOMPARE(day.lastMinute(), 22 * 60);
        QCOMPARE(day.booking(a).value("customer_name").toString(), str("Ann Day"));
        QCOMPARE(day.startIso(11 * 60),
                 BookingLayout::isoUtc(BookingLayout::utcAt(m_zone, m_tomorrow, 660)));
        QVERIFY(!day.isToday());
        QCOMPARE(day.nowMinute(), -1);
    }

    void moveStoredAndRefusedMovePutBack()
    {
        const qint64 a = book(str("Cara Move"), 3, m_tomorrow, 15 * 60);
        const qint64 b = book(str("Dan Move"), 5, m_tomorrow, 15 * 60);
        QVERIFY(a > 0 && b > 0);
        BookingDay day;
        Tester blocks(day.blocks(), kQtTest);
        loadDay(day, m_tomorrow);
        QSignalSpy moved(&day, &BookingDay::moved);
        QSignalSpy refused(&day, &BookingDay::moveRefused);
        // 15 min later, same therapist: on screen at once, then stored.
        QVERIFY(day.move(a, 3, 15 * 60 + 15));
        QCOMPARE(day.blocks()->get(day.blocks()->indexOfBooking(a)).value("start").toInt(), 915);
        QVERIFY(day.busy());
        QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 1, 10000);
        QCOMPARE(localMinute(stored(a), m_tomorrow), 915);
        // To Chai at Dan's time: a clash; back where it was, the desk's words, nothing stored.
        const int chai = day.columns()->indexOfTherapist(5);
        QVERIFY(day.move(a, 5, 15 * 60));
        QCOMPARE(day.blocks()->get(day.blocks()->indexOfBooking(a)).value("column").toInt(), chai);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QCOMPARE(refused.first().at(0).toLongLong(), a);
        QVERIFY(refused.first().at(1).toString().contains(str("That time is taken")));
        QVERIFY(day.error().contains(str("That time is taken")));
        const QVariantMap back = day.blocks()->get(day.blocks()->indexOfBooking(a));
        QCOMPARE(back.value("start").toInt(), 915);
        QCOMPARE(back.value("column").toInt(), day.columns()->indexOfTherapist(3));
        const QJsonObject still = stored(a);
        QCOMPARE(localMinute(still, m_tomorrow), 915);
        QCOMPARE(still.value("guests")
                     .toArray()
                     .first()
                     .toObject()
                     .value("therapist")
                     .toObject()
                     .value("id")
                     .toInt(),
                 3);
        // Outside Anna's hours (18:00 on): refused too.
        QVERIFY(day.move(a, 3, 17 * 60 + 30));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, 10000);
        QCOMPARE(localMinute(stored(a), m_tomorrow), 915);
        // Not a booking on the day, or to a therapist not shown: nothing sent.
        QVERIFY(!day.move(999999, 3, 600));
        QVERIFY(!day.move(a, 999, 600));
    }

    void arriveNoShowAndCancel()
    {
        const QDate today = QDate::fromString(m_server->today(), Qt::ISODate);
        BookingDay day;
        Tester blocks(day.blocks(), kQtTest);
        day.setSession(m_state->session());
        day.goToday(); // the machine's date may differ from the venue's: the zone comes first
        loadDay(day, today);
        QCOMPARE(day.date(), today.toString(Qt::ISODate));
        QVERIFY(day.isToday());
        const int now = day.nowMinute();
        QVERIFY(now > 0);
        const int soon = (now / 15 + 4) * 15; // an hour or so ahead, on the quarter
        const qint64 arriving = book(str("Eve Arrive"), 4, today, soon);
        const qint64 early = book(str("Fay Early"), 5, today, soon);
        const qint64 cancelled = book(str("Gus Cancel"), 6, today, soon);
        QVERIFY(arriving > 0 && early > 0 && cancelled > 0);
        loadDay(day, today);
        QSignalSpy done(&day, &BookingDay::actionDone);
        day.arrive(arriving);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(done.first().at(1).toString(), str("arrive"));
        QCOMPARE(stored(arriving).value("status").toString(), str("arrived"));
        const qint64 visitId = qint64(stored(arriving)
                                          .value("guests")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("visit_id")
                                          .toDouble());
        QVERIFY(visitId > 0);
        QCOMPARE(m_server->get(str("/api/visits/%1").arg(visitId), m_desk)
                     .json.value("visit")
                     .toObject()
                     .value("status")
                     .toString(),
                 str("assigned"));
        // Before the grace is over the server refuses a no-show, and the desk says why.
        day.noShow(early);
        QTRY_VERIFY_WITH_TIMEOUT(!day.busy() && !day.error().isEmpty(), 10000);
        QVERIFY2(day.error().contains(str("grace")), qPrintable(day.error()));
        QCOMPARE(stored(early).value("status").toString(), str("booked"));
        // A cancel needs a reason: refused here, nothing sent.
        day.cancel(cancelled, str("  "));
        QVERIFY(!day.error().isEmpty());
        QVERIFY(!day.busy());
        day.cancel(cancelled, str("Customer called"));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QCOMPARE(stored(cancelled).value("status").toString(), str("cancelled"));
        QCOMPARE(stored(cancelled).value("cancel_reason").toString(), str("Customer called"));
        // The arrived booking's visit is drawn as the booking, not twice.
        QTRY_VERIFY_WITH_TIMEOUT(
            day.blocks()->indexOfBooking(arriving) >= 0 &&
                day.blocks()->get(day.blocks()->indexOfBooking(arriving)).value("status") ==
                    str("arrived"),
            10000);
        for (const auto &b : day.blocks()->blocks())
            QVERIFY(b.visitId != visitId || b.kind == str("booking"));
        QVERIFY(
            !day.blocks()->get(day.blocks()->indexOfBooking(arriving)).value("movable").toBool());
    }

    void liveFromAnotherDesk()
    {
        // Today's: the desk's state event (which carries today's bookings) reloads the day.
        const QDate today = QDate::fromString(m_server->today(), Qt::ISODate);
        BookingDay day;
        Tester blocks(day.blocks(), kQtTest);
        day.setClient(m_state->client());
        loadDay(day, today);
        const int before = day.blocks()->rowCount();
        const int soon = (day.nowMinute() / 15 + 8) * 15;
        const qint64 id = book(str("Hana Live"), 3, today, soon);
        QVERIFY(id > 0);
        // No refresh here: the event brings it.
        QTRY_VERIFY_WITH_TIMEOUT(day.blocks()->indexOfBooking(id) >= 0, 10000);
        QCOMPARE(day.blocks()->rowCount(), before + 1);
    }

    void otherDayFromAnotherDeskAndReplay()
    {
        // Desk B: its own connection, showing tomorrow, never reading it again by itself; only
        // a booking notice (cashier_booking_changed) can bring it another desk's change.
        CashierState other;
        other.setServerUrl(m_server->url(QString()));
        other.signIn(str("cashier"), str("cashier"));
        QTRY_VERIFY_WITH_TIMEOUT(
            other.signedIn() && other.client()->status() == SocketClient::Connected, 10000);
        BookingDay shown;
        Tester blocks(shown.blocks(), kQtTest);
        shown.setOtherDayPollMs(0);
        QCOMPARE(shown.otherDayPollMs(), 0);
        shown.setClient(other.client());
        loadDay(shown, m_tomorrow);
        shown.setSession(other.session());
        QSignalSpy notices(other.client(), &SocketClient::eventReceived);
        QSignalSpy reloaded(&shown, &BookingDay::loaded);

        // Desk A books and moves one on tomorrow.
        const qint64 id = book(str("Jon Notice"), 4, m_tomorrow, 9 * 60);
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(shown.blocks()->indexOfBooking(id) >= 0, 10000);
        BookingDay mine;
        loadDay(mine, m_tomorrow);
        QSignalSpy moved(&mine, &BookingDay::moved);
        QVERIFY(mine.move(id, 4, 9 * 60 + 45));
        QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 1, 10000);
        QCOMPARE(localMinute(stored(id), m_tomorrow), 9 * 60 + 45);
        QTRY_COMPARE_WITH_TIMEOUT(
            shown.blocks()->get(shown.blocks()->indexOfBooking(id)).value("start").toInt(),
            9 * 60 + 45, 10000);
        // The notice said what and where: the booking, "updated", tomorrow.
        const auto lastNotice = [&] {
            QJsonObject notice;
            for (const QList<QVariant> &e : std::as_const(notices))
                if (e.at(0).toString() == str("cashier_booking_changed"))
                    notice = e.at(1).toJsonObject();
            return notice;
        };
        const QJsonObject notice = lastNotice();
        QCOMPARE(qint64(notice.value("booking_id").toDouble()), id);
        QCOMPARE(notice.value("change").toString(), str("updated"));
        QCOMPARE(notice.value("dates").toArray(), QJsonArray { m_tomorrow.toString(Qt::ISODate) });

        // Moved to the day after: the notice names both days, and tomorrow's block goes.
        const QDate after = m_tomorrow.addDays(1);
        QCOMPARE(
            m_server
                ->put(str("/api/bookings/%1").arg(id),
                      { { str("start"),
                          BookingLayout::isoUtc(BookingLayout::utcAt(m_zone, after, 9 * 60)) } },
                      m_desk)
                .status,
            200);
        QTRY_VERIFY_WITH_TIMEOUT(shown.blocks()->indexOfBooking(id) < 0, 10000);
        QCOMPARE(lastNotice().value("dates").toArray(),
                 (QJsonArray { m_tomorrow.toString(Qt::ISODate), after.toString(Qt::ISODate) }));

        // Desk B goes offline; desk A books on tomorrow meanwhile. Nothing reaches B until it
        // reconnects, and then the replayed notice reloads its day.
        other.client()->close();
        QTRY_COMPARE_WITH_TIMEOUT(other.client()->status(), SocketClient::Offline, 10000);
        const qint64 missed = book(str("Kim Missed"), 4, m_tomorrow, 11 * 60);
        QVERIFY(missed > 0);
        QTest::qWait(500);
        QCOMPARE(shown.blocks()->indexOfBooking(missed), -1);
        notices.clear();
        other.client()->open();
        QTRY_VERIFY_WITH_TIMEOUT(shown.blocks()->indexOfBooking(missed) >= 0, 10000);
        bool replayed = false;
        for (const QList<QVariant> &e : std::as_const(notices))
            if (e.at(0).toString() == str("cashier_booking_changed"))
                replayed = replayed ||
                    (qint64(e.at(1).toJsonObject().value("booking_id").toDouble()) == missed &&
                     e.at(1).toJsonObject().value("replayed").toBool());
        QVERIFY(replayed);
    }

    void resizeStoredAndRefusedResizeSnapsBack()
    {
        const qint64 lia = book(str("Lia Resize"), 6, m_tomorrow, 9 * 60);
        const qint64 max = book(str("Max Next"), 6, m_tomorrow, 10 * 60 + 30);
        QVERIFY(lia > 0 && max > 0);
        BookingDay day;
        Tester blocks(day.blocks(), kQtTest);
        loadDay(day, m_tomorrow);
        const auto block = [&] { return day.blocks()->get(day.blocks()->indexOfBooking(lia)); };
        const auto storedLength = [&](qint64 id, int guest) {
            return stored(id)
                .value("guests")
                .toArray()
                .at(guest)
                .toObject()
                .value("duration_minutes")
                .toInt();
        };
        QCOMPARE(block().value("length").toInt(), 60);
        QCOMPARE(block().value("minLength").toInt(), 60);
        QVERIFY(block().value("resizable").toBool());
        // The steps: a quarter hour up or down, never below the services.
        QCOMPARE(day.steppedLength(60, 60, 1), 75);
        QCOMPARE(day.steppedLength(60, 60, -1), 60);
        QCOMPARE(day.steppedLength(50, 50, 1), 60);
        QCOMPARE(day.steppedLength(60, 50, -1), 50);
        QCOMPARE(day.snappedLength(83, 60), 90);
        QCOMPARE(day.snappedLength(20, 60), 60);
        QSignalSpy resized(&day, &BookingDay::resized);
        QSignalSpy refused(&day, &BookingDay::resizeRefused);
        // 75 minutes: drawn at once, then stored.
        QVERIFY(day.resize(lia, 1, 75));
        QCOMPARE(block().value("length").toInt(), 75);
        QTRY_COMPARE_WITH_TIMEOUT(resized.count(), 1, 10000);
        QCOMPARE(storedLength(lia, 0), 75);
        QCOMPARE(BookingLayout::parseUtc(stored(lia).value("end").toString()),
                 BookingLayout::utcAt(m_zone, m_tomorrow, 10 * 60 + 15));
        QTRY_COMPARE_WITH_TIMEOUT(block().value("timeText").toString(), str("09:00–10:15"), 10000);
        // Into Max's booking: refused, the block is 75 minutes again, the desk's words.
        QTRY_VERIFY_WITH_TIMEOUT(!day.busy(), 10000);
        QVERIFY(day.resize(lia, 1, 105));
        QCOMPARE(block().value("length").toInt(), 105);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QVERIFY(refused.first().at(1).toString().contains(str("That time is taken")));
        QCOMPARE(block().value("length").toInt(), 75);
        QCOMPARE(storedLength(lia, 0), 75);
        // Below the services, or a visit's block: nothing sent.
        QTRY_VERIFY_WITH_TIMEOUT(!day.busy(), 10000);
        QVERIFY(!day.resize(lia, 1, 45));
        QVERIFY(!day.resize(lia, 2, 90));
        QVERIFY(!day.busy());

        // A couple: the second guest's length changes, the first keeps theirs.
        const HttpResult couple = m_server->post(
            str("/api/bookings"),
            { { str("customer_name"), str("Nan Pair") },
              { str("start"),
                BookingLayout::isoUtc(BookingLayout::utcAt(m_zone, m_tomorrow, 12 * 60)) },
              { str("guests"),
                QJsonArray { QJsonObject { { str("service_ids"), QJsonArray { 1 } },
                                           { str("therapist_id"), 6 },
                                           { str("duration_minutes"), 75 } },
                             QJsonObject { { str("customer_name"), str("Oy Pair") },
                                           { str("service_ids"), QJsonArray { 5 } },
                                           { str("therapist_id"), 5 } } } } },
            m_desk);
        QCOMPARE(couple.status, 201);
        const qint64 pair = qint64(couple.json.value("booking").toObject().value("id").toDouble());
        loadDay(day, m_tomorrow);
        QVERIFY(day.resize(pair, 2, 45));
        QTRY_COMPARE_WITH_TIMEOUT(resized.count(), 2, 10000);
        QCOMPARE(storedLength(pair, 0), 75);
        QCOMPARE(storedLength(pair, 1), 45);
        QCOMPARE(stored(pair).value("guests").toArray().at(1).toObject().value("customer_name"),
                 str("Oy Pair"));
    }

    void therapistWeek()
    {
        const qint64 id = book(str("Ivy Week"), 3, m_tomorrow, 12 * 60 + 30);
        QVERIFY(id > 0);
        BookingWeek week;
        Tester columns(week.columns(), kQtTest);
        Tester blocks(week.blocks(), kQtTest);
        week.setSession(m_state->session());
        week.setTimeZone(
            m_server->get(str("/api/settings"), m_desk).json.value("timezone").toString());
        week.setTherapistId(3);
        week.setDate(m_tomorrow.toString(Qt::ISODate));
        QSignalSpy loaded(&week, &BookingWeek::loaded);
        week.refresh();
        QVERIFY(week.loading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY2(week.error().isEmpty(), qPrintable(week.error()));
        QCOMPARE(week.columns()->rowCount(), 7);
        const QDate monday = m_tomorrow.addDays(1 - m_tomorrow.dayOfWeek());
        QCOMPARE(week.weekStart(), monday.toString(Qt::ISODate));
        QCOMPARE(week.columns()->dateAt(0), monday.toString(Qt::ISODate));
        const int dayColumn = int(monday.daysTo(m_tomorrow));
        bool found = false;
        for (int i = 0; i < week.blocks()->rowCount(); ++i) {
            const QVariantMap b = week.blocks()->get(i);
            if (b.value("bookingId").toLongLong() == id) {
                found = true;
                QCOMPARE(b.value("column").toInt(), dayColumn);
                QCOMPARE(b.value("start").toInt(), 12 * 60 + 30);
            }
            QCOMPARE(b.value("therapistId").toLongLong(), 3); // only Anna's
        }
        QVERIFY(found);
        // Anna's hours each day: 10:00–18:00, so the axis is those hours.
        QCOMPARE(week.firstMinute(), 10 * 60);
        QCOMPARE(week.lastMinute(), 18 * 60);
        const int rows = week.blocks()->rowCount();
        week.nextWeek();
        QCOMPARE(week.weekStart(), monday.addDays(7).toString(Qt::ISODate));
        week.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QVERIFY(week.blocks()->rowCount() < rows || rows == 0);
    }

    void customerLookup()
    {
        QCOMPARE(m_server
                     ->post(str("/api/customers"),
                            { { str("name"), str("Mali Srisuk") },
                              { str("phone"), str("+66 81 234 5678") },
                              { str("preferred_therapist_id"), 4 } },
                            m_desk)
                     .status,
                 201);
        QCOMPARE(
            m_server->post(str("/api/customers"), { { str("name"), str("Malee Tong") } }, m_desk)
                .status,
            201);
        CustomerLookup lookup;
        Tester results(&lookup, kQtTest);
        lookup.setSession(m_state->session());
        // One character finds nothing and asks nothing.
        lookup.setQuery(str("M"));
        QVERIFY(!lookup.searching());
        QCOMPARE(lookup.count(), 0);
        // A local number without its leading 0 finds the record, once the typing pauses.
        lookup.setQuery(str("0812"));
        QVERIFY(!lookup.answered());
        lookup.setQuery(str("081 234"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup.answered(), 10000);
        QCOMPARE(lookup.count(), 1);
        QCOMPARE(lookup.get(0).value("name").toString(), str("Mali Srisuk"));
        lookup.setQuery(str("mal"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup.answered(), 10000);
        QCOMPARE(lookup.count(), 2);
        lookup.setQuery(str("Nobody Here"));
        QTRY_VERIFY_WITH_TIMEOUT(lookup.answered(), 10000);
        QCOMPARE(lookup.count(), 0);
        // A new record; the same phone again is refused in the desk's words.
        QSignalSpy created(&lookup, &CustomerLookup::created);
        lookup.create(str("Nok New"), str("089 999 0000"));
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        QVERIFY(created.first().at(0).toMap().value("id").toLongLong() > 0);
        lookup.create(str("Nok Again"), str("089 999 0000"));
        QTRY_VERIFY_WITH_TIMEOUT(!lookup.error().isEmpty(), 10000);
        QVERIFY(lookup.error().contains(str("already exists")));
        QCOMPARE(created.count(), 1);
        lookup.create(str("  "), QString());
        QVERIFY(!lookup.error().isEmpty());
    }

    void editorTotalsFreeTimesAndSave()
    {
        BookingEditor editor;
        editor.setSession(m_state->session());
        editor.setServices(m_state->services());
        editor.setTimeZone(
            m_server->get(str("/api/settings"), m_desk).json.value("timezone").toString());
        editor.startNew(m_tomorrow.toString(Qt::ISODate), 3, 16 * 60);
        QVERIFY(!editor.valid());
        // Refused before anything is sent: no services, then no name.
        const int before =
            m_server
                ->get(str("/api/bookings?date=%1").arg(m_tomorrow.toString(Qt::ISODate)), m_desk)
                .json.value("bookings")
                .toArray()
                .size();
        editor.submit();
        QVERIFY(editor.error().contains(str("service")));
        editor.toggleService(1);
        editor.toggleService(5);
        QCOMPARE(editor.durationMin(), 90);
        QCOMPARE(editor.total(), 70000);
        editor.toggleService(5);
        QCOMPARE(editor.durationMin(), 60);
        editor.submit();
        QVERIFY(editor.error().contains(str("name")));
        // A record chosen: its name and phone, its preferred therapist kept only when none is set.
        editor.chooseCustomer({ { str("id"), 1 },
                                { str("name"), str("Mali Srisuk") },
                                { str("phone"), str("+66 81 234 5678") },
                                { str("preferred_therapist"), QVariantMap { { str("id"), 4 } } } });
        QCOMPARE(editor.therapistId(), 3);
        QVERIFY(editor.valid());
        QVERIFY(!editor.setStartText(str("25:00")));
        QVERIFY(!editor.error().isEmpty());
        QCOMPARE(editor.startMinute(), 16 * 60);
        QVERIFY(!editor.setDate(str("2026-02-30")));
        QVERIFY(editor.setStartText(str("9.45")));
        QCOMPARE(editor.startText(), str("09:45"));
        // Free times for Anna: within her hours, every 15 minutes, none at her bookings.
        editor.findFreeTimes();
        QTRY_VERIFY_WITH_TIMEOUT(editor.slotsAnswered(), 10000);
        const QVariantList free = editor.freeSlots();
        QVERIFY(!free.isEmpty());
        QCOMPARE(free.first().toMap().value("minute").toInt(), 10 * 60);
        for (const QVariant &s : free) {
            const int m = s.toMap().value("minute").toInt();
            QVERIFY(m % 15 == 0 && m >= 600 && m + 60 <= 18 * 60);
            QVERIFY(m + 60 <= 11 * 60 || m >= 12 * 60); // Ann Day 11:00–12:00
        }
        editor.pickSlot(0);
        QCOMPARE(editor.startMinute(), 600);
        // 09:45 would be outside her hours; 10:00 is free.
        QSignalSpy saved(&editor, &BookingEditor::saved);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const qint64 id = saved.first().at(0).toMap().value("id").toLongLong();
        const QJsonObject b = stored(id);
        QCOMPARE(b.value("customer_id").toInt(), 1);
        QCOMPARE(localMinute(b, m_tomorrow), 600);
        QCOMPARE(b.value("guests")
                     .toArray()
                     .first()
                     .toObject()
                     .value("therapist")
                     .toObject()
                     .value("id")
                     .toInt(),
                 3);
        // The same again clashes: the desk's words, nothing more stored.
        editor.startNew(m_tomorrow.toString(Qt::ISODate), 3, 600);
        editor.setCustomerName(str("Zed Clash"));
        editor.toggleService(1);
        editor.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.busy() && !editor.error().isEmpty(), 10000);
        QVERIFY(editor.error().contains(str("That time is taken")));
        QCOMPARE(saved.count(), 1);
        // Changing it: to 16:30, after Anna's other bookings of the day.
        editor.edit(b.toVariantMap());
        QCOMPARE(editor.bookingId(), id);
        QCOMPARE(editor.startMinute(), 600);
        QCOMPARE(editor.serviceIds(), QVariantList { qint64(1) });
        QVERIFY(editor.setStartText(str("16:30")));
        editor.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!editor.busy(), 10000);
        QVERIFY2(editor.error().isEmpty(), qPrintable(editor.error()));
        QCOMPARE(saved.count(), 2);
        QCOMPARE(localMinute(stored(id), m_tomorrow), 16 * 60 + 30);
        QCOMPARE(
            m_server
                ->get(str("/api/bookings?date=%1").arg(m_tomorrow.toString(Qt::ISODate)), m_desk)
                .json.value("bookings")
                .toArray()
                .size(),
            before + 1);
    }

    void editorCoupleAndKeptLength()
    {
        BookingEditor editor;
        editor.setSession(m_state->session());
        editor.setServices(m_state->services());
        editor.setTimeZone(
            m_server->get(str("/api/settings"), m_desk).json.value("timezone").toString());
        // A couple for Dewi and Budi at 19:00 tomorrow.
        editor.startNew(m_tomorrow.toString(Qt::ISODate), 6, 19 * 60);
        editor.setCustomerName(str("Pim Pair"));
        editor.toggleService(1);
        QCOMPARE(editor.guestCount(), 1);
        QVERIFY(editor.addGuest());
        QCOMPARE(editor.currentGuest(), 1);
        QCOMPARE(editor.therapistId(), 0);
        QVERIFY(editor.serviceIds().isEmpty());
        QVERIFY(!editor.valid());
        // Refused before anything is sent, shown on the guest that lacks it.
        editor.setCurrentGuest(0);
        editor.submit();
        QCOMPARE(editor.currentGuest(), 1);
        QVERIFY(editor.error().contains(str("guest 2")));
        editor.toggleService(5);
        editor.submit();
        QVERIFY(editor.error().contains(str("name of guest 2")));
        editor.setGuestName(str("Pon Pair"));
        editor.setTherapistId(4);
        QCOMPARE(editor.total(), 45000 + 25000);
        QCOMPARE(editor.durationMin(), 30);
        QCOMPARE(editor.guestName(), str("Pon Pair"));
        editor.setCurrentGuest(0);
        QCOMPARE(editor.guestName(), str("Pim Pair"));
        QCOMPARE(editor.therapistId(), 6);
        QCOMPARE(editor.durationMin(), 60);
        // At most four guests.
        QVERIFY(editor.addGuest());
        QVERIFY(editor.addGuest());
        QVERIFY(!editor.addGuest());
        QCOMPARE(editor.guestCount(), 4);
        editor.removeGuest(3);
        editor.removeGuest(2);
        QCOMPARE(editor.guestCount(), 2);
        QCOMPARE(editor.currentGuest(), 1);
        QCOMPARE(editor.guestName(), str("Pon Pair"));
        QSignalSpy saved(&editor, &BookingEditor::saved);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const qint64 id = saved.first().at(0).toMap().value("id").toLongLong();
        QJsonArray guests = stored(id).value("guests").toArray();
        QCOMPARE(guests.size(), 2);
        QCOMPARE(guests.at(0).toObject().value("customer_name").toString(), str("Pim Pair"));
        QCOMPARE(guests.at(1).toObject().value("customer_name").toString(), str("Pon Pair"));
        QCOMPARE(guests.at(1).toObject().value("therapist").toObject().value("id").toInt(), 4);

        // Changed in the dialog: guest 2 to Chai; guest 1 was resized meanwhile and keeps it.
        QCOMPARE(m_server
                     ->put(str("/api/bookings/%1").arg(id),
                           { { str("guests"),
                               QJsonArray { QJsonObject { { str("customer_name"), str("Pim Pair") },
                                                          { str("service_ids"), QJsonArray { 1 } },
                                                          { str("therapist_id"), 6 },
                                                          { str("duration_minutes"), 90 } },
                                            QJsonObject { { str("customer_name"), str("Pon Pair") },
                                                          { str("service_ids"), QJsonArray { 5 } },
                                                          { str("therapist_id"), 4 } } } } },
                           m_desk)
                     .status,
                 200);
        editor.edit(stored(id).toVariantMap());
        QCOMPARE(editor.guestCount(), 2);
        editor.setCurrentGuest(1);
        QCOMPARE(editor.guestName(), str("Pon Pair"));
        editor.setTherapistId(5);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        guests = stored(id).value("guests").toArray();
        QCOMPARE(guests.at(1).toObject().value("therapist").toObject().value("id").toInt(), 5);
        QCOMPARE(guests.at(0).toObject().value("duration_minutes").toInt(), 90);
        // A one-guest booking resized, then moved in the dialog: its length stays.
        const qint64 one = book(str("Rae Kept"), 6, m_tomorrow, 17 * 60);
        QVERIFY(one > 0);
        QCOMPARE(
            m_server
                ->put(str("/api/bookings/%1").arg(one), { { str("duration_minutes"), 75 } }, m_desk)
                .status,
            200);
        editor.edit(stored(one).toVariantMap());
        QVERIFY(editor.setStartText(str("17:15")));
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 10000);
        QCOMPARE(localMinute(stored(one), m_tomorrow), 17 * 60 + 15);
        QCOMPARE(stored(one).value("guests").toArray().first().toObject().value("duration_minutes"),
                 75);
        // Other services: theirs.
        editor.edit(stored(one).toVariantMap());
        editor.toggleService(1);
        editor.toggleService(5);
        editor.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, 10000);
        QCOMPARE(stored(one).value("guests").toArray().first().toObject().value("duration_minutes"),
                 30);
    }

    void cleanupTestCase()
    {
        delete m_state;
        m_state = nullptr;
        m_server.reset();
    }
};

QTEST_MAIN(TestBookingBook)
#include "tst_bookingbook.moc"
