// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

#include <functional>

class CommandPipeline;
class Database;
class SignIn;
class StaffViews;
class Venue;

// First run: a database with no active admin is set up once — the venue's settings, its rooms
// and the first admin — by `spa-server setup` or `POST /api/setup` (with the one-time code the
// server printed at start). Both go through apply(); after it, setup is refused with 409.
class FirstRunSetup {
public:
    FirstRunSetup(CommandPipeline &pipeline, Venue &venue, SignIn &signIn, StaffViews &staffViews);

    // True while no active admin exists.
    bool needed();
    // Makes a new one-time code (the old one stops working) and reports it to the code sink.
    QString newCode();
    // Where a new code goes (written to <data dir>/setup-code and the log), and an empty string
    // once the code is spent. Set by ServerApp.
    void setCodeSink(std::function<void(const QString &)> sink) { m_codeSink = std::move(sink); }

    // POST /api/setup: checks `code` first (403, and a new code after kMaxWrongCodes wrong ones).
    Reply withCode(const QJsonObject &body, const Principal &who);
    // The setup itself: venue_name, currency, timezone (required), the other settings keys,
    // `rooms` (names), admin_username, admin_display_name, admin_password (8+ characters).
    // Answers 201 with the admin and a token signing them in.
    Reply apply(const QJsonObject &body, const Principal &who);

    static constexpr int kMaxWrongCodes = 5;

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    Venue &m_venue;
    SignIn &m_signIn;
    StaffViews &m_staffViews;
    QString m_codeDigest; // of the current code; empty: no code (none issued, or spent)
    int m_wrongCodes = 0;
    std::function<void(const QString &)> m_codeSink;
};
