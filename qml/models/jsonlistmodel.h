// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// A list model over JSON objects from the server. Each role is one key of the objects; setItems()
// replaces the contents with the smallest set of inserts, moves, removals and changes, keyed by
// `id`, so views keep their place and delegates are not rebuilt on every update.
class JsonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    JsonListModel(const QList<QByteArray> &keys, QObject *parent = nullptr,
                  const QString &idKey = QStringLiteral("id"));

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    void setItems(const QJsonArray &items);
    // The row as a map, for QML (e.g. the visit a cashier opens).
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOfId(const QVariant &id) const;
    const QVector<QJsonObject> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

protected:
    // Keys compare by their text, so 7 and "7" name the same row.
    QString key(const QJsonObject &o) const { return o.value(m_idKey).toVariant().toString(); }

private:
    QList<QByteArray> m_keys;
    QString m_idKey;
    QVector<QJsonObject> m_rows;
};
