// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"

#include <QtQml/qqmlregistration.h>

// Visits as the server sends them (REST visit objects, or the monitor's lighter rows).
class VisitListModel : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit VisitListModel(QObject *parent = nullptr);
};

// Therapists with status and turn position.
class TherapistListModel : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit TherapistListModel(QObject *parent = nullptr);
};

// Recent notices (payment completed, customer called), newest first, at most `capacity`, so a
// screen that runs for weeks holds a bounded list.
class NoticeListModel : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int capacity READ capacity WRITE setCapacity NOTIFY capacityChanged)
public:
    explicit NoticeListModel(QObject *parent = nullptr);
    int capacity() const { return m_capacity; }
    void setCapacity(int c);
    // Adds a notice (kind: "payment" or "called"); false when its seq is already listed.
    bool add(const QString &kind, const QJsonObject &payload);
    // A notice as screens show it: seq, kind, ticket, name, total, currency, and the therapist's
    // and room's names (the server sends {id, name} objects).
    static QJsonObject flatten(const QString &kind, const QJsonObject &payload);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void capacityChanged();

private:
    int m_capacity = 10;
};
