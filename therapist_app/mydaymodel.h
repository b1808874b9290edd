// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/jsonlistmodel.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The therapist's "my day": today's bookings with them and the walk-ins they served or have
// assigned, one row each in time order, built from their room's state (`bookings`, `queue`,
// `served`, `therapist.next_booking`). A booking that arrived is one row with its visit's state.
// Rows: id (text key), kind ("booking", "walkin"), start (ISO UTC), time ("15:00", local),
// first_name, services ("Thai Massage + Foot Massage"), duration_min, room, status ("booked",
// "assigned", "in_service", "done"), ticket, notes, health_notes, language (the customer's care
// notes, bookings only), is_next (the one to get ready for).
class MyDayModel : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TherapistState makes it")
    Q_PROPERTY(int nextRow READ nextRow NOTIFY nextChanged)
    // The next booking for the main screen: bookingId, start, time, first_name, services,
    // duration_min, room; empty when none is coming.
    Q_PROPERTY(QVariantMap nextBooking READ nextBooking NOTIFY nextChanged)

public:
    explicit MyDayModel(QObject *parent = nullptr);

    int nextRow() const { return m_nextRow; }
    QVariantMap nextBooking() const { return m_nextBooking; }

    // Replaces the day from the room's state.
    void setDay(const QJsonArray &bookings, const QJsonArray &queue, const QJsonArray &served,
                const QJsonValue &nextBooking);
    void clear();

    // "Somchai Jaidee" → "Somchai": the tablet calls a guest by their first name.
    static QString firstName(const QString &fullName);

Q_SIGNALS:
    void nextChanged();

private:
    int m_nextRow = -1;
    QVariantMap m_nextBooking;
};
