// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgstatements.h"

#include "pgwire.h"

#include <optional>

#include "store/rowsresult.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QVarLengthArray>

#include <libpq-fe.h>

namespace {
constexpr int kMaxStatements = 256; // a bound for SQL built at run time; the app uses ~150
} // namespace

// The helpers are PgStatements' own vocabulary.
using namespace PgWire;

PgStatements::PgStatements(QSqlDatabase &db)
    : m_db(db)
    , m_simple(db)
{
}

PgStatements::~PgStatements()
{
    clear();
}

PGconn *PgStatements::connection() const
{
    const QVariant handle = m_db.isValid() ? m_db.driver()->handle() : QVariant();
    return handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
}

void PgStatements::clear()
{
    m_deferred.clear();
    m_deferredWrites = 0;
    PGconn *conn = connection();
    // Names are never reused, so a DEALLOCATE that could not run (a broken connection, an
    // aborted transaction) leaves only unused statements behind.
    if (!m_prepared.isEmpty() && conn && PQstatus(conn) == CONNECTION_OK)
        PQclear(PQexec(conn, "DEALLOCATE ALL"));
    m_prepared.clear();
    m_unpreparable.clear();
}

const PgStatements::Prepared *PgStatements::prepared(const QString &sql, Outcome &out, bool *simple)
{
    *simple = false;
    const auto kept = m_prepared.constFind(sql);
    if (kept != m_prepared.cend())
        return &*kept;
    int params = 0;
    const std::optional<QByteArray> text = numbered(sql, &params);
    if (!text || m_unpreparable.contains(sql)) {
        *simple = true;
        return nullptr;
    }
    PGconn *conn = connection();
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        out = failed(m_db.driver(), sql, QStringLiteral("the database connection is not open"),
                     QStringLiteral("08003"));
        return nullptr;
    }
    // Kept statements go first (preparing is a round trip of its own, once per SQL text).
    QString error;
    QString state;
    if (!m_deferred.empty() && !flush(&error, &state)) {
        out = failed(m_db.driver(), sql, error, state);
        return nullptr;
    }
    if (m_prepared.size() >= kMaxStatements)
        clear();
    // A statement PostgreSQL refuses to prepare would abort the transaction it is in; a
    // savepoint keeps the transaction usable for the text-only path. Once per SQL text.
    const bool inTransaction = PQtransactionStatus(conn) == PQTRANS_INTRANS;
    if (inTransaction)
        PQclear(PQexec(conn, "SAVEPOINT spa_prepare"));
    Prepared p;
    p.name = QByteArrayLiteral("spa_") + QByteArray::number(++m_nextName);
    p.params = params;
    PGresult *r = PQprepare(conn, p.name.constData(), text->constData(), params, nullptr);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    state = ok ? QString() : sqlState(r, conn);
    error = ok ? QString() : errorText(r, conn);
    PQclear(r);
    if (inTransaction)
        PQclear(PQexec(conn,
                       ok ? "RELEASE SAVEPOINT spa_prepare" : "ROLLBACK TO SAVEPOINT spa_prepare"));
    if (ok)
        return &*m_prepared.insert(sql, p);
    // 42: a syntax or type problem (a placeholder whose type nothing decides); 0A: not
    // supported. The text-only path runs these, or reports the same error in its words.
    if (state.startsWith(QLatin1String("42")) || state.startsWith(QLatin1String("0A"))) {
        m_unpreparable.insert(sql);
        *simple = true;
        return nullptr;
    }
    out = failed(m_db.driver(), sql, error, state);
    return nullptr;
}

StatementRunner::Outcome PgStatements::exec(const QString &sql, const QVariantList &binds)
{
    if (!preparable(sql)) {
        QString error;
        QString state;
        if (!flush(&error, &state))
            return failed(m_db.driver(), sql, error, state);
        Outcome out = m_simple.exec(sql, binds);
        // A kept SELECT * would fail ("cached plan must not change result type") after this.
        if (out.error.isEmpty() && changesSchema(sql))
            clear();
        return out;
    }
    Outcome out;
    bool simple = false;
    const Prepared *p = prepared(sql, out, &simple);
    if (!p) {
        if (simple)
            return m_simple.exec(sql, binds);
        return out;
    }
    if (binds.size() != p->params)
        return failed(m_db.driver(), sql,
                      QStringLiteral("%1 values for the statement's placeholders: %2")
                          .arg(binds.size())
                          .arg(sql.left(200)),
                      QStringLiteral("42601"));
    PGconn *conn = connection();
    PGresult *r = nullptr;
    if (!m_deferred.empty()) {
        // The kept writes and this statement in one round trip.
        const Deferred self = deferredStatement(*p, sql, binds);
        QString error;
        QString state;
        if (!sendDeferred(&self, &r, &error, &state)) {
            PQclear(r);
            return failed(m_db.driver(), sql, error, state);
        }
        return rowsOf(r, sql);
    }
    QVarLengthArray<Parameter, 16> params;
    QVarLengthArray<const char *, 16> values;
    QVarLengthArray<int, 16> lengths;
    QVarLengthArray<int, 16> formats;
    for (const QVariant &v : binds)
        params.append(parameter(v));
    for (const Parameter &param : params) {
        values.append(param.null ? nullptr : param.bytes.constData());
        lengths.append(int(param.bytes.size()));
        formats.append(param.binary ? 1 : 0);
    }
    r = PQexecPrepared(conn, p->name.constData(), int(values.size()), values.data(), lengths.data(),
                       formats.data(), 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        out = failed(m_db.driver(), sql, errorText(r, conn), sqlState(r, conn));
        PQclear(r);
        return out;
    }
    return rowsOf(r, sql);
}

StatementRunner::Outcome PgStatements::rowsOf(PGresult *r, const QString &sql)
{
    const int rows = PQntuples(r);
    const int columns = PQnfields(r);
    QSqlRecord record;
    QVarLengthArray<QMetaType, 40> types;
    for (int c = 0; c < columns; ++c) {
        types.append(columnType(PQftype(r, c)));
        record.append(QSqlField(QString::fromUtf8(PQfname(r, c)), types.last()));
    }
    QList<QVariant> cells;
    cells.reserve(qsizetype(rows) * columns);
    for (int row = 0; row < rows; ++row)
        for (int c = 0; c < columns; ++c)
            cells.append(cellValue(r, row, c, types.at(c)));
    auto *result = new RowsResult(m_db.driver(), sql);
    result->finish(record, std::move(cells), rows, QByteArray(PQcmdTuples(r)).toInt(), 0);
    PQclear(r);
    return { QSqlQuery(result), QString(), 0, QString() };
}

bool PgStatements::control(const QString &sql, QString *error, int *code)
{
    m_controlState.clear();
    PGconn *conn = connection();
    if (!conn) {
        m_controlState = QStringLiteral("08003");
        if (error)
            *error = QStringLiteral("the database connection is not open");
        return false;
    }
    PGresult *r = nullptr;
    if (!m_deferred.empty()) {
        QString why;
        if (sql.compare(QLatin1String("ROLLBACK"), Qt::CaseInsensitive) == 0) {
            // Undoes whatever the kept statements would have done: they need not go.
            m_deferred.clear();
            m_deferredWrites = 0;
        } else if (sql.startsWith(QLatin1String("ROLLBACK TO"), Qt::CaseInsensitive)) {
            // The kept statements go first (a savepoint among them must exist to roll back
            // to); one that fails is undone by the rollback anyway.
            sendDeferred(nullptr, nullptr, &why, &m_controlState);
            m_controlState.clear();
        } else if (!sql.contains(QLatin1Char(';'))) {
            // COMMIT, SAVEPOINT, RELEASE: after the kept statements, in the same round trip.
            const Deferred self { {}, sql.toUtf8(), {}, {}, {}, sql };
            const bool ok = sendDeferred(&self, &r, &why, &m_controlState);
            return finishControl(r, ok, why, sql, error, code);
        } else if (!sendDeferred(nullptr, nullptr, &why, &m_controlState)) {
            return finishControl(nullptr, false, why, sql, error, code);
        }
    }
    r = PQexec(conn, sql.toUtf8().constData());
    // Several statements in one text give the last one's result (PQexec stops at the first
    // that fails, and gives that one's error); a SELECT among them answers with rows.
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok)
        m_controlState = sqlState(r, conn);
    return finishControl(r, ok, ok ? QString() : errorText(r, conn), sql, error, code);
}

bool PgStatements::finishControl(PGresult *r, bool ok, QString why, const QString &sql,
                                 QString *error, int *code)
{
    // A COMMIT of a transaction that failed is answered "ROLLBACK", without an error.
    if (ok && r && sql.endsWith(QLatin1String("COMMIT"), Qt::CaseInsensitive) &&
        qstrcmp(PQcmdStatus(r), "ROLLBACK") == 0) {
        ok = false;
        why = QStringLiteral("the transaction was rolled back");
    }
    PQclear(r);
    if (error)
        *error = why;
    if (code)
        *code = 0;
    return ok;
}
