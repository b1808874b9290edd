// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgurl.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

bool PgUrl::looksLikeOne(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
        location.startsWith(QLatin1String("postgres://"));
}

std::optional<PgUrl> PgUrl::parse(const QString &location, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!looksLikeOne(location) || !url.isValid()) {
        *error = QStringLiteral("not a PostgreSQL URL (postgresql://user:password@host:port/"
                                "dbname): %1")
                     .arg(url.isValid() ? QStringLiteral("wrong scheme") : url.errorString());
        return std::nullopt;
    }
    PgUrl pg;
    pg.host = url.host();
    pg.port = url.port(5432);
    pg.user = url.userName(QUrl::FullyDecoded);
    pg.password = url.password(QUrl::FullyDecoded);
    pg.dbname = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            pg.host = value;
        } else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
                   key == QLatin1String("application_name")) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' '))) {
                *error = QStringLiteral("the PostgreSQL URL's %1 has a space or ';'").arg(key);
                return std::nullopt;
            }
            options.append(key + QLatin1Char('=') + value);
        } else {
            *error = QStringLiteral("the PostgreSQL URL has an option spa-server does not know: "
                                    "%1 (known: host, sslmode, connect_timeout, "
                                    "application_name)")
                         .arg(key);
            return std::nullopt;
        }
    }
    if (pg.dbname.isEmpty() || pg.dbname.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the PostgreSQL URL names no database: give "
                                "postgresql://user:password@host:port/dbname");
        return std::nullopt;
    }
    if (pg.host.isEmpty()) {
        *error = QStringLiteral("the PostgreSQL URL names no host (or ?host=/socket/dir)");
        return std::nullopt;
    }
    if (pg.port <= 0 || pg.port > 65535) {
        *error = QStringLiteral("the PostgreSQL URL's port is out of range");
        return std::nullopt;
    }
    const auto has = [&options](QLatin1String key) {
        return std::any_of(options.cbegin(), options.cend(),
                           [key](const QString &o) { return o.startsWith(key); });
    };
    if (!has(QLatin1String("connect_timeout=")))
        options.append(QStringLiteral("connect_timeout=5")); // a lost server must not hang a start
    if (!has(QLatin1String("application_name=")))
        options.append(QStringLiteral("application_name=spa-server"));
    pg.options = options.join(QLatin1Char(';'));
    return pg;
}

QString PgUrl::redacted() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + QLatin1Char('@');
    if (host.startsWith(QLatin1Char('/')))
        s += QStringLiteral(":%1/%2?host=%3").arg(port).arg(dbname, host);
    else
        s += QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(dbname);
    return s;
}
