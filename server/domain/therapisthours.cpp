// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "therapisthours.h"

#include "core/clock.h"
#include "domain/pipeline.h"
#include "domain/workinghours.h"
#include "rooms.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

TherapistHours::TherapistHours(CommandPipeline &pipeline)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
{
}

Reply TherapistHours::set(qint64 id, const QJsonObject &body, const Principal &who)
{
    QSqlQuery t = m_db.exec(
        QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = 'therapist' AND active = 1"),
        { id });
    if (!t.next())
        return Errors::notFound(QStringLiteral("no active therapist with id %1").arg(id));
    QString error;
    const auto schedule = WorkingHours::parse(body, true, &error);
    if (!schedule)
        return Errors::invalid(error);
    const QJsonObject hours = WorkingHours::toJson(*schedule);
    return m_pipeline.run(who, [&] {
        const QString now = isoUtc(m_pipeline.clock().now());
        if (schedule->isEmpty())
            m_db.exec(QStringLiteral("DELETE FROM therapist_hours WHERE staff_id = ?"), { id });
        else
            m_db.exec(QStringLiteral("INSERT INTO therapist_hours (staff_id, hours, updated_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT (staff_id) DO UPDATE SET "
                                     "hours = excluded.hours, updated_at = excluded.updated_at"),
                      { id, QString::fromUtf8(QJsonDocument(hours).toJson(QJsonDocument::Compact)),
                        now });
        const QJsonObject out { { QStringLiteral("therapist_id"), id },
                                { QStringLiteral("hours"),
                                  schedule->isEmpty() ? QJsonValue() : QJsonValue(hours) } };
        m_pipeline.journal(QStringLiteral("therapist.hours"),
                           { Room::cashier(), Room::therapist(id) }, out);
        return Reply::ok(out);
    });
}
