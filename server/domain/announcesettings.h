// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

// How the wall monitors announce calls and payments, set once for the venue (PUT
// /api/settings) rather than on each wall's command line: how long each notice shows, how old a
// notice replayed after a reconnect may be and still be announced, and a second language the
// call is repeated in. Pure (no database), like SettingsRules, which checks through here.
namespace AnnounceSettings {
// announce_seconds, announce_replay_max_age_seconds, announce_second_language.
const QStringList &keys();
// Checks the announcement keys present in `body` and adds the text to store to `values`.
// Returns a 422 naming the first problem, or nothing.
std::optional<Reply> check(const QJsonObject &body, QHash<QString, QString> *values);
// The three as the API and the wall read them (numbers, and "" for no second language), with
// the defaults for what was never set. `stored` reads one stored setting ("" when unset).
QJsonObject json(const std::function<QString(const QString &)> &stored);
} // namespace AnnounceSettings
