// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// One business day as the owner reads it: totals by method, tips by therapist, visits by hour,
// every payment and void; voiding (admin), closing the day with its Z report (admin), CSV export.
class DayReport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(QVariantList byMethod READ byMethod NOTIFY reportChanged)
    Q_PROPERTY(QVariantList byHour READ byHour NOTIFY reportChanged)
    Q_PROPERTY(int maxPerHour READ maxPerHour NOTIFY reportChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY reportChanged)
    Q_PROPERTY(JsonListModel *payments READ payments CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY reportChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit DayReport(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QString date() const { return m_date; }
    void setDate(const QString &date);
    QVariantMap report() const { return m_report; }
    QVariantList byMethod() const;
    QVariantList byHour() const; // 24 counts, hour 0..23
    int maxPerHour() const;
    bool closed() const { return m_report.value(QStringLiteral("closed")).toBool(); }
    JsonListModel *payments() { return &m_payments; }
    bool loading() const { return m_loading > 0; }
    bool loaded() const { return !m_report.isEmpty(); }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void voidPayment(qint64 paymentId, const QString &reason);
    Q_INVOKABLE void closeDay();
    // Writes the day's payments and totals as CSV; returns the path or "".
    Q_INVOKABLE QString exportCsv(const QString &directory = QString());

Q_SIGNALS:
    void sessionChanged();
    void dateChanged();
    void reportChanged();
    void loadingChanged();
    void errorChanged();
    void dayClosed();

private:
    void request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                 std::function<void(const QJsonObject &)> ok);
    void setError(const QString &e);

    QPointer<Session> m_session;
    QString m_date;
    QVariantMap m_report;
    JsonListModel m_payments;
    int m_loading = 0;
    QString m_error;
};
