// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QJsonObject>
#include <QVector>
#include <QtQml/qqmlregistration.h>

// The bars of the Reports page's chart: money collected (net of refunds) per day of the range,
// or per month when the range is longer than two months. Every day (month) of the range has a
// row, with nothing on it being zero, so the bars keep the calendar's spacing. `fraction` is the
// bar's height against the tallest (0..1).
class ReportModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool monthly READ monthly NOTIFY countChanged)
    Q_PROPERTY(qint64 maximum READ maximum NOTIFY countChanged)

public:
    enum Roles {
        DateRole = Qt::UserRole + 1,
        LabelRole,
        AmountRole,
        VisitsRole,
        BillsRole,
        FractionRole
    };

    explicit ReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // From GET /api/reports' answer (its from, to and by_day).
    void setReport(const QJsonObject &report);
    bool monthly() const { return m_monthly; }
    qint64 maximum() const { return m_max; }

Q_SIGNALS:
    void countChanged();

private:
    struct Bar {
        QDate date; // the day, or the month's first day
        qint64 amount = 0;
        qint64 visits = 0;
        qint64 bills = 0;
    };
    QVector<Bar> m_bars;
    bool m_monthly = false;
    qint64 m_max = 0;
};
