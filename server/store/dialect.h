// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Where the engines differ, in one place. The domain's SQL is written in what SQLite and
// PostgreSQL both run (`RETURNING`, `ON CONFLICT ... DO UPDATE`, `COALESCE`, ISO 8601 text
// times compared as text); what they do not share is asked of the dialect.
class SqlDialect {
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine = Engine::Sqlite)
        : m_engine(engine)
    {
    }
    Engine engine() const { return m_engine; }

    // Schema text with placeholders made concrete: `{{ID}}`, an auto-increment primary key.
    QString translate(const QString &sql) const;
    // An online, consistent copy of the database into the file bound to `?` (SQLite's VACUUM
    // INTO), or empty where the engine has its own tools for that (PostgreSQL: pg_dump).
    QString backupInto() const;
    // Whether a failed statement's engine code means the storage refuses writes (full disk,
    // read-only or lost file, I/O error), as opposed to a constraint or a bad statement.
    bool isStorageFailure(int code) const;
    // The same for PostgreSQL's SQLSTATE ("53100" disk full, "08006" connection lost, ...).
    bool isStorageFailure(const QString &sqlState) const;

    // PostgreSQL runs one transaction per instance at a time, and several instances share it.
    // Run right after BEGIN of every write transaction: one cluster-wide lock, held to COMMIT,
    // makes writers take turns (see docs/architecture.md, "Several instances"). Empty on SQLite,
    // whose own write lock already does this.
    QString serializeWrites() const;
    // Run before COMMIT of a transaction that journaled events, with the newest seq bound to `?`:
    // PostgreSQL delivers the notification to every listening instance when (and only if) the
    // transaction commits. Empty on SQLite (one process; `committed` is enough).
    QString notifyCommitted() const;
    // Writes a journal row whole, its seq and hash given (binds: seq, created_at, type, rooms,
    // notify, payload, actor, actor_role, actor_name, address, hash); on PostgreSQL the same
    // round trip sends the NOTIFY with its seq, delivered when (and only if) the transaction
    // commits, and moves the column's identity sequence up to it.
    QString appendJournalRow() const;
    // The notification channel the instances LISTEN on.
    static QString channel() { return QStringLiteral("spa_events"); }

private:
    Engine m_engine;
};
