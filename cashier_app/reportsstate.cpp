// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportsstate.h"

#include <QCoreApplication>

ReportsState::ReportsState(QObject *parent)
    : QObject(parent)
{
}

void ReportsState::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void ReportsState::setPreset(const QString &preset)
{
    if (preset == m_preset)
        return;
    m_preset = preset;
    applyPreset();
    Q_EMIT rangeChanged();
}

void ReportsState::setToday(const QString &today)
{
    const QDate d = QDate::fromString(today, Qt::ISODate);
    if (!d.isValid() || d == m_today)
        return;
    m_today = d;
    applyPreset();
    Q_EMIT rangeChanged();
}

void ReportsState::applyPreset()
{
    if (m_preset == QLatin1String("week")) {
        m_from = m_today.addDays(1 - m_today.dayOfWeek()); // Monday
        m_to = m_today;
    } else if (m_preset == QLatin1String("month")) {
        m_from = QDate(m_today.year(), m_today.month(), 1);
        m_to = m_today;
    } else if (m_preset != QLatin1String("custom")) {
        m_from = m_to = m_today;
    }
}

bool ReportsState::setCustom(const QString &from, const QString &to)
{
    const QDate f = QDate::fromString(from, Qt::ISODate), t = QDate::fromString(to, Qt::ISODate);
    if (!f.isValid() || !t.isValid()) {
        setError(QCoreApplication::translate("ReportsState", "Write the dates as YYYY-MM-DD."));
        return false;
    }
    if (f > t) {
        setError(QCoreApplication::translate("ReportsState", "The first day is after the last."));
        return false;
    }
    m_preset = QStringLiteral("custom");
    m_from = f;
    m_to = t;
    Q_EMIT rangeChanged();
    return true;
}

void ReportsState::refresh()
{
    if (!m_session)
        return;
    setError(QString());
    const quint64 generation = ++m_generation;
    ++m_loading;
    Q_EMIT loadingChanged();
    m_session->call("GET", QStringLiteral("/api/reports?from=%1&to=%2").arg(from(), to()), {},
                    [this, generation](int status, const QJsonObject &answer) {
                        --m_loading;
                        Q_EMIT loadingChanged();
                        if (generation != m_generation)
                            return; // the range changed meanwhile
                        if (status < 200 || status >= 300) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        m_report = answer.toVariantMap();
                        m_bars.setReport(answer);
                        Q_EMIT reportChanged();
                    });
}

QVariantList ReportsState::byMethod() const
{
    return m_report.value(QStringLiteral("by_method")).toList();
}

QVariantList ReportsState::byTherapist() const
{
    return m_report.value(QStringLiteral("by_therapist")).toList();
}

QVariantList ReportsState::byService() const
{
    return m_report.value(QStringLiteral("by_service")).toList();
}

void ReportsState::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
