// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <deque>
#include <functional>
#include <vector>

class Clock;
class Database;
class WriteTurn;

// The one way a change is written: `run()` opens one SQL transaction, the aggregate's work writes
// its rows and appends journal entries, and only after COMMIT does `committed` fire (the hub and
// the customer page then read the new entries and fan them out). Every aggregate writes through
// here; nothing outside server/domain writes.
class CommandPipeline : public QObject {
    Q_OBJECT
public:
    CommandPipeline(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~CommandPipeline() override;

    // Group commit: the commands of one event-loop turn share one transaction (each in its
    // own savepoint, so one failing undoes only itself), one COMMIT and one WAL flush, and on
    // PostgreSQL one turn at the write lock. The group commits when the loop comes back to
    // its queue; until then answers wait in afterCommit(). Off unless the server turns it on
    // (tests that drive the domain without an event loop see each command committed at once).
    void setGroupCommit(bool on) { m_grouping = on; }
    // Calls `done(committed)` once the commands run so far are committed: at once when none
    // waits. Transports hold every answer given while a group is open, so no one hears of a
    // change, or reads one, that a failed COMMIT undoes.
    void afterCommit(std::function<void(bool committed)> done);
    // Commits the open group now: before handing a new screen its state, before a backup,
    // at shutdown. Nothing when no group is open.
    void commitGroup();
    // A group of commands is open: what is read now may yet be undone by its COMMIT.
    bool groupOpen() const;
    // PostgreSQL, several instances: the turn this instance waits for, without blocking its
    // event loop, before it begins a group (store/writeturn.h). Null: nothing to wait for.
    void setWriteTurn(WriteTurn *turn);
    // Runs `work`, which may run commands, once this instance may write: at once on SQLite,
    // while the turn is held, or when the turn cannot be had (then its commands wait for the
    // journal's lock as before); otherwise once the turn comes, in the order asked. The
    // transports pass every command through here.
    void whenOurTurn(std::function<void()> work);
    // Turns at the write lock this instance waited for without blocking (0 without a turn).
    quint64 writeTurns() const;
    // What a command's caller gets when its group did not commit.
    Reply commitFailure() const;

    // Runs `work` in a transaction: commits if it returns a success Reply, rolls back otherwise.
    // Every journal() entry written by `work` names `who` (and its address) as the actor.
    Reply run(const Principal &who, const std::function<Reply()> &work);
    // Appends one entry to the journal, chained by hash (store/auditchain.h), for `rooms`
    // (Room names). `notify`: a notice screens show once and get again after a reconnect.
    // Only inside run().
    qint64 journal(const QString &type, const QStringList &rooms, const QJsonObject &payload,
                   bool notify = false);
    // A committed change made a credential invalid: the transports close its live connections.
    // (With a group open, once the group commits.)
    void credentialRevoked();
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
    void onTurnGranted();
    void runWaiting(); // the turn cannot be had: the waiting work runs now

    Database &m_db;
    const Clock &m_clock;
    qint64 m_pendingSeq = 0;
    bool m_grouping = false;
    qint64 m_groupSeq = 0; // the newest seq journaled by the open group
    bool m_groupRevoked = false; // a command of the open group revoked a credential
    std::vector<std::function<void(bool)>> m_afterCommit;
    const Principal *m_actor = nullptr; // who the running run() acts for
    WriteTurn *m_turn = nullptr;
    std::deque<std::function<void()>> m_waiting; // for the turn, oldest first
};
