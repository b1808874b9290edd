// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "hub/hubconfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTime>

// What spa-server is told at start: command line first, then SPA_* environment variables,
// then defaults.
struct ServerConfig {
    QHostAddress listen = QHostAddress::Any;
    quint16 port = 5000;
    QString dataDir;
    QString database; // SQLite file path
    // A subcommand instead of serving: "verify-audit" checks the journal's hash chain and exits;
    // "setup" sets up a new venue (first-run block below); "backup FILE" copies the database
    // into FILE, "restore FILE" puts FILE in its place (commandFile).
    QString command;
    QString commandFile;
    bool demo = false;
    HubConfig hub;
    QStringList corsOrigins;
    QList<QHostAddress> trustedProxies; // --trusted-proxy: see ClientAddress
    int maxOpenVisits = 2000; // check-ins refused beyond this many open visits (0: no limit)
    int httpHeadTimeoutMs = 10000; // a request head, from its first byte (or the connection) on
    int httpBodyTimeoutMs = 30000; // a request body, after its head
    int httpIdleTimeoutMs = 60000; // a keep-alive connection between requests
    // Failed sign-ins per account from all addresses in an hour before the account is held for
    // everyone (fixed; tests lower it). Per address and per (account, address): see HttpLimits.
    int loginFailuresPerAccountGlobal = 200;
    // TLS: both set, the port serves https and wss only (PEM files; SIGHUP reads them again).
    QString tlsCert;
    QString tlsKey;
    // Nightly backups: after the business day ends, at backupAt (the venue's local time), into
    // backupDir (default <data dir>/backups), the newest backupKeep kept (0: none made).
    QString backupDir;
    int backupKeep = 14;
    QTime backupAt = QTime(3, 0);

    // First-run setup (`spa-server setup`): the venue and its first admin; the password is read
    // from standard input, never from the command line.
    struct SetupOptions {
        QString venue;
        QString currency;
        QString timezone;
        QString language;
        QString adminUsername;
        QString adminName;
    } setup;

    // Returns false and fills `error` on bad input; `exitNow` is set for --help/--version.
    static bool parse(const QStringList &arguments, ServerConfig *out, QString *error,
                      bool *exitNow);
};
