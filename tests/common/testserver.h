// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A real spa-server (ServerApp) on an ephemeral loopback port over a fresh SQLite file, with a
// clock the test sets, plus a blocking JSON HTTP client for it. Shared by the server tests.

#include "app/serverapp.h"
#include "core/clock.h"
#include "domain/spa.h"
#include "httpclient.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

class TestServer : public HttpClient {
public:
    // `demo` seeds the demo venue (staff, services, rooms, kiosk) like `spa-server --demo`.
    explicit TestServer(bool demo = true,
                        const QDateTime &start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : clock(start)
    {
        config.listen = QHostAddress::LocalHost;
        config.port = 0;
        config.dataDir = dir.path();
        config.database = dir.filePath(QStringLiteral("spa.db"));
        config.demo = demo;
        // Nightly backups only where a test asks for them (tst_nightlybackup).
        config.backupKeep = 0;
    }

    bool start()
    {
        app = std::make_unique<ServerApp>(config, &clock);
        QString error;
        if (!app->start(&error)) {
            qWarning() << "server did not start:" << error;
            return false;
        }
        setPort(app->port());
        // Business dates follow the venue's zone; tests pin it to UTC.
        app->domain().venue().setSetting(QStringLiteral("timezone"), QStringLiteral("UTC"));
        return true;
    }
    void stop() { app.reset(); }

    // A demo server on the real clock, for the apps' tests: Session schedules a token's expiry by
    // the real clock, and business dates are today's. Null when it did not start.
    static std::unique_ptr<TestServer> startOnRealClock()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto server = std::make_unique<TestServer>(true, now);
        if (!server->start())
            return nullptr;
        // A test that advances the clock by an hour must not cross midnight into a new business
        // day when it happens to run at 23:30 UTC (CI did): the venue's zone is the whole-hour UTC
        // offset where it is about noon now, so a day boundary is at least eleven hours away.
        const int offset = 12 - now.time().hour(); // -11 … +12
        const QString zone = offset == 0
            ? QStringLiteral("UTC")
            : QStringLiteral("UTC%1%2:00")
                  .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                  .arg(std::abs(offset), 2, 10, QLatin1Char('0'));
        server->app->domain().venue().setSetting(QStringLiteral("timezone"), zone);
        return server;
    }

    // The business date the server is on now (its clock, the venue's zone).
    QString today() { return app->domain().venue().today(); }

    QTemporaryDir dir;
    ManualClock clock;
    ServerConfig config;
    std::unique_ptr<ServerApp> app;
};
