// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "credentials.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/signin.h"
#include "domain/staff.h"
#include "rooms.h"
#include "store/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
constexpr qint64 kTokenTtl = 12 * 3600; // as a sign-in's
}

Credentials::Credentials(CommandPipeline &pipeline, SignIn &signIn, Staff &staff)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_signIn(signIn)
    , m_staff(staff)
{
}

Reply Credentials::changePassword(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString oldPassword = f.string("old_password", true, 200);
    const QString newPassword = f.string("new_password", true, 200);
    if (f.ok() && newPassword.size() < m_staff.minPasswordLength())
        f.fail(QStringLiteral("'new_password' needs at least %1 characters")
                   .arg(m_staff.minPasswordLength()));
    if (!f.ok())
        return f.error();
    return change(who, oldPassword, newPassword, "password_hash");
}

Reply Credentials::changePin(const QJsonObject &body, const Principal &who)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    Fields f(body);
    const QString oldPin = f.string("old_pin", true, 12);
    const QString newPin = f.string("new_pin", true, 12);
    if (f.ok() && !digits.match(newPin).hasMatch())
        f.fail(QStringLiteral("'new_pin' must be 4 to 8 digits"));
    if (!f.ok())
        return f.error();
    return change(who, oldPin, newPin, "pin_hash");
}

Reply Credentials::change(const Principal &who, const QString &oldSecret, const QString &newSecret,
                          const char *column)
{
    const auto stored = [&]() -> std::optional<QString> {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM staff WHERE id = ? AND active = 1")
                                    .arg(QLatin1String(column)),
                                { who.staffId });
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toString();
    };
    const std::optional<QString> before = stored();
    if (!before)
        return Errors::forbidden(QStringLiteral("this account has no such secret to change"));
    // PBKDF2 twice (~0.2 s) on the event loop, before the transaction (it must not hold the
    // write lock): rare, and only for a signed-in person.
    if (!Secrets::verify(oldSecret, *before))
        return Reply::error(403, QStringLiteral("wrong_secret"),
                            QStringLiteral("the current password or PIN is wrong; nothing was "
                                           "changed"));
    const QString hash = Secrets::hash(newSecret);
    QString token;
    const Reply r = m_pipeline.run(who, [&]() -> Reply {
        // The secret checked above is still the stored one (another instance, or an admin's
        // reset, may have changed it meanwhile): the old secret proves nothing otherwise.
        if (stored() != before)
            return Errors::conflict(QStringLiteral("secret_changed"),
                                    QStringLiteral("the password or PIN was changed meanwhile; "
                                                   "nothing was changed"));
        m_db.exec(QStringLiteral("UPDATE staff SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
                  { hash, who.staffId });
        // Every session of this person ends, wherever it is; this device gets a new one.
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE staff_id = ?"),
                  { who.staffId });
        token = m_signIn.issueToken(who.role, who.staffId, 0, kTokenTtl);
        if (token.isEmpty())
            return Errors::storage();
        // The journal records that it changed (never the secret).
        m_pipeline.journal(QLatin1String(column) == QLatin1String("pin_hash")
                               ? QStringLiteral("staff.pin_changed")
                               : QStringLiteral("staff.password_changed"),
                           { Room::cashier() }, { { QStringLiteral("staff_id"), who.staffId } });
        return Reply::ok({ { QStringLiteral("token"), token },
                           { QStringLiteral("expires_at"),
                             isoUtc(m_pipeline.clock().now().addSecs(kTokenTtl)) } });
    });
    if (r.isOk())
        m_pipeline.credentialRevoked();
    return r;
}
