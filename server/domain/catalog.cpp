// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The service menu: names, prices and durations; a service is retired, never erased.
#include "catalog.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "rooms.h"
#include "store/database.h"
#include "views/catalogviews.h"

#include <QSqlQuery>

namespace {
constexpr qint64 kMaxPrice = 100000000000LL; // 1e9 major units: beyond any spa's menu
}

Catalog::Catalog(CommandPipeline &pipeline, CatalogViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_views(views)
{
}

Reply Catalog::create(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString name = f.string("name", true, 100);
    const auto duration = f.integer("duration_min", true, 1, 24 * 60);
    const auto price = f.integer("price", true, 0, kMaxPrice);
    if (!f.ok())
        return f.error();
    return m_pipeline.run(who, [&] {
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO services (name, duration_min, price, "
                                               "created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                                { name, *duration, *price, isoUtc(m_clock.now()) });
        if (!q.next())
            return Errors::internal();
        const QJsonObject s = m_views.serviceJson(q.value(0).toLongLong());
        m_pipeline.journal(QStringLiteral("service.created"), { Room::cashier() }, s);
        return Reply::ok({ { QStringLiteral("service"), s } }, 201);
    });
}

Reply Catalog::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    if (m_views.serviceJson(id).isEmpty())
        return Errors::notFound(QStringLiteral("no service with id %1").arg(id));
    Fields f(body);
    const QString name = f.string("name", false, 100);
    const auto duration = f.integer("duration_min", false, 1, 24 * 60);
    const auto price = f.integer("price", false, 0, kMaxPrice);
    if (f.has("name") && name.isEmpty())
        f.fail(QStringLiteral("'name' must not be empty"));
    if (body.contains(QLatin1String("active")) && !body.value(QLatin1String("active")).isBool())
        f.fail(QStringLiteral("'active' must be true or false"));
    if (!f.ok())
        return f.error();
    return m_pipeline.run(who, [&] {
        if (!name.isEmpty())
            m_db.exec(QStringLiteral("UPDATE services SET name = ? WHERE id = ?"), { name, id });
        if (duration)
            m_db.exec(QStringLiteral("UPDATE services SET duration_min = ? WHERE id = ?"),
                      { *duration, id });
        if (price)
            m_db.exec(QStringLiteral("UPDATE services SET price = ? WHERE id = ?"), { *price, id });
        if (body.value(QLatin1String("active")).isBool())
            m_db.exec(QStringLiteral("UPDATE services SET active = ? WHERE id = ?"),
                      { body.value(QLatin1String("active")).toBool() ? 1 : 0, id });
        const QJsonObject s = m_views.serviceJson(id);
        m_pipeline.journal(QStringLiteral("service.updated"), { Room::cashier() }, s);
        return Reply::ok({ { QStringLiteral("service"), s } });
    });
}

Reply Catalog::retire(qint64 id, const Principal &who)
{
    // Visits keep a copy of name and price, so a service is retired, never erased.
    return update(id, { { QStringLiteral("active"), false } }, who);
}
