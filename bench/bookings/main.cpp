// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The appointment book's reads for a venue with 30 therapists and a year of bookings (about
// 60,000): seeds a fresh SQLite file through the server's own migrations, then times the
// availability search and the day view's data as the REST routes run them (the domain's read
// side, in process: no HTTP, so the figures are the server's own work). Prints a table and one
// JSON line (bench/run bookings).
#include "core/clock.h"
#include "domain/spa.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {
struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
    };
    return { at(0.5), at(0.95), ms.last() };
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        QStringLiteral("Times availability and the day view over a year of bookings."));
    cli.addHelpOption();
    QCommandLineOption therapistsOpt(QStringLiteral("therapists"),
                                     QStringLiteral("Therapists (default 30)."),
                                     QStringLiteral("n"), QStringLiteral("30"));
    QCommandLineOption daysOpt(QStringLiteral("days"),
                               QStringLiteral("Days of bookings (default 365)."),
                               QStringLiteral("n"), QStringLiteral("365"));
    QCommandLineOption runsOpt(QStringLiteral("runs"),
                               QStringLiteral("Timed runs per read (default 50)."),
                               QStringLiteral("n"), QStringLiteral("50"));
    cli.addOptions({ therapistsOpt, daysOpt, runsOpt });
    cli.process(app);
    const int therapists = cli.value(therapistsOpt).toInt();
    const int days = cli.value(daysOpt).toInt();
    const int runs = cli.value(runsOpt).toInt();

    QTemporaryDir dir;
    // The clock stands at the middle of the year of bookings: half are past, half to come.
    const QDate first(2026, 1, 1);
    ManualClock clock(QDateTime(first.addDays(days / 2), QTime(2, 0), Qt::UTC));
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("spa.db")), &error) || !db.migrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SpaDomain domain(db, clock);
    Venue &venue = domain.venue();
    venue.setSetting(QStringLiteral("timezone"), QStringLiteral("Asia/Bangkok"));
    venue.setSetting(QStringLiteral("booking_buffer_minutes"), QStringLiteral("15"));
    QJsonArray weekly;
    for (int d = 1; d <= 7; ++d)
        weekly.append(QJsonObject { { QStringLiteral("weekday"), d },
                                    { QStringLiteral("start"), QStringLiteral("10:00") },
                                    { QStringLiteral("end"), QStringLiteral("22:00") } });
    venue.setSetting(
        QStringLiteral("opening_hours"),
        QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("weekly"), weekly } })
                              .toJson(QJsonDocument::Compact)));

    QElapsedTimer seedTimer;
    seedTimer.start();
    const QString now = isoUtc(clock.now());
    const QTimeZone zone("Asia/Bangkok");
    qint64 bookings = 0;
    // Seeded with plain INSERTs in one transaction (a year through the commands would take
    // minutes and time the writes, not the reads measured here).
    db.transaction([&] {
        db.exec(QStringLiteral(
                    "INSERT INTO services (name, duration_min, price, active, created_at) VALUES "
                    "('Thai Massage', 60, 45000, 1, ?), ('Aromatherapy', 90, 120000, 1, ?)"),
                { now, now });
        QVector<qint64> staff;
        for (int t = 0; t < therapists; ++t) {
            QSqlQuery s = db.exec(
                QStringLiteral("INSERT INTO staff (display_name, role, active, created_at) VALUES "
                               "(?, 'therapist', 1, ?) RETURNING id"),
                { QStringLiteral("Therapist %1").arg(t + 1, 2, 10, QLatin1Char('0')), now });
            s.next();
            staff.append(s.value(0).toLongLong());
            db.exec(QStringLiteral("INSERT INTO therapist_state (staff_id, status, turn_since, "
                                   "status_since) VALUES (?, 'available', ?, ?)"),
                    { staff.last(), now, now });
            // Weekly hours with a day off that moves round the week, and one day of leave.
            QJsonArray own;
            for (int d = 1; d <= 7; ++d)
                if (d != 1 + t % 7)
                    own.append(QJsonObject { { QStringLiteral("weekday"), d },
                                             { QStringLiteral("start"), QStringLiteral("10:00") },
                                             { QStringLiteral("end"), QStringLiteral("21:00") } });
            const QJsonObject hours {
                { QStringLiteral("weekly"), own },
                { QStringLiteral("exceptions"),
                  QJsonArray { QJsonObject {
                      { QStringLiteral("date"), first.addDays(t * 7).toString(Qt::ISODate) },
                      { QStringLiteral("off"), true } } } }
            };
            db.exec(
                QStringLiteral(
                    "INSERT INTO therapist_hours (staff_id, hours, updated_at) VALUES (?, ?, ?)"),
                { staff.last(),
                  QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact)), now });
            db.exec(QStringLiteral("INSERT INTO rooms (name, capacity) VALUES (?, ?)"),
                    { QStringLiteral("Room %1").arg(t + 1), t % 5 == 0 ? 2 : 1 });
        }
        for (int day = 0; day < days; ++day) {
            const QDate date = first.addDays(day);
            const QString dateText = date.toString(Qt::ISODate);
            for (int t = 0; t < therapists; ++t) {
                if (date.dayOfWeek() == 1 + t % 7)
                    continue; // their day off
                // Six or seven bookings a working day, 60 or 90 minutes, from 10:00 local.
                const int count = 6 + (t + day) % 2;
                QDateTime start(date, QTime(10, 0), zone);
                for (int k = 0; k < count; ++k) {
                    const int minutes = (k + t) % 3 == 0 ? 90 : 60;
                    const QDateTime s = start.toUTC(), e = s.addSecs(minutes * 60);
                    const bool past = s < clock.now();
                    QSqlQuery b = db.exec(
                        QStringLiteral("INSERT INTO bookings (customer_name, room_id, start_at, "
                                       "end_at, business_date, status, created_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        { QStringLiteral("Guest %1").arg(bookings), t + 1, isoUtc(s), isoUtc(e),
                          dateText, past ? QStringLiteral("arrived") : QStringLiteral("booked"),
                          now, now });
                    b.next();
                    const qint64 id = b.value(0).toLongLong();
                    QSqlQuery g =
                        db.exec(QStringLiteral(
                                    "INSERT INTO booking_guests (booking_id, guest_no, "
                                    "customer_name, therapist_id, start_at, end_at, duration_min, "
                                    "total) VALUES (?, 1, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                { id, QStringLiteral("Guest %1").arg(bookings), staff.at(t),
                                  isoUtc(s), isoUtc(e), minutes, 45000 });
                    g.next();
                    db.exec(QStringLiteral("INSERT INTO booking_services (guest_id, service_id, "
                                           "name, price, duration_min) VALUES (?, ?, ?, 45000, ?)"),
                            { g.value(0).toLongLong(), minutes == 60 ? 1 : 2,
                              minutes == 60 ? QStringLiteral("Thai Massage")
                                            : QStringLiteral("Aromatherapy"),
                              minutes });
                    ++bookings;
                    start = start.addSecs((minutes + 15 + (k % 2) * 15) * 60);
                }
            }
        }
        return true;
    });
    db.exec(QStringLiteral("ANALYZE"));
    const double seedS = seedTimer.elapsed() / 1000.0;

    // Timed reads on days spread over the coming half of the year (the ones a desk asks about).
    BookingViews &views = domain.views().bookings();
    QVector<double> avAny, avOne, dayView, listDay;
    QJsonObject sample;
    for (int i = 0; i < runs; ++i) {
        const QString date =
            clock.now().date().addDays(1 + (i * 7) % (days / 2 - 1)).toString(Qt::ISODate);
        QElapsedTimer t;
        t.start();
        Reply r = views.availability(QUrlQuery(QStringLiteral("service_ids=1&date=") + date));
        avAny.append(t.nsecsElapsed() / 1e6);
        if (i == 0)
            sample.insert(QStringLiteral("slots_any"),
                          r.body().value(QLatin1String("slots")).toArray().size());
        t.restart();
        r = views.availability(QUrlQuery(QStringLiteral("service_ids=1&date=%1&therapist_id=%2")
                                             .arg(date)
                                             .arg(2 + i % therapists)));
        avOne.append(t.nsecsElapsed() / 1e6);
        t.restart();
        r = views.dayView(QUrlQuery(QStringLiteral("date=") + date));
        dayView.append(t.nsecsElapsed() / 1e6);
        if (i == 0)
            sample.insert(QStringLiteral("day_bookings"),
                          r.body().value(QLatin1String("bookings")).toArray().size());
        t.restart();
        r = views.listBookings(QUrlQuery(QStringLiteral("date=") + date));
        listDay.append(t.nsecsElapsed() / 1e6);
    }
    QTextStream out(stdout);
    out << QStringLiteral("bookings: %1 therapists, %2 bookings over %3 days, seeded in %4 s; %5 "
                          "runs each, ms\n")
               .arg(therapists)
               .arg(bookings)
               .arg(days)
               .arg(seedS, 0, 'f', 1)
               .arg(runs);
    out << QStringLiteral("| read | p50 | p95 | max |\n|---|--:|--:|--:|\n");
    QJsonObject json { { QStringLiteral("scenario"), QStringLiteral("bookings") },
                       { QStringLiteral("therapists"), therapists },
                       { QStringLiteral("bookings"), bookings },
                       { QStringLiteral("days"), days },
                       { QStringLiteral("runs"), runs },
                       { QStringLiteral("sample"), sample } };
    const std::pair<const char *, QVector<double> *> reads[] = {
        { "availability, any therapist (GET /api/availability?service_ids=&date=)", &avAny },
        { "availability, one therapist (&therapist_id=)", &avOne },
        { "day view's data (GET /api/bookings/day?date=)", &dayView },
        { "a day's bookings (GET /api/bookings?date=)", &listDay },
    };
    int key = 0;
    for (const auto &[name, ms] : reads) {
        const Stats s = stats(*ms);
        out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(QLatin1String(name))
                   .arg(s.p50, 0, 'f', 1)
                   .arg(s.p95, 0, 'f', 1)
                   .arg(s.max, 0, 'f', 1);
        json.insert(QStringLiteral("read%1").arg(key++),
                    QJsonObject { { QStringLiteral("name"), QLatin1String(name) },
                                  { QStringLiteral("p50_ms"), s.p50 },
                                  { QStringLiteral("p95_ms"), s.p95 },
                                  { QStringLiteral("max_ms"), s.max } });
    }
    out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
