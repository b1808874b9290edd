// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The columns of the appointment book: one per therapist in the day view, one per day in a
// therapist's week. Each has its title (a name, "Mon 7 Dec"), a line under it (the next booking,
// "off"), the stretches it works (minutes into the day: drawn light, the rest darker) and the
// therapist and date a click in it books.
class BookingColumnModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        TherapistIdRole = Qt::UserRole + 1,
        DateRole,
        TitleRole,
        SubtitleRole,
        StatusRole,
        HoursRole,
        TodayRole
    };
    struct Column {
        qint64 therapistId = 0;
        QString date; // YYYY-MM-DD
        QString title;
        QString subtitle;
        QString status;
        QVariantList hours; // [{start, end}] minutes into the day
        bool today = false;
        bool operator==(const Column &o) const
        {
            return therapistId == o.therapistId && date == o.date && title == o.title &&
                subtitle == o.subtitle && status == o.status && hours == o.hours &&
                today == o.today;
        }
    };

    explicit BookingColumnModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keeps the rows that stay (same therapist and date) and changes only what changed, so the
    // view keeps its delegates while the book updates live.
    void setColumns(const QVector<Column> &columns);
    const QVector<Column> &columns() const { return m_columns; }
    Q_INVOKABLE int indexOfTherapist(qint64 therapistId) const;
    Q_INVOKABLE qint64 therapistAt(int row) const;
    Q_INVOKABLE QString dateAt(int row) const;
    Q_INVOKABLE QString titleAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QVector<Column> m_columns;
};
