// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

// PostgreSQL only: the instance's own LISTEN connection on SqlDialect::channel(). Every
// committing instance (this one too) sends `pg_notify` with the newest seq in its transaction;
// `committed(seq)` fires for each. The connection is checked every second; when it is lost it
// is opened again with backoff (0.25 s doubling to 5 s), and `resumed()` fires once it listens
// again, so the owner catches up on whatever was committed in between from the journal.
// A connection of its own: notifications are read as they arrive, never held behind a command,
// and a lost command connection does not silence the feed (or the other way round).
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    // `url`: the same postgresql:// URL the Database opened.
    explicit ChangeFeed(const QString &url, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Connects and listens; false (and keeps trying in the background) when it cannot yet.
    bool start();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void committed(qint64 seq);
    void resumed();
    void lost(const QString &why);

private:
    bool connectAndListen(QString *error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void check();
    void scheduleRetry();
    void drop();

    QString m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_health;
    QTimer m_retry;
    int m_backoffMs = 250;
    bool m_listening = false;
};
