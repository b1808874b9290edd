// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class Database;

// The database's epoch: a random id naming one history of the journal. Sequence numbers mean
// something only within an epoch: after a restore the journal is another one (its seqs may
// repeat with other events), so a client that kept an offset from before must not be replayed
// from it. Kept in the settings table under a key SettingsRules does not accept, so no API
// can change it.
namespace DatabaseEpoch {
inline constexpr const char *kSettingKey = "database_epoch";

// A new random id (16 bytes from the system RNG, hex).
QString make();
// The database's epoch, made and stored first when it has none (a new database, or one from
// before epochs existed). Empty when the database cannot be read or written.
QString ensure(Database &db);
// Gives the SQLite file at `path` a new epoch, on a connection of its own (a restore does this
// to its copy before putting it in place). Returns the new epoch, or empty and `error`.
QString renewFile(const QString &path, QString *error);
} // namespace DatabaseEpoch
