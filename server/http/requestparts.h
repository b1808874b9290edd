// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/httpresponse.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QString>

#include <optional>

// Pieces of a request the REST layer reads the same way everywhere: path ids, the bearer token,
// the client's address; and the API's error answer.
namespace RequestParts {
inline HttpResponse errorResponse(int status, const char *code, const QString &message)
{
    return HttpResponse::fromReply(Reply::error(status, QLatin1String(code), message));
}

// Path ids are positive integers written plainly: `7`, not `+7`, `07`, ` 7` or `7%00`, so one
// resource has one spelling. Anything else names nothing.
inline std::optional<qint64> pathId(const QString &s)
{
    if (s.isEmpty() || s.size() > 18 || s.front() == QLatin1Char('0'))
        return std::nullopt;
    for (const QChar ch : s)
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
    return s.toLongLong();
}

inline QString bearerToken(const QHttpServerRequest &r)
{
    const QByteArray h = r.value(QByteArrayLiteral("authorization")).trimmed();
    if (h.size() > 7 && h.left(7).compare(QByteArrayLiteral("bearer "), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(h.mid(7).trimmed());
    return QString();
}
} // namespace RequestParts
