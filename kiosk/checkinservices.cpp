// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkinservices.h"

#include <QJsonObject>
#include <QSet>

CheckinServices::CheckinServices(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CheckinServices::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant CheckinServices::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_services.size())
        return {};
    const Service &s = m_services.at(index.row());
    switch (role) {
    case ServiceIdRole:
        return s.id;
    case NameRole:
    case Qt::DisplayRole:
        return s.name;
    case PriceRole:
        return s.price;
    case DurationRole:
        return s.durationMin;
    case SelectedRole:
        return s.selected;
    }
    return {};
}

QHash<int, QByteArray> CheckinServices::roleNames() const
{
    return { { ServiceIdRole, "serviceId" },
             { NameRole, "name" },
             { PriceRole, "price" },
             { DurationRole, "durationMin" },
             { SelectedRole, "selected" } };
}

void CheckinServices::replace(const QJsonArray &services)
{
    QSet<qint64> picked;
    for (const Service &s : std::as_const(m_services))
        if (s.selected)
            picked.insert(s.id);
    const int before = int(m_services.size());
    beginResetModel();
    m_services.clear();
    for (const QJsonValue &v : services) {
        const QJsonObject o = v.toObject();
        Service s;
        s.id = qint64(o.value(QLatin1String("id")).toDouble());
        s.name = o.value(QLatin1String("name")).toString();
        s.price = qint64(o.value(QLatin1String("price")).toDouble());
        s.durationMin = o.value(QLatin1String("duration_min")).toInt();
        s.selected = picked.contains(s.id);
        if (s.id > 0)
            m_services.append(s);
    }
    endResetModel();
    if (before != m_services.size())
        Q_EMIT countChanged();
    Q_EMIT selectionChanged();
}

void CheckinServices::toggle(int row)
{
    if (row < 0 || row >= m_services.size())
        return;
    m_services[row].selected = !m_services[row].selected;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, { SelectedRole });
    Q_EMIT selectionChanged();
}

void CheckinServices::clearSelection()
{
    for (int row = 0; row < m_services.size(); ++row)
        if (m_services[row].selected) {
            m_services[row].selected = false;
            Q_EMIT dataChanged(index(row), index(row), { SelectedRole });
        }
    Q_EMIT selectionChanged();
}

int CheckinServices::selectedCount() const
{
    return int(std::count_if(m_services.cbegin(), m_services.cend(),
                             [](const Service &s) { return s.selected; }));
}

qint64 CheckinServices::selectedPrice() const
{
    qint64 sum = 0;
    for (const Service &s : m_services)
        if (s.selected)
            sum += s.price;
    return sum;
}

int CheckinServices::selectedMinutes() const
{
    int sum = 0;
    for (const Service &s : m_services)
        if (s.selected)
            sum += s.durationMin;
    return sum;
}

QJsonArray CheckinServices::selectedIds() const
{
    QJsonArray ids;
    for (const Service &s : m_services)
        if (s.selected)
            ids.append(s.id);
    return ids;
}

int CheckinServices::rowOf(const QString &name) const
{
    for (int row = 0; row < m_services.size(); ++row)
        if (m_services.at(row).name == name)
            return row;
    return -1;
}
