// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class Clock;
class Database;

// The one way a change is written: `run()` opens one SQL transaction, the aggregate's work writes
// its rows and appends journal entries, and only after COMMIT does `committed` fire (the hub and
// the customer page then read the new entries and fan them out). Every aggregate writes through
// here; nothing outside server/domain writes.
class CommandPipeline : public QObject {
    Q_OBJECT
public:
    CommandPipeline(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Runs `work` in a transaction: commits if it returns a success Reply, rolls back otherwise.
    // Every journal() entry written by `work` names `who` (and its address) as the actor.
    Reply run(const Principal &who, const std::function<Reply()> &work);
    // Appends one entry to the journal, chained by hash (store/auditchain.h), for `rooms`
    // (Room names). `notify`: a notice screens show once and get again after a reconnect.
    // Only inside run().
    qint64 journal(const QString &type, const QStringList &rooms, const QJsonObject &payload,
                   bool notify = false);
    // A committed change made a credential invalid: the transports close its live connections.
    void credentialRevoked() { Q_EMIT credentialsRevoked(); }
    // Another instance over the same PostgreSQL committed journal entries up to `seq` (its
    // NOTIFY), or, with 0, may have while this one was not listening (after a reconnect): the
    // journal's newest seq is read. Caches are dropped and `committed` fires as after a local
    // commit; readers take the entries after the last seq they handled, so each once, in order.
    void committedElsewhere(qint64 seq = 0);

    Database &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    // A transaction that journaled events has committed; `seq` is the newest.
    void committed(qint64 seq);
    // A credential stopped being valid (logout, deactivation, password or PIN change, device
    // revoked), after the commit.
    void credentialsRevoked();

private:
    Database &m_db;
    const Clock &m_clock;
    qint64 m_pendingSeq = 0;
    const Principal *m_actor = nullptr; // who the running run() acts for
};
