// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "reportmodel.h"
#include "session.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The Reports page's state: a date range chosen as today, this week (from Monday), this month
// or custom, the server's report over it (GET /api/reports), the chart's bars (ReportModel) and
// the breakdowns the page lists. One day is the Z report's day too (DayReport).
class ReportsState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // "today", "week", "month" or "custom"; `today` is the business day the presets count from.
    Q_PROPERTY(QString preset READ preset WRITE setPreset NOTIFY rangeChanged)
    Q_PROPERTY(QString today READ today WRITE setToday NOTIFY rangeChanged)
    Q_PROPERTY(QString from READ from NOTIFY rangeChanged)
    Q_PROPERTY(QString to READ to NOTIFY rangeChanged)
    Q_PROPERTY(bool singleDay READ singleDay NOTIFY rangeChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(QVariantList byMethod READ byMethod NOTIFY reportChanged)
    Q_PROPERTY(QVariantList byTherapist READ byTherapist NOTIFY reportChanged)
    Q_PROPERTY(QVariantList byService READ byService NOTIFY reportChanged)
    Q_PROPERTY(ReportModel *bars READ bars CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ReportsState(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QString preset() const { return m_preset; }
    void setPreset(const QString &preset);
    QString today() const { return m_today.toString(Qt::ISODate); }
    void setToday(const QString &today);
    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    bool singleDay() const { return m_from == m_to; }
    QVariantMap report() const { return m_report; }
    QVariantList byMethod() const;
    QVariantList byTherapist() const;
    QVariantList byService() const;
    ReportModel *bars() { return &m_bars; }
    bool loading() const { return m_loading > 0; }
    QString error() const { return m_error; }

    // A custom range (YYYY-MM-DD both); refused with an error when it does not make sense.
    Q_INVOKABLE bool setCustom(const QString &from, const QString &to);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void rangeChanged();
    void reportChanged();
    void loadingChanged();
    void errorChanged();

private:
    void applyPreset();
    void setError(const QString &e);

    QPointer<Session> m_session;
    QString m_preset = QStringLiteral("today");
    QDate m_today = QDate::currentDate();
    QDate m_from = m_today;
    QDate m_to = m_today;
    QVariantMap m_report;
    ReportModel m_bars;
    int m_loading = 0;
    quint64 m_generation = 0; // answers to an older range are dropped
    QString m_error;
};
