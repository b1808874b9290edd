// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

// The IANA time zones this machine knows (QTimeZone::availableTimeZoneIds), narrowed by `filter`
// (every word of it somewhere in the id or its UTC offset: "bang", "asia 7", "+07"), for the
// searchable time zone lists of the setup wizard and the settings page. Roles: zoneId
// ("Asia/Bangkok") and label ("Asia/Bangkok (UTC+07:00)"). The server checks the same ids.
class TimeZoneModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles { ZoneIdRole = Qt::UserRole + 1, LabelRole };

    explicit TimeZoneModel(QObject *parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of a zone under the current filter, -1 when it is not shown.
    Q_INVOKABLE int indexOf(const QString &zoneId) const;
    Q_INVOKABLE QString zoneAt(int row) const;
    Q_INVOKABLE QString labelOf(const QString &zoneId) const;
    Q_INVOKABLE bool isKnown(const QString &zoneId) const;
    // This computer's zone when the list has it (the likely answer on the desk's own machine),
    // else "UTC".
    Q_INVOKABLE QString systemZone() const;

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    struct Zone {
        QString id;
        QString label;
    };
    void apply();

    QVector<Zone> m_all;
    QVector<int> m_shown; // indexes into m_all
    QString m_filter;
};
