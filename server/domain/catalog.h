// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CatalogViews;
class Clock;
class CommandPipeline;
class Database;

// The service menu. Visits keep a copy of a service's name and price, so a service is retired,
// never erased.
class Catalog {
public:
    Catalog(CommandPipeline &pipeline, CatalogViews &views);

    Reply create(const QJsonObject &body, const Principal &who = Principal::system());
    Reply update(qint64 id, const QJsonObject &body, const Principal &who = Principal::system());
    Reply retire(qint64 id, const Principal &who = Principal::system());

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    CatalogViews &m_views;
};
