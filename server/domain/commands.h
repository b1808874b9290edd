// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>

class SpaDomain;

// The one command layer behind REST and Socket.IO: a name, the roles allowed to send it, and the
// domain call. Ids travel in the parameters (`visit_id`, `payment_id`, `therapist_id`), so both
// transports send the same payloads and get the same errors.
class Commands {
public:
    explicit Commands(SpaDomain &domain);

    Reply run(const QString &name, const QJsonObject &params, const Principal &who) const;
    bool exists(const QString &name) const { return m_commands.contains(name); }
    // Who may send `name`: the one role table for commands, used by the REST routes that run them
    // too (an unknown name: nobody).
    // Every command's name: the role-table test checks each has its row in docs/security.md.
    QStringList names() const { return m_commands.keys(); }
    QSet<Principal::Role> roles(const QString &name) const { return m_commands.value(name).roles; }

private:
    struct Command {
        QSet<Principal::Role> roles;
        std::function<Reply(const QJsonObject &, const Principal &)> handler;
    };
    void add(const QString &name, QSet<Principal::Role> roles,
             std::function<Reply(const QJsonObject &, const Principal &)> handler);

    SpaDomain &m_domain;
    QHash<QString, Command> m_commands;
};
