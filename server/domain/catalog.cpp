// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Services and prices, staff and their secrets, kiosk devices.
#include "spa.h"

#include "auth/secrets.h"
#include "domain/fields.h"
#include "domain/rows.h"
#include "store/database.h"

#include <QRegularExpression>

namespace {
constexpr qint64 kMaxPrice = 100000000000LL; // 1e9 major units: beyond any spa's menu
const QString kServiceColumns = QStringLiteral("id, name, duration_min, price, active");

bool validPin(const QString &pin)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$"));
    return re.match(pin).hasMatch();
}
} // namespace

Reply SpaDomain::listServices(const Principal &who)
{
    const bool all = who.role == Principal::Role::Admin;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT ") + kServiceColumns + QStringLiteral(" FROM services") +
                  (all ? QString() : QStringLiteral(" WHERE active = 1")) +
                  QStringLiteral(" ORDER BY name, id"));
    QJsonArray items;
    while (q.next()) {
        QJsonObject o = rowJson(q);
        o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
        items.append(o);
    }
    return Reply::ok(
        { { QStringLiteral("services"), items }, { QStringLiteral("currency"), currency() } });
}

static QJsonObject serviceById(Database &db, qint64 id)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT ") + kServiceColumns +
                              QStringLiteral(" FROM services WHERE id = ?"),
                          { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
    return o;
}

Reply SpaDomain::createService(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString name = f.string("name", true, 100);
    const auto duration = f.integer("duration_min", true, 1, 24 * 60);
    const auto price = f.integer("price", true, 0, kMaxPrice);
    if (!f.ok())
        return f.error();
    return mutate(who, [&] {
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO services (name, duration_min, price, "
                                               "created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                                { name, *duration, *price, isoUtc(m_clock.now()) });
        if (!q.next())
            return Errors::internal();
        const QJsonObject s = serviceById(m_db, q.value(0).toLongLong());
        journal(QStringLiteral("service.created"), { QStringLiteral("cashier") }, s);
        return Reply::ok({ { QStringLiteral("service"), s } }, 201);
    });
}

Reply SpaDomain::updateService(qint64 id, const QJsonObject &body, const Principal &who)
{
    if (serviceById(m_db, id).isEmpty())
        return Errors::notFound(QStringLiteral("no service with id %1").arg(id));
    Fields f(body);
    const QString name = f.string("name", false, 100);
    const auto duration = f.integer("duration_min", false, 1, 24 * 60);
    const auto price = f.integer("price", false, 0, kMaxPrice);
    if (f.has("name") && name.isEmpty())
        f.fail(QStringLiteral("'name' must not be empty"));
    if (body.contains(QLatin1String("active")) && !body.value(QLatin1String("active")).isBool())
        f.fail(QStringLiteral("'active' must be true or false"));
    if (!f.ok())
        return f.error();
    return mutate(who, [&] {
        if (!name.isEmpty())
            m_db.exec(QStringLiteral("UPDATE services SET name = ? WHERE id = ?"), { name, id });
        if (duration)
            m_db.exec(QStringLiteral("UPDATE services SET duration_min = ? WHERE id = ?"),
                      { *duration, id });
        if (price)
            m_db.exec(QStringLiteral("UPDATE services SET price = ? WHERE id = ?"), { *price, id });
        if (body.value(QLatin1String("active")).isBool())
            m_db.exec(QStringLiteral("UPDATE services SET active = ? WHERE id = ?"),
                      { body.value(QLatin1String("active")).toBool() ? 1 : 0, id });
        const QJsonObject s = serviceById(m_db, id);
        journal(QStringLiteral("service.updated"), { QStringLiteral("cashier") }, s);
        return Reply::ok({ { QStringLiteral("service"), s } });
    });
}

Reply SpaDomain::deleteService(qint64 id, const Principal &who)
{
    // Visits keep a copy of name and price, so a service is retired, never erased.
    return updateService(id, { { QStringLiteral("active"), false } }, who);
}

QJsonObject SpaDomain::staffJson(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.id, s.username, s.display_name, s.role, s.active, t.status "
                       "FROM staff s LEFT JOIN therapist_state t ON t.staff_id = s.id "
                       "WHERE s.id = ?"),
        { id });
    if (!q.next())
        return {};
    QJsonObject o = rowJson(q);
    o.insert(QStringLiteral("active"), q.value(4).toInt() == 1);
    if (q.value(3).toString() != QLatin1String("therapist"))
        o.remove(QStringLiteral("status"));
    return o;
}

Reply SpaDomain::listStaff()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM staff ORDER BY role, display_name, id"));
    QJsonArray items;
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids)
        items.append(staffJson(id));
    return Reply::ok({ { QStringLiteral("staff"), items } });
}

Reply SpaDomain::createStaff(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString displayName = f.string("display_name", true, 100);
    const QString role = f.choice(
        "role", true,
        { QStringLiteral("admin"), QStringLiteral("cashier"), QStringLiteral("therapist") });
    const bool desk = role == QLatin1String("admin") || role == QLatin1String("cashier");
    const QString username = f.string("username", desk, 64, 2);
    const QString password = f.string("password", desk, 200, 4);
    const QString pin = f.string("pin", role == QLatin1String("therapist"), 8);
    if (f.ok() && !pin.isEmpty() && !validPin(pin))
        f.fail(QStringLiteral("'pin' must be 4 to 8 digits"));
    if (!f.ok())
        return f.error();
    if (!username.isEmpty()) {
        QSqlQuery dup =
            m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), { username });
        if (dup.next())
            return Errors::conflict(QStringLiteral("username_taken"),
                                    QStringLiteral("username '%1' is taken").arg(username));
    }
    return mutate(who, [&] {
        const QString now = isoUtc(m_clock.now());
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO staff (username, display_name, role, password_hash, "
                           "pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            { username.isEmpty() ? QVariant() : username, displayName, role,
              password.isEmpty() ? QVariant() : Secrets::hash(password),
              pin.isEmpty() ? QVariant() : Secrets::hash(pin), now });
        if (!q.next())
            return Errors::internal();
        const qint64 id = q.value(0).toLongLong();
        if (role == QLatin1String("therapist"))
            m_db.exec(QStringLiteral("INSERT INTO therapist_state (staff_id, status, turn_since, "
                                     "status_since) VALUES (?, 'off', ?, ?)"),
                      { id, now, now });
        const QJsonObject s = staffJson(id);
        journal(
            QStringLiteral("staff.created"),
            { QStringLiteral("cashier"), QStringLiteral("monitor"), QStringLiteral("therapists") },
            s);
        return Reply::ok({ { QStringLiteral("staff"), s } }, 201);
    });
}

Reply SpaDomain::updateStaff(qint64 id, const QJsonObject &body, const Principal &who)
{
    const QJsonObject current = staffJson(id);
    if (current.isEmpty())
        return Errors::notFound(QStringLiteral("no staff member with id %1").arg(id));
    const QString role = current.value(QLatin1String("role")).toString();
    Fields f(body);
    const QString displayName = f.string("display_name", false, 100);
    const QString password = f.string("password", false, 200);
    const QString pin = f.string("pin", false, 8);
    if (f.has("display_name") && displayName.isEmpty())
        f.fail(QStringLiteral("'display_name' must not be empty"));
    if (f.ok() && f.has("password") && (role == QLatin1String("therapist") || password.size() < 4))
        f.fail(role == QLatin1String("therapist")
                   ? QStringLiteral("therapists sign in with a PIN, not a password")
                   : QStringLiteral("'password' needs at least 4 characters"));
    if (f.ok() && f.has("pin") && (role != QLatin1String("therapist") || !validPin(pin)))
        f.fail(role != QLatin1String("therapist") ? QStringLiteral("only therapists have a PIN")
                                                  : QStringLiteral("'pin' must be 4 to 8 digits"));
    if (f.has("role") || f.has("username"))
        f.fail(QStringLiteral("role and username cannot be changed; create a new staff member"));
    if (!f.ok())
        return f.error();
    const Reply r = mutate(who, [&] {
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
        const QJsonObject s = staffJson(id);
        journal(
            QStringLiteral("staff.updated"),
            { QStringLiteral("cashier"), QStringLiteral("monitor"), QStringLiteral("therapists") },
            s);
        return Reply::ok({ { QStringLiteral("staff"), s } });
    });
    if (r.isOk() && (!password.isEmpty() || !pin.isEmpty()))
        Q_EMIT credentialsRevoked();
    return r;
}

Reply SpaDomain::deleteStaff(qint64 id, const Principal &who)
{
    const QJsonObject current = staffJson(id);
    if (current.isEmpty())
        return Errors::notFound(QStringLiteral("no staff member with id %1").arg(id));
    if (id == who.staffId)
        return Errors::conflict(QStringLiteral("self_delete"),
                                QStringLiteral("you cannot deactivate your own account"));
    QSqlQuery busy = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE therapist_id = ? "
                                              "AND status IN ('assigned', 'in_service')"),
                               { id });
    if (busy.next() && busy.value(0).toInt() > 0)
        return Errors::conflict(QStringLiteral("has_active_visits"),
                                QStringLiteral("this therapist still has %1 active visit(s); "
                                               "reassign them first")
                                    .arg(busy.value(0).toInt()));
    const Reply r = mutate(who, [&] {
        // Staff rows stay for history; the account stops working at once.
        m_db.exec(QStringLiteral("UPDATE staff SET active = 0 WHERE id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE staff_id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE therapist_state SET status = 'off' WHERE staff_id = ?"),
                  { id });
        const QJsonObject s = staffJson(id);
        journal(
            QStringLiteral("staff.deactivated"),
            { QStringLiteral("cashier"), QStringLiteral("monitor"), QStringLiteral("therapists") },
            s);
        return Reply::ok({ { QStringLiteral("staff"), s } });
    });
    if (r.isOk())
        Q_EMIT credentialsRevoked();
    return r;
}

Reply SpaDomain::createDevice(const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString name = f.string("name", true, 100);
    if (!f.ok())
        return f.error();
    return mutate(who, [&] {
        QSqlQuery q =
            m_db.exec(QStringLiteral("INSERT INTO devices (name, created_at) VALUES (?, ?) "
                                     "RETURNING id"),
                      { name, isoUtc(m_clock.now()) });
        if (!q.next())
            return Errors::internal();
        const qint64 id = q.value(0).toLongLong();
        // Kiosks run unattended for weeks: their tokens do not expire, an admin revokes them.
        const QString token = issueToken(Principal::Role::Monitor, 0, id, 0);
        const QJsonObject device { { QStringLiteral("id"), id },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("role"), QStringLiteral("monitor") } };
        journal(QStringLiteral("device.created"), { QStringLiteral("cashier") }, device);
        return Reply::ok(
            { { QStringLiteral("device"), device }, { QStringLiteral("token"), token } }, 201);
    });
}

Reply SpaDomain::listDevices()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, role, active, created_at FROM devices "
                                           "ORDER BY id"));
    QJsonArray items;
    while (q.next()) {
        QJsonObject o = rowJson(q);
        o.insert(QStringLiteral("active"), q.value(3).toInt() == 1);
        items.append(o);
    }
    return Reply::ok({ { QStringLiteral("devices"), items } });
}

Reply SpaDomain::revokeDevice(qint64 id, const Principal &who)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, name, role, active FROM devices WHERE id = ?"), { id });
    if (!q.next())
        return Errors::notFound(QStringLiteral("no device with id %1").arg(id));
    const QString name = q.value(1).toString();
    const QString role = q.value(2).toString();
    const Reply r = mutate(who, [&] {
        m_db.exec(QStringLiteral("UPDATE devices SET active = 0 WHERE id = ?"), { id });
        m_db.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE device_id = ?"), { id });
        const QJsonObject device { { QStringLiteral("id"), id },
                                   { QStringLiteral("name"), name },
                                   { QStringLiteral("role"), role },
                                   { QStringLiteral("active"), false } };
        journal(QStringLiteral("device.revoked"), { QStringLiteral("cashier") }, device);
        return Reply::ok({ { QStringLiteral("device"), device } });
    });
    if (r.isOk())
        Q_EMIT credentialsRevoked();
    return r;
}
