// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/backupfile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <optional>

class Clock;
class Venue;

// The server's own backups: once the venue's business day has ended (at `at`, the venue's local
// time, the next morning), the day's backup is written to `dir`/spa-<business date>.db on a
// worker thread with its own database connection, so the screens never wait for it; the newest
// `keep` are kept. A day missed while the server was down is made at the next check.
class NightlyBackup : public QObject {
    Q_OBJECT
public:
    NightlyBackup(const QString &database, const QString &dir, int keep, QTime at, Venue &venue,
                  const Clock &clock, QObject *parent = nullptr);
    ~NightlyBackup() override;

    // Checks once a minute from now on.
    void start();
    // Starts the backup that is due, if any and none is running; true when one started.
    bool check();
    // From check() starting one until its outcome is recorded and old backups pruned.
    bool running() const { return m_busy; }
    // The last backup made or tried, by this process or (at start) the newest in `dir`.
    std::optional<BackupOutcome> last() const { return m_last; }
    QString dir() const { return m_dir; }
    // The business day whose backup is due now: the day before the one `at` last began.
    QString dueDay() const;
    static QString fileNameFor(const QString &businessDate);

Q_SIGNALS:
    void finished(const BackupOutcome &outcome);

private:
    void onFinished();
    void prune();
    void readNewestExisting();

    QString m_database;
    QString m_dir;
    int m_keep;
    QTime m_at;
    Venue &m_venue;
    const Clock &m_clock;
    QTimer m_timer;
    QFutureWatcher<BackupOutcome> m_watcher;
    bool m_busy = false;
    QString m_triedDay; // tried once per day and process: a failure waits for the operator
    std::optional<BackupOutcome> m_last;
};
