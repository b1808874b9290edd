// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class CommandPipeline;
class Database;
class SignIn;
class Staff;

// A signed-in person changes their own secret: a password (admin, cashier) or a PIN (therapist),
// proving the old one. Every session of theirs ends (tokens revoked, live sockets closed); the
// answer carries a fresh token so the device that asked stays signed in. An admin resets
// someone else's secret with PUT /api/staff/{id} (Staff::update).
class Credentials {
public:
    Credentials(CommandPipeline &pipeline, SignIn &signIn, Staff &staff);

    Reply changePassword(const QJsonObject &body, const Principal &who);
    Reply changePin(const QJsonObject &body, const Principal &who);

private:
    Reply change(const Principal &who, const QString &oldSecret, const QString &newSecret,
                 const char *column);

    CommandPipeline &m_pipeline;
    Database &m_db;
    SignIn &m_signIn;
    Staff &m_staff;
};
