// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The Rooms page (admins): the treatment rooms from GET /api/rooms (active first, with the visits
// in each now), and adding, renaming, changing the capacity, retiring and bringing back a room.
// A refusal (a name taken, a room with a guest in it) stays in `error` until the next action;
// `fieldErrors` holds the one about a field of the form (name, capacity).
class RoomsState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(JsonListModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)

public:
    explicit RoomsState(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    JsonListModel *rooms() { return &m_rooms; }
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    Q_INVOKABLE void refresh();
    // id 0 adds a room; otherwise renames it and sets its capacity (1-20 guests at once).
    Q_INVOKABLE void save(qint64 id, const QString &name, int capacity);
    Q_INVOKABLE void retire(qint64 id);
    Q_INVOKABLE void reactivate(qint64 id);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void errorChanged();
    // A change the server took, in words for a toast ("Room 3 retired").
    void saved(const QString &message);

private:
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                 std::function<void(const QJsonObject &)> ok);
    void setError(const QString &e, const QVariantMap &fieldErrors = {});
    QString nameOf(qint64 id) const;

    QPointer<Session> m_session;
    JsonListModel m_rooms;
    int m_busy = 0;
    QString m_error;
    QVariantMap m_fieldErrors;
};
