// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// FreeTime (cashier_app/freetime.*): when a therapist is next free, as the assign dialog shows it,
// from the visits on the board. Pure, so no server.
#include "freetime.h"

#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
const QDateTime kNow =
    QDateTime::fromString(QStringLiteral("2026-11-22T10:30:00.000Z"), Qt::ISODateWithMs);
} // namespace

class TestFreeTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freeNowWithNothingToDo()
    {
        QCOMPARE(FreeTime::minutesUntilFree(json(R"({"id":3,"status":"available"})"), {}, {}, kNow),
                 0);
    }

    // 60 minutes started at 10:00: 30 left at 10:30, then a 45-minute visit assigned to them.
    void restOfTheVisitThenTheQueue()
    {
        const QJsonObject anna = json(R"({"id":3,"status":"busy"})");
        const QVector<QJsonObject> inService {
            json(
                R"({"therapist":{"id":3},"duration_min":60,"started_at":"2026-11-22T10:00:00.000Z"})"),
            json(
                R"({"therapist":{"id":4},"duration_min":90,"started_at":"2026-11-22T10:00:00.000Z"})")
        };
        const QVector<QJsonObject> assigned { json(R"({"therapist":{"id":3},"duration_min":45})"),
                                              json(R"({"therapist":null,"duration_min":30})") };
        QCOMPARE(FreeTime::minutesUntilFree(anna, inService, assigned, kNow), 75);
        QCOMPARE(FreeTime::minutesUntilFree(anna, inService, {}, kNow), 30);
    }

    // A visit running over its time does not make the wait negative.
    void overrunIsNow()
    {
        const QVector<QJsonObject> inService { json(
            R"({"therapist":{"id":3},"duration_min":15,"started_at":"2026-11-22T10:00:00.000Z"})") };
        QCOMPARE(
            FreeTime::minutesUntilFree(json(R"({"id":3,"status":"busy"})"), inService, {}, kNow),
            0);
    }

    // Off or on a break: no time can be promised.
    void offAndOnBreakPromiseNothing()
    {
        QCOMPARE(FreeTime::minutesUntilFree(json(R"({"id":3,"status":"off"})"), {}, {}, kNow), -1);
        QCOMPARE(FreeTime::minutesUntilFree(json(R"({"id":3,"status":"on_break"})"), {}, {}, kNow),
                 -1);
    }
};

QTEST_GUILESS_MAIN(TestFreeTime)
#include "tst_freetime.moc"
