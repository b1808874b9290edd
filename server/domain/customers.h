// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

#include <optional>

class CommandPipeline;
class CustomerViews;
class Database;

// Customer records: name, phone (one record per phone number), language, notes and preferences,
// health notes (contraindications), preferred therapist. Visits and bookings point at one when
// the customer gives their phone; neither needs one.
class Customers {
public:
    Customers(CommandPipeline &pipeline, CustomerViews &views);

    Reply create(const QJsonObject &body, const Principal &who);
    // Changes the given fields; null clears an optional one.
    Reply update(qint64 id, const QJsonObject &body, const Principal &who);

    // Why `id` is not a customer a visit or booking may name (422), or nothing.
    std::optional<Reply> checkExists(qint64 id);

private:
    struct Input;
    std::optional<Reply> read(const QJsonObject &body, bool creating, Input *in);
    // 409 when another customer (not `except`) has `phone`. Asked inside the transaction (after
    // the write lock on PostgreSQL): the phone has no UNIQUE constraint to fall back on.
    std::optional<Reply> phoneTaken(const QString &phone, qint64 except);

    CommandPipeline &m_pipeline;
    Database &m_db;
    CustomerViews &m_views;
};
