// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/config.h"
#include "http/apiserver.h"
#include "hub/hubconfig.h"

#include <QObject>

#include <functional>
#include <memory>

class Clock;
class ChangeFeed;
class WriteTurn;
class Commands;
class Database;
class Hub;
class DataDirLock;
class LagMonitor;
class NightlyBackup;
class SpaDomain;

// The whole server in one object: store, domain, command layer and HTTP, on one event loop.
// main() and the tests both make one of these.
class ServerApp : public QObject {
    Q_OBJECT
public:
    explicit ServerApp(const ServerConfig &config, const Clock *clock = nullptr,
                       QObject *parent = nullptr);
    ~ServerApp() override;

    bool start(QString *error);
    // Reads --tls-cert and --tls-key again (SIGHUP): new connections get the new certificate;
    // a file that cannot be used is logged and the one in use kept. False when nothing changed.
    bool reloadTls(QString *error = nullptr);
    // Stop accepting connections; the caller then leaves the event loop.
    void stop();
    // stop(), then calls `done` once every answer already due has gone out (a payment committed
    // just before SIGTERM is answered, not only stored), or after `graceMs` at the latest.
    void shutdown(std::function<void()> done, int graceMs = 5000);

    quint16 port() const { return m_port; }
    SpaDomain &domain() { return *m_domain; }
    Database &database() { return *m_db; }
    QString demoKioskToken() const { return m_demoKioskToken; }
    Hub *hub() { return m_hub.get(); }
    ApiServer *http() { return m_http.get(); }
    Commands *commands() { return m_commands.get(); }
    NightlyBackup *backups() { return m_backups.get(); }
    // The database's epoch (DatabaseEpoch): in the CONNECT answer and /health.
    QString epoch() const { return m_epoch; }

private:
    void offerSetupCode();
    ServerConfig m_config;
    std::unique_ptr<DataDirLock> m_lock;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SpaDomain> m_domain;
    std::unique_ptr<Commands> m_commands;
    std::unique_ptr<LagMonitor> m_lag;
    std::unique_ptr<Hub> m_hub;
    std::unique_ptr<ChangeFeed> m_feed; // PostgreSQL: the other instances' commits
    std::unique_ptr<WriteTurn> m_turn; // PostgreSQL: waiting to write, the loop kept free
    std::unique_ptr<ApiServer> m_http;
    std::unique_ptr<NightlyBackup> m_backups;
    QString m_epoch;
    quint16 m_port = 0;
    QString m_demoKioskToken;
};
