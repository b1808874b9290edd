// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"
#include "domain/roompicker.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

class BookingCalendar;
class Clock;
class Customers;
class CommandPipeline;
class Database;
class StaffViews;
class Therapists;
class Venue;
class VisitViews;

// Check-in and the visit state machine: waiting → assigned → in_service → awaiting_payment → paid,
// with cancelled and no_show from waiting or assigned.
class Visits {
public:
    struct ServiceLine {
        qint64 id = 0;
        QString name;
        qint64 price = 0;
        int duration = 0;
    };
    // A visit to write (check-in, or a booking arriving).
    struct NewVisit {
        QString customerName;
        QString phone;
        QString notes;
        qint64 customerId = 0; // 0: no customer record
        qint64 bookingId = 0; // 0: a walk-in
        qint64 therapistId = 0; // 0: waiting for one
        qint64 roomId = 0; // 0: a free one once it has a therapist
        QVector<ServiceLine> lines;
    };

    Visits(CommandPipeline &pipeline, Venue &venue, VisitViews &views, StaffViews &staffViews,
           Therapists &therapists, Customers &customers, BookingCalendar &calendar);

    // A bound on open visits: one token's loop of check-ins must not grow every screen's state
    // without end (0: no bound).
    void setMaxOpenVisits(int n) { m_maxOpenVisits = n; }
    Reply checkIn(const QJsonObject &body, const Principal &who);
    Reply assign(qint64 id, const QJsonObject &body, const Principal &who);
    Reply call(qint64 id, const Principal &who);
    Reply start(qint64 id, const Principal &who);
    Reply complete(qint64 id, const Principal &who);
    Reply cancel(qint64 id, const QJsonObject &body, const Principal &who);
    Reply noShow(qint64 id, const QJsonObject &body, const Principal &who);
    Reply discount(qint64 id, const QJsonObject &body, const Principal &who);

    // The rooms a change to `visit` (as VisitViews::visitJson() gives it, after the change)
    // concerns; `otherTherapist`: the therapist it was taken from, if any.
    static QStringList rooms(const QJsonObject &visit, qint64 otherTherapist = 0);
    // Writes `v` with today's next ticket number and journals `visit.checked_in`; only inside a
    // pipeline run. The visit as VisitViews gives it (empty if the insert failed).
    QJsonObject insert(const NewVisit &v);
    // The active services `ids` names, or a 422 naming the first unknown one.
    std::optional<Reply> serviceLines(const QVector<qint64> &ids, QVector<ServiceLine> *lines);

private:
    Reply transition(qint64 id, const Principal &who, const QStringList &from,
                     const std::function<Reply(const QJsonObject &visit)> &apply);
    bool therapistMayAct(const Principal &who, const QJsonObject &visit) const;

    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    Venue &m_venue;
    VisitViews &m_views;
    StaffViews &m_staffViews;
    Therapists &m_therapists;
    Customers &m_customers;
    RoomPicker m_rooms;
    int m_maxOpenVisits = 0;
};
