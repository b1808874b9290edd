// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <initializer_list>

#include "store/dialect.h"
#include "store/statementrunner.h"

#include <memory>
#include <optional>

// One Qt Sql connection with the engine's differences kept here: connection options, the
// auto-increment column type, and how durable commits are asked for.
class Database {
public:
    using Engine = SqlDialect::Engine;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location` is a SQLite file path or a `postgresql://user:password@host:port/dbname` URL.
    bool open(const QString &location, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Engine engine() const { return m_dialect.engine(); }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase &handle() { return m_db; }
    QString location() const { return m_location; }
    // For logs and /health: the file's absolute path, or the URL without its password.
    QString description() const { return m_description; }
    // PostgreSQL: the connection to the server is gone (it restarted, the network dropped).
    bool connectionLost() const;

    // Applies the migrations not yet applied, each in its own transaction.
    bool migrate(QString *error);
    int schemaVersion();

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise.
    // Inside an open group (beginGroup) it runs as a savepoint of the group's transaction
    // instead: rolled back alone on failure, committed with the group.
    bool transaction(const std::function<bool()> &work);

    // Group commit (CommandPipeline): one SQL transaction, and on PostgreSQL one turn at the
    // write lock, for the commands of one event-loop turn, each in its own savepoint; one
    // COMMIT (one WAL flush) for all. True when a group is open after the call.
    bool beginGroup();
    bool groupOpen() const { return m_groupOpen; }
    // Commits the open group; false (and everything in it rolled back) when a statement failed
    // outside a command's savepoint or the COMMIT itself failed.
    bool commitGroup();
    // Called before a statement that cannot run inside a transaction (a backup): the owner of
    // the group commits it and answers its commands.
    void setGroupSettler(std::function<void()> settle) { m_settleGroup = std::move(settle); }

    // A prepared statement with positional `?` bindings. Logs failures; never throws.
    // Statements are compiled once per SQL text and kept (SQLite); the rows are read in full
    // before this returns, so the caller owns them and may run the same SQL while reading them.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    bool lastOk() const { return m_lastOk; }
    // A write whose rows nobody reads. Inside a transaction on PostgreSQL it travels with the
    // next statement that must be answered (or the command's end, or the COMMIT): one round
    // trip less inside the write lock. If it fails, that statement fails with its error, and
    // so does the transaction (the command's savepoint), as if it had failed here; lastOk()
    // does not wait for it. Elsewhere the same as exec().
    void write(const QString &sql, const QVariantList &binds = {});
    // Statements compiled so far (kept for reuse), for tests.
    int cachedStatements() const { return m_runner ? m_runner->kept() : 0; }
    // Transactions rolled back since open(), so a cache of rows read inside one can tell that
    // what it read may never have been committed.
    quint64 rollbacks() const { return m_rollbacks; }
    // Changes when a cache of rows read earlier may be stale: after a rollback, and (PostgreSQL)
    // when another instance has written since (noteJournalHead).
    quint64 cacheEpoch() const { return m_rollbacks + m_foreignChanges; }
    // The journal's newest seq as this instance saw it (its own commit, another instance's
    // NOTIFY, or the head read at the start of a write transaction); a newer one than before
    // moves cacheEpoch() on.
    void noteJournalHead(qint64 seq);
    // Only the instance's own commits: the head moves, caches stay.
    void noteOwnCommit(qint64 seq) { m_journalHead = std::max(m_journalHead, seq); }

    // The journal's newest row (its seq and hash) as this write transaction knows it, or
    // nothing: then read it (journalTipRead()). A second row in one transaction needs no
    // second read; on PostgreSQL begin() reads it once the lock is held, so a new row's seq is
    // the tip's + 1 (writers take turns) and it is written with its hash in one statement.
    // (transaction() empties it when a transaction begins and ends.)
    struct JournalTip {
        qint64 seq = 0;
        QString hash;
    };
    std::optional<JournalTip> journalTip() const { return m_journalTip; }
    // Reads the tip in the open transaction (and keeps it); nothing if the read failed.
    std::optional<JournalTip> journalTipRead();
    void noteJournalTip(qint64 seq, const QString &hash)
    {
        if (m_txDepth > 0)
            m_journalTip = JournalTip { seq, hash };
    }

    // `SELECT 1` round trip in milliseconds, or -1 when the database does not answer.
    double ping();
    // Why writes cannot be trusted now, or empty: the file was deleted or replaced while open
    // (SQLite would go on writing to the unlinked file, lost at restart), or the last write was
    // refused (full disk, read-only file, I/O error) with no successful commit since.
    QString storageProblem();

    // Online copy of the database to `target` (SQLite: VACUUM INTO).
    bool backupTo(const QString &target, QString *error);

private:
    bool run(const QString &sql, QString *error = nullptr); // BEGIN, COMMIT, ROLLBACK
    // SAVEPOINT or RELEASE: sent with the next statement where the runner keeps statements
    // for the next round trip, else now.
    bool runOrDefer(const QString &sql);
    // Runs what the runner kept (deferred writes); false, with the transaction failed, if one
    // of them failed.
    bool flushWrites();
    // What a failed statement means for the transaction and the store's health.
    void noteFailure(const StatementRunner::Outcome &out, const QString &sql);
    // BEGIN and, on PostgreSQL, the turn at the write lock; m_txDepth is 1 after it.
    bool begin();
    // COMMIT when `ok` and no statement failed, ROLLBACK otherwise; m_txDepth back to 0.
    bool finish(bool ok);
    bool savepoint(const std::function<bool()> &work); // a transaction() inside the group
    void settleGroup(); // commits an open group through its owner (setGroupSettler)
    bool openPostgres(const QString &location, QString *error);
    // PostgreSQL: opens the connection again when it was lost, or when `suspect` (the last
    // error was a connection or shutdown error, which libpq may report before it marks the
    // connection bad); outside a transaction only. True when there is a fresh connection.
    bool reconnect(bool suspect = false);
    bool fileIsStillOurs();
    void noteWriteFailure(int code, const QString &state, const QString &error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    QString m_description;
    SqlDialect m_dialect;
    std::unique_ptr<StatementRunner> m_runner; // how statements reach the engine
    int m_lastCode = 0; // the engine's code for the last failed BEGIN/COMMIT/ROLLBACK
    QString m_lastState; // and its SQLSTATE (PostgreSQL)
    QDeadlineTimer m_reconnectAfter { 0 }; // PostgreSQL: no new attempt before this
    int m_reconnectBackoffMs = 250;
    quint64 m_rollbacks = 0;
    quint64 m_foreignChanges = 0;
    qint64 m_journalHead = 0;
    std::optional<JournalTip> m_journalTip; // valid inside the open transaction() only
    bool m_journalReady = false; // migrated: the events table exists
    bool m_lastOk = true;
    bool m_txFailed = false; // a statement failed inside the open transaction()
    int m_txDepth = 0;
    bool m_groupOpen = false;

    // The open transaction saw the storage refuse a write (in a command's savepoint that was
    // undone): its COMMIT does not prove the storage writable again.
    bool m_storageFailedInTx = false;
    std::function<void()> m_settleGroup;
    // The opened file's identity, to notice it being deleted or replaced underneath us.
    quint64 m_fileDevice = 0;
    quint64 m_fileInode = 0;
    QString m_fileProblem;
    QString m_writeProblem;
};
