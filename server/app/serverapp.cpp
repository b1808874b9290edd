// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverapp.h"

#include "app/datadirlock.h"
#include "app/demodata.h"
#include "app/nightlybackup.h"
#include "core/clock.h"
#include "core/lagmonitor.h"
#include "domain/commands.h"
#include "domain/daysummaries.h"
#include "domain/spa.h"
#include "hub/hub.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/databaseepoch.h"
#include "store/pgurl.h"
#include "store/writeturn.h"
#include "tls/tlscredentials.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServer, "spa.server")

ServerApp::ServerApp(const ServerConfig &config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

ServerApp::~ServerApp()
{
    stop();
}

bool ServerApp::start(QString *error)
{
    // A certificate that cannot be used stops the start before anything is touched.
    std::optional<QSslConfiguration> tls;
    if (!m_config.tlsCert.isEmpty()) {
        tls = TlsCredentials::load(m_config.tlsCert, m_config.tlsKey, error);
        if (!tls)
            return false;
    }
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create data folder %1").arg(m_config.dataDir);
        return false;
    }
    // One server per data dir, and none while `spa-server restore` replaces its database.
    m_lock = std::make_unique<DataDirLock>(m_config.dataDir);
    QString holder;
    if (!m_lock->tryLock(&holder)) {
        *error = QStringLiteral("the data folder %1 is in use by %2 (another server, or a "
                                "restore): only one may work on it at a time")
                     .arg(m_config.dataDir, holder);
        m_lock.reset();
        return false;
    }
    if (!PgUrl::looksLikeOne(m_config.database))
        QDir().mkpath(QFileInfo(m_config.database).absolutePath());
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_config.database, error))
        return false;
    if (!m_db->migrate(error))
        return false;
    // Days closed before the reports' per-day sums existed get them once, before serving.
    if (const int summed = DaySummaries::backfill(*m_db); summed > 0)
        qCInfo(lcServer) << "summed" << summed << "closed business days for the reports";
    else if (summed < 0)
        qCWarning(lcServer) << "could not sum the closed days for the reports; ranges over "
                               "them are read live";
    m_domain = std::make_unique<SpaDomain>(*m_db, *m_clock);
    m_domain->visits().setMaxOpenVisits(m_config.maxOpenVisits);
    m_commands = std::make_unique<Commands>(*m_domain);
    if (m_config.demo) {
        const DemoSummary demo = seedDemo(*m_domain, m_config.dataDir);
        m_demoKioskToken = demo.kioskToken;
        qCInfo(lcServer).noquote()
            << "demo data ready: users admin/admin and cashier/cashier; therapists"
            << demo.therapists;
        qCInfo(lcServer).noquote() << "demo kiosk device token:" << demo.kioskToken;
    }
    // A database from before epochs (or a new one) gets its epoch now; setup and restore
    // make one too.
    m_epoch = DatabaseEpoch::ensure(*m_db);
    if (m_epoch.isEmpty()) {
        *error = QStringLiteral("cannot read or store the database epoch");
        return false;
    }
    if (m_domain->setup().needed())
        offerSetupCode();
    // PostgreSQL is backed up with its own tools (pg_dump), not by the server.
    if (m_config.backupKeep > 0 && !m_config.database.startsWith(QLatin1String("postgres"))) {
        const QString dir = m_config.backupDir.isEmpty()
            ? QDir(m_config.dataDir).filePath(QStringLiteral("backups"))
            : m_config.backupDir;
        m_backups = std::make_unique<NightlyBackup>(m_config.database, dir, m_config.backupKeep,
                                                    m_config.backupAt, m_domain->venue(), *m_clock);
    }
    // The commands of one event-loop turn commit together (CommandPipeline::setGroupCommit);
    // SPA_GROUP_COMMIT=0 commits each on its own, as before (for comparing in benchmarks).
    m_domain->pipeline().setGroupCommit(qEnvironmentVariable("SPA_GROUP_COMMIT") !=
                                        QLatin1String("0"));
    m_lag = std::make_unique<LagMonitor>();
    m_hub = std::make_unique<Hub>(*m_domain, *m_commands, m_config.hub);
    if (m_db->engine() == Database::Engine::Postgres) {
        // Several instances over one PostgreSQL: each hears the others' commits and fans the
        // new journal entries out to its own clients (docs/architecture.md, Several instances).
        m_feed = std::make_unique<ChangeFeed>(m_config.database);
        CommandPipeline &pipeline = m_domain->pipeline();
        connect(m_feed.get(), &ChangeFeed::committed, &pipeline,
                [&pipeline](qint64 seq) { pipeline.committedElsewhere(seq); });
        connect(m_feed.get(), &ChangeFeed::resumed, &pipeline,
                [&pipeline] { pipeline.committedElsewhere(); });
        m_feed->start();
        // Their writes take turns; this instance waits for its turn without blocking its
        // event loop (store/writeturn.h). SPA_WRITE_TURN=0 waits blocked, as before (for
        // comparing in benchmarks).
        if (qEnvironmentVariable("SPA_WRITE_TURN") != QLatin1String("0")) {
            m_turn = std::make_unique<WriteTurn>(m_config.database);
            pipeline.setWriteTurn(m_turn.get());
            m_turn->start();
        }
    }
    HttpLimits limits;
    limits.corsOrigins = m_config.corsOrigins;
    limits.trustedProxies = m_config.trustedProxies;
    limits.commandsPerSecond = m_config.hub.commandsPerSecond;
    limits.commandBurst = m_config.hub.commandBurst;
    limits.headTimeoutMs = m_config.httpHeadTimeoutMs;
    limits.bodyTimeoutMs = m_config.httpBodyTimeoutMs;
    limits.idleTimeoutMs = m_config.httpIdleTimeoutMs;
    limits.maxConnectionsPerAddress = m_config.hub.maxConnectionsPerAddress;
    limits.loginFailuresPerAccountGlobal = m_config.loginFailuresPerAccountGlobal;
    m_http = std::make_unique<ApiServer>(*m_domain, *m_commands, *m_lag, limits);
    m_http->setHub(m_hub.get());
    m_http->setEpoch(m_epoch);
    m_http->setListenAddress(m_config.listen);
    m_hub->setEpoch(m_epoch);
    if (m_backups) {
        NightlyBackup *backups = m_backups.get();
        m_http->setBackupStatus([backups] { return backups->last(); });
    }
    if (tls) {
        m_http->setTlsConfiguration(*tls);
        qCInfo(lcServer).noquote() << "TLS:" << TlsCredentials::describe(*tls);
    }
    m_port = m_http->listenGuarded(m_config.listen, m_config.port);
    if (m_port == 0) { // Qt HttpServer 6.4 returns 0, not -1, when it cannot listen
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_config.listen.toString())
                     .arg(m_config.port);
        return false;
    }
    qCInfo(lcServer).noquote() << QStringLiteral(
                                      "listening on %1://%2:%3 (database %4, schema v%5)")
                                      .arg(m_http->isTls() ? QStringLiteral("https")
                                                           : QStringLiteral("http"))
                                      .arg(m_config.listen.toString())
                                      .arg(m_port)
                                      .arg(m_db->description())
                                      .arg(m_db->schemaVersion());
    if (m_backups)
        m_backups->start();
    return true;
}

bool ServerApp::reloadTls(QString *error)
{
    QString why;
    if (m_config.tlsCert.isEmpty() || !m_http)
        why = QStringLiteral("TLS is not configured (--tls-cert, --tls-key)");
    const auto tls = why.isEmpty() ? TlsCredentials::load(m_config.tlsCert, m_config.tlsKey, &why)
                                   : std::nullopt;
    if (!tls) {
        qCWarning(lcServer).noquote()
            << "TLS reload failed, keeping the certificate in use:" << why;
        if (error)
            *error = why;
        return false;
    }
    m_http->setTlsConfiguration(*tls);
    qCInfo(lcServer).noquote() << "TLS reloaded:" << TlsCredentials::describe(*tls);
    return true;
}

// First run: nobody can sign in yet. The one-time code lets the cashier app's wizard
// (POST /api/setup) create the first admin; it is printed once and kept, readable by the
// server's user only, in <data dir>/setup-code until it is spent.
void ServerApp::offerSetupCode()
{
    const QString path = QDir(m_config.dataDir).filePath(QStringLiteral("setup-code"));
    m_domain->setup().setCodeSink([path](const QString &code) {
        if (code.isEmpty()) {
            QFile::remove(path);
            return;
        }
        QFile f(path);
        // Made 0600 before the code is written, so it is never readable by others.
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            f.write(code.toLatin1() + '\n');
        else
            qCWarning(lcServer).noquote() << "cannot write" << path;
        qCWarning(lcServer).noquote()
            << QStringLiteral("first run: no admin yet. Setup code: %1 (also in %2). Enter it in "
                              "the cashier app's setup, or run `spa-server setup`.")
                   .arg(code, path);
    });
    m_domain->setup().newCode();
}

void ServerApp::shutdown(std::function<void()> done, int graceMs)
{
    stop();
    auto *timer = new QTimer(this);
    QElapsedTimer since;
    since.start();
    timer->setInterval(10);
    // At least one more loop turn: a request already read is handled and answered first.
    connect(timer, &QTimer::timeout, this, [this, timer, since, graceMs, done = std::move(done)] {
        // Requests read after stop() ran commands: commit them, so their answers go out too.
        m_domain->pipeline().commitGroup();
        const int left = m_http ? m_http->unfinishedResponses() : 0;
        if (left > 0 && since.elapsed() < graceMs)
            return;
        if (left > 0)
            qCWarning(lcServer) << left << "answers still unsent after" << graceMs << "ms; exiting";
        timer->stop();
        timer->deleteLater();
        done();
    });
    timer->start();
}

void ServerApp::stop()
{
    if (m_domain) {
        // Commands read before the stop and waiting for the write turn run now (waiting for
        // the journal's lock), then the group commits and the answers it holds go out.
        m_domain->pipeline().setWriteTurn(nullptr);
        m_domain->pipeline().commitGroup();
    }
    if (m_http)
        m_http->stopListening();
    if (m_hub)
        m_hub->closeAll();
}
