// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

// The rows of one run of a kept statement (SqliteStatements, PgStatements), read in full, behind
// the QSqlQuery that exec() returns: the statement is reset before exec() returns, so it is free
// for the next caller (the same SQL may run again while these rows are still being read), and no
// read stays open.
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

    // `nativeCode`: SQLite's extended code as a number, or PostgreSQL's SQLSTATE.
    void fail(const QString &message, const QString &nativeCode)
    {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), message,
                               QSqlError::StatementError, nativeCode));
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
