// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QJsonObject>

class Database;

// Treatment rooms as the API shows them: name, capacity, active, and how many visits are in
// each now (assigned or in service).
class TreatmentRoomViews {
public:
    explicit TreatmentRoomViews(Database &db)
        : m_db(db)
    {
    }

    Reply listRooms();
    QJsonObject roomJson(qint64 id); // empty when there is no such room

private:
    Database &m_db;
};
