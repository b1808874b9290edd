// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLockFile>
#include <QString>

// Marks a data dir as in use: a running server holds `<data dir>/spa-server.lock` for its whole
// life, and `spa-server restore` takes it too, so neither can start while the other works there.
// QLockFile writes the holder's pid and host; a lock left by a process that died is taken over.
class DataDirLock {
public:
    explicit DataDirLock(const QString &dataDir);

    // Takes the lock at once or says who holds it ("pid 4711 (spa-server) on host x").
    bool tryLock(QString *holder);
    static QString fileName(const QString &dataDir);

private:
    QString m_path;
    QLockFile m_lock;
};
