// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sqlitestatements.h"

#include "store/rowsresult.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlResult>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace {

// As Qt's SQLite driver binds: a null value or a null string is NULL.
bool sqliteBindsNull(const QVariant &v)
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
    if (sqliteBindsNull(v))
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

constexpr int kMaxStatements = 256; // a bound for SQL built at run time; the app uses ~100
} // namespace

std::unique_ptr<SqliteStatements> SqliteStatements::attach(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3 *const *>(handle.constData()))
        return nullptr;
    return std::unique_ptr<SqliteStatements>(
        new SqliteStatements(db, *static_cast<sqlite3 *const *>(handle.constData())));
}

SqliteStatements::Statement *SqliteStatements::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return &*it;
    if (!m_sqlite) {
        *error = QStringLiteral("the database is not open");
        return nullptr;
    }
    if (m_statements.size() >= kMaxStatements)
        clear();
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

void SqliteStatements::clear()
{
    for (const Statement &st : std::as_const(m_statements))
        sqlite3_finalize(st.stmt);
    m_statements.clear();
}

bool SqliteStatements::control(const QString &sql, QString *error, int *code)
{
    QString failed;
    Statement *st = statement(sql, &failed);
    if (st) {
        const int rc = sqlite3_step(st->stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            failed = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
            if (code)
                *code = sqlite3_extended_errcode(m_sqlite);
        }
        sqlite3_reset(st->stmt);
    }
    if (error)
        *error = failed;
    return failed.isEmpty();
}

StatementRunner::Outcome SqliteStatements::exec(const QString &sql, const QVariantList &binds)
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
            clear();
    }
    if (!error.isEmpty())
        result->fail(error, QString::number(code));
    return { q, error, code, QString() };
}
