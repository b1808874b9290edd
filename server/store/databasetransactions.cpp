// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Database's transactions: one per command, or one per group of commands with a savepoint each;
// the write lock and the journal's tip on PostgreSQL; writes kept to travel with the next answer.

#include "database.h"

#include "statementrunner.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

bool Database::transaction(const std::function<bool()> &work)
{
    if (m_groupOpen)
        return savepoint(work);
    if (!begin())
        return false;
    return finish(!m_txFailed && work());
}

bool Database::begin()
{
    QString error;
    // Every write goes through here: refuse it rather than acknowledge what a restart would lose.
    if (!fileIsStillOurs())
        return false;
    // PostgreSQL: writers of every instance take turns (SqlDialect::serializeWrites), the lock
    // taken in the same round trip as BEGIN.
    const bool serialize = !m_dialect.serializeWrites().isEmpty();
    const QString begin = serialize && m_runner && m_runner->batchesControl()
        ? QStringLiteral("BEGIN; ") + m_dialect.serializeWrites()
        : QStringLiteral("BEGIN");
    bool begun = run(begin, &error);
    // PostgreSQL restarted or the network dropped since the last statement: the first use of
    // the connection finds out. Nothing of this transaction has run yet, so connect again and
    // begin once more (each time a write comes, so no retry timer is needed).
    if (!begun && reconnect(m_dialect.isStorageFailure(m_lastState)))
        begun = run(begin, &error);
    if (!begun) {
        qCWarning(lcStore) << "cannot begin transaction:" << error;
        noteWriteFailure(m_lastCode, m_lastState, error);
        if (begin != QLatin1String("BEGIN"))
            run(QStringLiteral("ROLLBACK")); // BEGIN may have gone through and the lock not
        return false;
    }
    m_txFailed = false;
    m_storageFailedInTx = false;
    m_journalTip.reset();
    ++m_txDepth;
    if (serialize && begin == QLatin1String("BEGIN"))
        exec(m_dialect.serializeWrites());
    // Once the journal exists, its tip is read now that the lock is held (a snapshot taken
    // after it was granted): a newer seq than this instance knows means another instance
    // wrote, and caches (settings) are dropped before the work reads them, even if that
    // instance's NOTIFY has not been handled yet. SQLite reads the tip only when a command
    // journals (journalTipRead()).
    if (serialize && m_journalReady) {
        if (const std::optional<JournalTip> tip = journalTipRead())
            noteJournalHead(tip->seq);
    }
    return true;
}

std::optional<Database::JournalTip> Database::journalTipRead()
{
    if (m_journalTip)
        return m_journalTip;
    QSqlQuery q = exec(QStringLiteral("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"));
    if (!lastOk())
        return std::nullopt;
    JournalTip tip;
    if (q.next())
        tip = { q.value(0).toLongLong(), q.value(1).toString() };
    if (m_txDepth > 0)
        m_journalTip = tip;
    return tip;
}

bool Database::finish(bool ok)
{
    QString error;
    --m_txDepth;
    m_journalTip.reset();
    if (!ok || m_txFailed) {
        if (m_txFailed)
            qCWarning(lcStore) << "a statement failed inside the transaction; rolling back";
        run(QStringLiteral("ROLLBACK"));
        ++m_rollbacks;
        m_txFailed = false;
        return false;
    }
    if (!run(QStringLiteral("COMMIT"), &error)) {
        qCWarning(lcStore) << "commit failed:" << error;
        noteWriteFailure(m_lastCode, m_lastState, error);
        run(QStringLiteral("ROLLBACK"));
        ++m_rollbacks;
        return false;
    }
    if (!m_storageFailedInTx)
        m_writeProblem.clear(); // space came back, or the file is writable again
    return true;
}

bool Database::beginGroup()
{
    if (!m_groupOpen && m_txDepth == 0 && begin())
        m_groupOpen = true;
    return m_groupOpen;
}

bool Database::commitGroup()
{
    if (!m_groupOpen)
        return true;
    m_groupOpen = false;
    return finish(true);
}

void Database::settleGroup()
{
    if (!m_groupOpen)
        return;
    if (m_settleGroup)
        m_settleGroup(); // the pipeline commits and answers the group's commands
    else
        commitGroup();
}

bool Database::savepoint(const std::function<bool()> &work)
{
    // A statement failed outside any command's savepoint (or a savepoint could not be undone):
    // the group's transaction is lost, and nothing more is written in it.
    if (m_txFailed || !fileIsStillOurs())
        return false;
    const std::optional<JournalTip> tip = m_journalTip;
    // One name for every level: each statement names the newest savepoint of that name.
    const QString name = QStringLiteral("spa_command");
    // On PostgreSQL the SAVEPOINT goes with the command's first statement, and the RELEASE
    // with the command's deferred writes (one round trip that says whether they all went
    // through) or, when there are none, with the next command's first statement.
    if (!runOrDefer(QStringLiteral("SAVEPOINT ") + name)) {
        m_txFailed = true;
        return false;
    }
    ++m_txDepth;
    bool ok = !m_txFailed && work();
    --m_txDepth;
    if (ok && !m_txFailed && runOrDefer(QStringLiteral("RELEASE SAVEPOINT ") + name) &&
        flushWrites())
        return true;
    // Undo this command's statements only; the others of the group stay.
    if (run(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name) &&
        run(QStringLiteral("RELEASE SAVEPOINT ") + name)) {
        m_txFailed = false;
        m_journalTip = tip;
    } else {
        m_txFailed = true;
    }
    ++m_rollbacks;
    return false;
}

bool Database::runOrDefer(const QString &sql)
{
    return (m_runner && m_runner->deferControl(sql)) || run(sql);
}

bool Database::flushWrites()
{
    if (!m_runner || !m_runner->hasDeferredWrites())
        return true;
    StatementRunner::Outcome out;
    if (m_runner->flush(&out.error, &out.state))
        return true;
    noteFailure(out, QStringLiteral("(deferred writes)"));
    return false;
}

void Database::write(const QString &sql, const QVariantList &binds)
{
    if (m_txDepth == 0 || !m_runner) {
        exec(sql, binds);
        return;
    }
    const StatementRunner::Outcome out = m_runner->defer(sql, binds);
    m_lastOk = out.error.isEmpty();
    if (!m_lastOk)
        noteFailure(out, sql);
}
