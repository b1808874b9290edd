#pragma once

#include <QDateTime>
#include <QString>

// Who is asking: resolved from a bearer token (staff, device) or a ticket code (customer).
struct Principal
{
    enum class Role { None, Admin, Cashier, Therapist, Monitor, Customer };

    Role role = Role::None;
    qint64 staffId = 0;
    qint64 deviceId = 0;
    qint64 visitId = 0; // customer: the one ticket they may read
    QString name;
    QDateTime expiresAt; // invalid: does not expire (devices, ticket codes)

    bool isValid() const { return role != Role::None; }
    bool isStaff() const { return role == Role::Admin || role == Role::Cashier || role == Role::Therapist; }
    bool isDesk() const { return role == Role::Admin || role == Role::Cashier; }

    static QString roleName(Role r)
    {
        switch (r) {
        case Role::Admin: return QStringLiteral("admin");
        case Role::Cashier: return QStringLiteral("cashier");
        case Role::Therapist: return QStringLiteral("therapist");
        case Role::Monitor: return QStringLiteral("monitor");
        case Role::Customer: return QStringLiteral("customer");
        case Role::None: break;
        }
        return QString();
    }
    static Role roleFromName(const QString &s)
    {
        for (Role r : { Role::Admin, Role::Cashier, Role::Therapist, Role::Monitor, Role::Customer })
            if (roleName(r) == s)
                return r;
        return Role::None;
    }
    QString roleName() const { return roleName(role); }
};
