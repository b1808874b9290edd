// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "roomsstate.h"

#include "fielderror.h"

RoomsState::RoomsState(QObject *parent)
    : QObject(parent)
    , m_rooms({ "id", "name", "capacity", "active", "visits_now" }, this)
{
}

void RoomsState::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void RoomsState::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                         std::function<void(const QJsonObject &)> ok)
{
    if (!m_session)
        return;
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->call(verb, path, body, [this, ok](int status, const QJsonObject &answer) {
        --m_busy;
        if (status >= 200 && status < 300)
            ok(answer);
        else {
            const QString key =
                FieldError::key(answer, { QStringLiteral("name"), QStringLiteral("capacity") });
            const QString text = FieldError::text(answer, status);
            setError(key.isEmpty() ? text : QString(),
                     key.isEmpty() ? QVariantMap() : QVariantMap { { key, text } });
        }
        Q_EMIT busyChanged();
    });
}

void RoomsState::refresh()
{
    request("GET", QStringLiteral("/api/rooms"), {}, [this](const QJsonObject &r) {
        m_rooms.setItems(r.value(QLatin1String("rooms")).toArray());
    });
}

QString RoomsState::nameOf(qint64 id) const
{
    const int row = m_rooms.indexOfId(id);
    return row < 0 ? QString() : m_rooms.get(row).value(QStringLiteral("name")).toString();
}

void RoomsState::save(qint64 id, const QString &name, int capacity)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        setError(QString(), { { QStringLiteral("name"), tr("The room needs a name.") } });
        return;
    }
    setError(QString());
    const QJsonObject body { { QStringLiteral("name"), n },
                             { QStringLiteral("capacity"), capacity } };
    request(id > 0 ? "PUT" : "POST",
            id > 0 ? QStringLiteral("/api/rooms/%1").arg(id) : QStringLiteral("/api/rooms"), body,
            [this, id, n](const QJsonObject &) {
                refresh();
                Q_EMIT saved(id > 0 ? tr("%1 saved").arg(n) : tr("%1 added").arg(n));
            });
}

void RoomsState::retire(qint64 id)
{
    setError(QString());
    const QString name = nameOf(id);
    request("DELETE", QStringLiteral("/api/rooms/%1").arg(id), {},
            [this, name](const QJsonObject &) {
                refresh();
                Q_EMIT saved(tr("%1 retired").arg(name));
            });
}

void RoomsState::reactivate(qint64 id)
{
    setError(QString());
    const QString name = nameOf(id);
    request("PUT", QStringLiteral("/api/rooms/%1").arg(id), { { QStringLiteral("active"), true } },
            [this, name](const QJsonObject &) {
                refresh();
                Q_EMIT saved(tr("%1 is in use again").arg(name));
            });
}

void RoomsState::clearError()
{
    setError(QString());
}

void RoomsState::setError(const QString &e, const QVariantMap &fieldErrors)
{
    if (e == m_error && fieldErrors == m_fieldErrors)
        return;
    m_error = e;
    m_fieldErrors = fieldErrors;
    Q_EMIT errorChanged();
}
