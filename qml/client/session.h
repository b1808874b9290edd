// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

// A signed-in staff member: login over REST, the token kept in QSettings (group `session`) so a
// restart stays signed in, logout, and expiry. Also the REST helper the apps' states use.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString token READ token NOTIFY changed)
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(qint64 staffId READ staffId NOTIFY changed)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY changed)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    using JsonCallback = std::function<void(int status, const QJsonObject &body)>;

    explicit Session(QObject *parent = nullptr);

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url);
    QString token() const { return m_token; }
    QString role() const { return m_role; }
    QString staffName() const { return m_staffName; }
    qint64 staffId() const { return m_staffId; }
    QDateTime expiresAt() const { return m_expiresAt; }
    bool loggedIn() const { return !m_token.isEmpty(); }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    Q_INVOKABLE void login(const QString &username, const QString &password);
    Q_INVOKABLE void loginWithPin(qint64 staffId, const QString &pin);
    Q_INVOKABLE void logout();
    // A sign-in answer from another call than login: POST /api/setup signs the first admin in,
    // and a password change answers a new token for the same person (the old one is revoked).
    // Who is signed in is kept from before when the answer names only the token.
    void adopt(const QJsonObject &answer);
    // Restores a saved, unexpired session from QSettings; true if there was one.
    Q_INVOKABLE bool restore();

    // A JSON request with this session's bearer token. status 0 means no answer (network).
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body,
              JsonCallback done);

    // The one place a refusal is unpacked. A REST error body and a Socket.IO command's ack both
    // carry {"error": {"code", "message"}} (the ack also "ok": false).
    static QString errorCode(const QJsonObject &answer);
    // The words an app shows for it: ServerErrors' (in the user's language) for a code it knows,
    // else the server's message, else the code. `status` 0 (a REST call with no answer) is
    // "Cannot reach the server".
    static QString errorText(const QJsonObject &answer, int status = -1);

Q_SIGNALS:
    void serverUrlChanged();
    void changed();
    void busyChanged();
    void errorChanged();
    void loginFailed(const QString &message);

private:
    void postLogin(const QJsonObject &body);
    void accept(const QJsonObject &answer);
    void clear();
    void setBusy(bool b);
    void setError(const QString &e);

    QNetworkAccessManager m_nam;
    QUrl m_serverUrl;
    QString m_token;
    QString m_role;
    QString m_staffName;
    qint64 m_staffId = 0;
    QDateTime m_expiresAt;
    bool m_busy = false;
    QString m_error;
    QTimer m_expiry;
};
