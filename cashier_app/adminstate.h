// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// The owner's back office: services and prices, staff and their passwords or PINs, and kiosk
// devices with their tokens (shown once, when made).
class AdminState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(JsonListModel *services READ services CONSTANT)
    Q_PROPERTY(JsonListModel *staff READ staff CONSTANT)
    Q_PROPERTY(JsonListModel *devices READ devices CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString newDeviceToken READ newDeviceToken NOTIFY newDeviceTokenChanged)

public:
    explicit AdminState(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    JsonListModel *services() { return &m_services; }
    JsonListModel *staff() { return &m_staff; }
    JsonListModel *devices() { return &m_devices; }
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }
    QString newDeviceToken() const { return m_newDeviceToken; }

    Q_INVOKABLE void refresh();
    // id 0 creates; price in minor units.
    Q_INVOKABLE void saveService(qint64 id, const QString &name, int durationMin, qint64 price);
    Q_INVOKABLE void retireService(qint64 id);
    // id 0 creates (role admin|cashier need username + password; therapist needs a PIN).
    // On update, an empty password or PIN leaves it unchanged.
    Q_INVOKABLE void saveStaff(qint64 id, const QString &displayName, const QString &role,
                               const QString &username, const QString &password,
                               const QString &pin);
    Q_INVOKABLE void deactivateStaff(qint64 id);
    // `role`: monitor (a wall screen) or checkin (a self check-in kiosk).
    Q_INVOKABLE void createDevice(const QString &name,
                                  const QString &role = QStringLiteral("monitor"));

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void errorChanged();
    void newDeviceTokenChanged();
    void saved();

private:
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                 std::function<void(const QJsonObject &)> ok);
    void setError(const QString &e);

    QPointer<Session> m_session;
    JsonListModel m_services;
    JsonListModel m_staff;
    JsonListModel m_devices;
    int m_busy = 0;
    QString m_error;
    QString m_newDeviceToken;
};
