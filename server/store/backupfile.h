// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

// One backup made or tried: what /health and /metrics report.
struct BackupOutcome {
    QDateTime at; // when it finished (UTC)
    QString file;
    qint64 bytes = 0;
    double seconds = 0;
    bool ok = false;
    QString error; // why it failed, when !ok
};

// Backup files of a SQLite database: made online beside a running server, and checked before a
// restore trusts one. Every call opens connections of its own, so a worker thread may make one
// while the server's thread goes on committing.
namespace BackupFile {
// Copies `database` into `target` consistently while others write to it (SqlDialect's
// backupInto: VACUUM INTO reads one snapshot), then checks the copy. Written as
// `target`.partial, flushed to disk and renamed, so a file under `target`'s name is always
// whole. Refuses an existing `target`. On failure returns false with `error` and leaves no file.
bool write(const QString &database, const QString &target, QString *error);

struct Inspection {
    QString problem; // empty when the file is a usable spa-server database
    int schemaVersion = 0;
};
// Whether `file` is a whole spa-server database this binary can run: SQLite's integrity check
// passes, and its schema version is not newer than `newestSchema` (a newer binary's migrations
// would be unknown here). Reads only, but the file must be writable for a WAL-mode original.
Inspection inspect(const QString &file, int newestSchema);

// Flushes a file, or a folder's entries after a rename, to the disk.
bool syncPath(const QString &path);
} // namespace BackupFile
