// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/qtsqlstatements.h"
#include "store/statementrunner.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <vector>

struct pg_conn;
struct pg_result;

// PostgreSQL's fast path, the counterpart of SqliteStatements: each SQL text is prepared once per
// connection (libpq's PQprepare on the QPSQL driver's own connection, at most 256 kept) and then
// run with PQexecPrepared: one round trip, the values sent apart from the text (never quoted into
// it), and the plan kept. Planning was more than half of PostgreSQL's time per statement when
// every statement was sent as new text. Rows are copied into the returned QSqlQuery with the
// types QPSQL gives. Statements PostgreSQL will not prepare (schema changes, a placeholder whose
// type nothing decides) go through QtSqlStatements, as before.
class PgStatements final : public StatementRunner {
public:
    explicit PgStatements(QSqlDatabase &db);
    ~PgStatements() override;

    Outcome exec(const QString &sql, const QVariantList &binds) override;
    Outcome defer(const QString &sql, const QVariantList &binds) override;
    bool deferControl(const QString &sql) override;
    bool hasDeferredWrites() const override { return m_deferredWrites > 0; }
    bool flush(QString *error, QString *state) override;
    bool control(const QString &sql, QString *error, int *code) override;
    bool batchesControl() const override { return true; }
    QString lastControlState() const override { return m_controlState; }
    // Drops the kept statements (after migrations, and before a reconnect closes the connection:
    // a new connection has none of them).
    void clear() override;
    int kept() const override { return int(m_prepared.size()); }

private:
    struct Prepared {
        QByteArray name;
        int params = 0;
    };
    // A statement kept for the next round trip: a prepared one with its values as PostgreSQL's
    // text input, or a control statement (no name).
    struct Deferred {
        QByteArray name;
        QByteArray text; // a control statement
        QVector<QByteArray> values;
        QVector<bool> nulls;
        QVector<int> formats;
        QString sql; // for the error's words
    };
    pg_conn *connection() const;
    // The kept statement for `sql`, preparing it first; null with `out` filled when PostgreSQL
    // refused it (then `simple` says whether the text-only path should run it instead).
    const Prepared *prepared(const QString &sql, Outcome &out, bool *simple);

    // Sends the kept statements, then `last` if given, as one pipeline (libpq's pipeline mode:
    // one round trip). The first failure is `error`/`state`; the ones after it do not run.
    // `last`'s result, when asked for, is handed over (the caller clears it).
    bool sendDeferred(const Deferred *last, pg_result **lastResult, QString *error, QString *state);
    bool finishControl(pg_result *r, bool ok, QString why, const QString &sql, QString *error,
                       int *code);
    // The rows of a successful result, copied into a QSqlQuery; clears `r`.
    Outcome rowsOf(pg_result *r, const QString &sql);
    Deferred deferredStatement(const Prepared &p, const QString &sql, const QVariantList &binds);

    QSqlDatabase &m_db;
    QtSqlStatements m_simple;
    std::vector<Deferred> m_deferred;
    int m_deferredWrites = 0;
    QHash<QString, Prepared> m_prepared;
    QSet<QString> m_unpreparable; // SQL texts PostgreSQL would not prepare: sent as text
    quint64 m_nextName = 0;
    QString m_controlState;
};
