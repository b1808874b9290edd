// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlResult>
#include <QUuid>
#include <QVarLengthArray>

#include <sqlite3.h>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcStore, "spa.store")

namespace {

// The rows of one run of a kept statement, read in full, behind the QSqlQuery that exec()
// returns: the statement is reset before exec() returns, so it is free for the next caller (the
// same SQL may run again while these rows are still being read), and no read stays open.
class RowsResult final : public QSqlResult {
public:
    RowsResult(const QSqlDriver *driver, const QString &sql)
        : QSqlResult(driver)
    {
        setQuery(sql);
        setForwardOnly(true);
    }

    void finish(const QSqlRecord &columns, QList<QVariant> &&cells, int rows, int changes,
                qint64 insertId)
    {
        m_columns = columns;
        m_cells = std::move(cells);
        m_rows = rows;
        m_changes = changes;
        m_insertId = insertId;
        setSelect(!columns.isEmpty());
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }

    void fail(const QString &message, int code)
    {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), message,
                               QSqlError::StatementError, QString::number(code)));
    }

protected:
    QVariant data(int i) override
    {
        if (at() < 0 || at() >= m_rows || i < 0 || i >= m_columns.count())
            return QVariant();
        return m_cells.at(at() * m_columns.count() + i);
    }
    bool isNull(int i) override { return data(i).isNull(); }
    bool reset(const QString &) override { return false; } // rows of one run; not re-executable
    bool fetch(int i) override
    {
        if (i < 0 || i >= m_rows)
            return false;
        setAt(i);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(m_rows - 1); }
    int size() override { return m_rows; }
    int numRowsAffected() override { return m_changes; }
    QSqlRecord record() const override { return m_columns; }
    QVariant lastInsertId() const override
    {
        return m_insertId ? QVariant(m_insertId) : QVariant();
    }

private:
    QSqlRecord m_columns;
    QList<QVariant> m_cells; // row after row
    int m_rows = 0;
    int m_changes = 0;
    qint64 m_insertId = 0;
};

// As Qt's SQLite driver binds: a null value or a null string is NULL.
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    default:
        return false;
    }
}

// Binds `v` as Qt's SQLite driver would; text and blobs stay in `keep` until the step is done.
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v,
              QVarLengthArray<QByteArray, 12> &keep)
{
    if (isNullValue(v))
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::QByteArray:
        keep.append(v.toByteArray());
        return sqlite3_bind_blob(stmt, index, keep.last().constData(), int(keep.last().size()),
                                 SQLITE_STATIC);
    case QMetaType::QDateTime:
        keep.append(v.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        break;
    default:
        keep.append(v.toString().toUtf8());
        break;
    }
    return sqlite3_bind_text(stmt, index, keep.last().constData(), int(keep.last().size()),
                             SQLITE_STATIC);
}

// A column of the current row with the types Qt's SQLite driver gives.
QVariant columnValue(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, i));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, i)),
                                   sqlite3_column_bytes(stmt, i)));
    default:
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                              sqlite3_column_bytes(stmt, i)));
    }
}

bool changesSchema(const QString &sql)
{
    const QStringView s = QStringView(sql).trimmed();
    for (const char *word : { "CREATE", "ALTER", "DROP" })
        if (s.startsWith(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

constexpr int kMaxStatements = 256; // a bound for SQL built at run time; the app uses ~100
} // namespace

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
    m_engine = Engine::Sqlite;
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
                           "Restore it from a backup, or delete %2 to start an empty database.")
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
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3 *const *>(handle.constData())) {
        *error = QStringLiteral("the Qt SQLite driver gives no sqlite3 handle");
        close();
        return false;
    }
    m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
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
    clearStatements(); // SQLite will not close a connection with statements left
    m_sqlite = nullptr;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString Database::translate(const QString &sql) const
{
    QString s = sql;
    if (m_engine == Engine::Sqlite)
        s.replace(QLatin1String("{{ID}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    else
        s.replace(QLatin1String("{{ID}}"),
                  QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return s;
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
                if (!q.exec(translate(statement))) {
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
    clearStatements(); // kept statements may name columns the migrations changed
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
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_PERM:
        m_writeProblem = QStringLiteral("the last write failed: %1").arg(error);
        break;
    default:
        break; // a constraint or a bad statement: the database itself is fine
    }
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
        noteWriteFailure(sqlite3_extended_errcode(m_sqlite), error);
        run(QStringLiteral("ROLLBACK"));
        ++m_rollbacks;
        return false;
    }
    m_writeProblem.clear(); // space came back, or the file is writable again
    return true;
}

Database::Statement *Database::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return &*it;
    if (!m_sqlite) {
        *error = QStringLiteral("the database is not open");
        return nullptr;
    }
    if (m_statements.size() >= kMaxStatements)
        clearStatements();
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK || !stmt) {
        *error = rc != SQLITE_OK ? QString::fromUtf8(sqlite3_errmsg(m_sqlite))
                                 : QStringLiteral("no SQL statement");
        sqlite3_finalize(stmt);
        return nullptr;
    }
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        *error = QStringLiteral("Unable to execute multiple statements at a time");
        sqlite3_finalize(stmt);
        return nullptr;
    }
    Statement st;
    st.stmt = stmt;
    for (int i = 0; i < sqlite3_column_count(stmt); ++i)
        st.columns.append(QSqlField(QString::fromUtf8(sqlite3_column_name(stmt, i))));
    return &*m_statements.insert(sql, st);
}

void Database::clearStatements()
{
    for (const Statement &st : std::as_const(m_statements))
        sqlite3_finalize(st.stmt);
    m_statements.clear();
}

bool Database::run(const QString &sql, QString *error)
{
    QString failed;
    Statement *st = statement(sql, &failed);
    if (st) {
        const int rc = sqlite3_step(st->stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            failed = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        sqlite3_reset(st->stmt);
    }
    if (error)
        *error = failed;
    return failed.isEmpty();
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &binds)
{
    auto *result = new RowsResult(m_db.driver(), sql);
    QSqlQuery q(result);
    QString error;
    int code = 0;
    Statement *st = statement(sql, &error);
    if (st) {
        sqlite3_stmt *stmt = st->stmt;
        QVarLengthArray<QByteArray, 12> keep;
        int rc = SQLITE_OK;
        if (int(binds.size()) != sqlite3_bind_parameter_count(stmt)) {
            error = QStringLiteral("Parameter count mismatch");
            rc = SQLITE_RANGE;
        }
        int index = 0;
        for (auto v = binds.begin(); rc == SQLITE_OK && v != binds.end(); ++v)
            rc = bindValue(stmt, ++index, *v, keep);
        if (rc != SQLITE_OK && error.isEmpty())
            error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        if (rc == SQLITE_OK) {
            // A re-run after a schema change may have other columns.
            const int columns = sqlite3_column_count(stmt);
            if (columns != st->columns.count()) {
                st->columns.clear();
                for (int i = 0; i < columns; ++i)
                    st->columns.append(QSqlField(QString::fromUtf8(sqlite3_column_name(stmt, i))));
            }
            QList<QVariant> cells;
            cells.reserve(columns); // most statements give one row or none
            int rows = 0;
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                for (int i = 0; i < columns; ++i)
                    cells.append(columnValue(stmt, i));
                ++rows;
            }
            if (rc == SQLITE_DONE) {
                const bool writes = !sqlite3_stmt_readonly(stmt);
                result->finish(st->columns, std::move(cells), rows,
                               writes ? sqlite3_changes(m_sqlite) : 0,
                               writes ? sqlite3_last_insert_rowid(m_sqlite) : 0);
            } else {
                error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            }
        }
        code = rc == SQLITE_DONE ? 0 : rc;
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        if (changesSchema(sql)) // other kept statements may read columns this changed
            clearStatements();
    }
    m_lastOk = error.isEmpty();
    if (!m_lastOk) {
        noteWriteFailure(code, error);
        result->fail(error, code);
        if (m_txDepth > 0)
            m_txFailed = true;
        qCWarning(lcStore) << "SQL failed:" << q.lastError().text() << "in:" << sql;
    }
    return q;
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
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
