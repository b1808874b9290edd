// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>
#include <QVariantMap>

// The active staff of one role in a GET /api/staff answer, as {id, name} choices for a picker
// (the commission overrides' therapists, the refund's approving admins).
inline QVariantList staffChoices(const QJsonObject &answer, const QString &role)
{
    QVariantList out;
    for (const QJsonValue &s : answer.value(QLatin1String("staff")).toArray()) {
        const QJsonObject o = s.toObject();
        if (o.value(QLatin1String("role")).toString() == role &&
            o.value(QLatin1String("active")).toBool(true))
            out.append(QVariantMap {
                { QStringLiteral("id"), o.value(QLatin1String("id")).toDouble() },
                { QStringLiteral("name"), o.value(QLatin1String("display_name")).toString() } });
    }
    return out;
}
