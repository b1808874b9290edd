// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The first-run setup wizard's form: what the owner entered (the venue, its money and time, its
// rooms, the first admin), the checks that need no server (required fields, the password typed
// twice, room names), and POST /api/setup. The server's 422s come back as `fieldErrors` keyed by
// the field they name, so the wizard shows each under its field and goes back to its page. On
// success the admin is signed in through `session`.
class SetupForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QStringList currencies READ currencies CONSTANT)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY roomsChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit SetupForm(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    // knownCurrencies(): the codes the server takes.
    QStringList currencies() const;
    QStringList rooms() const { return m_rooms; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }

    // Adds a room to the list; the problem in words ("" when added): empty, too long, twice.
    Q_INVOKABLE QString addRoom(const QString &name);
    Q_INVOKABLE void removeRoom(int index);
    // What is wrong with these fields before the server sees them, as fieldErrors (also set):
    // `fields` holds the keys of POST /api/setup plus "admin_password_again".
    Q_INVOKABLE QVariantMap check(const QVariantMap &fields, const QStringList &keys);
    // POST /api/setup with `fields` and the rooms; signs the admin in on 201.
    Q_INVOKABLE void submit(const QVariantMap &fields);
    Q_INVOKABLE void clearErrors();

Q_SIGNALS:
    void sessionChanged();
    void roomsChanged();
    void errorsChanged();
    void busyChanged();
    // The server is set up and the admin signed in.
    void done();
    // The server was set up meanwhile (by `spa-server setup` or another desk): sign in instead.
    void alreadySetUp();

private:
    void setErrors(const QVariantMap &fieldErrors, const QString &error);

    QPointer<Session> m_session;
    QStringList m_rooms;
    QVariantMap m_fieldErrors;
    QString m_error;
    bool m_busy = false;
};
