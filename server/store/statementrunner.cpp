// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statementrunner.h"

#include <QDateTime>

bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

std::optional<QString>
replacePlaceholders(const QString &sql,
                    const std::function<std::optional<QString>(int index)> &placeholder, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote;
    int next = 0;
    for (const QChar ch : sql) {
        if (!quote.isNull()) {
            if (ch == quote)
                quote = QChar();
            out.append(ch);
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            quote = ch;
            out.append(ch);
        } else if (ch == QLatin1Char('?')) {
            const std::optional<QString> value = placeholder(next++);
            if (!value)
                return std::nullopt;
            out.append(*value);
        } else if (ch == QLatin1Char(';')) {
            return std::nullopt;
        } else {
            out.append(ch);
        }
    }
    *count = next;
    return out;
}
