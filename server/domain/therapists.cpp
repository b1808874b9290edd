// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Therapists' availability and the turn order.
#include "spa.h"

#include "domain/fields.h"
#include "domain/queueplanner.h"
#include "domain/rows.h"
#include "store/database.h"

QVector<QueuePlanner::Therapist> SpaDomain::therapistStates()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT t.staff_id, t.status, t.turn_since, "
        " (SELECT COUNT(*) FROM visits v WHERE v.therapist_id = t.staff_id "
        "  AND v.status IN ('assigned', 'in_service')) "
        "FROM therapist_state t JOIN staff s ON s.id = t.staff_id WHERE s.active = 1"));
    QVector<QueuePlanner::Therapist> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(),
                     fromIsoUtc(q.value(2).toString()), q.value(3).toInt() });
    return out;
}

QJsonArray SpaDomain::therapistsJson()
{
    const QVector<qint64> order = QueuePlanner::turnOrder(therapistStates());
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT s.id, s.display_name AS name, t.status, t.status_since, t.turn_since, "
        " (SELECT COUNT(*) FROM visits v WHERE v.therapist_id = s.id "
        "  AND v.status IN ('assigned', 'in_service')) AS active_visits "
        "FROM staff s JOIN therapist_state t ON t.staff_id = s.id "
        "WHERE s.active = 1 ORDER BY s.display_name, s.id"));
    QJsonArray items;
    while (q.next()) {
        QJsonObject o = rowJson(q);
        const int pos = order.indexOf(q.value(0).toLongLong());
        o.insert(QStringLiteral("turn_position"), pos >= 0 ? QJsonValue(pos + 1) : QJsonValue());
        items.append(o);
    }
    return items;
}

Reply SpaDomain::listTherapists()
{
    return Reply::ok({ { QStringLiteral("therapists"), therapistsJson() } });
}

Reply SpaDomain::setTherapistStatus(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString status = f.choice(
        "status", true,
        { QStringLiteral("available"), QStringLiteral("on_break"), QStringLiteral("off") });
    if (!f.ok())
        return f.error();
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.status FROM therapist_state t JOIN staff s "
                                 "ON s.id = t.staff_id WHERE t.staff_id = ? AND s.active = 1"),
                  { id });
    if (!q.next())
        return Errors::notFound(QStringLiteral("no therapist with id %1").arg(id));
    if (who.role == Principal::Role::Therapist && who.staffId != id)
        return Errors::forbidden(QStringLiteral("a therapist may only change their own status"));
    const QString current = q.value(0).toString();
    if (current == QLatin1String("busy"))
        return Errors::conflict(QStringLiteral("illegal_state"),
                                QStringLiteral("therapist is busy with a customer; complete the "
                                               "service first"));
    if (current == status)
        return Reply::ok({ { QStringLiteral("therapist"), staffJson(id) } });
    return mutate(who, [&] {
        const QString now = isoUtc(m_clock.now());
        // Coming on shift (from off, to any status) puts you at the back of the turn order;
        // a break taken while on shift keeps your place.
        if (current == QLatin1String("off"))
            m_db.exec(QStringLiteral("UPDATE therapist_state SET status = ?, status_since = ?, "
                                     "turn_since = ? WHERE staff_id = ?"),
                      { status, now, now, id });
        else
            m_db.exec(QStringLiteral("UPDATE therapist_state SET status = ?, status_since = ? "
                                     "WHERE staff_id = ?"),
                      { status, now, id });
        const QJsonObject t = staffJson(id);
        journal(QStringLiteral("therapist.status"),
                { QStringLiteral("cashier"), QStringLiteral("monitor"),
                  QStringLiteral("therapists"), QStringLiteral("therapist:%1").arg(id) },
                t);
        return Reply::ok({ { QStringLiteral("therapist"), t } });
    });
}

QJsonArray SpaDomain::activeVisits()
{
    const QVector<QJsonObject> visits = openVisits();
    QVector<QueuePlanner::QueuedVisit> queued;
    queued.reserve(visits.size());
    for (const QJsonObject &v : visits)
        queued.append({ idOf(v), v.value(QLatin1String("status")).toString(),
                        idOf(v.value(QLatin1String("therapist")).toObject()),
                        v.value(QLatin1String("duration_min")).toInt(),
                        fromIsoUtc(v.value(QLatin1String("started_at")).toString()) });
    const auto estimates = QueuePlanner::estimate(therapistStates(), queued, m_clock.now());
    QJsonArray items;
    for (QJsonObject v : visits) {
        const auto it = estimates.constFind(idOf(v));
        if (it != estimates.cend()) {
            v.insert(QStringLiteral("position"), it->position);
            v.insert(QStringLiteral("estimated_wait_min"),
                     it->waitMin >= 0 ? QJsonValue(it->waitMin) : QJsonValue());
        }
        items.append(v);
    }
    return items;
}

Reply SpaDomain::roster()
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, display_name AS name FROM staff WHERE role = 'therapist' "
                       "AND active = 1 ORDER BY display_name, id"));
    QJsonArray items;
    while (q.next())
        items.append(rowJson(q));
    return Reply::ok({ { QStringLiteral("therapists"), items } });
}
