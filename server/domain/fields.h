// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <optional>

// Reads typed fields from a JSON body and keeps the first problem as a 422 with the field named.
class Fields {
public:
    explicit Fields(const QJsonObject &o)
        : m_o(o)
    {
    }

    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }

    QString string(const char *key, bool required, int maxLength = 200, int minLength = 0);
    std::optional<qint64> integer(const char *key, bool required, qint64 min, qint64 max);
    QVector<qint64> idList(const char *key, bool required);
    // One of `allowed`; empty when absent or wrong.
    QString choice(const char *key, bool required, const QStringList &allowed);

    // A business date written exactly YYYY-MM-DD (QDate's ISO parser also takes
    // `2026-12-04xyz`); an invalid QDate otherwise.
    static QDate strictDate(const QString &s)
    {
        if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
            return QDate();
        for (int i : { 0, 1, 2, 3, 5, 6, 8, 9 })
            if (s.at(i) < QLatin1Char('0') || s.at(i) > QLatin1Char('9'))
                return QDate();
        return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
    }

    bool ok() const { return !m_error; }
    Reply error() const { return *m_error; }
    void fail(const QString &message)
    {
        if (!m_error)
            m_error = Errors::invalid(message);
    }

private:
    QJsonObject m_o;
    std::optional<Reply> m_error;
};
