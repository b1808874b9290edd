// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fielderror.h"

#include "session.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString FieldError::key(const QJsonObject &answer, const QStringList &keys)
{
    const QString code = Session::errorCode(answer);
    const auto pick = [&keys](const char *k) {
        return keys.contains(QLatin1String(k)) ? QString::fromLatin1(k) : QString();
    };
    if (code == QLatin1String("bad_setup_code"))
        return pick("code");
    if (code == QLatin1String("username_taken"))
        return pick("admin_username");
    if (code == QLatin1String("name_taken"))
        return pick("name");
    const QString message =
        answer.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    static const QRegularExpression quoted(QStringLiteral("'([a-z_]+)'"));
    for (auto it = quoted.globalMatch(message); it.hasNext();) {
        const QString k = it.next().captured(1);
        if (keys.contains(k))
            return k;
    }
    return QString();
}

QString FieldError::text(const QJsonObject &answer, int status)
{
    const QString code = Session::errorCode(answer);
    if (code == QLatin1String("bad_setup_code"))
        return QCoreApplication::translate(
            "FieldError",
            "That setup code is not right. It is in the server's log and in the file "
            "setup-code in its data folder.");
    if (code == QLatin1String("already_set_up"))
        return QCoreApplication::translate("FieldError",
                                           "This server is already set up: sign in instead.");
    if (code == QLatin1String("username_taken"))
        return QCoreApplication::translate("FieldError", "That user name is taken.");
    if (code == QLatin1String("name_taken"))
        return QCoreApplication::translate("FieldError", "Another room already has that name.");
    if (code == QLatin1String("room_in_use"))
        return QCoreApplication::translate(
            "FieldError",
            "A guest is in this room now: it can be retired once the visit there ends.");
    if (code == QLatin1String("wrong_secret"))
        return QCoreApplication::translate(
            "FieldError", "The current password is not right; nothing was changed.");
    if (code == QLatin1String("currency_locked"))
        return QCoreApplication::translate(
            "FieldError",
            "The currency cannot change: payments were already taken in the current one.");
    return Session::errorText(answer, status);
}
