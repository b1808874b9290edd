// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"
#include "domain/bookingplan.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class Customers;
class Database;
class Visits;

// Reads a booking's body (the one-guest shape or `guests`) into a BookingPlan: every field
// checked, names and phones taken from customer records, services priced and timed. Nothing is
// decided about time or place here; that is BookingScheduler's.
class BookingRequest {
public:
    BookingRequest(Database &db, Customers &customers, Visits &visits)
        : m_db(db)
        , m_customers(customers)
        , m_visits(visits)
    {
    }

    // The fields a booking body may carry.
    static const QStringList &keys();
    // A 422 naming the first unknown field of `body`, if any.
    static std::optional<Reply> checkKeys(const QJsonObject &body);
    std::optional<Reply> read(const QJsonObject &body, BookingPlan *plan);

private:
    std::optional<Reply> readGuest(const QJsonObject &o, const QString &where,
                                   BookingPlan::Guest *guest);

    Database &m_db;
    Customers &m_customers;
    Visits &m_visits;
};
