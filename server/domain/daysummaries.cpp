// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Closed days summed for the range reports.
#include "daysummaries.h"

#include "store/database.h"
#include "views/reportsources.h"

#include <QSqlQuery>
#include <QVector>

bool DaySummaries::write(Database &db, const QDate &from, const QDate &to)
{
    const QString a = from.toString(Qt::ISODate), b = to.toString(Qt::ISODate);
    for (const QString &sql : ReportSources::summarizeStatements()) {
        db.exec(sql, { a, b });
        if (!db.lastOk())
            return false;
    }
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        db.exec(QStringLiteral("INSERT INTO report_days (business_date) VALUES (?)"),
                { d.toString(Qt::ISODate) });
        if (!db.lastOk())
            return false;
    }
    return true;
}

int DaySummaries::backfill(Database &db)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT business_date FROM day_closes WHERE business_date NOT IN "
                               "(SELECT business_date FROM report_days) ORDER BY business_date"));
    // Runs of consecutive days, each summed with one statement per table.
    QVector<QPair<QDate, QDate>> runs;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (!runs.isEmpty() && runs.last().second.addDays(1) == d)
            runs.last().second = d;
        else
            runs.append({ d, d });
    }
    if (runs.isEmpty())
        return 0;
    int days = 0;
    const bool ok = db.transaction([&] {
        for (const auto &run : runs) {
            if (!write(db, run.first, run.second))
                return false;
            days += int(run.first.daysTo(run.second)) + 1;
        }
        return true;
    });
    return ok ? days : -1;
}
