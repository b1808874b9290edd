// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupform.h"

#include "fielderror.h"
#include "knowncurrencies.h"

#include <QJsonArray>

namespace {
// Everything POST /api/setup takes that the wizard asks for, in the wizard's order.
const QStringList &setupKeys()
{
    static const QStringList k {
        QStringLiteral("code"),           QStringLiteral("venue_name"),
        QStringLiteral("address"),        QStringLiteral("phone"),
        QStringLiteral("tax_id"),         QStringLiteral("public_url"),
        QStringLiteral("currency"),       QStringLiteral("timezone"),
        QStringLiteral("language"),       QStringLiteral("rooms"),
        QStringLiteral("admin_username"), QStringLiteral("admin_display_name"),
        QStringLiteral("admin_password")
    };
    return k;
}
constexpr int kMinPassword = 8; // the server's minimum outside --demo
constexpr int kMaxRoomName = 50;
} // namespace

SetupForm::SetupForm(QObject *parent)
    : QObject(parent)
    , m_rooms { tr("Room 1") }
{
}

void SetupForm::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

QStringList SetupForm::currencies() const
{
    return knownCurrencies();
}

QString SetupForm::addRoom(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Type the room's name first.");
    if (n.size() > kMaxRoomName)
        return tr("A room's name can have at most %1 characters.").arg(kMaxRoomName);
    if (m_rooms.contains(n, Qt::CaseInsensitive))
        return tr("There is already a room called %1.").arg(n);
    m_rooms.append(n);
    Q_EMIT roomsChanged();
    return QString();
}

void SetupForm::removeRoom(int index)
{
    if (index < 0 || index >= m_rooms.size())
        return;
    m_rooms.removeAt(index);
    Q_EMIT roomsChanged();
}

QVariantMap SetupForm::check(const QVariantMap &fields, const QStringList &keys)
{
    QVariantMap problems;
    const auto text = [&fields](const char *k) {
        return fields.value(QLatin1String(k)).toString().trimmed();
    };
    const auto asked = [&keys](const char *k) { return keys.contains(QLatin1String(k)); };
    if (asked("code") && text("code").isEmpty())
        problems.insert(QStringLiteral("code"), tr("Enter the setup code the server printed."));
    if (asked("venue_name") && text("venue_name").isEmpty())
        problems.insert(QStringLiteral("venue_name"), tr("The venue needs a name."));
    if (asked("timezone") && text("timezone").isEmpty())
        problems.insert(QStringLiteral("timezone"), tr("Choose the venue's time zone."));
    if (asked("admin_username") && text("admin_username").size() < 2)
        problems.insert(QStringLiteral("admin_username"),
                        tr("A user name needs at least 2 characters."));
    const QString password = fields.value(QStringLiteral("admin_password")).toString();
    if (asked("admin_password") && password.size() < kMinPassword)
        problems.insert(QStringLiteral("admin_password"),
                        tr("A password needs at least %1 characters.").arg(kMinPassword));
    else if (asked("admin_password") &&
             password != fields.value(QStringLiteral("admin_password_again")).toString())
        problems.insert(QStringLiteral("admin_password_again"),
                        tr("The two passwords are not the same."));
    setErrors(problems, QString());
    return problems;
}

void SetupForm::submit(const QVariantMap &fields)
{
    if (!m_session || m_busy)
        return;
    if (!check(fields, setupKeys()).isEmpty())
        return;
    QJsonObject body;
    for (const QString &k : setupKeys()) {
        if (k == QLatin1String("rooms"))
            continue;
        const QString v = k == QLatin1String("admin_password")
            ? fields.value(k).toString()
            : fields.value(k).toString().trimmed();
        // Optional fields left empty are left out; the server keeps its defaults for them.
        if (!v.isEmpty())
            body.insert(k, v);
    }
    body.insert(QStringLiteral("rooms"), QJsonArray::fromStringList(m_rooms));
    m_busy = true;
    Q_EMIT busyChanged();
    setErrors({}, QString());
    m_session->call("POST", QStringLiteral("/api/setup"), body,
                    [this](int status, const QJsonObject &answer) {
                        m_busy = false;
                        Q_EMIT busyChanged();
                        if (status == 201) {
                            m_session->adopt(answer);
                            Q_EMIT done();
                            return;
                        }
                        const QString message = FieldError::text(answer, status);
                        const QString key = FieldError::key(answer, setupKeys());
                        if (key.isEmpty())
                            setErrors({}, message);
                        else
                            setErrors({ { key, message } }, QString());
                        if (Session::errorCode(answer) == QLatin1String("already_set_up"))
                            Q_EMIT alreadySetUp();
                    });
}

void SetupForm::clearErrors()
{
    setErrors({}, QString());
}

void SetupForm::setErrors(const QVariantMap &fieldErrors, const QString &error)
{
    if (fieldErrors == m_fieldErrors && error == m_error)
        return;
    m_fieldErrors = fieldErrors;
    m_error = error;
    Q_EMIT errorsChanged();
}
