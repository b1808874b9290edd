// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonlistmodel.h"

#include <QSet>

JsonListModel::JsonListModel(const QList<QByteArray> &keys, QObject *parent, const QString &idKey)
    : QAbstractListModel(parent)
    , m_keys(keys)
    , m_idKey(idKey)
{
}

int JsonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant JsonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int k = role - Qt::UserRole;
    if (k < 0 || k >= m_keys.size())
        return role == Qt::DisplayRole ? m_rows[index.row()].value(m_idKey).toVariant()
                                       : QVariant();
    return m_rows[index.row()].value(QLatin1String(m_keys[k])).toVariant();
}

QHash<int, QByteArray> JsonListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_keys.size(); ++i)
        names.insert(Qt::UserRole + i, m_keys[i]);
    return names;
}

QVariantMap JsonListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].toVariantMap() : QVariantMap();
}

int JsonListModel::indexOfId(const QVariant &id) const
{
    const QString want = id.toString();
    for (int i = 0; i < m_rows.size(); ++i)
        if (key(m_rows[i]) == want)
            return i;
    return -1;
}

void JsonListModel::setItems(const QJsonArray &items)
{
    const int before = int(m_rows.size());
    QVector<QJsonObject> next;
    next.reserve(items.size());
    QSet<QString> wanted;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString k = key(o);
        if (wanted.contains(k))
            continue; // duplicate keys would make the diff ambiguous; keep the first
        wanted.insert(k);
        next.append(o);
    }
    // 1. Rows that are gone.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(key(m_rows[i]))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // 2. Walk the new order: keep, move up, or insert; then report changed contents.
    for (int i = 0; i < next.size(); ++i) {
        const QString k = key(next[i]);
        if (i < m_rows.size() && key(m_rows[i]) == k) {
            if (m_rows[i] != next[i]) {
                m_rows[i] = next[i];
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        int found = -1;
        for (int j = i + 1; j < m_rows.size(); ++j)
            if (key(m_rows[j]) == k) {
                found = j;
                break;
            }
        if (found >= 0) {
            beginMoveRows({}, found, found, {}, i);
            m_rows.move(found, i);
            endMoveRows();
            if (m_rows[i] != next[i]) {
                m_rows[i] = next[i];
                Q_EMIT dataChanged(index(i), index(i));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, next[i]);
            endInsertRows();
        }
    }
    if (m_rows.size() != before)
        Q_EMIT countChanged();
}
