// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString valueOrEnv(const QCommandLineParser &p, const QCommandLineOption &o, const char *env)
{
    if (p.isSet(o))
        return p.value(o);
    const QString e = qEnvironmentVariable(env);
    return e.isEmpty() ? p.value(o) : e;
}
} // namespace

bool ServerConfig::parse(const QStringList &arguments, ServerConfig *out, QString *error,
                         bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Spa Suite server: live queue and payments for spas."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port for HTTP and WebSocket (env SPA_PORT)."),
                                  QStringLiteral("port"), QStringLiteral("5000"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (env SPA_LISTEN)."),
                                    QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the database and device tokens (env SPA_DATA_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("SQLite file (default <data dir>/spa.db), or a PostgreSQL URL "
                       "postgresql://user:password@host:port/dbname (several instances may "
                       "share one) (env SPA_DATABASE)."),
        QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Add demo services, staff and a kiosk device if missing; passwords may then "
                       "be 4 characters instead of 8 (env SPA_DEMO=1)."));
    const QCommandLineOption retention(
        QStringLiteral("retention-hours"),
        QStringLiteral(
            "How far back a reconnecting client's offset is replayed (env SPA_RETENTION_HOURS)."),
        QStringLiteral("hours"), QString::number(out->hub.retentionHours));
    const QCommandLineOption perAddress(
        QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections allowed from one address, counted for HTTP and "
                       "for Socket.IO apart; 0 = no limit, e.g. behind a reverse proxy "
                       "(env SPA_MAX_CONNECTIONS_PER_ADDRESS)."),
        QStringLiteral("n"), QString::number(out->hub.maxConnectionsPerAddress));
    const QCommandLineOption pingInterval(
        QStringLiteral("ping-interval"),
        QStringLiteral("Seconds between Engine.IO pings (env SPA_PING_INTERVAL)."),
        QStringLiteral("s"), QString::number(out->hub.pingIntervalMs / 1000));
    const QCommandLineOption cors(
        QStringLiteral("cors-origin"),
        QStringLiteral("A browser origin allowed to use the API from another site, e.g. "
                       "https://booking.example.com; repeatable (env SPA_CORS_ORIGINS, "
                       "comma-separated)."),
        QStringLiteral("origin"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("The address of a reverse proxy (nginx) whose X-Real-IP or X-Forwarded-For "
                       "header names the client, for sign-in limits, connection caps and the "
                       "audit trail; repeatable (env SPA_TRUSTED_PROXIES, comma-separated)."),
        QStringLiteral("address"));
    const QCommandLineOption commandRate(
        QStringLiteral("max-commands-per-second"),
        QStringLiteral("Commands one connection (Socket.IO) or one token (REST) may send "
                       "per second, bursts of twice that; 0 = no limit "
                       "(env SPA_MAX_COMMANDS_PER_SECOND)."),
        QStringLiteral("n"), QString::number(out->hub.commandsPerSecond));
    const QCommandLineOption flushGap(
        QStringLiteral("flush-gap-ms"),
        QStringLiteral("Under a stream of commits, each screen is sent its room's changes at "
                       "most this often: shorter shows changes sooner, longer takes less CPU "
                       "with many screens (env SPA_FLUSH_GAP_MS)."),
        QStringLiteral("ms"), QString::number(out->hub.flushGapMs));
    const QCommandLineOption idleFlushGap(
        QStringLiteral("idle-flush-gap-ms"),
        QStringLiteral("When the server has nothing else to do, a change goes to the screens as "
                       "soon as this long after the last send, instead of waiting for "
                       "--flush-gap-ms; that value or more turns it off "
                       "(env SPA_IDLE_FLUSH_GAP_MS)."),
        QStringLiteral("ms"), QString::number(out->hub.idleFlushGapMs));
    const QCommandLineOption openVisits(
        QStringLiteral("max-open-visits"),
        QStringLiteral("Check-ins are refused while this many visits are open "
                       "(waiting to awaiting payment); 0 = no limit "
                       "(env SPA_MAX_OPEN_VISITS)."),
        QStringLiteral("n"), QString::number(out->maxOpenVisits));
    const QCommandLineOption headTimeout(
        QStringLiteral("http-head-timeout"),
        QStringLiteral("Seconds a client has to send a whole request head, from its first "
                       "byte (or from connecting); then 408 and the connection is closed "
                       "(env SPA_HTTP_HEAD_TIMEOUT)."),
        QStringLiteral("s"), QString::number(out->httpHeadTimeoutMs / 1000));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("http-body-timeout"),
        QStringLiteral("Seconds a client has to send a request body after its head; then "
                       "408 and the connection is closed (env SPA_HTTP_BODY_TIMEOUT)."),
        QStringLiteral("s"), QString::number(out->httpBodyTimeoutMs / 1000));
    const QCommandLineOption idleTimeout(
        QStringLiteral("http-idle-timeout"),
        QStringLiteral("Seconds a keep-alive HTTP connection may stay open between requests "
                       "(event streams excepted) (env SPA_HTTP_IDLE_TIMEOUT)."),
        QStringLiteral("s"), QString::number(out->httpIdleTimeoutMs / 1000));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate (the server's first, then any intermediates): the port "
                       "then serves https and wss only, plain http is redirected or refused; "
                       "needs --tls-key; SIGHUP reads both files again (env SPA_TLS_CERT)."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(
        QStringLiteral("tls-key"),
        QStringLiteral("PEM private key of --tls-cert, unencrypted, readable only by the "
                       "server (env SPA_TLS_KEY)."),
        QStringLiteral("file"));
    const QCommandLineOption backupDir(
        QStringLiteral("backup-dir"),
        QStringLiteral("Folder for the nightly backups (default <data dir>/backups) "
                       "(env SPA_BACKUP_DIR)."),
        QStringLiteral("dir"));
    const QCommandLineOption backupKeep(
        QStringLiteral("backup-keep"),
        QStringLiteral("Nightly backups kept, the oldest deleted beyond; 0 = no nightly backups "
                       "(env SPA_BACKUP_KEEP)."),
        QStringLiteral("n"), QString::number(out->backupKeep));
    const QCommandLineOption backupAt(
        QStringLiteral("backup-at"),
        QStringLiteral("When the nightly backup of the business day just ended is made, HH:MM "
                       "in the venue's time zone (env SPA_BACKUP_AT)."),
        QStringLiteral("HH:MM"), out->backupAt.toString(QStringLiteral("HH:mm")));
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Optional. verify-audit: check the journal's hash chain in the "
                       "database (--data-dir or --database), read-only; prints the first "
                       "broken seq or \"ok: N entries verified\"; exit 0 ok, 1 broken, "
                       "2 unreadable. setup: set up a new venue and its first admin "
                       "(--venue, --currency, --timezone, --admin-username; the admin's "
                       "password twice on standard input, one line each); exit 0 done, "
                       "1 refused (already set up, bad input), 2 database unusable. "
                       "backup FILE: copy the database into FILE (a new file), safe while the "
                       "server runs. restore FILE: put the backup FILE in place of the "
                       "database (the server must be stopped; the replaced database is kept "
                       "beside it); exit 0 done, 1 refused, 2 failed."),
        QStringLiteral("[verify-audit|setup|backup FILE|restore FILE]"));
    p.addOptions({ port,         listen,       dataDir,     database,     demo,        retention,
                   perAddress,   pingInterval, cors,        trustedProxy, commandRate, flushGap,
                   idleFlushGap, openVisits,   headTimeout, bodyTimeout,  idleTimeout, tlsCert,
                   tlsKey,       backupDir,    backupKeep,  backupAt });

    // First-run setup (`spa-server setup`): kept together so other options merge around it.
    const QCommandLineOption setupVenue(QStringLiteral("venue"),
                                        QStringLiteral("setup: the venue's name."),
                                        QStringLiteral("name"));
    const QCommandLineOption setupCurrency(
        QStringLiteral("currency"),
        QStringLiteral("setup: the venue's currency, ISO 4217 (THB, IDR, USD, ...)."),
        QStringLiteral("code"));
    const QCommandLineOption setupTimezone(
        QStringLiteral("timezone"),
        QStringLiteral("setup: the venue's IANA time zone (Asia/Bangkok, ...)."),
        QStringLiteral("zone"));
    const QCommandLineOption setupLanguage(
        QStringLiteral("language"),
        QStringLiteral("setup: the venue's default language: en, th or id (default en)."),
        QStringLiteral("code"), QStringLiteral("en"));
    const QCommandLineOption setupAdmin(QStringLiteral("admin-username"),
                                        QStringLiteral("setup: the first admin's username."),
                                        QStringLiteral("name"));
    const QCommandLineOption setupAdminName(
        QStringLiteral("admin-name"),
        QStringLiteral("setup: the first admin's display name (default: the username)."),
        QStringLiteral("name"));
    p.addOptions(
        { setupVenue, setupCurrency, setupTimezone, setupLanguage, setupAdmin, setupAdminName });

    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    // addHelpOption() also adds --help-all (help with Qt's own options), which --help advertises.
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("help-all"))) {
        *exitNow = true;
        *error = p.helpText();
        return true;
    }
    if (p.isSet(QStringLiteral("version"))) {
        *exitNow = true;
        *error = QCoreApplication::applicationName() + QLatin1Char(' ') +
            QCoreApplication::applicationVersion();
        return true;
    }

    const QStringList positional = p.positionalArguments();
    const QStringList commands { QStringLiteral("verify-audit"), QStringLiteral("setup"),
                                 QStringLiteral("backup"), QStringLiteral("restore") };
    if (!positional.isEmpty() && !commands.contains(positional.first())) {
        *error = QStringLiteral("unknown command '%1'; the commands are %2")
                     .arg(positional.join(QLatin1Char(' ')), commands.join(QStringLiteral(", ")));
        return false;
    }
    out->command = positional.value(0);
    // backup and restore name one file; the others none.
    const bool takesFile =
        out->command == QLatin1String("backup") || out->command == QLatin1String("restore");
    if (positional.size() != (out->command.isEmpty() ? 0 : 1) + (takesFile ? 1 : 0)) {
        *error = takesFile ? QStringLiteral("%1 needs exactly one FILE: spa-server %1 "
                                            "--data-dir DIR FILE")
                                 .arg(out->command)
                           : QStringLiteral("unexpected '%1' after the command")
                                 .arg(positional.mid(1).join(QLatin1Char(' ')));
        return false;
    }
    out->commandFile = positional.value(1);
    out->setup = { p.value(setupVenue),    p.value(setupCurrency), p.value(setupTimezone),
                   p.value(setupLanguage), p.value(setupAdmin),    p.value(setupAdminName) };
    if (out->command == QLatin1String("setup") &&
        (out->setup.venue.isEmpty() || out->setup.currency.isEmpty() ||
         out->setup.timezone.isEmpty() || out->setup.adminUsername.isEmpty())) {
        *error = QStringLiteral("setup needs --venue, --currency, --timezone and --admin-username");
        return false;
    }

    bool ok = false;
    const uint portValue = valueOrEnv(p, port, "SPA_PORT").toUInt(&ok);
    if (!ok || portValue > 65535) {
        *error = QStringLiteral("--port must be a number from 0 to 65535");
        return false;
    }
    out->port = quint16(portValue);
    const QString address = valueOrEnv(p, listen, "SPA_LISTEN");
    if (!out->listen.setAddress(address)) {
        *error = QStringLiteral("--listen: '%1' is not an IP address").arg(address);
        return false;
    }
    out->dataDir = valueOrEnv(p, dataDir, "SPA_DATA_DIR");
    if (out->dataDir.isEmpty())
        out->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    out->database = valueOrEnv(p, database, "SPA_DATABASE");
    if (out->database.isEmpty())
        out->database = QDir(out->dataDir).filePath(QStringLiteral("spa.db"));
    struct {
        const QCommandLineOption &option;
        const char *env;
        int min;
        int max;
        int *target;
        int scale;
    } numbers[] = {
        { retention, "SPA_RETENTION_HOURS", 0, 24 * 365, &out->hub.retentionHours, 1 },
        { perAddress, "SPA_MAX_CONNECTIONS_PER_ADDRESS", 0, 1000000,
          &out->hub.maxConnectionsPerAddress, 1 },
        { pingInterval, "SPA_PING_INTERVAL", 1, 3600, &out->hub.pingIntervalMs, 1000 },
        { commandRate, "SPA_MAX_COMMANDS_PER_SECOND", 0, 1000000, &out->hub.commandsPerSecond, 1 },
        { flushGap, "SPA_FLUSH_GAP_MS", 0, 1000, &out->hub.flushGapMs, 1 },
        { idleFlushGap, "SPA_IDLE_FLUSH_GAP_MS", 0, 1000, &out->hub.idleFlushGapMs, 1 },
        { openVisits, "SPA_MAX_OPEN_VISITS", 0, 10000000, &out->maxOpenVisits, 1 },
        { headTimeout, "SPA_HTTP_HEAD_TIMEOUT", 1, 3600, &out->httpHeadTimeoutMs, 1000 },
        { bodyTimeout, "SPA_HTTP_BODY_TIMEOUT", 1, 3600, &out->httpBodyTimeoutMs, 1000 },
        { idleTimeout, "SPA_HTTP_IDLE_TIMEOUT", 1, 24 * 3600, &out->httpIdleTimeoutMs, 1000 },
    };
    for (const auto &n : numbers) {
        const int v = valueOrEnv(p, n.option, n.env).toInt(&ok);
        if (!ok || v < n.min || v > n.max) {
            *error = QStringLiteral("--%1 must be a number from %2 to %3")
                         .arg(n.option.names().first())
                         .arg(n.min)
                         .arg(n.max);
            return false;
        }
        *n.target = v * n.scale;
    }
    out->hub.commandBurst = 2 * out->hub.commandsPerSecond;
    const int keep = valueOrEnv(p, backupKeep, "SPA_BACKUP_KEEP").toInt(&ok);
    if (!ok || keep < 0 || keep > 3650) {
        *error = QStringLiteral("--backup-keep must be a number from 0 to 3650");
        return false;
    }
    out->backupKeep = keep;
    const QString at = valueOrEnv(p, backupAt, "SPA_BACKUP_AT");
    out->backupAt = QTime::fromString(at, QStringLiteral("HH:mm"));
    if (!out->backupAt.isValid()) {
        *error = QStringLiteral("--backup-at: '%1' is not a time such as 03:00").arg(at);
        return false;
    }
    out->backupDir = valueOrEnv(p, backupDir, "SPA_BACKUP_DIR");
    if (out->backupDir.isEmpty())
        out->backupDir = QDir(out->dataDir).filePath(QStringLiteral("backups"));
    out->corsOrigins = p.values(cors);
    if (out->corsOrigins.isEmpty())
        out->corsOrigins =
            qEnvironmentVariable("SPA_CORS_ORIGINS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &o : out->corsOrigins) {
        o = o.trimmed();
        const QUrl u(o);
        if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty() || !u.path().isEmpty()) {
            *error =
                QStringLiteral("--cors-origin: '%1' must look like https://host[:port]").arg(o);
            return false;
        }
    }
    QStringList proxies = p.values(trustedProxy);
    if (proxies.isEmpty())
        proxies =
            qEnvironmentVariable("SPA_TRUSTED_PROXIES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &text : std::as_const(proxies)) {
        QHostAddress a;
        if (!a.setAddress(text.trimmed())) {
            *error = QStringLiteral("--trusted-proxy: '%1' is not an IP address").arg(text);
            return false;
        }
        out->trustedProxies.append(a);
    }
    out->tlsCert = valueOrEnv(p, tlsCert, "SPA_TLS_CERT");
    out->tlsKey = valueOrEnv(p, tlsKey, "SPA_TLS_KEY");
    if (out->tlsCert.isEmpty() != out->tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together: give both or neither");
        return false;
    }
    const QString demoEnv = qEnvironmentVariable("SPA_DEMO");
    out->demo = p.isSet(demo) || demoEnv == QLatin1String("1") || demoEnv == QLatin1String("true");
    return true;
}
