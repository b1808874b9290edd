// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backupcommands.h"

#include "app/config.h"
#include "app/datadirlock.h"
#include "store/backupfile.h"
#include "store/databaseepoch.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace {
// Folds the replaced database's write-ahead log into its file, so the file kept beside the
// restored one is whole on its own. A database too damaged for this is kept with its log.
void checkpoint(const QString &path)
{
    const QString name = QStringLiteral("spa-checkpoint-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const char *const kSidecars[] = { "-wal", "-shm", "-journal" };

// PostgreSQL has its own tools, with their own guarantees (docs/operations.md).
bool isPostgres(const ServerConfig &config, const char *command, std::FILE *err)
{
    if (!config.database.startsWith(QLatin1String("postgres")))
        return false;
    std::fprintf(err,
                 "spa-server %s: the database is PostgreSQL; use pg_dump and pg_restore for it\n",
                 command);
    return true;
}
} // namespace

int runBackupCommand(const ServerConfig &config, std::FILE *out, std::FILE *err)
{
    if (isPostgres(config, "backup", err))
        return 1;
    const QString target = QFileInfo(config.commandFile).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        std::fprintf(err, "spa-server backup: %s already exists; give a new file name\n",
                     qPrintable(target));
        return 1;
    }
    if (!QFileInfo(config.database).isFile()) {
        std::fprintf(err, "spa-server backup: there is no database at %s\n",
                     qPrintable(config.database));
        return 1;
    }
    QString error;
    if (!BackupFile::write(config.database, target, &error)) {
        std::fprintf(err, "spa-server backup: %s\n", qPrintable(error));
        return 2;
    }
    std::fprintf(out, "backup of %s written to %s (%lld bytes)\n",
                 qPrintable(QFileInfo(config.database).absoluteFilePath()), qPrintable(target),
                 QFileInfo(target).size());
    return 0;
}

int runRestoreCommand(const ServerConfig &config, std::FILE *out, std::FILE *err)
{
    if (isPostgres(config, "restore", err))
        return 1;
    const QString source = QFileInfo(config.commandFile).absoluteFilePath();
    const QString database = QFileInfo(config.database).absoluteFilePath();
    auto refuse = [err](const QString &why) {
        std::fprintf(err, "spa-server restore: %s; nothing was changed\n", qPrintable(why));
        return 1;
    };
    if (!QFileInfo(source).isFile())
        return refuse(QStringLiteral("%1 is not a file").arg(source));
    if (!QDir().mkpath(config.dataDir) || !QDir().mkpath(QFileInfo(database).absolutePath())) {
        std::fprintf(err, "spa-server restore: cannot create %s\n", qPrintable(config.dataDir));
        return 2;
    }
    // Held until we return: a server started meanwhile refuses to start on this data dir.
    DataDirLock lock(config.dataDir);
    QString holder;
    if (!lock.tryLock(&holder))
        return refuse(QStringLiteral("a server is running on %1 (%2); stop it first")
                          .arg(config.dataDir, holder));

    // Checked on a copy beside the database (the same file system, so the final rename is
    // atomic); the backup itself is never written to.
    const QString copy = database + QStringLiteral(".restoring");
    for (const char *suffix : kSidecars)
        QFile::remove(copy + QLatin1String(suffix));
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) {
        std::fprintf(err, "spa-server restore: cannot copy %s to %s\n", qPrintable(source),
                     qPrintable(copy));
        return 2;
    }
    auto dropCopy = [&copy] {
        QFile::remove(copy);
        for (const char *suffix : kSidecars)
            QFile::remove(copy + QLatin1String(suffix));
    };
    // The restored file gets the replaced one's permissions (a copy takes the backup's, which
    // may be read-only); a new one is the server's alone.
    QFile(copy).setPermissions(QFileInfo::exists(database)
                                   ? QFileInfo(database).permissions()
                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const BackupFile::Inspection check = BackupFile::inspect(copy, migrations().last().version);
    if (!check.problem.isEmpty()) {
        dropCopy();
        return refuse(QStringLiteral("%1: %2").arg(source, check.problem));
    }
    QString error;
    const QString epoch = DatabaseEpoch::renewFile(copy, &error);
    checkpoint(copy); // the epoch's write may sit in a log if the backup was in WAL mode
    if (epoch.isEmpty() || !BackupFile::syncPath(copy)) {
        dropCopy();
        std::fprintf(err, "spa-server restore: cannot prepare %s: %s\n", qPrintable(copy),
                     qPrintable(error));
        return 2;
    }

    QString kept;
    if (QFileInfo::exists(database)) {
        checkpoint(database);
        kept = database + QStringLiteral(".replaced-") +
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        if (!QFile::rename(database, kept)) {
            dropCopy();
            std::fprintf(err, "spa-server restore: cannot move %s aside to %s\n",
                         qPrintable(database), qPrintable(kept));
            return 2;
        }
        // A log left beside the old file belongs to it, never to the restored one.
        for (const char *suffix : kSidecars)
            if (QFileInfo::exists(database + QLatin1String(suffix)))
                QFile::rename(database + QLatin1String(suffix), kept + QLatin1String(suffix));
    }
    if (!QFile::rename(copy, database)) {
        std::fprintf(err, "spa-server restore: cannot move %s to %s%s\n", qPrintable(copy),
                     qPrintable(database),
                     kept.isEmpty()
                         ? ""
                         : qPrintable(QStringLiteral("; the previous database is %1").arg(kept)));
        return 2;
    }
    BackupFile::syncPath(QFileInfo(database).absolutePath());
    std::fprintf(out, "restored %s into %s (schema version %d); new database epoch %s\n",
                 qPrintable(source), qPrintable(database), check.schemaVersion, qPrintable(epoch));
    if (!kept.isEmpty())
        std::fprintf(out, "the replaced database is kept as %s\n", qPrintable(kept));
    return 0;
}
