#pragma once

#include "core/reply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <optional>

// Reads typed fields from a JSON body and keeps the first problem as a 422 with the field named.
class Fields
{
public:
    explicit Fields(const QJsonObject &o) : m_o(o) { }

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
