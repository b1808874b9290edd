// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QStringList>

// Which form field a server's refusal is about, so a form can show it under that field instead
// of at the top. The server names the field in quotes in its 422 message ("'venue_name' must not
// be empty"); a few codes name it by themselves (bad_setup_code, username_taken, name_taken).
namespace FieldError {
// The first of `keys` the refusal names; empty when it names none of them.
QString key(const QJsonObject &answer, const QStringList &keys);
// The words for the refusals of setup, rooms, settings and own secrets, in the user's language;
// other refusals as Session::errorText words them (status 0: the server was not reached).
QString text(const QJsonObject &answer, int status);
} // namespace FieldError
