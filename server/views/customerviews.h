// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QJsonObject>

class Database;

// Customer records as the desk reads them: found by phone or name, with visit history, spend and
// no-shows. Health notes are in these answers, which only the desk's roles may ask for.
class CustomerViews {
public:
    explicit CustomerViews(Database &db)
        : m_db(db)
    {
    }

    // One record with its counts (visits, spend, no-shows); empty when there is none.
    QJsonObject customerJson(qint64 id);
    // GET /api/customers?q=: by phone (digits anywhere in it) or name (any part, any case),
    // at most 20, best first.
    Reply search(const QString &q);
    // GET /api/customers/{id}: the record with its visits and bookings, newest first.
    Reply getCustomer(qint64 id);
    // The notes the therapist serving a customer sees (notes, health notes, language).
    QJsonObject careNotes(qint64 id);

private:
    Database &m_db;
};
