// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "openinghours.h"

#include <QRegularExpression>

namespace {
bool isTime(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return re.match(t).hasMatch();
}
} // namespace

OpeningHoursModel::OpeningHoursModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int OpeningHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QString OpeningHoursModel::problem(const Day &d) const
{
    if (!d.open)
        return QString();
    if (!isTime(d.start) || !isTime(d.end))
        return tr("Times as HH:MM, from 00:00 to 23:59");
    if (d.start == d.end)
        return tr("Opening and closing cannot be the same time");
    return QString();
}

QVariant OpeningHoursModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= 7)
        return {};
    const Day &d = m_days[index.row()];
    switch (role) {
    case WeekdayRole:
        return index.row() + 1;
    case DayNameRole: {
        static const char *const names[] = { QT_TR_NOOP("Monday"),    QT_TR_NOOP("Tuesday"),
                                             QT_TR_NOOP("Wednesday"), QT_TR_NOOP("Thursday"),
                                             QT_TR_NOOP("Friday"),    QT_TR_NOOP("Saturday"),
                                             QT_TR_NOOP("Sunday") };
        return tr(names[index.row()]);
    }
    case OpenRole:
        return d.open;
    case StartRole:
        return d.start;
    case EndRole:
        return d.end;
    case ProblemRole:
        return problem(d);
    }
    return {};
}

QHash<int, QByteArray> OpeningHoursModel::roleNames() const
{
    return { { WeekdayRole, "weekday" }, { DayNameRole, "dayName" }, { OpenRole, "open" },
             { StartRole, "start" },     { EndRole, "end" },         { ProblemRole, "problem" } };
}

void OpeningHoursModel::load(const QJsonObject &openingHours)
{
    // Always seven rows: a change of data, not a reset, so the page's fields (and their focus)
    // stay where they are when a save answers.
    for (Day &d : m_days)
        d = Day();
    m_extra = QJsonArray();
    bool seen[7] = {};
    for (const QJsonValue &v : openingHours.value(QLatin1String("weekly")).toArray()) {
        const QJsonObject r = v.toObject();
        const int day = r.value(QLatin1String("weekday")).toInt();
        if (day < 1 || day > 7)
            continue;
        if (seen[day - 1]) {
            m_extra.append(r);
            continue;
        }
        seen[day - 1] = true;
        m_days[day - 1] = { true, r.value(QLatin1String("start")).toString(),
                            r.value(QLatin1String("end")).toString() };
    }
    Q_EMIT dataChanged(index(0), index(6));
    m_loaded = toJson();
    Q_EMIT changed();
}

QJsonObject OpeningHoursModel::toJson() const
{
    QJsonArray weekly;
    for (int i = 0; i < 7; ++i) {
        if (m_days[i].open)
            weekly.append(QJsonObject { { QStringLiteral("weekday"), i + 1 },
                                        { QStringLiteral("start"), m_days[i].start },
                                        { QStringLiteral("end"), m_days[i].end } });
        for (const QJsonValue &x : m_extra)
            if (x.toObject().value(QLatin1String("weekday")).toInt() == i + 1 && m_days[i].open)
                weekly.append(x);
    }
    return { { QStringLiteral("weekly"), weekly } };
}

bool OpeningHoursModel::valid() const
{
    for (const Day &d : m_days)
        if (!problem(d).isEmpty())
            return false;
    return true;
}

void OpeningHoursModel::touch(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
    Q_EMIT changed();
}

void OpeningHoursModel::setOpen(int row, bool open)
{
    if (row < 0 || row >= 7 || m_days[row].open == open)
        return;
    m_days[row].open = open;
    touch(row);
}

void OpeningHoursModel::setStart(int row, const QString &time)
{
    if (row < 0 || row >= 7 || m_days[row].start == time.trimmed())
        return;
    m_days[row].start = time.trimmed();
    touch(row);
}

void OpeningHoursModel::setEnd(int row, const QString &time)
{
    if (row < 0 || row >= 7 || m_days[row].end == time.trimmed())
        return;
    m_days[row].end = time.trimmed();
    touch(row);
}

void OpeningHoursModel::copyFirstToAll()
{
    for (int i = 1; i < 7; ++i)
        m_days[i] = m_days[0];
    Q_EMIT dataChanged(index(1), index(6));
    Q_EMIT changed();
}
