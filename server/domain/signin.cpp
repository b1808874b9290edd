// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Sign-in, bearer tokens and ticket codes.
#include "signin.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "store/database.h"
#include "views/staffviews.h"

#include <QSqlQuery>

namespace {
constexpr qint64 kStaffTokenTtl = 12 * 3600;
}

SignIn::SignIn(CommandPipeline &pipeline, StaffViews &staffViews)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_staffViews(staffViews)
{
}

QString SignIn::issueToken(Principal::Role role, qint64 staffId, qint64 deviceId, qint64 ttlSecs)
{
    const QString token = Secrets::randomToken();
    const QDateTime now = m_clock.now();
    m_db.exec(
        QStringLiteral("INSERT INTO tokens (token_hash, role, staff_id, device_id, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { Secrets::tokenDigest(token), Principal::roleName(role),
          staffId > 0 ? QVariant(staffId) : QVariant(),
          deviceId > 0 ? QVariant(deviceId) : QVariant(), isoUtc(now),
          ttlSecs > 0 ? QVariant(isoUtc(now.addSecs(ttlSecs))) : QVariant() });
    // A token that was never stored must not be handed out: it would fail on first use.
    return m_db.lastOk() ? token : QString();
}

LoginAttempt SignIn::prepareLogin(const QJsonObject &body)
{
    LoginAttempt a;
    Fields f(body);
    a.byPin = f.has("staff_id") || f.has("pin");
    QSqlQuery q;
    if (a.byPin) {
        const auto staffId = f.integer("staff_id", true, 1, std::numeric_limits<qint32>::max());
        a.secret = f.string("pin", true, 12);
        if (!f.ok()) {
            a.error = f.error();
            return a;
        }
        q = m_db.exec(QStringLiteral("SELECT id, pin_hash FROM staff WHERE id = ? AND active = 1 "
                                     "AND role = 'therapist'"),
                      { *staffId });
    } else {
        const QString username = f.string("username", true, 64);
        a.secret = f.string("password", true, 200);
        if (!f.ok()) {
            a.error = f.error();
            return a;
        }
        q = m_db.exec(QStringLiteral("SELECT id, password_hash FROM staff WHERE username = ? "
                                     "AND active = 1 AND role IN ('admin', 'cashier')"),
                      { username });
    }
    if (q.next()) {
        a.staffId = q.value(0).toLongLong();
        a.storedHash = q.value(1).toString();
    }
    // Verify against a dummy for an unknown user, so timing does not tell which names exist.
    static const QString dummy = Secrets::hash(QStringLiteral("not a secret"));
    if (a.storedHash.isEmpty()) {
        a.staffId = 0;
        a.storedHash = dummy;
    }
    return a;
}

bool LoginAttempt::verify() const
{
    return Secrets::verify(secret, storedHash) && staffId > 0;
}

Reply SignIn::finishLogin(const LoginAttempt &a, bool verified)
{
    if (a.error)
        return *a.error;
    if (!verified || a.staffId <= 0)
        return Reply::error(401, QStringLiteral("invalid_credentials"),
                            a.byPin ? QStringLiteral("wrong staff id or PIN")
                                    : QStringLiteral("wrong username or password"));
    const QJsonObject staff = m_staffViews.staffJson(a.staffId);
    // The account may have been deactivated while the hash was being checked.
    if (staff.isEmpty() || !staff.value(QLatin1String("active")).toBool())
        return Reply::error(401, QStringLiteral("invalid_credentials"),
                            QStringLiteral("this account is not active"));
    const Principal::Role role =
        Principal::roleFromName(staff.value(QLatin1String("role")).toString());
    QString token;
    // In a transaction: a token the database did not keep is never handed out.
    const Reply stored = m_pipeline.run(Principal::system(), [&] {
        token = issueToken(role, a.staffId, 0, kStaffTokenTtl);
        return token.isEmpty() ? Errors::storage() : Reply::ok({});
    });
    if (!stored.isOk())
        return stored;
    return Reply::ok(
        { { QStringLiteral("token"), token },
          { QStringLiteral("role"), Principal::roleName(role) },
          { QStringLiteral("staff"), staff },
          { QStringLiteral("expires_at"), isoUtc(m_clock.now().addSecs(kStaffTokenTtl)) } });
}

Reply SignIn::logout(const QString &token)
{
    // Through a transaction, so a write the database refuses is an error, not a 200 while the
    // token keeps working; the token's live sockets are closed once the revocation is committed.
    const Reply r = m_pipeline.run(Principal::system(), [&] {
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"),
                  { Secrets::tokenDigest(token) });
        return Reply::ok({ { QStringLiteral("ok"), true } });
    });
    if (r.isOk())
        m_pipeline.credentialRevoked();
    return r;
}

std::optional<Principal> SignIn::resolveToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT t.role, t.staff_id, t.device_id, t.expires_at, "
                                 " COALESCE(s.display_name, d.name), COALESCE(s.active, d.active) "
                                 "FROM tokens t LEFT JOIN staff s ON s.id = t.staff_id "
                                 "LEFT JOIN devices d ON d.id = t.device_id "
                                 "WHERE t.token_hash = ? AND t.revoked = 0"),
                  { Secrets::tokenDigest(token) });
    if (!q.next() || q.value(5).toInt() != 1)
        return std::nullopt;
    const QString expires = q.value(3).toString();
    if (!expires.isEmpty() && fromIsoUtc(expires) <= m_clock.now())
        return std::nullopt;
    Principal p;
    p.role = Principal::roleFromName(q.value(0).toString());
    p.staffId = q.value(1).toLongLong();
    p.deviceId = q.value(2).toLongLong();
    p.name = q.value(4).toString();
    if (!expires.isEmpty())
        p.expiresAt = fromIsoUtc(expires);
    return p;
}

std::optional<Principal> SignIn::resolveTicketCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 32)
        return std::nullopt;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, customer_name FROM visits WHERE code = ?"),
                            { code.toUpper() });
    if (!q.next())
        return std::nullopt;
    Principal p;
    p.role = Principal::Role::Customer;
    p.visitId = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    return p;
}
