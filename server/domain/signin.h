// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

#include <optional>

class Clock;
class CommandPipeline;
class Database;
class StaffViews;

// A sign-in split in three so the slow part (PBKDF2) can run off the event loop:
// prepareLogin() reads the account, verify() may run on any thread, finishLogin() issues the token.
struct LoginAttempt {
    std::optional<Reply> error; // malformed request: answer this, verify nothing
    bool byPin = false;
    QString secret;
    QString storedHash;
    qint64 staffId = 0;
    bool verify() const;
};

// Sign-in, bearer tokens and ticket codes: who is asking.
class SignIn {
public:
    SignIn(CommandPipeline &pipeline, StaffViews &staffViews);

    LoginAttempt prepareLogin(const QJsonObject &body);
    Reply finishLogin(const LoginAttempt &attempt, bool verified);
    Reply logout(const QString &token);
    std::optional<Principal> resolveToken(const QString &token);
    std::optional<Principal> resolveTicketCode(const QString &code);
    // Stores a new token (inside a pipeline run) and returns it; empty when it was not stored.
    QString issueToken(Principal::Role role, qint64 staffId, qint64 deviceId, qint64 ttlSecs);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    StaffViews &m_staffViews;
};
