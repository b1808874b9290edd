// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "migrations.h"
#include "qtsqlstatements.h"
#include "sqlitestatements.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
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
    if (location.startsWith(QLatin1String("postgres"))) {
        *error = QStringLiteral("PostgreSQL URLs are not supported yet; give a SQLite file path");
        return false;
    }
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
    qCInfo(lcStore) << "opened SQLite database" << QFileInfo(location).absoluteFilePath();
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
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
    const int current = schemaVersion();
    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QString failed;
        const bool ok = transaction([&] {
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
        qCInfo(lcStore) << "applied migration" << m.version << m.name;
    }
    m_runner->clear(); // kept statements may name columns the migrations changed
    return true;
}

bool Database::fileIsStillOurs()
{
    if (m_fileInode == 0)
        return true; // in memory, or not a file we could stat at open
    struct stat st { };
    const bool same = ::stat(QFile::encodeName(m_location).constData(), &st) == 0 &&
        quint64(st.st_dev) == m_fileDevice && quint64(st.st_ino) == m_fileInode;
    if (!same && m_fileProblem.isEmpty()) {
        m_fileProblem = QStringLiteral("the database file %1 was deleted or replaced while the "
                                       "server was running; writes are refused until it is "
                                       "restored and the server restarted")
                            .arg(m_location);
        qCCritical(lcStore).noquote() << m_fileProblem;
    }
    return same;
}

void Database::noteWriteFailure(int code, const QString &error)
{
    // A constraint or a bad statement leaves the database itself fine.
    if (m_dialect.isStorageFailure(code))
        m_writeProblem = QStringLiteral("the last write failed: %1").arg(error);
}

QString Database::storageProblem()
{
    fileIsStillOurs();
    return !m_fileProblem.isEmpty() ? m_fileProblem : m_writeProblem;
}

bool Database::transaction(const std::function<bool()> &work)
{
    QString error;
    // Every write goes through here: refuse it rather than acknowledge what a restart would lose.
    if (!fileIsStillOurs())
        return false;
    if (!run(QStringLiteral("BEGIN"), &error)) {
        qCWarning(lcStore) << "cannot begin transaction:" << error;
        return false;
    }
    m_txFailed = false;
    ++m_txDepth;
    const bool ok = work();
    --m_txDepth;
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
        noteWriteFailure(m_lastCode, error);
        run(QStringLiteral("ROLLBACK"));
        ++m_rollbacks;
        return false;
    }
    m_writeProblem.clear(); // space came back, or the file is writable again
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
    m_lastOk = out.error.isEmpty();
    if (!m_lastOk) {
        noteWriteFailure(out.code, out.error);
        if (m_txDepth > 0)
            m_txFailed = true;
        qCWarning(lcStore) << "SQL failed:" << out.error << "in:" << sql;
    }
    return out.rows;
}

double Database::ping()
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return -1;
    return t.nsecsElapsed() / 1e6;
}

bool Database::backupTo(const QString &target, QString *error)
{
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
