// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVector>

// The guests of the booking being edited: the first is the one who books (their name and record
// are the booking's), the others a couple's or group's further guests, each with their own
// services, therapist (0: any) and, when the booking was resized, the length it was stored with.
// Plain data for BookingEditor, which shows one guest at a time.
class BookingGuests {
public:
    struct Guest {
        qint64 customerId = 0; // guests after the first
        QString name; // guests after the first
        QList<qint64> serviceIds;
        qint64 therapistId = 0;
        // The length the booking was stored with, when not its services' (a resize), and the
        // services it was set with: kept through a change that leaves those services alone.
        int keptLength = 0;
        QList<qint64> keptFor;
    };
    // As many as the dialog shows (the server takes up to 10).
    static constexpr int kMax = 4;

    // One guest, with `therapistId` (0: any).
    void reset(qint64 therapistId);
    // The guests of a booking as the server sends it.
    void load(const QJsonArray &guests);
    int count() const { return int(m_guests.size()); }
    Guest &at(int i) { return m_guests[i]; }
    const Guest &at(int i) const { return m_guests.at(i); }
    // A new guest at the end (false when there are kMax); its index is count() - 1.
    bool add();
    // Guest `i` (not the first) taken out; false when there is no such guest.
    bool remove(int i);
    // The index of the first guest without services, or after the first without a name, or -1.
    int firstIncomplete() const;
    // Guest `i` for a request: {customer_id?, customer_name?, service_ids, therapist_id?,
    // duration_minutes?}; the first guest's name and record are `bookerName`, `bookerId`.
    QJsonObject json(int i, const QString &bookerName, qint64 bookerId) const;
    // The kept length of guest `i` for a request, 0 when its services changed or none is kept.
    int keptLength(int i) const;

private:
    QVector<Guest> m_guests { Guest() };
};
