// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportmodel.h"

#include <QJsonArray>
#include <QLocale>

namespace {
constexpr int kMaxDailyBars = 62; // two months of days; longer ranges go by month
}

ReportModel::ReportModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bar &b = m_bars.at(index.row());
    switch (role) {
    case DateRole:
        return b.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case LabelRole:
        // Short labels under the bars: the day of the month, or the month's name.
        return m_monthly ? QLocale().monthName(b.date.month(), QLocale::ShortFormat)
                         : QString::number(b.date.day());
    case AmountRole:
        return b.amount;
    case VisitsRole:
        return b.visits;
    case BillsRole:
        return b.bills;
    case FractionRole:
        return m_max > 0 ? double(std::max<qint64>(b.amount, 0)) / double(m_max) : 0.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportModel::roleNames() const
{
    return { { DateRole, "date" },     { LabelRole, "label" }, { AmountRole, "amount" },
             { VisitsRole, "visits" }, { BillsRole, "bills" }, { FractionRole, "fraction" } };
}

void ReportModel::setReport(const QJsonObject &report)
{
    const QDate from =
        QDate::fromString(report.value(QLatin1String("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(report.value(QLatin1String("to")).toString(), Qt::ISODate);
    beginResetModel();
    m_bars.clear();
    m_max = 0;
    m_monthly = from.isValid() && to.isValid() && from.daysTo(to) + 1 > kMaxDailyBars;
    const auto slot = [this](const QDate &d) {
        return m_monthly ? QDate(d.year(), d.month(), 1) : d;
    };
    if (from.isValid() && to.isValid() && from <= to) {
        for (QDate d = slot(from); d <= to; d = m_monthly ? d.addMonths(1) : d.addDays(1))
            m_bars.append({ d, 0, 0, 0 });
        for (const QJsonValue &v : report.value(QLatin1String("by_day")).toArray()) {
            const QJsonObject day = v.toObject();
            const QDate d =
                slot(QDate::fromString(day.value(QLatin1String("date")).toString(), Qt::ISODate));
            const qint64 at = m_monthly
                ? (qint64(d.year()) - slot(from).year()) * 12 + d.month() - slot(from).month()
                : from.daysTo(d);
            if (at < 0 || at >= m_bars.size())
                continue;
            Bar &b = m_bars[int(at)];
            b.amount += qint64(day.value(QLatin1String("net_collected")).toDouble());
            b.visits += qint64(day.value(QLatin1String("visits")).toDouble());
            b.bills += qint64(day.value(QLatin1String("bills")).toDouble());
        }
        for (const Bar &b : m_bars)
            m_max = std::max(m_max, b.amount);
    }
    endResetModel();
    Q_EMIT countChanged();
}
