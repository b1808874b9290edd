// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

#include <optional>

class Clock;
class CommandPipeline;
class Database;
class StaffViews;

// Therapists' availability (available, on_break, off; busy while serving) and their place in the
// turn order: coming on shift puts a therapist at the back, a break keeps the place.
class Therapists {
public:
    Therapists(CommandPipeline &pipeline, StaffViews &views);

    Reply setStatus(qint64 id, const QJsonObject &body, const Principal &who);
    // Why a visit cannot be given to this therapist (unknown, inactive, off shift), or nothing.
    std::optional<Reply> checkAssignable(qint64 therapistId);

private:
    // An active therapist's status (available, busy, on_break, off); nothing for anyone else.
    std::optional<QString> activeStatus(qint64 id);
    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    StaffViews &m_views;
};
