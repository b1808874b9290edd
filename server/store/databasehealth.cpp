// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Whether the store is still there and still ours: the SQLite file's identity, a failed write
// that means the storage (not the statement) is at fault, the PostgreSQL connection's state,
// /health's ping and the backed-off reconnect.

#include "database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sys/stat.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

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

void Database::noteWriteFailure(int code, const QString &state, const QString &error)
{
    // A constraint or a bad statement leaves the database itself fine.
    if (m_dialect.isStorageFailure(code) || m_dialect.isStorageFailure(state) || connectionLost()) {
        m_writeProblem = QStringLiteral("the last write failed: %1").arg(error);
        m_storageFailedInTx = m_txDepth > 0;
    }
}

QString Database::storageProblem()
{
    fileIsStillOurs();
    return !m_fileProblem.isEmpty() ? m_fileProblem : m_writeProblem;
}

double Database::ping()
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return t.nsecsElapsed() / 1e6;
    if (!reconnect(m_dialect.engine() == Engine::Postgres))
        return -1;
    t.restart();
    QSqlQuery again(m_db);
    if (!again.exec(QStringLiteral("SELECT 1")) || !again.next())
        return -1;
    return t.nsecsElapsed() / 1e6;
}

bool Database::reconnect(bool suspect)
{
    if (m_dialect.engine() != Engine::Postgres || m_txDepth > 0 || (!suspect && !connectionLost()))
        return false;
    // Connecting blocks the event loop (up to connect_timeout on an unreachable host): while
    // the server stays away, try at most every 0.25 s, doubling to 5 s; commands meanwhile get
    // 503 at once.
    if (!m_reconnectAfter.hasExpired())
        return false;
    if (m_runner)
        m_runner->clear(); // statements prepared on the old connection do not exist on the new
    m_db.close();
    if (!m_db.open()) {
        m_writeProblem = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                             .arg(m_description, m_db.lastError().text().trimmed());
        m_reconnectAfter.setRemainingTime(m_reconnectBackoffMs);
        m_reconnectBackoffMs = std::min(m_reconnectBackoffMs * 2, 5000);
        return false;
    }
    m_reconnectBackoffMs = 250;
    QSqlQuery quiet(m_db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    m_writeProblem.clear();
    qCInfo(lcStore).noquote() << "connected to PostgreSQL again:" << m_description;
    return true;
}

bool Database::connectionLost() const
{
    if (m_dialect.engine() != Engine::Postgres || !m_db.isValid())
        return false;
    const QVariant handle = m_db.driver()->handle();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    return !conn || PQstatus(conn) != CONNECTION_OK;
}
