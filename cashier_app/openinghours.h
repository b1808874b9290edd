// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

// The venue's opening hours as seven rows, Monday first: open or closed, and from when to when
// ("HH:MM", local to the venue; an end before the start closes after midnight). Reads and writes
// the `opening_hours` setting ({"weekly": [{"weekday": 1, "start": "10:00", "end": "22:00"}]}).
// The server allows several ranges a day; the page edits the first, and keeps the others as
// they were rather than dropping what it does not show.
class OpeningHoursModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(bool modified READ modified NOTIFY changed)

public:
    enum Roles {
        WeekdayRole = Qt::UserRole + 1,
        DayNameRole,
        OpenRole,
        StartRole,
        EndRole,
        ProblemRole
    };

    explicit OpeningHoursModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void load(const QJsonObject &openingHours);
    QJsonObject toJson() const;
    bool valid() const;
    bool modified() const { return toJson() != m_loaded; }

    Q_INVOKABLE void setOpen(int row, bool open);
    Q_INVOKABLE void setStart(int row, const QString &time);
    Q_INVOKABLE void setEnd(int row, const QString &time);
    // Every day as the first one (the usual week: the same hours each day).
    Q_INVOKABLE void copyFirstToAll();

Q_SIGNALS:
    void changed();

private:
    struct Day {
        bool open = false;
        QString start = QStringLiteral("10:00");
        QString end = QStringLiteral("22:00");
    };
    QString problem(const Day &d) const;
    void touch(int row);

    Day m_days[7];
    QJsonArray m_extra; // the second and later ranges of a day, kept as loaded
    QJsonObject m_loaded;
};
