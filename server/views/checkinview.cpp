// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkinview.h"

#include "core/clock.h"
#include "domain/currencies.h"
#include "domain/queueplanner.h"
#include "domain/rows.h"
#include "domain/settingsrules.h"
#include "domain/venue.h"
#include "domain/visitstatus.h"
#include "store/database.h"
#include "views/staffviews.h"
#include "views/visitviews.h"

#include <QJsonArray>
#include <QSqlQuery>

QJsonObject CheckinView::screen()
{
    QJsonArray services;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, duration_min, price FROM services "
                                           "WHERE active = 1 ORDER BY name, id"));
    while (q.next())
        services.append(QJsonObject { { QStringLiteral("id"), q.value(0).toLongLong() },
                                      { QStringLiteral("name"), q.value(1).toString() },
                                      { QStringLiteral("duration_min"), q.value(2).toInt() },
                                      { QStringLiteral("price"), q.value(3).toLongLong() } });

    // A walk-in checking in now joins the end of the shared line: the planner is asked about
    // one more waiting visit (id 0, which no visit has) behind everything open.
    const QVector<QJsonObject> open = m_visits.openVisits();
    QVector<QueuePlanner::QueuedVisit> queued;
    int waiting = 0;
    for (const QJsonObject &v : open) {
        const QString status = v.value(QLatin1String("status")).toString();
        if (status == VisitStatus::Waiting)
            ++waiting;
        queued.append({ idOf(v), status, idOf(v.value(QLatin1String("therapist")).toObject()),
                        v.value(QLatin1String("duration_min")).toInt(),
                        fromIsoUtc(v.value(QLatin1String("started_at")).toString()) });
    }
    queued.append({ 0, QString(VisitStatus::Waiting), 0, 1, QDateTime() });
    const auto estimates = QueuePlanner::estimate(m_staff.therapistStates(), queued, m_clock.now());
    const int wait = estimates.value(0).waitMin;

    const QString currency = m_venue.currency();
    return {
        { QStringLiteral("venue_name"),
          m_venue.setting(QStringLiteral("venue_name"), QStringLiteral("Spa")) },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("currency_minor_units"), Currencies::minorUnits(currency).value_or(2) },
        { QStringLiteral("language"),
          m_venue.setting(QStringLiteral("language"), QStringLiteral("en")) },
        { QStringLiteral("languages"), QJsonArray::fromStringList(SettingsRules::languages()) },
        { QStringLiteral("services"), services },
        { QStringLiteral("waiting"), waiting },
        { QStringLiteral("estimated_wait_min"), wait >= 0 ? QJsonValue(wait) : QJsonValue() }
    };
}
