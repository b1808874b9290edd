// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// PgStatements' kept writes: statements whose answers nobody reads wait here and go to the
// server with the next statement that must be answered, in one libpq pipeline (one round trip).

#include "pgstatements.h"

#include "pgwire.h"

#include <libpq-fe.h>

using namespace PgWire;

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
