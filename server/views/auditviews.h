// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QUrlQuery>

class Database;
class Venue;

// The audit trail: journal entries in a range of business days, optionally of one actor, paged
// by seq (GET /api/audit; query: from, to, who, limit, after_seq).
class AuditViews {
public:
    AuditViews(Database &db, Venue &venue)
        : m_db(db)
        , m_venue(venue)
    {
    }

    Reply auditLog(const QUrlQuery &query);

private:
    Database &m_db;
    Venue &m_venue;
};
