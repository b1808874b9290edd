// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The back office's audit trail (admins): journal entries of a range of business days, who did
// what, when and from where, from GET /api/audit, a page at a time.
class AuditLog : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // Business days, YYYY-MM-DD; empty: today (the server's venue day).
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY filterChanged)
    // "" everyone, a staff id ("3"), "device:<id>" or "system".
    Q_PROPERTY(QString who READ who WRITE setWho NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Who the filter can name: [{ who, name }], everyone first.
    Q_PROPERTY(QVariantList people READ people NOTIFY peopleChanged)

public:
    enum Roles {
        SeqRole = Qt::UserRole + 1,
        TimeRole,
        DayRole,
        TypeRole,
        WhatRole,
        ActorRole,
        ActorNameRole,
        ActorRoleRole,
        AddressRole,
        SummaryRole
    };

    explicit AuditLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QString from() const { return m_from; }
    void setFrom(const QString &d);
    QString to() const { return m_to; }
    void setTo(const QString &d);
    QString who() const { return m_who; }
    void setWho(const QString &w);
    int count() const { return int(m_rows.size()); }
    bool busy() const { return m_busy; }
    bool hasMore() const { return m_nextAfter > 0; }
    bool loaded() const { return m_loaded; }
    QString error() const { return m_error; }
    QVariantList people() const { return m_people; }

    // Loads the first page for the filter (and the staff list for `people`).
    Q_INVOKABLE void refresh();
    // Appends the next page.
    Q_INVOKABLE void loadMore();
    // What an entry's type means, in the current language ("Payment taken").
    Q_INVOKABLE QString describe(const QString &type) const;

    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void sessionChanged();
    void filterChanged();
    void countChanged();
    void busyChanged();
    void errorChanged();
    void peopleChanged();

private:
    void fetch(qint64 after);
    void setBusy(bool b);
    void setError(const QString &e);

    QPointer<Session> m_session;
    QString m_from, m_to, m_who;
    QVector<QJsonObject> m_rows;
    qint64 m_nextAfter = 0;
    quint64 m_generation = 0; // answers to an older filter are dropped
    bool m_busy = false;
    bool m_loaded = false;
    QString m_error;
    QVariantList m_people;
};
