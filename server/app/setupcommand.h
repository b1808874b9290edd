// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdio>

struct ServerConfig;

// `spa-server setup`: sets up a new venue and its first admin in the database of
// config.dataDir/config.database, through the same domain command as POST /api/setup. The
// admin's password is read twice from `in`, one line each (never from argv, which other users
// of the machine can read). Safe beside a running server (SQLite serializes the writers).
// Returns the exit code: 0 done, 1 refused (already set up, bad input), 2 database unusable.
int runSetupCommand(const ServerConfig &config, std::FILE *in, std::FILE *out, std::FILE *err);
