// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

class Database;

// Runs reports off the event loop: one worker thread with its own connection to the same
// SQLite file or PostgreSQL database (a Qt Sql connection belongs to the thread that made it).
// A year's report takes a few hundred milliseconds of SQL that the screens' fan-out must not
// wait for; jobs run one at a time in the order given, and each answer comes back on the
// thread of `context` (the event loop), or not at all once `context` is gone.
class ReportRunner : public QObject {
    Q_OBJECT
public:
    explicit ReportRunner(const QString &location, QObject *parent = nullptr);
    ~ReportRunner() override;

    // `job` runs on the worker with its connection (nullptr when it cannot be opened: the job
    // answers that); `done` gets its result on `context`'s thread.
    void run(std::function<QJsonObject(Database *)> job, QObject *context,
             std::function<void(const QJsonObject &)> done);
    int pending() const { return m_pending.loadRelaxed(); }

private:
    QString m_location;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, owns the connection
    QAtomicInt m_pending;
};
