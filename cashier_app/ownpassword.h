// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Changing your own password from the user menu: the current one, the new one twice
// (POST /api/me/password). The server ends every session of this person and answers a new token,
// which this desk takes at once, so the person stays signed in here. The problems come back by
// field: "old" (wrong current password), "new" (too short), "again" (not the same).
class OwnPassword : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit OwnPassword(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }

    Q_INVOKABLE void change(const QString &oldPassword, const QString &newPassword,
                            const QString &again);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sessionChanged();
    void errorChanged();
    void busyChanged();
    void changed();

private:
    void setError(const QString &e, const QVariantMap &fieldErrors = {});

    QPointer<Session> m_session;
    QVariantMap m_fieldErrors;
    QString m_error;
    bool m_busy = false;
};
