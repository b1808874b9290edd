// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "freetime.h"

#include <algorithm>

namespace {
qint64 idOf(const QJsonObject &o)
{
    return qint64(o.value(QLatin1String("id")).toDouble());
}
// The visit's therapist, or 0 when it has none yet.
qint64 therapistOf(const QJsonObject &visit)
{
    return idOf(visit.value(QLatin1String("therapist")).toObject());
}
int durationOf(const QJsonObject &visit)
{
    return std::max(0, visit.value(QLatin1String("duration_min")).toInt());
}
} // namespace

int FreeTime::minutesUntilFree(const QJsonObject &therapist, const QVector<QJsonObject> &inService,
                               const QVector<QJsonObject> &assigned, const QDateTime &now)
{
    const QString status = therapist.value(QLatin1String("status")).toString();
    if (status == QLatin1String("off") || status == QLatin1String("on_break"))
        return -1;
    const qint64 id = idOf(therapist);
    qint64 minutes = 0;
    for (const QJsonObject &v : inService) {
        if (therapistOf(v) != id)
            continue;
        const QDateTime started = QDateTime::fromString(
            v.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        // A visit running over its time still ends "now" at the earliest.
        const qint64 elapsed = started.isValid() ? started.secsTo(now) / 60 : 0;
        minutes += std::max<qint64>(0, durationOf(v) - std::max<qint64>(0, elapsed));
    }
    for (const QJsonObject &v : assigned)
        if (therapistOf(v) == id)
            minutes += durationOf(v);
    return int(minutes);
}
