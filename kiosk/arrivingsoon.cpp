// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arrivingsoon.h"

#include "format.h"

#include <algorithm>
#include <utility>

ArrivingSoonModel::ArrivingSoonModel(QObject *parent)
    : JsonListModel({ "id", "name", "start", "time" }, parent)
{
    connect(WallClock::instance(), &WallClock::nowChanged, this,
            [this] { refresh(WallClock::instance()->now()); });
}

void ArrivingSoonModel::setWindowMinutes(int minutes)
{
    minutes = std::max(0, minutes);
    if (minutes == m_windowMinutes)
        return;
    m_windowMinutes = minutes;
    Q_EMIT windowChanged();
    refresh(WallClock::instance()->now());
}

void ArrivingSoonModel::setBookings(const QJsonArray &bookings)
{
    m_all = bookings;
    refresh(WallClock::instance()->now());
}

void ArrivingSoonModel::refresh(const QDateTime &now)
{
    QJsonArray shown;
    if (m_windowMinutes > 0) {
        for (const QJsonValue &v : std::as_const(m_all)) {
            const QJsonObject b = v.toObject();
            const QString start = b.value(QLatin1String("start")).toString();
            const QDateTime at = QDateTime::fromString(start, Qt::ISODateWithMs);
            if (!at.isValid())
                continue;
            const qint64 ahead = now.secsTo(at);
            if (ahead > qint64(m_windowMinutes) * 60 || ahead < -qint64(kLateMinutes) * 60)
                continue;
            shown.append(
                QJsonObject { { QStringLiteral("id"), b.value(QLatin1String("booking_id")) },
                              { QStringLiteral("name"), b.value(QLatin1String("name")) },
                              { QStringLiteral("start"), start },
                              { QStringLiteral("time"), Format::time(start) } });
        }
    }
    setItems(shown); // the smallest change: an unchanged list emits nothing
}
