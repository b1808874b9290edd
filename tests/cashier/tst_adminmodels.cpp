// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The front desk's setup and back-office pieces that need no server: the searchable time zone
// list, the opening hours per weekday (bad times refused, extra ranges kept), which field a
// server's refusal names, and the setup form's own checks (rooms, the password twice). The models
// run under QAbstractItemModelTester. The audit trail's words for every kind of change.
#include "auditlog.h"
#include "fielderror.h"
#include "openinghours.h"
#include "setupform.h"
#include "timezonemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

namespace {
QJsonObject range(int weekday, const char *start, const char *end)
{
    return { { QStringLiteral("weekday"), weekday },
             { QStringLiteral("start"), QLatin1String(start) },
             { QStringLiteral("end"), QLatin1String(end) } };
}
QJsonObject refusal(const char *code, const char *message)
{
    return { { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("code"), QLatin1String(code) },
                             { QStringLiteral("message"), QLatin1String(message) } } } };
}
} // namespace

class TestAdminModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Every type of change the server journals (server/domain, as of this test) is named in
    // words, not shown as "shift.opened"; an unknown one still shows its type.
    void auditTypesInWords()
    {
        AuditLog log;
        const char *types[] = {
            "visit.checked_in",  "visit.assigned",   "visit.updated",     "visit_called",
            "visit.started",     "visit.completed",  "visit.cancelled",   "visit.no_show",
            "visit.discounted",  "visit.refunded",   "visit.tax_invoice", "payment.taken",
            "payment_completed", "payment.voided",   "day.closed",        "shift.opened",
            "shift.closed",      "shift.cash",       "shift.no_sale",     "therapist.status",
            "therapist.hours",   "service.created",  "service.updated",   "service.commission_set",
            "staff.created",     "staff.updated",    "staff.deactivated", "staff.password_changed",
            "staff.pin_changed", "device.created",   "device.revoked",    "room.created",
            "room.updated",      "room.retired",     "settings.updated",  "venue.setup",
            "customer.created",  "customer.updated", "booking.created",   "booking.updated",
            "booking.cancelled", "booking.arrived",  "booking.no_show"
        };
        for (const char *type : types) {
            const QString words = log.describe(QLatin1String(type));
            QVERIFY2(!words.isEmpty() && words != QLatin1String(type), type);
        }
        QCOMPARE(log.describe(QStringLiteral("something.new")), QStringLiteral("something.new"));
    }

    void timeZonesSearch()
    {
        TimeZoneModel zones;
        QAbstractItemModelTester tester(&zones);
        QVERIFY2(zones.rowCount() > 100, "the machine's IANA zones are listed");
        QVERIFY(zones.isKnown(QStringLiteral("Asia/Bangkok")));
        QVERIFY(zones.isKnown(zones.systemZone()));

        zones.setFilter(QStringLiteral("bang kok")); // every word, anywhere; "_" reads as " "
        QCOMPARE(zones.rowCount(), 1);
        QCOMPARE(zones.zoneAt(0), QStringLiteral("Asia/Bangkok"));
        QVERIFY(zones.data(zones.index(0), TimeZoneModel::LabelRole)
                    .toString()
                    .contains(QStringLiteral("UTC+07:00")));

        zones.setFilter(QStringLiteral("+07:00"));
        QVERIFY(zones.rowCount() > 1);
        for (int row = 0; row < zones.rowCount(); ++row)
            QVERIFY(zones.data(zones.index(row), TimeZoneModel::LabelRole)
                        .toString()
                        .contains(QStringLiteral("+07:00")));
        QVERIFY(zones.indexOf(QStringLiteral("Asia/Jakarta")) >= 0);
        QCOMPARE(zones.indexOf(QStringLiteral("Europe/Paris")), -1);

        zones.setFilter(QStringLiteral("Atlantis"));
        QCOMPARE(zones.rowCount(), 0);
        QCOMPARE(zones.zoneAt(0), QString());
        zones.setFilter(QString());
        QVERIFY(zones.rowCount() > 100);
    }

    void openingHoursRefuseBadTimesAndKeepExtraRanges()
    {
        OpeningHoursModel hours;
        QAbstractItemModelTester tester(&hours);
        // Monday twice (a lunch break), Friday into the night.
        const QJsonObject stored { { QStringLiteral("weekly"),
                                     QJsonArray { range(1, "09:00", "12:00"),
                                                  range(1, "13:00", "20:00"),
                                                  range(5, "18:00", "02:00") } } };
        hours.load(stored);
        QCOMPARE(hours.rowCount(), 7);
        QVERIFY(hours.valid());
        QVERIFY(!hours.modified());
        QCOMPARE(hours.data(hours.index(0), OpeningHoursModel::StartRole).toString(),
                 QStringLiteral("09:00"));
        QCOMPARE(hours.data(hours.index(1), OpeningHoursModel::OpenRole).toBool(), false);
        QCOMPARE(hours.toJson(), stored); // the range the page does not show is kept

        hours.setStart(1, QStringLiteral("25:00")); // a closed day's times do not matter
        QVERIFY(hours.valid());
        hours.setOpen(1, true);
        QVERIFY(!hours.valid());
        QVERIFY(!hours.data(hours.index(1), OpeningHoursModel::ProblemRole).toString().isEmpty());
        hours.setStart(1, QStringLiteral("22:00"));
        hours.setEnd(1, QStringLiteral("22:00"));
        QVERIFY2(!hours.valid(), "opening and closing at the same time");
        hours.setEnd(1, QStringLiteral("23:30"));
        QVERIFY(hours.valid());
        QVERIFY(hours.modified());
        QCOMPARE(hours.toJson().value(QLatin1String("weekly")).toArray().size(), 4);

        hours.copyFirstToAll();
        const QJsonArray week = hours.toJson().value(QLatin1String("weekly")).toArray();
        QCOMPARE(week.size(), 8); // every day 09-12, and Monday's 13-20 kept for Monday only
        hours.load(stored);
        QVERIFY(!hours.modified());
    }

    void refusalsNameTheirField()
    {
        const QStringList keys { QStringLiteral("code"), QStringLiteral("venue_name"),
                                 QStringLiteral("public_url"), QStringLiteral("admin_username") };
        QCOMPARE(
            FieldError::key(
                refusal("validation_failed", "'public_url' must be http(s)://host[:port]"), keys),
            QStringLiteral("public_url"));
        QCOMPARE(FieldError::key(refusal("bad_setup_code", "wrong code"), keys),
                 QStringLiteral("code"));
        QCOMPARE(FieldError::key(refusal("username_taken", "taken"), keys),
                 QStringLiteral("admin_username"));
        // A key the form does not have, or none at all: the refusal goes to the top.
        QCOMPARE(FieldError::key(refusal("validation_failed", "'opening_hours' is bad"), keys),
                 QString());
        QCOMPARE(FieldError::key(refusal("storage_unavailable", "disk full"), keys), QString());
        QVERIFY(
            FieldError::text(refusal("room_in_use", "x"), 409).contains(QLatin1String("guest")));
        QCOMPARE(FieldError::text({}, 0), QStringLiteral("Cannot reach the server"));
    }

    void setupFormChecksBeforeTheServer()
    {
        SetupForm form;
        QCOMPARE(form.rooms(), QStringList { QStringLiteral("Room 1") });
        QVERIFY(!form.addRoom(QStringLiteral("  ")).isEmpty());
        QVERIFY(!form.addRoom(QStringLiteral("room 1")).isEmpty()); // the same, whatever the case
        QVERIFY(!form.addRoom(QString(51, QLatin1Char('x'))).isEmpty());
        QCOMPARE(form.rooms().size(), 1);
        QVERIFY(form.addRoom(QStringLiteral(" Couples Suite ")).isEmpty());
        QCOMPARE(form.rooms().last(), QStringLiteral("Couples Suite"));
        form.removeRoom(7); // out of range: nothing
        form.removeRoom(0);
        QCOMPARE(form.rooms(), QStringList { QStringLiteral("Couples Suite") });

        const QStringList admin { QStringLiteral("admin_username"),
                                  QStringLiteral("admin_password") };
        QVariantMap problems =
            form.check({ { QStringLiteral("admin_username"), QStringLiteral("o") },
                         { QStringLiteral("admin_password"), QStringLiteral("short") } },
                       admin);
        QVERIFY(problems.contains(QStringLiteral("admin_username")));
        QVERIFY(problems.contains(QStringLiteral("admin_password")));
        problems = form.check(
            { { QStringLiteral("admin_username"), QStringLiteral("owner") },
              { QStringLiteral("admin_password"), QStringLiteral("long enough") },
              { QStringLiteral("admin_password_again"), QStringLiteral("long enougH") } },
            admin);
        QCOMPARE(problems.keys(), QStringList { QStringLiteral("admin_password_again") });
        QCOMPARE(form.fieldErrors(), problems);
        // Only the keys asked about are checked: the venue page does not complain of the code.
        QVERIFY(form.check({}, { QStringLiteral("address") }).isEmpty());
        QVERIFY(form.check({}, { QStringLiteral("code") }).contains(QStringLiteral("code")));
    }
};

QTEST_MAIN(TestAdminModels)
#include "tst_adminmodels.moc"
