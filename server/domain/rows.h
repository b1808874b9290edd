// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

// The current row of `q` as a JSON object, column names as keys; SQL NULL becomes null.
inline QJsonObject rowJson(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    QJsonObject o;
    for (int i = 0; i < r.count(); ++i) {
        const QVariant v = q.value(i);
        o.insert(r.fieldName(i), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
    }
    return o;
}

inline qint64 idOf(const QJsonObject &o, const char *key = "id")
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}
