// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setup.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/settingsrules.h"
#include "domain/signin.h"
#include "domain/venue.h"
#include "rooms.h"
#include "store/database.h"
#include "views/staffviews.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace {
constexpr qint64 kAdminTokenTtl = 12 * 3600; // as a sign-in's

QString digest(const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

FirstRunSetup::FirstRunSetup(CommandPipeline &pipeline, Venue &venue, SignIn &signIn,
                             StaffViews &staffViews)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_venue(venue)
    , m_signIn(signIn)
    , m_staffViews(staffViews)
{
}

bool FirstRunSetup::needed()
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT 1 FROM staff WHERE role = 'admin' AND active = 1 LIMIT 1"));
    return !q.next() && m_db.lastOk();
}

QString FirstRunSetup::newCode()
{
    // 12 characters from the ticket alphabet (no 0/O, 1/I): about 60 bits, typed from a
    // terminal into the wizard; five wrong tries and it is replaced.
    const QString code = Secrets::ticketCode(12);
    m_codeDigest = digest(code);
    m_wrongCodes = 0;
    if (m_codeSink)
        m_codeSink(code);
    return code;
}

Reply FirstRunSetup::withCode(const QJsonObject &body, const Principal &who)
{
    if (!needed())
        return Errors::conflict(QStringLiteral("already_set_up"),
                                QStringLiteral("this server is already set up (an admin exists); "
                                               "sign in instead"));
    const QString code = body.value(QLatin1String("code")).toString().trimmed().toUpper();
    if (m_codeDigest.isEmpty() || code.isEmpty() || digest(code) != m_codeDigest) {
        if (!m_codeDigest.isEmpty() && ++m_wrongCodes >= kMaxWrongCodes) {
            newCode();
            return Reply::error(403, QStringLiteral("bad_setup_code"),
                                QStringLiteral("wrong setup code %1 times: a new code was made; "
                                               "read it from <data dir>/setup-code or the "
                                               "server log")
                                    .arg(kMaxWrongCodes));
        }
        return Reply::error(403, QStringLiteral("bad_setup_code"),
                            QStringLiteral("wrong or missing setup code (printed by the server at "
                                           "start and kept in <data dir>/setup-code)"));
    }
    QJsonObject rest = body;
    rest.remove(QStringLiteral("code"));
    const Reply r = apply(rest, who);
    if (r.isOk()) {
        // Single use: spent, and the file holding it removed.
        m_codeDigest.clear();
        if (m_codeSink)
            m_codeSink(QString());
    }
    return r;
}

Reply FirstRunSetup::apply(const QJsonObject &body, const Principal &who)
{
    QJsonObject settings = body;
    Fields f(body);
    const QString username = f.string("admin_username", true, 64, 2);
    const QString password = f.string("admin_password", true, 200);
    QString displayName = f.string("admin_display_name", false, 100);
    for (const char *key : { "admin_username", "admin_password", "admin_display_name", "rooms" })
        settings.remove(QLatin1String(key));
    if (!f.ok())
        return f.error();
    if (password.size() < 8)
        return Errors::invalid(QStringLiteral("'admin_password' needs at least 8 characters"));
    if (displayName.isEmpty())
        displayName = username;
    for (const char *key : { "venue_name", "currency", "timezone" })
        if (!settings.contains(QLatin1String(key)))
            return Errors::invalid(QStringLiteral("'%1' is required").arg(QLatin1String(key)));
    QHash<QString, QString> values;
    if (const auto error = SettingsRules::check(settings, &values))
        return *error;
    QStringList rooms;
    const QJsonValue roomsValue = body.value(QLatin1String("rooms"));
    if (!roomsValue.isUndefined() && !roomsValue.isNull()) {
        if (!roomsValue.isArray() || roomsValue.toArray().size() > 200)
            return Errors::invalid(QStringLiteral("'rooms' must be a list of up to 200 names"));
        for (const QJsonValue &v : roomsValue.toArray()) {
            const QString name = v.toString().trimmed();
            if (!v.isString() || name.isEmpty() || name.size() > 50 || rooms.contains(name))
                return Errors::invalid(
                    QStringLiteral("'rooms' must hold distinct names of 1 to 50 characters"));
            rooms.append(name);
        }
    }
    if (!needed())
        return Errors::conflict(QStringLiteral("already_set_up"),
                                QStringLiteral("this server is already set up (an admin exists)"));
    QSqlQuery dup =
        m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), { username });
    if (dup.next())
        return Errors::conflict(QStringLiteral("username_taken"),
                                QStringLiteral("username '%1' is taken").arg(username));
    const QString passwordHash = Secrets::hash(password); // PBKDF2, before the transaction
    return m_pipeline.run(who, [&]() -> Reply {
        // Again inside the transaction (after the write lock on PostgreSQL): another instance
        // may have finished its own setup meanwhile; only the first sets the venue up.
        if (!needed())
            return Errors::conflict(QStringLiteral("already_set_up"),
                                    QStringLiteral("this server is already set up (an admin "
                                                   "exists)"));
        const QString now = isoUtc(m_pipeline.clock().now());
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO staff (username, display_name, role, password_hash, "
                           "created_at) VALUES (?, ?, 'admin', ?, ?) RETURNING id"),
            { username, displayName, passwordHash, now });
        if (!q.next())
            return Errors::internal();
        const qint64 id = q.value(0).toLongLong();
        for (const QString &room : rooms)
            m_db.exec(QStringLiteral("INSERT INTO rooms (name) SELECT ? WHERE NOT EXISTS "
                                     "(SELECT 1 FROM rooms WHERE name = ?)"),
                      { room, room });
        m_venue.writeChecked(values);
        const QJsonObject staff = m_staffViews.staffJson(id);
        m_pipeline.journal(QStringLiteral("venue.setup"),
                           { Room::cashier(), Room::monitor(), Room::therapists() },
                           { { QStringLiteral("admin"), staff },
                             { QStringLiteral("rooms"), QJsonArray::fromStringList(rooms) } });
        const QString token = m_signIn.issueToken(Principal::Role::Admin, id, 0, kAdminTokenTtl);
        if (token.isEmpty())
            return Errors::storage();
        return Reply::ok({ { QStringLiteral("staff"), staff },
                           { QStringLiteral("token"), token },
                           { QStringLiteral("role"), QStringLiteral("admin") },
                           { QStringLiteral("expires_at"),
                             isoUtc(m_pipeline.clock().now().addSecs(kAdminTokenTtl)) },
                           { QStringLiteral("settings"), m_venue.settingsJson() } },
                         201);
    });
}
