// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QtQml/qqmlregistration.h>

#include <functional>

// A Socket.IO v5 client over QWebSocket, built on the project's codec: handshake, pongs, a
// watchdog for a silent server, reconnect with capped exponential backoff and jitter, resync with
// the newest seen `seq` as `offset`, and commands with acks and time-outs.
class SocketClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString token READ token WRITE setToken NOTIFY tokenChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastUpdate READ lastUpdate NOTIFY lastUpdateChanged)
    Q_PROPERTY(qint64 lastSeq READ lastSeq NOTIFY lastSeqChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int maxBackoffMs READ maxBackoffMs WRITE setMaxBackoffMs NOTIFY maxBackoffMsChanged)

public:
    enum Status { Offline, Connecting, Connected };
    Q_ENUM(Status)

    using AckCallback = std::function<void(const QJsonObject &reply)>;

    explicit SocketClient(QObject *parent = nullptr);
    ~SocketClient() override;

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url);
    QString token() const { return m_token; }
    void setToken(const QString &token);
    Status status() const { return m_status; }
    QDateTime lastUpdate() const { return m_lastUpdate; }
    qint64 lastSeq() const { return m_lastSeq; }
    QString lastError() const { return m_lastError; }
    int maxBackoffMs() const { return m_maxBackoffMs; }
    void setMaxBackoffMs(int ms);

    // Resume from `seq` on the next connect (a wall restarted: the server replays what it
    // missed since); call after setServerUrl(), which starts over.
    void resumeFrom(qint64 seq);

    // Starts connecting and keeps the connection up until close().
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();

    // Sends a command with an ack. The callback always runs once: with the server's answer, or
    // with {"ok":false,"error":{"code":"timeout"|"disconnected"|"offline"}}.
    void request(const QString &name, const QJsonObject &payload, AckCallback callback,
                 int timeoutMs = 10000);

Q_SIGNALS:
    void serverUrlChanged();
    void tokenChanged();
    void statusChanged();
    void lastUpdateChanged();
    void lastSeqChanged();
    void lastErrorChanged();
    void maxBackoffMsChanged();
    // A server event: state (`*_updated`, `customer_txn_update`) or a notification.
    void eventReceived(const QString &name, const QJsonObject &payload);
    void connected();
    void connectionRejected(const QString &message);

private:
    void connectNow();
    void onTextMessage(const QString &text);
    void onSocketIo(const QByteArray &payload);
    void onDisconnected();
    void scheduleReconnect();
    void setStatus(Status s);
    void setLastError(const QString &e);
    void failPending(const QString &code, const QString &message);
    void sendFrame(const QByteArray &frame);

    struct Pending {
        AckCallback callback;
        QTimer *timer = nullptr;
    };

    QWebSocket m_socket;
    QUrl m_serverUrl;
    QString m_token;
    Status m_status = Offline;
    QDateTime m_lastUpdate;
    qint64 m_lastSeq = -1;
    QString m_lastError;
    bool m_wanted = false; // open() called and not closed since
    bool m_handshaken = false; // Socket.IO CONNECT acknowledged
    int m_attempt = 0;
    int m_maxBackoffMs = 30000;
    QTimer m_reconnectTimer;
    QTimer m_watchdog; // no frame within pingInterval + pingTimeout: the link is dead
    int m_nextAckId = 0;
    QHash<int, Pending> m_pending;
};
