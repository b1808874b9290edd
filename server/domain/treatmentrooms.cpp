// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "treatmentrooms.h"

#include "domain/fields.h"
#include "domain/pipeline.h"
#include "rooms.h"
#include "store/database.h"
#include "views/treatmentroomviews.h"

#include <QSqlQuery>

namespace {
constexpr int kMaxCapacity = 20;
}

TreatmentRooms::TreatmentRooms(CommandPipeline &pipeline, TreatmentRoomViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_views(views)
{
}

std::optional<Reply> TreatmentRooms::nameTaken(const QString &name, qint64 id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT 1 FROM rooms WHERE name = ? AND id <> ?"), { name, id });
    if (q.next())
        return Errors::conflict(QStringLiteral("name_taken"),
                                QStringLiteral("a room is already called '%1'").arg(name));
    return std::nullopt;
}

std::optional<Reply> TreatmentRooms::inUse(qint64 id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE room_id = ? AND "
                                           "status IN ('assigned', 'in_service')"),
                            { id });
    const int n = q.next() ? q.value(0).toInt() : 0;
    if (n > 0)
        return Errors::conflict(QStringLiteral("room_in_use"),
                                QStringLiteral("this room has %1 visit(s) in it; retire it once "
                                               "they are completed or moved")
                                    .arg(n));
    return std::nullopt;
}

Reply TreatmentRooms::write(qint64 id, const QString &event, const Principal &who,
                            const std::function<std::optional<Reply>()> &change, int status)
{
    return m_pipeline.run(who, [&]() -> Reply {
        if (auto refused = change())
            return *refused;
        const QJsonObject room = m_views.roomJson(id);
        // Room names appear on the desk, the wall screen and the tablets with each visit.
        m_pipeline.journal(event, { Room::cashier(), Room::monitor(), Room::therapists() }, room);
        return Reply::ok({ { QStringLiteral("room"), room } }, status);
    });
}

Reply TreatmentRooms::create(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString name = f.string("name", true, 50, 1);
    const auto capacity = f.integer("capacity", false, 1, kMaxCapacity);
    if (!f.ok())
        return f.error();
    qint64 id = 0;
    return m_pipeline.run(who, [&] {
        // Inside the transaction: another instance may be adding a room of the same name.
        if (auto taken = nameTaken(name, 0))
            return *taken;
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO rooms (name, capacity) VALUES (?, ?) RETURNING id"),
            { name, capacity.value_or(1) });
        if (!q.next())
            return Errors::internal();
        id = q.value(0).toLongLong();
        const QJsonObject room = m_views.roomJson(id);
        m_pipeline.journal(QStringLiteral("room.created"),
                           { Room::cashier(), Room::monitor(), Room::therapists() }, room);
        return Reply::ok({ { QStringLiteral("room"), room } }, 201);
    });
}

Reply TreatmentRooms::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    if (m_views.roomJson(id).isEmpty())
        return Errors::notFound(QStringLiteral("no room with id %1").arg(id));
    Fields f(body);
    const QString name = f.string("name", false, 50, 1);
    const auto capacity = f.integer("capacity", false, 1, kMaxCapacity);
    const QJsonValue active = body.value(QLatin1String("active"));
    if (!active.isUndefined() && !active.isBool())
        f.fail(QStringLiteral("'active' must be true or false"));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("name") && it.key() != QLatin1String("capacity") &&
            it.key() != QLatin1String("active"))
            f.fail(QStringLiteral("unknown field '%1'; a room has name, capacity and active")
                       .arg(it.key()));
    if (f.ok() && body.isEmpty())
        f.fail(QStringLiteral("give name, capacity or active"));
    if (!f.ok())
        return f.error();
    return write(id, QStringLiteral("room.updated"), who, [&]() -> std::optional<Reply> {
        // Inside the transaction: another instance may be naming a room the same, or putting a
        // visit in this one.
        if (!name.isEmpty())
            if (auto taken = nameTaken(name, id))
                return taken;
        if (active.isBool() && !active.toBool())
            if (auto busy = inUse(id))
                return busy;
        if (!name.isEmpty())
            m_db.exec(QStringLiteral("UPDATE rooms SET name = ? WHERE id = ?"), { name, id });
        if (capacity)
            m_db.exec(QStringLiteral("UPDATE rooms SET capacity = ? WHERE id = ?"),
                      { *capacity, id });
        if (active.isBool())
            m_db.exec(QStringLiteral("UPDATE rooms SET active = ? WHERE id = ?"),
                      { active.toBool() ? 1 : 0, id });
        return std::nullopt;
    });
}

Reply TreatmentRooms::retire(qint64 id, const Principal &who)
{
    if (m_views.roomJson(id).isEmpty())
        return Errors::notFound(QStringLiteral("no room with id %1").arg(id));
    return write(id, QStringLiteral("room.retired"), who, [&]() -> std::optional<Reply> {
        if (auto busy = inUse(id))
            return busy;
        m_db.exec(QStringLiteral("UPDATE rooms SET active = 0 WHERE id = ?"), { id });
        return std::nullopt;
    });
}
