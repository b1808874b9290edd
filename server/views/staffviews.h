// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"
#include "domain/queueplanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

class Database;

// Staff, therapists (with their turn position) and devices as the API and screens show them.
class StaffViews {
public:
    explicit StaffViews(Database &db)
        : m_db(db)
    {
    }

    QJsonObject staffJson(qint64 id); // empty when there is none with that id
    Reply listStaff();
    Reply listDevices();
    // Active therapists' state, for the turn order and the wait estimates.
    // With a valid `now`, each carries their booked time from now to a day ahead (walk-ins are
    // fitted around it).
    QVector<QueuePlanner::Therapist> therapistStates(const QDateTime &now = QDateTime());
    QJsonArray therapistsJson();
    Reply listTherapists();
    // Active therapists' ids and names, for a tablet's "pick your name" screen before sign-in.
    Reply roster();

private:
    Database &m_db;
};
