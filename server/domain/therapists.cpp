// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Therapists' availability: on shift, on a break, off; busy while serving.
#include "therapists.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "rooms.h"
#include "store/database.h"
#include "views/staffviews.h"

#include <QSqlQuery>

Therapists::Therapists(CommandPipeline &pipeline, StaffViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_views(views)
{
}

Reply Therapists::setStatus(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString status = f.choice(
        "status", true,
        { QStringLiteral("available"), QStringLiteral("on_break"), QStringLiteral("off") });
    if (!f.ok())
        return f.error();
    return m_pipeline.run(who, [&]() -> Reply {
        // Read inside the transaction (after the write lock on PostgreSQL): a start on another
        // instance may have made the therapist busy meanwhile.
        const std::optional<QString> current = activeStatus(id);
        if (!current)
            return Errors::notFound(QStringLiteral("no therapist with id %1").arg(id));
        if (who.role == Principal::Role::Therapist && who.staffId != id)
            return Errors::forbidden(
                QStringLiteral("a therapist may only change their own status"));
        if (*current == QLatin1String("busy"))
            return Errors::conflict(
                QStringLiteral("illegal_state"),
                QStringLiteral("therapist is busy with a customer; complete the "
                               "service first"));
        if (*current == status)
            return Reply::ok({ { QStringLiteral("therapist"), m_views.staffJson(id) } });
        const QString now = isoUtc(m_clock.now());
        // Coming on shift (from off, to any status) puts you at the back of the turn order;
        // a break taken while on shift keeps your place.
        if (*current == QLatin1String("off"))
            m_db.write(QStringLiteral("UPDATE therapist_state SET status = ?, status_since = ?, "
                                      "turn_since = ? WHERE staff_id = ?"),
                       { status, now, now, id });
        else
            m_db.write(QStringLiteral("UPDATE therapist_state SET status = ?, status_since = ? "
                                      "WHERE staff_id = ?"),
                       { status, now, id });
        const QJsonObject t = m_views.staffJson(id);
        m_pipeline.journal(
            QStringLiteral("therapist.status"),
            { Room::cashier(), Room::monitor(), Room::therapists(), Room::therapist(id) }, t);
        return Reply::ok({ { QStringLiteral("therapist"), t } });
    });
}

std::optional<QString> Therapists::activeStatus(qint64 id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.status FROM therapist_state t JOIN staff s ON "
                                 "s.id = t.staff_id WHERE t.staff_id = ? AND s.active = 1"),
                  { id });
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<Reply> Therapists::checkAssignable(qint64 therapistId)
{
    const std::optional<QString> status = activeStatus(therapistId);
    if (!status)
        return Errors::invalid(QStringLiteral("no active therapist with id %1").arg(therapistId));
    if (*status == QLatin1String("off"))
        return Errors::conflict(QStringLiteral("therapist_off"),
                                QStringLiteral("therapist %1 is off shift").arg(therapistId));
    return std::nullopt;
}
