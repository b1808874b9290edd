// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ownpassword.h"

#include "fielderror.h"

OwnPassword::OwnPassword(QObject *parent)
    : QObject(parent)
{
}

void OwnPassword::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void OwnPassword::change(const QString &oldPassword, const QString &newPassword,
                         const QString &again)
{
    if (!m_session || m_busy)
        return;
    if (oldPassword.isEmpty()) {
        setError(QString(), { { QStringLiteral("old"), tr("Enter your current password.") } });
        return;
    }
    // The server's minimum is 8 (4 on a demo server): it says so itself when a shorter one is
    // refused, so the desk does not guess which server it is.
    if (newPassword.isEmpty()) {
        setError(QString(), { { QStringLiteral("new"), tr("Enter the new password.") } });
        return;
    }
    if (newPassword != again) {
        setError(QString(),
                 { { QStringLiteral("again"), tr("The two new passwords are not the same.") } });
        return;
    }
    setError(QString());
    m_busy = true;
    Q_EMIT busyChanged();
    m_session->call("POST", QStringLiteral("/api/me/password"),
                    { { QStringLiteral("old_password"), oldPassword },
                      { QStringLiteral("new_password"), newPassword } },
                    [this](int status, const QJsonObject &answer) {
                        m_busy = false;
                        Q_EMIT busyChanged();
                        if (status == 200) {
                            m_session->adopt(answer);
                            Q_EMIT changed();
                            return;
                        }
                        const QString code = Session::errorCode(answer);
                        const QString text = FieldError::text(answer, status);
                        if (code == QLatin1String("wrong_secret"))
                            setError(QString(), { { QStringLiteral("old"), text } });
                        else if (status == 422)
                            setError(QString(), { { QStringLiteral("new"), text } });
                        else
                            setError(text);
                    });
}

void OwnPassword::clearError()
{
    setError(QString());
}

void OwnPassword::setError(const QString &e, const QVariantMap &fieldErrors)
{
    if (e == m_error && fieldErrors == m_fieldErrors)
        return;
    m_error = e;
    m_fieldErrors = fieldErrors;
    Q_EMIT errorChanged();
}
