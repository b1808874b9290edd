// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

// Who is asking: resolved from a bearer token (staff, device) or a ticket code (customer).
struct Principal {
    // Checkin: a self check-in kiosk's device token, which may only check walk-ins in.
    enum class Role { None, Admin, Cashier, Therapist, Monitor, Customer, Checkin };

    Role role = Role::None;
    qint64 staffId = 0;
    qint64 deviceId = 0;
    qint64 visitId = 0; // customer: the one ticket they may read
    QString name;
    QDateTime expiresAt; // invalid: does not expire (devices, ticket codes)
    // Where the request came from: the REST client's or the socket's remote address (set by the
    // transport, not the token); empty for the server's own work. Journaled with each change.
    QString address;

    // The server acting on its own (start-up demo data, migrations): journaled as "system".
    static Principal system() { return Principal(); }
    // Who, as the audit trail names it: "staff:3", "device:2", "ticket:<visit id>" or "system".
    QString actorId() const
    {
        if (staffId > 0)
            return QStringLiteral("staff:%1").arg(staffId);
        if (deviceId > 0)
            return QStringLiteral("device:%1").arg(deviceId);
        if (role == Role::Customer)
            return QStringLiteral("ticket:%1").arg(visitId);
        return QStringLiteral("system");
    }

    bool isValid() const { return role != Role::None; }
    bool isStaff() const
    {
        return role == Role::Admin || role == Role::Cashier || role == Role::Therapist;
    }
    bool isDesk() const { return role == Role::Admin || role == Role::Cashier; }

    static QString roleName(Role r)
    {
        switch (r) {
        case Role::Admin:
            return QStringLiteral("admin");
        case Role::Cashier:
            return QStringLiteral("cashier");
        case Role::Therapist:
            return QStringLiteral("therapist");
        case Role::Monitor:
            return QStringLiteral("monitor");
        case Role::Customer:
            return QStringLiteral("customer");
        case Role::Checkin:
            return QStringLiteral("checkin");
        case Role::None:
            break;
        }
        return QString();
    }
    static Role roleFromName(const QString &s)
    {
        for (Role r : { Role::Admin, Role::Cashier, Role::Therapist, Role::Monitor, Role::Customer,
                        Role::Checkin })
            if (roleName(r) == s)
                return r;
        return Role::None;
    }
    QString roleName() const { return roleName(role); }
};
