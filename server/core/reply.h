// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

// The outcome of a command or query, shared by the REST and Socket.IO transports: an HTTP-style
// status plus either a JSON body or an error {code, message}.
class Reply {
public:
    static Reply ok(const QJsonObject &body, int status = 200)
    {
        Reply r;
        r.m_status = status;
        r.m_body = body;
        return r;
    }
    static Reply error(int status, const QString &code, const QString &message)
    {
        Reply r;
        r.m_status = status;
        r.m_errorCode = code;
        r.m_errorMessage = message;
        return r;
    }

    bool isOk() const { return m_errorCode.isEmpty(); }
    int status() const { return m_status; }
    const QJsonObject &body() const { return m_body; }
    QString errorCode() const { return m_errorCode; }
    QString errorMessage() const { return m_errorMessage; }

    // {"error":{"code","message"}} for HTTP; the body itself on success.
    QJsonObject httpBody() const
    {
        if (isOk())
            return m_body;
        return { { QStringLiteral("error"), errorObject() } };
    }
    // {"ok":true,...} / {"ok":false,"error":{...}} for Socket.IO acks.
    QJsonObject ackBody() const
    {
        if (!isOk())
            return { { QStringLiteral("ok"), false }, { QStringLiteral("error"), errorObject() } };
        QJsonObject o = m_body;
        o.insert(QStringLiteral("ok"), true);
        return o;
    }
    QJsonObject errorObject() const
    {
        return { { QStringLiteral("code"), m_errorCode },
                 { QStringLiteral("message"), m_errorMessage } };
    }

private:
    int m_status = 200;
    QJsonObject m_body;
    QString m_errorCode;
    QString m_errorMessage;
};

namespace Errors {
inline Reply unauthorized(const QString &m = QStringLiteral("missing or invalid token"))
{
    return Reply::error(401, QStringLiteral("unauthorized"), m);
}
inline Reply forbidden(const QString &m)
{
    return Reply::error(403, QStringLiteral("forbidden"), m);
}
inline Reply notFound(const QString &m)
{
    return Reply::error(404, QStringLiteral("not_found"), m);
}
inline Reply conflict(const QString &code, const QString &m)
{
    return Reply::error(409, code, m);
}
inline Reply invalid(const QString &m)
{
    return Reply::error(422, QStringLiteral("validation_failed"), m);
}
// The database refused a write (full disk, read-only or missing file): nothing was changed.
inline Reply storage()
{
    return Reply::error(503, QStringLiteral("storage_unavailable"),
                        QStringLiteral("the database cannot write right now; nothing was changed "
                                       "(see /health and the server log)"));
}
inline Reply internal()
{
    return Reply::error(500, QStringLiteral("internal"),
                        QStringLiteral("internal error; see server log"));
}
} // namespace Errors
