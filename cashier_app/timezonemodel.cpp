// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timezonemodel.h"

#include <QTimeZone>

TimeZoneModel::TimeZoneModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // The offsets as of now: good enough to recognise a zone by ("UTC+07:00"), and daylight
    // saving shifts only the label, never the id that is stored.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only the Area/Place names (and Etc/UTC, Etc/GMT+7 ...): the bare aliases ("EST5EDT",
        // "UTC-03:00") are not what an owner picks, and the server would store them as typed.
        if (!id.contains('/'))
            continue;
        const QTimeZone zone(id);
        const QString offset = zone.displayName(now, QTimeZone::OffsetName);
        m_all.append({ QString::fromLatin1(id),
                       QStringLiteral("%1 (%2)").arg(QString::fromLatin1(id), offset) });
    }
    m_all.append({ QStringLiteral("UTC"), QStringLiteral("UTC (UTC)") });
    apply();
}

void TimeZoneModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    apply();
    Q_EMIT filterChanged();
}

void TimeZoneModel::apply()
{
    const QStringList words = m_filter.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        // "bang kok" finds Asia/Bangkok; an underscore in an id reads as a space.
        QString hay = m_all.at(i).label;
        hay.replace(QLatin1Char('_'), QLatin1Char(' '));
        bool all = true;
        for (const QString &w : words)
            if (!hay.contains(w, Qt::CaseInsensitive) &&
                !m_all.at(i).label.contains(w, Qt::CaseInsensitive))
                all = false;
        if (all)
            m_shown.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int TimeZoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant TimeZoneModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Zone &z = m_all.at(m_shown.at(index.row()));
    if (role == ZoneIdRole)
        return z.id;
    if (role == LabelRole || role == Qt::DisplayRole)
        return z.label;
    return {};
}

QHash<int, QByteArray> TimeZoneModel::roleNames() const
{
    return { { ZoneIdRole, "zoneId" }, { LabelRole, "label" } };
}

int TimeZoneModel::indexOf(const QString &zoneId) const
{
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_all.at(m_shown.at(row)).id == zoneId)
            return row;
    return -1;
}

QString TimeZoneModel::zoneAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_all.at(m_shown.at(row)).id : QString();
}

QString TimeZoneModel::labelOf(const QString &zoneId) const
{
    for (const Zone &z : m_all)
        if (z.id == zoneId)
            return z.label;
    return zoneId;
}

bool TimeZoneModel::isKnown(const QString &zoneId) const
{
    for (const Zone &z : m_all)
        if (z.id == zoneId)
            return true;
    return false;
}

QString TimeZoneModel::systemZone() const
{
    const QString id = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    return isKnown(id) ? id : QStringLiteral("UTC");
}
