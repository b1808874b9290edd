// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

// A PostgreSQL location given as `postgresql://user:password@host:port/dbname` (or
// `postgres://`), the form libpq and most tools take. `?host=/run/postgresql` names a unix socket
// directory instead of a TCP host, as libpq does; `?sslmode=` and `?connect_timeout=` pass on.
struct PgUrl {
    QString host; // a name, an address, or a socket directory (starts with '/')
    int port = 5432;
    QString user;
    QString password;
    QString dbname;
    QString options; // libpq options for QSqlDatabase::setConnectOptions, ';'-separated

    static bool looksLikeOne(const QString &location);
    // The parts, or nothing with `error` saying what is wrong.
    static std::optional<PgUrl> parse(const QString &location, QString *error);
    // For logs and /health: the URL without the password.
    QString redacted() const;
};
