// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "migrations.h"
#include "pgstatements.h"
#include "pgurl.h"
#include "qtsqlstatements.h"
#include "sqlitestatements.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcStore, "spa.store")

Database::~Database()
{
    close();
}

bool Database::open(const QString &location, QString *error)
{
    if (PgUrl::looksLikeOne(location))
        return openPostgres(location, error);
    m_dialect = SqlDialect(SqlDialect::Engine::Sqlite);
    m_location = location;
    // A marker beside the file says a database was created here. If the file is gone but the
    // marker is not, the database was lost (deleted, a failed disk, a wrong mount): starting an
    // empty one silently would look like a venue with no history and no staff.
    // Hidden, so that `rm spa.db*` does not take it along.
    const QFileInfo file(location);
    const QString marker =
        file.dir().filePath(QLatin1Char('.') + file.fileName() + QStringLiteral(".created"));
    const bool inMemory = location.startsWith(QLatin1Char(':')) || location.isEmpty();
    if (!inMemory && !QFileInfo::exists(location) && QFileInfo::exists(marker)) {
        *error =
            QStringLiteral("the database %1 is missing, but %2 shows one was created there. "
                           "Restore it from a backup (spa-server restore --data-dir DIR FILE), "
                           "or delete %2 to start an empty database.")
                .arg(location, marker);
        return false;
    }
    m_connectionName = QStringLiteral("spa-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(location);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // WAL for readers beside the writer; FULL so a commit survives power loss, not just a crash.
    const char *pragmas[] = { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                              "PRAGMA foreign_keys=ON" };
    for (const char *p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p))) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Statements are prepared and run on the connection's own sqlite3 handle (Qt's driver links
    // the same system SQLite), compiled once and kept: parsing was a third of a command's CPU.
    // SPA_STORE_STATEMENTS=qt runs them through Qt Sql instead, the path other engines take.
    if (qEnvironmentVariable("SPA_STORE_STATEMENTS") == QLatin1String("qt"))
        m_runner = std::make_unique<QtSqlStatements>(m_db);
    else
        m_runner = SqliteStatements::attach(m_db);
    if (!m_runner) {
        *error = QStringLiteral("the Qt SQLite driver gives no sqlite3 handle");
        close();
        return false;
    }
    struct stat st { };
    if (!inMemory && ::stat(QFile::encodeName(location).constData(), &st) == 0) {
        m_fileDevice = quint64(st.st_dev);
        m_fileInode = quint64(st.st_ino);
        if (!QFileInfo::exists(marker)) {
            QFile f(marker);
            if (f.open(QIODevice::WriteOnly))
                f.write(
                    QByteArrayLiteral("A spa-server database was created beside this file; keep "
                                      "this file with it (see docs/operations).\n"));
        }
    }
    m_fileProblem.clear();
    m_writeProblem.clear();
    m_description = QFileInfo(location).absoluteFilePath();
    qCInfo(lcStore) << "opened SQLite database" << m_description;
    return true;
}

bool Database::openPostgres(const QString &location, QString *error)
{
    const std::optional<PgUrl> url = PgUrl::parse(location, error);
    if (!url)
        return false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed: install "
                                "libqt6sql6-psql");
        return false;
    }
    m_dialect = SqlDialect(SqlDialect::Engine::Postgres);
    m_location = location;
    m_description = url->redacted();
    m_connectionName = QStringLiteral("spa-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(url->host);
    m_db.setPort(url->port);
    m_db.setUserName(url->user);
    m_db.setPassword(url->password);
    m_db.setDatabaseName(url->dbname);
    m_db.setConnectOptions(url->options);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot connect to %1: %2")
                     .arg(m_description, m_db.lastError().text().trimmed());
        close();
        return false;
    }
    // Notices ("relation already exists, skipping") are noise in the server's log.
    QSqlQuery quiet(m_db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    // SPA_STORE_STATEMENTS=qt: every statement as text through QPSQL (the path before
    // PgStatements, kept to compare).
    if (qEnvironmentVariable("SPA_STORE_STATEMENTS") == QLatin1String("qt"))
        m_runner = std::make_unique<QtSqlStatements>(m_db);
    else
        m_runner = std::make_unique<PgStatements>(m_db);
    m_fileProblem.clear();
    m_writeProblem.clear();
    qCInfo(lcStore).noquote() << "opened PostgreSQL database" << m_description;
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    settleGroup();
    m_runner.reset(); // SQLite will not close a connection with statements left
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::schemaVersion()
{
    QSqlQuery q = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    return q.next() ? q.value(0).toInt() : 0;
}

bool Database::migrate(QString *error)
{
    QSqlQuery create(m_db);
    if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                    " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                                    " applied_at TEXT NOT NULL)"))) {
        *error = create.lastError().text();
        return false;
    }
    // By the set applied, not the highest: steps made on parallel branches may be merged out of
    // number order (a database already at 7 still takes a 6 merged after it).
    const auto applied = [this] {
        QSet<int> versions;
        QSqlQuery q = exec(QStringLiteral("SELECT version FROM schema_migrations"));
        while (q.next())
            versions.insert(q.value(0).toInt());
        return versions;
    };
    const QSet<int> done = applied();
    for (const Migration &m : migrations()) {
        if (done.contains(m.version))
            continue;
        QString failed;
        bool skipped = false;
        const bool ok = transaction([&] {
            // Another instance may have applied it while this one waited for the write lock.
            if (applied().contains(m.version))
                return skipped = true;
            for (const QString &statement : m.statements) {
                QSqlQuery q(m_db);
                if (!q.exec(m_dialect.translate(statement))) {
                    failed = q.lastError().text() + QStringLiteral(" in: ") + statement;
                    return false;
                }
            }
            exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                "VALUES (?, ?, ?)"),
                 { m.version, QString::fromUtf8(m.name),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
            return lastOk();
        });
        if (!ok) {
            *error = QStringLiteral("migration %1 (%2) failed: %3")
                         .arg(m.version)
                         .arg(QString::fromUtf8(m.name), failed);
            return false;
        }
        if (!skipped)
            qCInfo(lcStore) << "applied migration" << m.version << m.name;
    }
    m_runner->clear(); // kept statements may name columns the migrations changed
    m_journalReady = true;
    return true;
}

bool Database::run(const QString &sql, QString *error)
{
    QString failed;
    int code = 0;
    const bool ok = m_runner && m_runner->control(sql, &failed, &code);
    if (!m_runner)
        failed = QStringLiteral("the database is not open");
    if (error)
        *error = failed;
    m_lastCode = code;
    m_lastState = m_runner && !ok ? m_runner->lastControlState() : QString();
    return ok;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    if (!m_runner) {
        m_lastOk = false;
        qCWarning(lcStore) << "SQL on a closed database:" << sql;
        return QSqlQuery();
    }
    StatementRunner::Outcome out = m_runner->exec(sql, binds);
    // A read outside a transaction (a token check before a command, a view) that found the
    // PostgreSQL connection gone is asked again on a new one: reading twice changes nothing.
    // A write is not retried: whether the lost one committed cannot be known here.
    if (!out.error.isEmpty() && m_txDepth == 0 &&
        sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) &&
        reconnect(m_dialect.isStorageFailure(out.state)))
        out = m_runner->exec(sql, binds);
    m_lastOk = out.error.isEmpty();
    if (!m_lastOk)
        noteFailure(out, sql);
    return out.rows;
}

void Database::noteFailure(const StatementRunner::Outcome &out, const QString &sql)
{
    m_lastOk = false;
    noteWriteFailure(out.code, out.state, out.error);
    if (m_txDepth > 0)
        m_txFailed = true;
    qCWarning(lcStore) << "SQL failed:" << out.error << "in:" << sql;
}

bool Database::backupTo(const QString &target, QString *error)
{
    settleGroup(); // VACUUM INTO cannot run inside a transaction
    QSqlQuery q(m_db);
    if (m_dialect.backupInto().isEmpty()) {
        *error = QStringLiteral("this engine is backed up with its own tools");
        return false;
    }
    q.prepare(m_dialect.backupInto());
    q.addBindValue(target);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

void Database::noteJournalHead(qint64 seq)
{
    if (seq > m_journalHead) {
        m_journalHead = seq;
        ++m_foreignChanges;
    }
}
