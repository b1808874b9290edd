// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "adminstate.h"

#include "session.h"

#include <QJsonArray>

AdminState::AdminState(QObject *parent)
    : QObject(parent)
    , m_services({ "id", "name", "duration_min", "price", "active", "commission" }, this)
    , m_staff({ "id", "display_name", "role", "username", "active", "status" }, this)
    , m_devices({ "id", "name", "role", "active", "created_at" }, this)
{
}

void AdminState::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void AdminState::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                         std::function<void(const QJsonObject &)> ok)
{
    if (!m_session)
        return;
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->call(verb, path, body, [this, ok](int status, const QJsonObject &answer) {
        --m_busy;
        Q_EMIT busyChanged();
        if (status >= 200 && status < 300) {
            ok(answer);
            return;
        }
        setError(Session::errorText(answer, status));
    });
}

void AdminState::refresh()
{
    setError(QString());
    request("GET", QStringLiteral("/api/services"), {}, [this](const QJsonObject &r) {
        m_services.setItems(r.value(QLatin1String("services")).toArray());
    });
    request("GET", QStringLiteral("/api/staff"), {}, [this](const QJsonObject &r) {
        m_staff.setItems(r.value(QLatin1String("staff")).toArray());
    });
    request("GET", QStringLiteral("/api/devices"), {}, [this](const QJsonObject &r) {
        m_devices.setItems(r.value(QLatin1String("devices")).toArray());
    });
}

void AdminState::saveService(qint64 id, const QString &name, int durationMin, qint64 price)
{
    setError(QString());
    const QJsonObject body { { QStringLiteral("name"), name.trimmed() },
                             { QStringLiteral("duration_min"), durationMin },
                             { QStringLiteral("price"), price } };
    request(id > 0 ? "PUT" : "POST",
            id > 0 ? QStringLiteral("/api/services/%1").arg(id) : QStringLiteral("/api/services"),
            body, [this](const QJsonObject &) {
                refresh();
                Q_EMIT saved();
            });
}

void AdminState::retireService(qint64 id)
{
    request("DELETE", QStringLiteral("/api/services/%1").arg(id), {},
            [this](const QJsonObject &) { refresh(); });
}

void AdminState::saveStaff(qint64 id, const QString &displayName, const QString &role,
                           const QString &username, const QString &password, const QString &pin)
{
    setError(QString());
    QJsonObject body { { QStringLiteral("display_name"), displayName.trimmed() } };
    if (id == 0) {
        body.insert(QStringLiteral("role"), role);
        if (!username.trimmed().isEmpty())
            body.insert(QStringLiteral("username"), username.trimmed());
    }
    if (!password.isEmpty())
        body.insert(QStringLiteral("password"), password);
    if (!pin.isEmpty())
        body.insert(QStringLiteral("pin"), pin);
    request(id > 0 ? "PUT" : "POST",
            id > 0 ? QStringLiteral("/api/staff/%1").arg(id) : QStringLiteral("/api/staff"), body,
            [this](const QJsonObject &) {
                refresh();
                Q_EMIT saved();
            });
}

void AdminState::deactivateStaff(qint64 id)
{
    request("DELETE", QStringLiteral("/api/staff/%1").arg(id), {},
            [this](const QJsonObject &) { refresh(); });
}

void AdminState::createDevice(const QString &name, const QString &role)
{
    setError(QString());
    request("POST", QStringLiteral("/api/devices"),
            { { QStringLiteral("name"), name.trimmed() }, { QStringLiteral("role"), role } },
            [this](const QJsonObject &r) {
                m_newDeviceToken = r.value(QLatin1String("token")).toString();
                Q_EMIT newDeviceTokenChanged();
                refresh();
            });
}

void AdminState::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
