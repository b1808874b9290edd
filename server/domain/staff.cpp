// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Staff accounts and their secrets, and kiosk devices.
#include "staff.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/signin.h"
#include "rooms.h"
#include "store/database.h"
#include "views/staffviews.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
bool validPin(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$"));
    return re.match(pin).hasMatch();
}
} // namespace

Staff::Staff(CommandPipeline &pipeline, StaffViews &views, SignIn &signIn)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_views(views)
    , m_signIn(signIn)
{
}

std::optional<Reply> Staff::usernameTaken(const QString &username)
{
    if (username.isEmpty())
        return std::nullopt;
    QSqlQuery dup =
        m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), { username });
    if (!dup.next())
        return std::nullopt;
    return Errors::conflict(QStringLiteral("username_taken"),
                            QStringLiteral("username '%1' is taken").arg(username));
}

Reply Staff::create(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString displayName = f.string("display_name", true, 100);
    const QString role = f.choice(
        "role", true,
        { QStringLiteral("admin"), QStringLiteral("cashier"), QStringLiteral("therapist") });
    const bool desk = role == QLatin1String("admin") || role == QLatin1String("cashier");
    const QString username = f.string("username", desk, 64, 2);
    const QString password = f.string("password", desk, 200);
    if (f.ok() && desk && password.size() < m_minPasswordLength)
        f.fail(QStringLiteral("'password' needs at least %1 characters").arg(m_minPasswordLength));
    const QString pin = f.string("pin", role == QLatin1String("therapist"), 8);
    if (f.ok() && !pin.isEmpty() && !validPin(pin))
        f.fail(QStringLiteral("'pin' must be 4 to 8 digits"));
    if (!f.ok())
        return f.error();
    // Checked before the secret is hashed (PBKDF2 takes about 0.1 s: not for a name that is
    // taken, and never under the write lock) and again inside the transaction, where another
    // instance's account of the same name would otherwise meet the UNIQUE constraint (a 500).
    if (auto taken = usernameTaken(username))
        return *taken;
    const QVariant passwordHash = password.isEmpty() ? QVariant() : Secrets::hash(password);
    const QVariant pinHash = pin.isEmpty() ? QVariant() : Secrets::hash(pin);
    return m_pipeline.run(who, [&] {
        if (auto taken = usernameTaken(username))
            return *taken;
        const QString now = isoUtc(m_clock.now());
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO staff (username, display_name, role, password_hash, "
                           "pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            { username.isEmpty() ? QVariant() : username, displayName, role, passwordHash, pinHash,
              now });
        if (!q.next())
            return Errors::internal();
        const qint64 id = q.value(0).toLongLong();
        if (role == QLatin1String("therapist"))
            m_db.exec(QStringLiteral("INSERT INTO therapist_state (staff_id, status, turn_since, "
                                     "status_since) VALUES (?, 'off', ?, ?)"),
                      { id, now, now });
        const QJsonObject s = m_views.staffJson(id);
        m_pipeline.journal(QStringLiteral("staff.created"),
                           { Room::cashier(), Room::monitor(), Room::therapists() }, s);
        return Reply::ok({ { QStringLiteral("staff"), s } }, 201);
    });
}

Reply Staff::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    const QJsonObject current = m_views.staffJson(id);
    if (current.isEmpty())
        return Errors::notFound(QStringLiteral("no staff member with id %1").arg(id));
    const QString role = current.value(QLatin1String("role")).toString();
    Fields f(body);
    const QString displayName = f.string("display_name", false, 100);
    const QString password = f.string("password", false, 200);
    const QString pin = f.string("pin", false, 8);
    if (f.has("display_name") && displayName.isEmpty())
        f.fail(QStringLiteral("'display_name' must not be empty"));
    if (f.ok() && f.has("password") &&
        (role == QLatin1String("therapist") || password.size() < m_minPasswordLength))
        f.fail(role == QLatin1String("therapist")
                   ? QStringLiteral("therapists sign in with a PIN, not a password")
                   : QStringLiteral("'password' needs at least %1 characters")
                         .arg(m_minPasswordLength));
    if (f.ok() && f.has("pin") && (role != QLatin1String("therapist") || !validPin(pin)))
        f.fail(role != QLatin1String("therapist") ? QStringLiteral("only therapists have a PIN")
                                                  : QStringLiteral("'pin' must be 4 to 8 digits"));
    if (f.has("role") || f.has("username"))
        f.fail(QStringLiteral("role and username cannot be changed; create a new staff member"));
    if (!f.ok())
        return f.error();
    const Reply r = m_pipeline.run(who, [&] {
        if (!displayName.isEmpty())
            m_db.exec(QStringLiteral("UPDATE staff SET display_name = ? WHERE id = ?"),
                      { displayName, id });
        if (!password.isEmpty())
            m_db.exec(QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
                      { Secrets::hash(password), id });
        if (!pin.isEmpty())
            m_db.exec(QStringLiteral("UPDATE staff SET pin_hash = ? WHERE id = ?"),
                      { Secrets::hash(pin), id });
        // A new password or PIN ends every session signed in with the old one.
        if (!password.isEmpty() || !pin.isEmpty())
            m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE staff_id = ?"), { id });
        const QJsonObject s = m_views.staffJson(id);
        m_pipeline.journal(QStringLiteral("staff.updated"),
                           { Room::cashier(), Room::monitor(), Room::therapists() }, s);
        return Reply::ok({ { QStringLiteral("staff"), s } });
    });
    if (r.isOk() && (!password.isEmpty() || !pin.isEmpty()))
        m_pipeline.credentialRevoked();
    return r;
}

Reply Staff::deactivate(qint64 id, const Principal &who)
{
    const QJsonObject current = m_views.staffJson(id);
    if (current.isEmpty())
        return Errors::notFound(QStringLiteral("no staff member with id %1").arg(id));
    if (id == who.staffId)
        return Errors::conflict(QStringLiteral("self_delete"),
                                QStringLiteral("you cannot deactivate your own account"));
    const Reply r = m_pipeline.run(who, [&]() -> Reply {
        // Counted inside the transaction: another instance may be assigning this therapist.
        QSqlQuery busy =
            m_db.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE therapist_id = ? "
                                     "AND status IN ('assigned', 'in_service')"),
                      { id });
        if (busy.next() && busy.value(0).toInt() > 0)
            return Errors::conflict(QStringLiteral("has_active_visits"),
                                    QStringLiteral("this therapist still has %1 active visit(s); "
                                                   "reassign them first")
                                        .arg(busy.value(0).toInt()));
        // Staff rows stay for history; the account stops working at once.
        m_db.exec(QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE staff_id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE therapist_state SET status = 'off' WHERE staff_id = ?"),
                  { id });
        const QJsonObject s = m_views.staffJson(id);
        m_pipeline.journal(QStringLiteral("staff.deactivated"),
                           { Room::cashier(), Room::monitor(), Room::therapists() }, s);
        return Reply::ok({ { QStringLiteral("staff"), s } });
    });
    if (r.isOk())
        m_pipeline.credentialRevoked();
    return r;
}

Reply Staff::createDevice(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString name = f.string("name", true, 100);
    // A wall monitor (the default) or a self check-in kiosk; nothing else is a device.
    const QString roleName = f.has("role")
        ? f.choice("role", true, { QStringLiteral("monitor"), QStringLiteral("checkin") })
        : QStringLiteral("monitor");
    if (!f.ok())
        return f.error();
    const Principal::Role role = Principal::roleFromName(roleName);
    return m_pipeline.run(who, [&] {
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO devices (name, role, created_at) "
                                               "VALUES (?, ?, ?) RETURNING id"),
                                { name, roleName, isoUtc(m_clock.now()) });
        if (!q.next())
            return Errors::internal();
        const qint64 id = q.value(0).toLongLong();
        // Kiosks run unattended for weeks: their tokens do not expire, an admin revokes them.
        const QString token = m_signIn.issueToken(role, 0, id, 0);
        const QJsonObject device { { QStringLiteral("id"), id },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("role"), roleName } };
        m_pipeline.journal(QStringLiteral("device.created"), { Room::cashier() }, device);
        return Reply::ok(
            { { QStringLiteral("device"), device }, { QStringLiteral("token"), token } }, 201);
    });
}

Reply Staff::revokeDevice(qint64 id, const Principal &who)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, name, role, active FROM devices WHERE id = ?"), { id });
    if (!q.next())
        return Errors::notFound(QStringLiteral("no device with id %1").arg(id));
    const QString name = q.value(1).toString();
    const QString role = q.value(2).toString();
    const Reply r = m_pipeline.run(who, [&] {
        m_db.exec(QStringLiteral("UPDATE devices SET active = 0 WHERE id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE device_id = ?"), { id });
        const QJsonObject device { { QStringLiteral("id"), id },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("role"), role },
                                   { QStringLiteral("active"), false } };
        m_pipeline.journal(QStringLiteral("device.revoked"), { Room::cashier() }, device);
        return Reply::ok({ { QStringLiteral("device"), device } });
    });
    if (r.isOk())
        m_pipeline.credentialRevoked();
    return r;
}
