// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pipeline.h"

#include "core/clock.h"
#include "store/auditchain.h"
#include "store/database.h"
#include "store/writeturn.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDomain, "spa.domain")

CommandPipeline::CommandPipeline(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_db.setGroupSettler([this] { commitGroup(); });
}

CommandPipeline::~CommandPipeline()
{
    commitGroup();
    m_db.setGroupSettler({});
}

void CommandPipeline::afterCommit(std::function<void(bool)> done)
{
    if (m_db.groupOpen())
        m_afterCommit.push_back(std::move(done));
    else
        done(true);
}

bool CommandPipeline::groupOpen() const
{
    return m_db.groupOpen();
}

void CommandPipeline::setWriteTurn(WriteTurn *turn)
{
    if (m_turn)
        disconnect(m_turn, nullptr, this, nullptr);
    m_turn = turn;
    if (!m_turn)
        return runWaiting();
    connect(m_turn, &WriteTurn::granted, this, &CommandPipeline::onTurnGranted);
    connect(m_turn, &WriteTurn::lost, this, &CommandPipeline::runWaiting);
}

void CommandPipeline::whenOurTurn(std::function<void()> work)
{
    const bool wait = m_turn && m_grouping && m_turn->usable() && !m_turn->held();
    if (!wait && m_waiting.empty())
        return work();
    // Behind the others: either the turn is awaited, or they are being run (onTurnGranted,
    // runWaiting), which takes this one too.
    m_waiting.push_back(std::move(work));
    if (wait)
        m_turn->ask();
}

quint64 CommandPipeline::writeTurns() const
{
    return m_turn ? m_turn->turns() : 0;
}

void CommandPipeline::onTurnGranted()
{
    // One at a time from the front: work that asks for the turn itself queues behind the rest.
    while (!m_waiting.empty() && m_turn->held()) {
        auto work = std::move(m_waiting.front());
        m_waiting.pop_front();
        work();
    }
    if (!m_waiting.empty())
        m_turn->ask(); // a work committed the group, which passed the turn on
    else if (!m_db.groupOpen())
        m_turn->pass(); // nothing was written: no COMMIT will pass it on
}

void CommandPipeline::runWaiting()
{
    while (!m_waiting.empty()) {
        auto work = std::move(m_waiting.front());
        m_waiting.pop_front();
        work();
    }
}

void CommandPipeline::credentialRevoked()
{
    if (m_db.groupOpen())
        m_groupRevoked = true;
    else
        Q_EMIT credentialsRevoked();
}

Reply CommandPipeline::commitFailure() const
{
    return m_db.storageProblem().isEmpty() ? Errors::internal() : Errors::storage();
}

void CommandPipeline::commitGroup()
{
    if (!m_db.groupOpen())
        return;
    const bool ok = m_db.commitGroup();
    if (m_turn)
        m_turn->pass(); // the journal's lock is free again: the next instance may begin
    const qint64 seq = std::exchange(m_groupSeq, 0);
    const bool revoked = std::exchange(m_groupRevoked, false);
    const auto waiting = std::exchange(m_afterCommit, {});
    if (!ok)
        qCWarning(lcDomain) << "a group of commands failed to commit; nothing of it was written;"
                            << waiting.size() << "answers say so";
    if (ok && seq > 0) {
        m_db.noteOwnCommit(seq);
        Q_EMIT committed(seq);
    }
    if (ok && revoked)
        Q_EMIT credentialsRevoked();
    for (const auto &done : waiting)
        done(ok);
}

Reply CommandPipeline::run(const Principal &who, const std::function<Reply()> &work)
{
    m_pendingSeq = 0;
    const Principal *outer = m_actor;
    m_actor = &who;
    const auto restore = qScopeGuard([&] { m_actor = outer; });
    // The first command of a loop turn opens the group; the queue commits it after the turn.
    if (m_grouping && !m_db.groupOpen() && m_db.beginGroup())
        QMetaObject::invokeMethod(this, &CommandPipeline::commitGroup, Qt::QueuedConnection);
    std::optional<Reply> result;
    const bool committed = m_db.transaction([&] {
        result = work();
        if (!result->isOk() || !m_db.lastOk())
            return false;
        // PostgreSQL: the other instances hear of the new entries when (and only if) this
        // commits (journal() sends the NOTIFY with each row's hash); they read the journal
        // after their last seq (store/changefeed.h).
        return m_db.lastOk();
    });
    // A statement failed, the commit failed, or the work gave up half way on a failed statement:
    // 503 when the database refuses writes (full disk, read-only or deleted file), else a bug.
    if (!result || (!committed && (result->isOk() || result->status() == 500))) {
        qCWarning(lcDomain) << "transaction failed; nothing was written";
        return commitFailure();
    }
    if (committed && m_pendingSeq > 0 && m_db.groupOpen()) {
        m_groupSeq = std::max(m_groupSeq, m_pendingSeq); // committed() after the group's COMMIT
    } else if (committed && m_pendingSeq > 0) {
        m_db.noteOwnCommit(m_pendingSeq);
        Q_EMIT this->committed(m_pendingSeq);
    }
    return *result;
}

void CommandPipeline::committedElsewhere(qint64 seq)
{
    if (seq <= 0) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
        seq = q.next() ? q.value(0).toLongLong() : 0;
    }
    if (seq <= 0)
        return;
    m_db.noteJournalHead(seq);
    Q_EMIT committed(seq);
}

qint64 CommandPipeline::journal(const QString &type, const QStringList &rooms,
                                const QJsonObject &payload, bool notify)
{
    const Principal system = Principal::system();
    const Principal &who = m_actor ? *m_actor : system;
    AuditChain::Row row;
    row.createdAt = isoUtc(m_clock.now());
    row.type = type;
    row.rooms = rooms.join(QLatin1Char(' '));
    row.notify = notify ? 1 : 0;
    row.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    row.actor = who.actorId();
    row.actorRole = who.isValid() ? who.roleName() : QStringLiteral("system");
    row.actorName = who.isValid() ? who.name : QStringLiteral("system");
    row.address = who.address;
    // The chain: the previous row's seq and hash, read in this transaction (the store has one
    // writer; PostgreSQL's instances take turns, so no other row can come between), unless the
    // transaction already knows them. The new row's seq is the next, so its hash is known
    // before it is written and the row is written whole, in one statement.
    const std::optional<Database::JournalTip> tip = m_db.journalTipRead();
    if (!tip)
        return m_pendingSeq;
    row.seq = tip->seq + 1;
    const QString hash = AuditChain::hash(tip->hash, row);
    m_db.write(m_db.dialect().appendJournalRow(),
               { row.seq, row.createdAt, row.type, row.rooms, row.notify, row.payload, row.actor,
                 row.actorRole, row.actorName, row.address, hash });
    if (!m_db.lastOk())
        return m_pendingSeq;
    m_db.noteJournalTip(row.seq, hash);
    m_pendingSeq = row.seq;
    return m_pendingSeq;
}
