// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bookingblocks.h"
#include "bookingcolumns.h"
#include "session.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

// One therapist's week in the appointment book: seven day columns from Monday, each with the
// hours they work that day and their bookings and visits (GET /api/therapists/{id}/day for each
// day). Read only: a booking is moved in the day view.
class BookingWeek : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(qint64 therapistId READ therapistId WRITE setTherapistId NOTIFY therapistIdChanged)
    // Any day of the week shown; the week starts on its Monday.
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString weekStart READ weekStart NOTIFY dateChanged)
    // The venue's zone (BookingDay's timeZone): the days are the venue's.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY timeZoneChanged)
    Q_PROPERTY(int firstMinute READ firstMinute NOTIFY loaded)
    Q_PROPERTY(int lastMinute READ lastMinute NOTIFY loaded)
    Q_PROPERTY(BookingColumnModel *columns READ columns CONSTANT)
    Q_PROPERTY(BookingBlockModel *blocks READ blocks CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit BookingWeek(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    qint64 therapistId() const { return m_therapistId; }
    void setTherapistId(qint64 id);
    QString date() const { return m_date.toString(Qt::ISODate); }
    void setDate(const QString &date);
    QString weekStart() const { return monday().toString(Qt::ISODate); }
    QString timeZone() const { return m_zoneName; }
    void setTimeZone(const QString &zone);
    int firstMinute() const { return m_first; }
    int lastMinute() const { return m_last; }
    BookingColumnModel *columns() { return &m_columns; }
    BookingBlockModel *blocks() { return &m_blocks; }
    bool loading() const { return m_waiting > 0; }
    QString error() const { return m_error; }

    Q_INVOKABLE void previousWeek() { setDate(m_date.addDays(-7).toString(Qt::ISODate)); }
    Q_INVOKABLE void nextWeek() { setDate(m_date.addDays(7).toString(Qt::ISODate)); }
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void sessionChanged();
    void therapistIdChanged();
    void dateChanged();
    void timeZoneChanged();
    void loaded();
    void loadingChanged();
    void errorChanged();

private:
    QDate monday() const { return m_date.addDays(1 - m_date.dayOfWeek()); }
    void assemble();

    QPointer<Session> m_session;
    qint64 m_therapistId = 0;
    QDate m_date = QDate::currentDate();
    QString m_zoneName;
    QTimeZone m_zone = QTimeZone::utc();
    int m_first = 8 * 60;
    int m_last = 22 * 60;
    BookingColumnModel m_columns;
    BookingBlockModel m_blocks;
    QVector<QJsonObject> m_days; // the seven answers, Monday first
    int m_waiting = 0;
    quint64 m_generation = 0;
    QString m_error;
};
