// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A throwaway PostgreSQL cluster for the tests: Debian's initdb and pg_ctl, a data directory and
// a unix socket under /tmp, no TCP, fsync off (nothing here must survive a crash). One cluster per
// test process, started on first use and stopped at exit. initdb refuses to run as root, so as
// root the cluster runs as the `postgres` system user (Debian's postgresql package makes it).
// Tests run against it when SPA_TEST_ENGINE=postgres (see testengine.h).

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>
#include <unistd.h>

class PgCluster {
public:
    static constexpr const char *kBin = "/usr/lib/postgresql/15/bin";

    // The process's cluster, started on first call; null when PostgreSQL is not installed or
    // would not start (unavailableReason() says why).
    static PgCluster *instance()
    {
        static std::unique_ptr<PgCluster> cluster = [] {
            auto c = std::unique_ptr<PgCluster>(new PgCluster);
            if (!c->startCluster()) {
                reason() = c->m_error;
                return std::unique_ptr<PgCluster>();
            }
            return c;
        }();
        return cluster.get();
    }
    static QString unavailableReason() { return reason(); }

    ~PgCluster() { stopCluster(); }

    QString socketDir() const { return m_dir->path(); }
    int port() const { return m_port; }
    // A URL spa-server takes for database `name` (over the unix socket).
    QString url(const QString &name) const
    {
        return QStringLiteral("postgresql://postgres@localhost:%1/%2?host=%3")
            .arg(m_port)
            .arg(name, socketDir());
    }
    // Runs administrative SQL on the `postgres` database; false (and a warning) on failure.
    bool admin(const QString &sql)
    {
        const QString name = QStringLiteral("pg-admin-") + QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    qWarning() << "PostgreSQL admin SQL failed:" << sql << q.lastError().text();
            } else {
                qWarning() << "cannot connect to the test cluster:" << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
    // A new, empty database (or a copy of `templateName`, which must have no open connection).
    bool createDatabase(const QString &name, const QString &templateName = QString())
    {
        return admin(
            QStringLiteral("CREATE DATABASE \"%1\"%2")
                .arg(
                    name,
                    templateName.isEmpty()
                        ? QString()
                        : QStringLiteral(" TEMPLATE \"%1\" STRATEGY FILE_COPY").arg(templateName)));
    }
    bool dropDatabase(const QString &name)
    {
        return admin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }
    // Stops the server (fast shutdown: connections are cut) and starts it again on the same
    // directory and port, as an operator's restart or a crash recovery would.
    bool restart()
    {
        return pgCtl(QStringList { QStringLiteral("restart"), QStringLiteral("-m"),
                                   QStringLiteral("fast") } +
                     startOptions());
    }
    bool stopServer()
    {
        return pgCtl({ QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast") });
    }
    bool startServer() { return pgCtl(QStringList { QStringLiteral("start") } + startOptions()); }

private:
    PgCluster() = default;

    static QString &reason()
    {
        static QString r;
        return r;
    }

    static bool asRoot() { return ::geteuid() == 0; }

    // Runs a PostgreSQL program as the cluster's owner; its output goes to the log on failure.
    bool run(const QString &program, const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString exe = QDir(QString::fromLatin1(kBin)).filePath(program);
        if (asRoot())
            p.start(QStringLiteral("runuser"),
                    QStringList { QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), exe } +
                        args);
        else
            p.start(exe, args);
        if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            m_error =
                QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QStringList startOptions() const
    {
        return { QStringLiteral("-o"),
                 QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off "
                                "-c synchronous_commit=off -c full_page_writes=off "
                                "-c max_connections=200")
                     .arg(m_port)
                     .arg(socketDir()),
                 QStringLiteral("-l"), socketDir() + QStringLiteral("/pg.log"),
                 QStringLiteral("-w") };
    }

    bool pgCtl(const QStringList &args)
    {
        return run(QStringLiteral("pg_ctl"),
                   QStringList { QStringLiteral("-D"), dataDir() } + args);
    }

    QString dataDir() const { return socketDir() + QStringLiteral("/data"); }

    bool startCluster()
    {
        if (!QFileInfo::exists(
                QDir(QString::fromLatin1(kBin)).filePath(QStringLiteral("initdb")))) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing; "
                                     "scripts/setup-deps.sh installs it)")
                          .arg(QString::fromLatin1(kBin));
            return false;
        }
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            m_error = QStringLiteral("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
            return false;
        }
        // A short path: a unix socket's path is limited to about 100 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/spa-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot make a temporary directory");
            return false;
        }
        if (asRoot() &&
            QProcess::execute(QStringLiteral("chown"),
                              { QStringLiteral("postgres:postgres"), m_dir->path() }) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
            return false;
        }
        {
            // Only the socket file uses the port (no TCP): a free TCP port is unlikely to clash
            // with another test's cluster in the same /tmp.
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        if (!run(QStringLiteral("initdb"),
                 { QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                   QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                   QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                   QStringLiteral("--no-sync") }))
            return false;
        if (!startServer())
            return false;
        m_started = true;
        return true;
    }

    void stopCluster()
    {
        if (m_started)
            pgCtl({ QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate") });
        m_started = false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_started = false;
    QString m_error;
};
