// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "writeturn.h"

#include "store/pgurl.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <vector>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcTurn, "spa.store.turn")

namespace {
constexpr int kMaxBackoffMs = 5000;
// Not the journal's lock (7565601, SqlDialect::serializeWrites): a queue in front of it.
constexpr const char *kAsk = "SELECT pg_advisory_lock(7565602)";
constexpr const char *kPass = "SELECT pg_advisory_unlock(7565602)";

// A notifier may be dropped from its own activated(): deleted once that has returned.
void drop(std::unique_ptr<QSocketNotifier> &n)
{
    if (!n)
        return;
    n->setEnabled(false);
    n.release()->deleteLater();
}
} // namespace

WriteTurn::WriteTurn(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WriteTurn::connectNow);
}

WriteTurn::~WriteTurn()
{
    m_read.reset();
    m_write.reset();
    if (m_conn)
        PQfinish(m_conn); // a session's advisory locks end with it
}

void WriteTurn::start()
{
    connectNow();
}

bool WriteTurn::usable() const
{
    return m_state != State::Down && m_state != State::Connecting;
}

void WriteTurn::connectNow()
{
    drop(m_read);
    drop(m_write);
    if (m_conn)
        PQfinish(std::exchange(m_conn, nullptr));
    QString error;
    const std::optional<PgUrl> url = PgUrl::parse(m_url, &error);
    if (!url)
        return fail(error);
    // The same parameters as the Database's QPSQL connection (PgUrl::options: sslmode,
    // connect_timeout, application_name), as libpq keywords.
    std::vector<QByteArray> keys { "host", "port", "user", "password", "dbname" };
    std::vector<QByteArray> values { url->host.toUtf8(), QByteArray::number(url->port),
                                     url->user.toUtf8(), url->password.toUtf8(),
                                     url->dbname.toUtf8() };
    for (const QString &option : url->options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        keys.push_back(option.left(eq).toUtf8());
        values.push_back(option.mid(eq + 1).toUtf8());
    }
    std::vector<const char *> k, v;
    for (size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    // Started, not waited for: polled from the event loop (PQconnectPoll), so a PostgreSQL that
    // is down or slow to answer never holds the instance up.
    m_conn = PQconnectStartParams(k.data(), v.data(), 0);
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return fail(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()
                           : QStringLiteral("out of memory"));
    if (PQsocket(m_conn) < 0)
        return fail(QStringLiteral("libpq gave no socket to wait on"));
    m_state = State::Connecting;
    // libpq: after PQconnectStart, wait as if PQconnectPoll had said PGRES_POLLING_WRITING.
    m_write = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Write);
    connect(m_write.get(), &QSocketNotifier::activated, this, &WriteTurn::pollConnect);
}

void WriteTurn::pollConnect()
{
    drop(m_read);
    drop(m_write);
    const PostgresPollingStatusType polled = PQconnectPoll(m_conn);
    if (polled != PGRES_POLLING_FAILED && PQsocket(m_conn) < 0)
        return fail(QStringLiteral("libpq gave no socket to wait on"));
    switch (polled) {
    case PGRES_POLLING_OK:
        m_state = State::Free;
        m_backoffMs = 250;
        qCDebug(lcTurn) << "connected: writes take turns without blocking the event loop";
        watch();
        return;
    case PGRES_POLLING_READING:
        m_read = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
        connect(m_read.get(), &QSocketNotifier::activated, this, &WriteTurn::pollConnect);
        return;
    case PGRES_POLLING_WRITING:
        m_write = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Write);
        connect(m_write.get(), &QSocketNotifier::activated, this, &WriteTurn::pollConnect);
        return;
    default:
        return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    }
}

void WriteTurn::watch()
{
    m_read = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
    connect(m_read.get(), &QSocketNotifier::activated, this, &WriteTurn::onReadable);
}

void WriteTurn::ask()
{
    if (m_state == State::Passing) {
        m_askAfterPass = true;
    } else if (m_state == State::Free && send(kAsk)) {
        m_state = State::Asking;
    }
}

void WriteTurn::pass()
{
    if (m_state == State::Held && send(kPass))
        m_state = State::Passing;
}

bool WriteTurn::send(const char *sql)
{
    // The connection is in blocking mode: the few bytes are written before this returns; only
    // the answer is waited for in the event loop.
    if (PQsendQuery(m_conn, sql) == 1)
        return true;
    fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    return false;
}

void WriteTurn::onReadable()
{
    if (!PQconsumeInput(m_conn))
        return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    while (m_state == State::Asking || m_state == State::Passing) {
        if (PQisBusy(m_conn))
            return;
        PGresult *r = PQgetResult(m_conn);
        if (!r) { // the statement's results are all in
            finished(std::exchange(m_answerOk, true));
            continue;
        }
        if (PQresultStatus(r) != PGRES_TUPLES_OK)
            m_answerOk = false;
        PQclear(r);
    }
    // Nothing asked, yet readable: the server closed the connection (or sent a notice).
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

void WriteTurn::finished(bool ok)
{
    if (!ok)
        return fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    if (m_state == State::Asking) {
        m_state = State::Held;
        ++m_turns;
        Q_EMIT granted();
    } else if (m_state == State::Passing) {
        m_state = State::Free;
        if (std::exchange(m_askAfterPass, false))
            ask();
    }
}

void WriteTurn::fail(const QString &why)
{
    const bool wasUsable = usable();
    if (wasUsable || m_backoffMs == 250)
        qCWarning(lcTurn).noquote()
            << "the write-turn connection is down; writes wait for the journal's lock meanwhile:"
            << why;
    drop(m_read);
    drop(m_write);
    if (m_conn)
        PQfinish(std::exchange(m_conn, nullptr));
    m_state = State::Down;
    m_askAfterPass = false;
    m_answerOk = true;
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
    if (wasUsable)
        Q_EMIT lost();
}
