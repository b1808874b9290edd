// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingcolumns.h"

BookingColumnModel::BookingColumnModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BookingColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant BookingColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &c = m_columns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case TherapistIdRole:
        return c.therapistId;
    case DateRole:
        return c.date;
    case SubtitleRole:
        return c.subtitle;
    case StatusRole:
        return c.status;
    case HoursRole:
        return c.hours;
    case TodayRole:
        return c.today;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingColumnModel::roleNames() const
{
    return { { TherapistIdRole, "therapistId" },
             { DateRole, "date" },
             { TitleRole, "title" },
             { SubtitleRole, "subtitle" },
             { StatusRole, "status" },
             { HoursRole, "hours" },
             { TodayRole, "today" } };
}

void BookingColumnModel::setColumns(const QVector<Column> &columns)
{
    const auto sameColumn = [](const Column &a, const Column &b) {
        return a.therapistId == b.therapistId && a.date == b.date;
    };
    bool sameShape = columns.size() == m_columns.size();
    for (int i = 0; sameShape && i < columns.size(); ++i)
        sameShape = sameColumn(columns.at(i), m_columns.at(i));
    if (!sameShape) {
        const bool countChanges = columns.size() != m_columns.size();
        beginResetModel();
        m_columns = columns;
        endResetModel();
        if (countChanges)
            Q_EMIT countChanged();
        return;
    }
    for (int i = 0; i < columns.size(); ++i)
        if (!(columns.at(i) == m_columns.at(i))) {
            m_columns[i] = columns.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        }
}

int BookingColumnModel::indexOfTherapist(qint64 therapistId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).therapistId == therapistId)
            return i;
    return -1;
}

qint64 BookingColumnModel::therapistAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).therapistId : 0;
}

QString BookingColumnModel::dateAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).date : QString();
}

QString BookingColumnModel::titleAt(int row) const
{
    return row >= 0 && row < m_columns.size() ? m_columns.at(row).title : QString();
}
