// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changefeed.h"

#include "store/dialect.h"
#include "store/pgurl.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcFeed, "spa.store.feed")

namespace {
constexpr int kHealthMs = 1000;
constexpr int kMaxBackoffMs = 5000;
} // namespace

ChangeFeed::ChangeFeed(const QString &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
{
    m_health.setInterval(kHealthMs);
    connect(&m_health, &QTimer::timeout, this, &ChangeFeed::check);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString error;
        if (connectAndListen(&error)) {
            qCInfo(lcFeed) << "listening again for other instances' commits";
            Q_EMIT resumed();
        } else {
            scheduleRetry();
        }
    });
}

ChangeFeed::~ChangeFeed()
{
    drop();
}

bool ChangeFeed::start()
{
    QString error;
    if (connectAndListen(&error))
        return true;
    qCWarning(lcFeed).noquote() << "cannot listen for other instances' commits yet:" << error;
    scheduleRetry();
    return false;
}

bool ChangeFeed::connectAndListen(QString *error)
{
    drop();
    const std::optional<PgUrl> url = PgUrl::parse(m_url, error);
    if (!url)
        return false;
    m_connectionName =
        QStringLiteral("spa-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(url->host);
    m_db.setPort(url->port);
    m_db.setUserName(url->user);
    m_db.setPassword(url->password);
    m_db.setDatabaseName(url->dbname);
    m_db.setConnectOptions(url->options);
    if (!m_db.open()) {
        *error = m_db.lastError().text().trimmed();
        drop();
        return false;
    }
    connect(m_db.driver(), &QSqlDriver::notification, this, &ChangeFeed::onNotification);
    if (!m_db.driver()->subscribeToNotification(SqlDialect::channel())) {
        *error = m_db.driver()->lastError().text().trimmed();
        drop();
        return false;
    }
    m_listening = true;
    m_backoffMs = 250;
    m_health.start();
    return true;
}

void ChangeFeed::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name != SqlDialect::channel())
        return;
    bool ok = false;
    const qint64 seq = payload.toString().toLongLong(&ok);
    if (ok && seq > 0)
        Q_EMIT committed(seq);
}

void ChangeFeed::check()
{
    if (!m_listening)
        return;
    // PQstatus only changes when libpq reads; a query makes it read (and drains notifications
    // that came with it). One round trip a second on an idle connection.
    QSqlQuery ping(m_db);
    bool alive = ping.exec(QStringLiteral("SELECT 1"));
    const QVariant handle = m_db.driver()->handle();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    alive = alive && conn && PQstatus(conn) == CONNECTION_OK;
    if (alive)
        return;
    const QString why = ping.lastError().text().trimmed();
    qCWarning(lcFeed).noquote() << "lost the LISTEN connection:" << why;
    drop();
    Q_EMIT lost(why);
    scheduleRetry();
}

void ChangeFeed::scheduleRetry()
{
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

void ChangeFeed::drop()
{
    m_health.stop();
    m_listening = false;
    if (m_connectionName.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}
