// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staffviews.h"

#include "core/clock.h"
#include "domain/rows.h"
#include "store/database.h"

#include <QSqlQuery>

QJsonObject StaffViews::staffJson(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.id, s.username, s.display_name, s.role, s.active, t.status "
                       "FROM staff s LEFT JOIN therapist_state t ON t.staff_id = s.id "
                       "WHERE s.id = ?"),
        { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
    if (q.value(3).toString() != QLatin1String("therapist"))
        o.remove(QStringLiteral("status"));
    return o;
}

Reply StaffViews::listStaff()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM staff ORDER BY role, display_name, id"));
    QJsonArray items;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids)
        items.append(staffJson(id));
    return Reply::ok({ { QStringLiteral("staff"), items } });
}

Reply StaffViews::listDevices()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, role, active, created_at FROM devices "
                                           "ORDER BY id"));
    QJsonArray items;
    while (q.next()) {
        QJsonObject o = rowJson(q);
        o.insert(QStringLiteral("active"), q.value(3).toInt() == 1);
        items.append(o);
    }
    return Reply::ok({ { QStringLiteral("devices"), items } });
}

QVector<QueuePlanner::Therapist> StaffViews::therapistStates(const QDateTime &now)
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT t.staff_id, t.status, t.turn_since, "
        " (SELECT COUNT(*) FROM visits v WHERE v.therapist_id = t.staff_id "
        "  AND v.status IN ('assigned', 'in_service')) "
        "FROM therapist_state t JOIN staff s ON s.id = t.staff_id WHERE s.active = 1"));
    QVector<QueuePlanner::Therapist> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(),
                     q.value(1).toString(),
                     fromIsoUtc(q.value(2).toString()),
                     q.value(3).toInt(),
                     {} });
    if (!now.isValid() || out.isEmpty())
        return out;
    // Bookings not yet arrived: a late customer still holds their therapist until marked a
    // no-show. Bounded on the indexed start (no booking lasts longer than 12 hours).
    QSqlQuery b = m_db.exec(
        QStringLiteral("SELECT g.therapist_id, g.start_at, g.end_at FROM booking_guests g "
                       "JOIN bookings k ON k.id = g.booking_id WHERE k.status = 'booked' "
                       "AND g.therapist_id IS NOT NULL AND g.start_at >= ? AND g.start_at < ? "
                       "AND g.end_at > ? ORDER BY g.start_at"),
        { isoUtc(now.addSecs(-12 * 3600)), isoUtc(now.addDays(1)), isoUtc(now) });
    QHash<qint64, int> index;
    for (int i = 0; i < out.size(); ++i)
        index.insert(out.at(i).id, i);
    while (b.next()) {
        const auto it = index.constFind(b.value(0).toLongLong());
        if (it != index.cend())
            out[*it].booked.append(
                { fromIsoUtc(b.value(1).toString()), fromIsoUtc(b.value(2).toString()) });
    }
    return out;
}

QJsonArray StaffViews::therapistsJson()
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

Reply StaffViews::listTherapists()
{
    return Reply::ok({ { QStringLiteral("therapists"), therapistsJson() } });
}

Reply StaffViews::roster()
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, display_name AS name FROM staff WHERE role = 'therapist' "
                       "AND active = 1 ORDER BY display_name, id"));
    QJsonArray items;
    while (q.next())
        items.append(rowJson(q));
    return Reply::ok({ { QStringLiteral("therapists"), items } });
}
