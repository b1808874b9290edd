// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

#include <functional>
#include <optional>

class CommandPipeline;
class Database;
class TreatmentRoomViews;

// Treatment rooms (or beds): name, capacity (visits at once, default 1) and whether in use.
// Rooms are retired, never erased (visits keep pointing at them); one with a visit in it cannot
// be retired. Visits::pickRoom() gives the first free active room.
class TreatmentRooms {
public:
    TreatmentRooms(CommandPipeline &pipeline, TreatmentRoomViews &views);

    Reply create(const QJsonObject &body, const Principal &who);
    // name, capacity, active (false retires it, true brings it back).
    Reply update(qint64 id, const QJsonObject &body, const Principal &who);
    Reply retire(qint64 id, const Principal &who);

private:
    // 409 when `name` is used by another room than `id`.
    std::optional<Reply> nameTaken(const QString &name, qint64 id);
    std::optional<Reply> inUse(qint64 id);
    // Runs `change` in a transaction and journals the room; a refusal `change` returns (its
    // checks made under the write lock on PostgreSQL) rolls it back.
    Reply write(qint64 id, const QString &event, const Principal &who,
                const std::function<std::optional<Reply>()> &change, int status = 200);

    CommandPipeline &m_pipeline;
    Database &m_db;
    TreatmentRoomViews &m_views;
};
