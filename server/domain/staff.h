// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <optional>

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class Clock;
class CommandPipeline;
class Database;
class SignIn;
class StaffViews;

// Staff accounts (admin, cashier, therapist) with their password or PIN, and kiosk devices.
// Accounts are deactivated, never erased; a change of secret ends the account's sessions.
class Staff {
public:
    Staff(CommandPipeline &pipeline, StaffViews &views, SignIn &signIn);

    Reply create(const QJsonObject &body, const Principal &who = Principal::system());
    Reply update(qint64 id, const QJsonObject &body, const Principal &who = Principal::system());
    Reply deactivate(qint64 id, const Principal &who);
    Reply createDevice(const QJsonObject &body, const Principal &who = Principal::system());
    // Deactivates a device (a lost kiosk) and revokes its tokens, by id: no token needed.
    Reply revokeDevice(qint64 id, const Principal &who = Principal::system());

    // 8 for a real venue; the demo's accounts (admin/admin) need 4, so `--demo` lowers it.
    void setMinPasswordLength(int n) { m_minPasswordLength = n; }
    int minPasswordLength() const { return m_minPasswordLength; }

private:
    // 409 username_taken when a staff account already signs in as `username`.
    std::optional<Reply> usernameTaken(const QString &username);

    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    StaffViews &m_views;
    SignIn &m_signIn;
    int m_minPasswordLength = 8;
};
