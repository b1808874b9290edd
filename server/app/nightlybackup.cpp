// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "nightlybackup.h"

#include "core/clock.h"
#include "domain/venue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace {
const QRegularExpression &backupName()
{
    static const QRegularExpression re(QStringLiteral("^spa-\\d{4}-\\d{2}-\\d{2}\\.db$"));
    return re;
}
} // namespace

NightlyBackup::NightlyBackup(const QString &database, const QString &dir, int keep, QTime at,
                             Venue &venue, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_dir(QDir(dir).absolutePath())
    , m_keep(keep)
    , m_at(at)
    , m_venue(venue)
    , m_clock(clock)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(); });
    connect(&m_watcher, &QFutureWatcher<BackupOutcome>::finished, this, &NightlyBackup::onFinished);
    readNewestExisting();
}

NightlyBackup::~NightlyBackup()
{
    // The worker holds only copies, but a test's folder must outlive the file it writes.
    m_watcher.waitForFinished();
}

void NightlyBackup::start()
{
    m_timer.start();
    check();
}

QString NightlyBackup::fileNameFor(const QString &businessDate)
{
    return QStringLiteral("spa-%1.db").arg(businessDate);
}

QString NightlyBackup::dueDay() const
{
    // Shifted back by `at`, the local time falls on the day after the one to back up.
    const QDateTime local = m_clock.now().toTimeZone(m_venue.timeZone());
    const QDateTime shifted = local.addSecs(-m_at.msecsSinceStartOfDay() / 1000);
    return shifted.date().addDays(-1).toString(Qt::ISODate);
}

bool NightlyBackup::check()
{
    if (running())
        return false;
    const QString day = dueDay();
    const QString target = QDir(m_dir).filePath(fileNameFor(day));
    if (day == m_triedDay || QFileInfo::exists(target))
        return false;
    m_triedDay = day;
    if (!QDir().mkpath(m_dir)) {
        m_last = BackupOutcome {
            m_clock.now(), target, 0, 0, false, QStringLiteral("cannot create %1").arg(m_dir)
        };
        qCWarning(lcServer).noquote() << "nightly backup failed:" << m_last->error;
        Q_EMIT finished(*m_last);
        return false;
    }
    qCInfo(lcServer).noquote() << "nightly backup of" << day << "to" << target;
    const QString database = m_database;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run([database, target] {
        QElapsedTimer t;
        t.start();
        BackupOutcome o;
        o.file = target;
        o.ok = BackupFile::write(database, target, &o.error);
        o.bytes = o.ok ? QFileInfo(target).size() : 0;
        o.seconds = t.nsecsElapsed() / 1e9;
        return o;
    }));
    return true;
}

void NightlyBackup::onFinished()
{
    BackupOutcome o = m_watcher.result();
    o.at = m_clock.now();
    m_last = o;
    if (o.ok) {
        qCInfo(lcServer).noquote()
            << "nightly backup written:" << o.file << o.bytes << "bytes in" << o.seconds << "s";
        prune();
    } else {
        qCWarning(lcServer).noquote() << "nightly backup failed:" << o.error;
    }
    m_busy = false;
    Q_EMIT finished(o);
}

void NightlyBackup::prune()
{
    QDir dir(m_dir);
    QStringList names = dir.entryList(QDir::Files, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &n) { return !backupName().match(n).hasMatch(); }),
                names.end());
    // Dates in the names sort as text: the oldest first.
    for (int i = 0; i + m_keep < names.size(); ++i) {
        if (dir.remove(names.at(i)))
            qCInfo(lcServer).noquote() << "removed old backup" << dir.filePath(names.at(i));
    }
}

void NightlyBackup::readNewestExisting()
{
    QStringList names = QDir(m_dir).entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &n : std::as_const(names)) {
        if (!backupName().match(n).hasMatch())
            continue;
        const QFileInfo info(QDir(m_dir).filePath(n));
        m_last = BackupOutcome {
            info.lastModified().toUTC(), info.absoluteFilePath(), info.size(), 0, true, QString()
        };
        return;
    }
}
