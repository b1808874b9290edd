// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgstatements.h"

#include <optional>

#include "store/rowsresult.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QVarLengthArray>

#include <libpq-fe.h>

namespace {

constexpr int kMaxStatements = 256; // a bound for SQL built at run time; the app uses ~150

// PostgreSQL prepares only these; schema statements and the like go as text.
bool preparable(const QString &sql)
{
    const QStringView s = QStringView(sql).trimmed();
    for (const char *word : { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES" })
        if (s.startsWith(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

// `?` placeholders as PostgreSQL's `$1, $2 …`; a `?` inside quotes is text. Null when the
// text holds a second statement (the text-only path refuses it with its own words).
std::optional<QByteArray> numbered(const QString &sql, int *params)
{
    const std::optional<QString> out = replacePlaceholders(
        sql,
        [](int index) {
            return std::optional<QString>(QLatin1Char('$') + QString::number(index + 1));
        },
        params);
    return out ? std::optional<QByteArray>(out->toUtf8()) : std::nullopt;
}

// The SQLSTATE of a failed call; a connection that broke gives none, so say "connection failure".
QString sqlState(const PGresult *r, const PGconn *conn)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (state && *state)
        return QString::fromLatin1(state);
    return PQstatus(conn) != CONNECTION_OK ? QStringLiteral("08006") : QString();
}

QString errorText(const PGresult *r, const PGconn *conn)
{
    const char *text = r ? PQresultErrorMessage(r) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

// The types QPSQL gives a column (qDecodePSQLType with the default precision policy).
QMetaType columnType(Oid type)
{
    switch (type) {
    case 16: // bool
        return QMetaType::fromType<bool>();
    case 17: // bytea
        return QMetaType::fromType<QByteArray>();
    case 20: // int8
        return QMetaType::fromType<qlonglong>();
    case 21: // int2
    case 23: // int4
    case 26: // oid
        return QMetaType::fromType<int>();
    case 700: // float4
    case 701: // float8
    case 1700: // numeric
        return QMetaType::fromType<double>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QVariant cellValue(const PGresult *r, int row, int column, QMetaType type)
{
    if (PQgetisnull(r, row, column))
        return QVariant(type);
    const char *text = PQgetvalue(r, row, column);
    switch (type.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::LongLong:
        return QVariant(qlonglong(QByteArray(text).toLongLong()));
    case QMetaType::Int:
        return QVariant(QByteArray(text).toInt());
    case QMetaType::Double:
        return QVariant(QByteArray(text).toDouble());
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char *bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default:
        return QVariant(QString::fromUtf8(text, PQgetlength(r, row, column)));
    }
}

// A bound value as PostgreSQL's text input (blobs as binary); null for SQL NULL.
struct Parameter {
    QByteArray bytes;
    bool null = false;
    bool binary = false;
};

Parameter parameter(const QVariant &v)
{
    Parameter p;
    if (isNullValue(v)) { // as QPSQL binds it
        p.null = true;
        return p;
    }
    switch (v.typeId()) {
    case QMetaType::Bool: // '1' and '0' read as both an integer and a boolean
        p.bytes = v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
        p.bytes = QByteArray::number(v.toLongLong());
        break;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        p.bytes = QByteArray::number(v.toULongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        p.bytes = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        p.bytes = v.toByteArray();
        p.binary = true;
        break;
    case QMetaType::QDateTime:
        p.bytes = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QDate:
        p.bytes = v.toDate().toString(Qt::ISODate).toUtf8();
        break;
    default:
        p.bytes = v.toString().toUtf8();
        break;
    }
    return p;
}

// A failure with the statement's words, as QtSqlStatements reports one.
StatementRunner::Outcome failed(const QSqlDriver *driver, const QString &sql, const QString &error,
                                const QString &state)
{
    auto *result = new RowsResult(driver, sql);
    result->fail(error, state);
    return { QSqlQuery(result), error, 0, state };
}

} // namespace

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

PgStatements::Deferred PgStatements::deferredStatement(const Prepared &p, const QString &sql,
                                                       const QVariantList &binds)
{
    Deferred d;
    d.name = p.name;
    d.sql = sql;
    for (const QVariant &v : binds) {
        Parameter param = parameter(v);
        d.values.append(std::move(param.bytes));
        d.nulls.append(param.null);
        d.formats.append(param.binary ? 1 : 0);
    }
    return d;
}

StatementRunner::Outcome PgStatements::defer(const QString &sql, const QVariantList &binds)
{
    Outcome out;
    bool simple = false;
    const Prepared *p = preparable(sql) ? prepared(sql, out, &simple) : nullptr;
    if (!p) {
        if (out.error.isEmpty())
            return exec(sql, binds);
        return out;
    }
    if (binds.size() != p->params)
        return exec(sql, binds); // reports the mismatch
    m_deferred.push_back(deferredStatement(*p, sql, binds));
    ++m_deferredWrites;
    return out;
}

bool PgStatements::deferControl(const QString &sql)
{
    if (sql.contains(QLatin1Char(';')))
        return false;
    m_deferred.push_back(Deferred { {}, sql.toUtf8(), {}, {}, {}, sql });
    return true;
}

bool PgStatements::flush(QString *error, QString *state)
{
    if (m_deferred.empty())
        return true;
    return sendDeferred(nullptr, nullptr, error, state);
}

bool PgStatements::sendDeferred(const Deferred *last, PGresult **lastResult, QString *error,
                                QString *state)
{
    std::vector<Deferred> items = std::exchange(m_deferred, {});
    m_deferredWrites = 0;
    PGconn *conn = connection();
    if (!conn || PQstatus(conn) != CONNECTION_OK || !PQenterPipelineMode(conn)) {
        *error =
            conn ? errorText(nullptr, conn) : QStringLiteral("the database connection is not open");
        *state = conn ? sqlState(nullptr, conn) : QStringLiteral("08003");
        if (state->isEmpty())
            *state = QStringLiteral("08006");
        return false;
    }
    const auto send = [conn](const Deferred &d) {
        if (d.name.isEmpty())
            return PQsendQueryParams(conn, d.text.constData(), 0, nullptr, nullptr, nullptr,
                                     nullptr, 0) == 1;
        QVarLengthArray<const char *, 16> values;
        QVarLengthArray<int, 16> lengths;
        for (int i = 0; i < d.values.size(); ++i) {
            values.append(d.nulls.at(i) ? nullptr : d.values.at(i).constData());
            lengths.append(int(d.values.at(i).size()));
        }
        return PQsendQueryPrepared(conn, d.name.constData(), int(values.size()), values.data(),
                                   lengths.data(), d.formats.constData(), 0) == 1;
    };
    bool sent = true;
    for (const Deferred &d : items)
        sent = sent && send(d);
    if (last)
        sent = sent && send(*last);
    sent = sent && PQpipelineSync(conn) == 1;
    if (!sent) {
        // The connection broke while sending: what was sent is lost with it.
        *error = errorText(nullptr, conn);
        *state = QStringLiteral("08006");
        PQexitPipelineMode(conn);
        return false;
    }
    bool ok = true;
    const int count = int(items.size()) + (last ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        PGresult *r = PQgetResult(conn);
        if (!r) { // the connection broke
            if (ok) {
                *error = errorText(nullptr, conn);
                *state = QStringLiteral("08006");
            }
            ok = false;
            break;
        }
        const ExecStatusType status = PQresultStatus(r);
        if (ok && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            ok = false;
            const QString &sql = i < int(items.size()) ? items.at(size_t(i)).sql : last->sql;
            *error =
                errorText(r, conn) + QStringLiteral(" (in: ") + sql.left(200) + QLatin1Char(')');
            *state = sqlState(r, conn);
        }
        if (last && i == count - 1 && lastResult)
            *lastResult = r;
        else
            PQclear(r);
        while (PGresult *more = PQgetResult(conn)) // each statement's results end with a null
            PQclear(more);
    }
    if (PGresult *sync = PQgetResult(conn)) // PGRES_PIPELINE_SYNC
        PQclear(sync);
    PQexitPipelineMode(conn);
    return ok;
}
