// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdio>

struct ServerConfig;

// `spa-server backup --data-dir DIR FILE`: an online, consistent copy of the database into the
// new file FILE, safe while a server runs on DIR (its commits go on meanwhile).
// Returns the exit code: 0 written, 1 refused (FILE exists, no database), 2 failed.
int runBackupCommand(const ServerConfig &config, std::FILE *out, std::FILE *err);

// `spa-server restore --data-dir DIR FILE`: refuses while a server runs on DIR (its lock file),
// checks FILE (integrity, schema not newer than this binary), keeps the replaced database beside
// it as spa.db.replaced-<UTC time>, puts a copy of FILE in its place and gives it a new database
// epoch, so reconnecting clients drop offsets from the other history.
// Returns the exit code: 0 restored, 1 refused (server running, bad file), 2 failed.
int runRestoreCommand(const ServerConfig &config, std::FILE *out, std::FILE *err);
