// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

// Runs one SQL statement for Database and hands back every row. One implementation per way of
// talking to an engine: SqliteStatements keeps compiled statements on SQLite's own handle (the
// fast path), QtSqlStatements goes through Qt Sql's prepared queries (any driver: PostgreSQL).
class StatementRunner {
public:
    virtual ~StatementRunner() = default;

    struct Outcome {
        QSqlQuery rows; // every row, read in full: the caller owns them
        QString error; // empty on success
        int code = 0; // the engine's error code (SQLite's extended code), 0 when unknown
        QString state; // PostgreSQL's SQLSTATE ("23505"); empty on SQLite or when unknown
    };
    // A statement with positional `?` bindings.
    virtual Outcome exec(const QString &sql, const QVariantList &binds) = 0;
    // Transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT; with batchesControl() a
    // statement whose rows are not needed may follow): true on success, else `error` says why.
    virtual bool control(const QString &sql, QString *error, int *code) = 0;
    // A statement whose rows nobody reads (a write inside a transaction). A runner that can
    // (PostgreSQL) keeps it and sends it with the next statement that must be answered, in one
    // round trip; if it fails, that statement (or control()) fails with its error, and the
    // statements after it in the same trip do not run. Others run it now.
    virtual Outcome defer(const QString &sql, const QVariantList &binds)
    {
        return exec(sql, binds);
    }
    // Transaction control kept the same way (a SAVEPOINT, a RELEASE); false: run it now.
    virtual bool deferControl(const QString &) { return false; }
    // Whether defer() kept writes that have not been sent yet.
    virtual bool hasDeferredWrites() const { return false; }
    // Sends what was kept and waits for it: false with the first failure's words and SQLSTATE.
    virtual bool flush(QString *error, QString *state)
    {
        Q_UNUSED(error);
        Q_UNUSED(state);
        return true;
    }
    // Whether control() takes several statements in one text, run in order in one round trip
    // and stopping at the first that fails (PostgreSQL's simple query protocol).
    virtual bool batchesControl() const { return false; }
    // The SQLSTATE of the last failed control() (PostgreSQL), else empty.
    virtual QString lastControlState() const { return QString(); }
    // Kept statements may read columns a schema change altered: drop them.
    virtual void clear() { }
    virtual int kept() const { return 0; }
};

// CREATE, ALTER or DROP: kept statements may read columns this changed.
inline bool changesSchema(const QString &sql)
{
    const QStringView s = QStringView(sql).trimmed();
    for (const char *word : { "CREATE", "ALTER", "DROP" })
        if (s.startsWith(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

// Qt's own test for a bound value that is SQL NULL (QSqlResultPrivate::isVariantNull, private).
bool isNullValue(const QVariant &v);

// `sql` with each `?` placeholder outside quotes replaced by what `placeholder(index)` gives
// (index from 0), and in `count` how many there were; nothing when `placeholder` gives nothing
// or `sql` holds a `;` outside quotes (a second statement).
std::optional<QString>
replacePlaceholders(const QString &sql,
                    const std::function<std::optional<QString>(int index)> &placeholder,
                    int *count);
