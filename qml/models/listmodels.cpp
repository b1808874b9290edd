// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "listmodels.h"

#include <QDateTime>

VisitListModel::VisitListModel(QObject *parent)
    : JsonListModel({ "id",           "ticket",        "code",
                      "status",       "customer_name", "name",
                      "phone",        "notes",         "therapist",
                      "room",         "services",      "total",
                      "paid",         "tips",          "balance_due",
                      "currency",     "duration_min",  "created_at",
                      "assigned_at",  "called_at",     "started_at",
                      "completed_at", "position",      "estimated_wait_min" },
                    parent)
{
}

TherapistListModel::TherapistListModel(QObject *parent)
    : JsonListModel({ "id", "name", "status", "status_since", "turn_since", "turn_position",
                      "active_visits", "next_booking" },
                    parent)
{
}

NoticeListModel::NoticeListModel(QObject *parent)
    : JsonListModel({ "seq", "kind", "ticket", "name", "therapist", "room", "total", "currency",
                      "received_at" },
                    parent, QStringLiteral("seq"))
{
}

void NoticeListModel::setCapacity(int c)
{
    c = std::max(1, c);
    if (c == m_capacity)
        return;
    m_capacity = c;
    Q_EMIT capacityChanged();
    QJsonArray kept;
    for (int i = 0; i < std::min<int>(c, count()); ++i)
        kept.append(rows().at(i));
    setItems(kept);
}

bool NoticeListModel::add(const QString &kind, const QJsonObject &payload)
{
    const QJsonValue seq = payload.value(QLatin1String("seq"));
    for (const QJsonObject &row : rows())
        if (row.value(QLatin1String("seq")) == seq)
            return false;
    QJsonObject n = flatten(kind, payload);
    n.insert(QStringLiteral("received_at"),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    QJsonArray items { n };
    for (int i = 0; i < std::min<int>(m_capacity - 1, count()); ++i)
        items.append(rows().at(i));
    setItems(items);
    return true;
}

QJsonObject NoticeListModel::flatten(const QString &kind, const QJsonObject &payload)
{
    QJsonObject n;
    for (const char *key : { "seq", "ticket", "name", "total", "currency" })
        n.insert(QLatin1String(key), payload.value(QLatin1String(key)));
    for (const char *key : { "replayed", "age_s" }) // for the wall's announcement queue
        if (payload.contains(QLatin1String(key)))
            n.insert(QLatin1String(key), payload.value(QLatin1String(key)));
    n.insert(QStringLiteral("kind"), kind);
    for (const char *key : { "therapist", "room" }) {
        const QJsonValue v = payload.value(QLatin1String(key));
        n.insert(QLatin1String(key), v.isObject() ? v.toObject().value(QLatin1String("name")) : v);
    }
    return n;
}

void NoticeListModel::clear()
{
    setItems({});
}
