#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <initializer_list>

// One Qt Sql connection with the engine's differences kept here: connection options, the
// auto-increment column type, and how durable commits are asked for.
class Database
{
public:
    enum class Engine { Sqlite, Postgres };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location` is a SQLite file path (postgresql:// URLs come later).
    bool open(const QString &location, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Engine engine() const { return m_engine; }
    QSqlDatabase &handle() { return m_db; }
    QString location() const { return m_location; }

    // Applies the migrations not yet applied, each in its own transaction.
    bool migrate(QString *error);
    int schemaVersion();

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise.
    bool transaction(const std::function<bool()> &work);

    // A prepared statement with positional `?` bindings. Logs failures; never throws.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    bool lastOk() const { return m_lastOk; }

    // `SELECT 1` round trip in milliseconds, or -1 when the database does not answer.
    double ping();

    // Online copy of the database to `target` (SQLite: VACUUM INTO).
    bool backupTo(const QString &target, QString *error);

private:
    QString translate(const QString &sql) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    Engine m_engine = Engine::Sqlite;
    bool m_lastOk = true;
    bool m_txFailed = false; // a statement failed inside the open transaction()
    int m_txDepth = 0;
};
