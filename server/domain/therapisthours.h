// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CommandPipeline;
class Database;

// A therapist's working hours: weekly local ranges in the venue's opening_hours shape plus one-off
// exceptions (leave, an extra shift). Bookings must fall inside them and the venue's hours.
class TherapistHours {
public:
    explicit TherapistHours(CommandPipeline &pipeline);

    // PUT /api/therapists/{id}/hours: replaces them; {"weekly": []} with no exceptions clears
    // them (the therapist is then bounded by the venue's opening hours alone).
    Reply set(qint64 id, const QJsonObject &body, const Principal &who);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
};
