// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backupfile.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

bool BackupFile::syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool BackupFile::write(const QString &database, const QString &target, QString *error)
{
    if (!QFileInfo(database).isFile()) {
        *error = QStringLiteral("there is no database at %1").arg(database);
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = QStringLiteral("%1 already exists; give a new file name").arg(target);
        return false;
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // left by a run that was killed half-way
    {
        Database db;
        if (!db.open(database, error))
            return false;
        if (!db.backupTo(partial, error)) {
            QFile::remove(partial);
            return false;
        }
    }
    // VACUUM INTO writes without syncing: flush before the name says the backup is there.
    if (!syncPath(partial)) {
        *error = QStringLiteral("cannot flush %1 to disk").arg(partial);
        QFile::remove(partial);
        return false;
    }
    const Inspection check = inspect(partial, migrations().last().version);
    if (!check.problem.isEmpty()) {
        *error = QStringLiteral("the copy does not check out: %1").arg(check.problem);
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(partial, target);
        QFile::remove(partial);
        return false;
    }
    syncPath(QFileInfo(target).absolutePath());
    return true;
}

BackupFile::Inspection BackupFile::inspect(const QString &file, int newestSchema)
{
    Inspection out;
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable()) {
        out.problem = QStringLiteral("%1 is not a readable file").arg(file);
        return out;
    }
    const QString name = QStringLiteral("spa-inspect-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open()) {
            out.problem = QStringLiteral("cannot open it: %1").arg(db.lastError().text());
        } else if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
            // A file that is not SQLite at all ("file is not a database") ends up here.
            out.problem =
                QStringLiteral("not a readable SQLite database: %1").arg(q.lastError().text());
        } else {
            QStringList findings;
            while (q.next() && findings.size() < 5)
                findings.append(q.value(0).toString());
            if (findings != QStringList { QStringLiteral("ok") }) {
                out.problem = QStringLiteral("the integrity check fails: %1")
                                  .arg(findings.join(QStringLiteral("; ")));
            } else if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) ||
                       !q.next() || q.value(0).isNull()) {
                out.problem = QStringLiteral("not a spa-server database (no schema version)");
            } else {
                out.schemaVersion = q.value(0).toInt();
                if (out.schemaVersion > newestSchema)
                    out.problem =
                        QStringLiteral("made by a newer spa-server: schema version %1, this "
                                       "one knows up to %2; restore it with that version or "
                                       "a newer one")
                            .arg(out.schemaVersion)
                            .arg(newestSchema);
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}
