// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What an app shows for a refusal: the server's error codes it knows in the user's language
// (the server's own message is English and for the log), else the server's message as it is.
// Shared by the desk and the tablet.
// `error` is the {"code", "message"} object of a refused command or REST call.
class ServerErrors {
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)

public:
    static QString text(const QJsonObject &error);
    // True for the errors that say only that the connection was down: they are stale once the
    // connection is back.
    static bool isConnectionError(const QString &code);
};
