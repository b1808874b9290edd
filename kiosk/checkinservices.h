// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QList>
#include <QtQml/qqmlregistration.h>

// The service menu of the self check-in kiosk: each service with its price (minor units) and
// duration, and whether the customer picked it. Replaced from the server's GET /api/checkin;
// the picks survive a refresh for services still on the menu.
class CheckinServices : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by CheckinState")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(qint64 selectedPrice READ selectedPrice NOTIFY selectionChanged)
    Q_PROPERTY(int selectedMinutes READ selectedMinutes NOTIFY selectionChanged)
public:
    enum Roles {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        PriceRole,
        DurationRole,
        SelectedRole
    };

    explicit CheckinServices(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void replace(const QJsonArray &services);
    Q_INVOKABLE void toggle(int row);
    void clearSelection();
    int selectedCount() const;
    qint64 selectedPrice() const;
    int selectedMinutes() const;
    QJsonArray selectedIds() const;
    // Row of the service named `name` (the first), or -1: tests and screenshots pick by name.
    Q_INVOKABLE int rowOf(const QString &name) const;

Q_SIGNALS:
    void countChanged();
    void selectionChanged();

private:
    struct Service {
        qint64 id = 0;
        QString name;
        qint64 price = 0;
        int durationMin = 0;
        bool selected = false;
    };
    QList<Service> m_services;
};
