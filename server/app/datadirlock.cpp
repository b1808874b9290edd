// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "datadirlock.h"

#include <QDir>

DataDirLock::DataDirLock(const QString &dataDir)
    : m_path(fileName(dataDir))
    , m_lock(m_path)
{
    // A held lock is never stale by age: a server runs for months. QLockFile still takes over a
    // lock whose process is gone (it checks the pid on this host).
    m_lock.setStaleLockTime(0);
}

QString DataDirLock::fileName(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("spa-server.lock"));
}

bool DataDirLock::tryLock(QString *holder)
{
    if (m_lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &app))
        *holder = QStringLiteral("pid %1 (%2) on host %3").arg(pid).arg(app, host);
    else
        *holder = QStringLiteral("cannot use the lock file %1").arg(m_path);
    return false;
}
