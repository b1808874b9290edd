// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class Database;
class Venue;

// The service menu as the API shows it.
class CatalogViews {
public:
    CatalogViews(Database &db, Venue &venue)
        : m_db(db)
        , m_venue(venue)
    {
    }

    // Admins see retired services too; everyone else the active menu.
    Reply listServices(const Principal &who);
    // A service's commission rate and the therapists' overrides of it (admin only).
    QJsonObject commissionJson(qint64 serviceId);
    QJsonObject serviceJson(qint64 id); // empty when there is none with that id

private:
    Database &m_db;
    Venue &m_venue;
};
