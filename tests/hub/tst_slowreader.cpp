// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A client that stops reading must be dropped, not buffered without bound in the server, while
// everyone else keeps getting events.
#include "hub/hub.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

class TestSlowReader : public QObject {
    Q_OBJECT

private:
    // A client-to-server WebSocket text frame (clients must mask).
    static QByteArray maskedText(const QByteArray &payload)
    {
        QByteArray f;
        f.append(char(0x81));
        if (payload.size() < 126) {
            f.append(char(0x80 | payload.size()));
        } else {
            f.append(char(0x80 | 126));
            f.append(char(payload.size() >> 8));
            f.append(char(payload.size() & 0xff));
        }
        const quint32 key = QRandomGenerator::global()->generate();
        const char mask[4] = { char(key >> 24), char(key >> 16), char(key >> 8), char(key) };
        f.append(mask, 4);
        for (int i = 0; i < payload.size(); ++i)
            f.append(char(payload[i] ^ mask[i % 4]));
        return f;
    }

private Q_SLOTS:
    void clientThatStopsReadingIsDropped()
    {
        TestServer server;
        server.config.hub.maxSendBufferBytes = 64 * 1024;
        server.config.hub.commandsPerSecond =
            0; // the loop below checks visits in as fast as it can
        QVERIFY(server.start());
        const QString kiosk = server.app->demoKioskToken();
        const QString cashier = server.login(QStringLiteral("cashier"), QStringLiteral("cashier"));

        // A well-behaved monitor that reads everything.
        QWebSocket good;
        int goodUpdates = 0;
        connect(&good, &QWebSocket::textMessageReceived, this, [&](const QString &m) {
            if (m.startsWith(QLatin1String("0")))
                good.sendTextMessage(QStringLiteral("40{\"token\":\"%1\"}").arg(kiosk));
            else if (m.startsWith(QLatin1String("42[\"monitor_updated\"")))
                ++goodUpdates;
        });
        good.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket")
                           .arg(server.port())));
        QTRY_VERIFY_WITH_TIMEOUT(goodUpdates >= 1, 5000);

        // A raw monitor that handshakes, then never reads again: a tiny receive buffer, so the
        // kernel cannot hide it for long.
        QTcpSocket slow;
        slow.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        slow.connectToHost(QHostAddress::LocalHost, server.port());
        QTRY_COMPARE(slow.state(), QAbstractSocket::ConnectedState);
        slow.write("GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: "
                   "127.0.0.1\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Key: "
                   "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += slow.readAll()).contains("\"pingInterval\""), 5000);
        QVERIFY(got.startsWith("HTTP/1.1 101"));
        slow.write(maskedText(QStringLiteral("40{\"token\":\"%1\"}").arg(kiosk).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(server.app->hub()->roomCounts().value(QStringLiteral("monitor")),
                                  2, 5000);
        slow.setReadBufferSize(1); // from here on it reads (almost) nothing
        const int before = server.app->hub()->connectionCount();

        // Traffic for the monitor room: check-ins with long names make each state event large.
        const QString longName = QStringLiteral("Guest ") + QString(90, QLatin1Char('x'));
        // Bounded by time, not by a count: how many commands fill the buffers depends on how
        // fast each one runs (a room's state goes out at most every 100 ms, however many commit).
        QDeadlineTimer deadline(30000);
        int sent = 0;
        for (; !deadline.hasExpired() && server.app->hub()->connectionCount() == before; ++sent) {
            const QJsonObject body { { QStringLiteral("customer_name"),
                                       QString(longName + QString::number(sent)) },
                                     { QStringLiteral("service_ids"), QJsonArray { 1 } } };
            QCOMPARE(server.post(QStringLiteral("/api/visits"), body, cashier).status, 201);
        }
        QVERIFY2(
            !deadline.hasExpired(),
            qPrintable(QStringLiteral("the slow client was never dropped (%1 sent)").arg(sent)));
        QTRY_COMPARE_WITH_TIMEOUT(server.app->hub()->connectionCount(), before - 1, 5000);
        // Everyone else still gets the news.
        const int seen = goodUpdates;
        const QJsonObject after { { QStringLiteral("customer_name"), QStringLiteral("After") },
                                  { QStringLiteral("service_ids"), QJsonArray { 1 } } };
        QCOMPARE(server.post(QStringLiteral("/api/visits"), after, cashier).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(goodUpdates > seen, 5000);
        QCOMPARE(good.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestSlowReader)
#include "tst_slowreader.moc"
