// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TLS end to end with real parts: certificates made at run time by the openssl CLI, the server
// (in-process, and the binary for SIGHUP) serving https and wss on one ephemeral port, and the
// apps' own clients (Session over QNetworkAccessManager, SocketClient over QWebSocket) trusting
// it through --ca-file or --pin-sha256 (TlsTrust).

#include "session.h"
#include "socketclient.h"
#include "testserver.h"
#include "tlstrust.h"
#include "wsclientframe.h"

#include "hub/hub.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}

bool copyOver(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// The certificate a new TLS connection to `port` is shown (whoever signed it), or a null one.
QSslCertificate peerCertificate(quint16 port)
{
    QSslSocket s;
    QObject::connect(&s, &QSslSocket::sslErrors, &s, [&s] { s.ignoreSslErrors(); });
    s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&s] { return s.isEncrypted() || s.state() == QAbstractSocket::UnconnectedState; }, 5000);
    return s.isEncrypted() ? s.peerCertificate() : QSslCertificate();
}

// Sends `bytes` as plain TCP and returns everything the server answers until it closes.
QByteArray plainExchange(quint16 port, const QByteArray &bytes)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&s] { return s.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    s.write(bytes);
    QByteArray answer;
    [[maybe_unused]] const bool closed = QTest::qWaitFor(
        [&] {
            answer += s.readAll();
            return s.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return answer + s.readAll();
}

// A TLS connection to `port` that trusts anything (the tests check what they are shown).
std::unique_ptr<QSslSocket> tlsConnect(quint16 port)
{
    auto s = std::make_unique<QSslSocket>();
    QSslSocket *raw = s.get();
    QObject::connect(raw, &QSslSocket::sslErrors, raw, [raw] { raw->ignoreSslErrors(); });
    raw->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return s;
}

const QByteArray kUpgrade =
    "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
} // namespace

class TstTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QSslCertificate m_certA, m_certB;
    QNetworkAccessManager m_nam;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A self-signed certificate for 127.0.0.1 and localhost, and its key.
    bool makeCertificate(const char *name, const char *keyAlgorithm)
    {
        QProcess openssl;
        QStringList args { str("req"), str("-x509"), str("-newkey"), str(keyAlgorithm) };
        if (qstrcmp(keyAlgorithm, "ec") == 0)
            args << str("-pkeyopt") << str("ec_paramgen_curve:prime256v1");
        args << str("-nodes") << str("-days") << str("2") << str("-subj")
             << str("/CN=%1").arg(QString::fromLatin1(name)) << str("-addext")
             << str("subjectAltName=IP:127.0.0.1,DNS:localhost") << str("-keyout")
             << path(name) + str("-key.pem") << str("-out") << path(name) + str("-cert.pem");
        openssl.start(str("openssl"), args);
        return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
    }

    QUrl httpsUrl() const { return QUrl(str("https://127.0.0.1:%1").arg(m_server->app->port())); }

    // Signs in through the app's Session; the status of the answer (0: no answer, e.g. refused).
    int sessionLogin(const QString &user = str("admin"), const QString &password = str("admin"))
    {
        Session session;
        session.setServerUrl(httpsUrl());
        int status = -1;
        session.call("POST", str("/api/login"),
                     { { str("username"), user }, { str("password"), password } },
                     [&status](int s, const QJsonObject &) { status = s; });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&status] { return status != -1; }, 10000);
        return status;
    }

    // A REST check-in over https with `token`; the status (0: no answer).
    int checkIn(quint16 port, const QString &token, const QString &name)
    {
        QNetworkRequest req(QUrl(str("https://127.0.0.1:%1/api/visits").arg(port)));
        req.setSslConfiguration(TlsTrust::configuration());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        const QJsonObject body { { str("customer_name"), name },
                                 { str("service_ids"), QJsonArray { 1 } } };
        QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        int status = -1;
        connect(reply, &QNetworkReply::finished, reply, [reply, &status] {
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
        });
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([&status] { return status != -1; }, 10000);
        return status;
    }

    QString tokenFor(const QString &user)
    {
        Session session;
        session.setServerUrl(httpsUrl());
        QString token;
        session.call("POST", str("/api/login"),
                     { { str("username"), user }, { str("password"), user } },
                     [&token](int, const QJsonObject &body) {
                         token = body.value(str("token")).toString(str("-"));
                     });
        [[maybe_unused]] const bool answered =
            QTest::qWaitFor([&token] { return !token.isEmpty(); }, 10000);
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(makeCertificate("venue-a", "rsa:2048"), "openssl req failed for venue-a");
        QVERIFY2(makeCertificate("venue-b", "ec"), "openssl req failed for venue-b");
        m_certA = QSslCertificate::fromPath(path("venue-a-cert.pem")).value(0);
        m_certB = QSslCertificate::fromPath(path("venue-b-cert.pem")).value(0);
        QVERIFY(!m_certA.isNull() && !m_certB.isNull());
        QVERIFY(copyOver(path("venue-a-cert.pem"), path("live-cert.pem")));
        QVERIFY(copyOver(path("venue-a-key.pem"), path("live-key.pem")));

        m_server = std::make_unique<TestServer>();
        m_server->config.hub.commandsPerSecond = 0;
        m_server->config.httpHeadTimeoutMs = 1000;
        m_server->config.tlsCert = path("live-cert.pem");
        m_server->config.tlsKey = path("live-key.pem");
        QVERIFY(m_server->start());
    }

    void init() { TlsTrust::reset(); }
    void cleanupTestCase() { TlsTrust::reset(); }

    // The pin the apps take is the one `openssl` computes (and curl's --pinnedpubkey).
    void pinMatchesOpenSsl()
    {
        QProcess sh;
        sh.start(str("sh"),
                 { str("-c"),
                   str("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                       "-outform der | openssl dgst -sha256 -binary | base64")
                       .arg(path("venue-a-cert.pem")) });
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(TlsTrust::pinOf(m_certA), sh.readAllStandardOutput().trimmed());
    }

    void httpsWithCaFile()
    {
        QString error;
        QVERIFY2(TlsTrust::configure(path("venue-a-cert.pem"), QString(), &error),
                 qPrintable(error));
        QCOMPARE(sessionLogin(), 200);
        QCOMPARE(sessionLogin(str("admin"), str("wrong")), 401); // the API answers as over http
        QCOMPARE(peerCertificate(m_server->app->port()), m_certA);
    }

    void refusedWithoutTrust()
    {
        // The system's CAs do not know a venue's self-signed certificate.
        QCOMPARE(sessionLogin(), 0);
        // Another venue's CA does not help either.
        QString error;
        QVERIFY(TlsTrust::configure(path("venue-b-cert.pem"), QString(), &error));
        QCOMPARE(sessionLogin(), 0);
    }

    void pinnedKey()
    {
        QString error;
        QVERIFY(
            TlsTrust::configure(QString(), QString::fromLatin1(TlsTrust::pinOf(m_certA)), &error));
        QCOMPARE(sessionLogin(), 200);
    }

    void wrongPinRefusedEvenWithTrustedCa()
    {
        QString error;
        QVERIFY(
            TlsTrust::configure(QString(), QString::fromLatin1(TlsTrust::pinOf(m_certB)), &error));
        QCOMPARE(sessionLogin(), 0);
        // The CA vouches for the certificate, but the pin names another key: refused.
        TlsTrust::reset();
        QVERIFY(TlsTrust::configure(path("venue-a-cert.pem"),
                                    QString::fromLatin1(TlsTrust::pinOf(m_certB)), &error));
        QCOMPARE(sessionLogin(), 0);
    }

    void badTrustOptionsRefused()
    {
        QString error;
        QVERIFY(!TlsTrust::configure(path("missing.pem"), QString(), &error));
        QVERIFY2(error.contains(str("cannot read")), qPrintable(error));
        QFile junk(path("junk.pem"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        QVERIFY(!TlsTrust::configure(path("junk.pem"), QString(), &error));
        QVERIFY2(error.contains(str("no PEM or DER certificate")), qPrintable(error));
        QVERIFY(!TlsTrust::configure(QString(), str("abc"), &error));
        QVERIFY2(error.contains(str("--pin-sha256")), qPrintable(error));
        QVERIFY(!TlsTrust::hasPin()); // nothing was changed by the refused options
    }

    // The Socket.IO session over wss: CONNECT with a token, the room's state, a command with its
    // ack, and the broadcast that command causes.
    void socketOverWss_data()
    {
        QTest::addColumn<bool>("pinned");
        QTest::newRow("ca-file") << false;
        QTest::newRow("pin") << true;
    }
    void socketOverWss()
    {
        QFETCH(bool, pinned);
        QString error;
        QVERIFY(TlsTrust::configure(
            pinned ? QString() : path("venue-a-cert.pem"),
            pinned ? QString::fromLatin1(TlsTrust::pinOf(m_certA)) : QString(), &error));
        const QString token = tokenFor(str("cashier"));
        QVERIFY(token.size() > 10);
        SocketClient client;
        QList<QPair<QString, QJsonObject>> events;
        connect(&client, &SocketClient::eventReceived, &client,
                [&events](const QString &name, const QJsonObject &p) {
                    events.append({ name, p });
                });
        client.setServerUrl(httpsUrl());
        client.setToken(token);
        client.open();
        QTRY_COMPARE_WITH_TIMEOUT(client.status(), SocketClient::Connected, 10000);
        const auto has = [&events](const QString &name, const QString &customer) {
            for (const auto &e : events)
                if (e.first == name &&
                    (customer.isEmpty() ||
                     QJsonDocument(e.second).toJson().contains(customer.toUtf8())))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(has(str("cashier_queue_updated"), QString()), 5000);

        QJsonObject ack;
        client.request(str("visit:checkin"),
                       { { str("customer_name"), str("Ploy Over TLS") },
                         { str("service_ids"), QJsonArray { 1 } } },
                       [&ack](const QJsonObject &reply) { ack = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(!ack.isEmpty(), 5000);
        QVERIFY2(ack.value(str("ok")).toBool(), QJsonDocument(ack).toJson().constData());
        QTRY_VERIFY_WITH_TIMEOUT(has(str("cashier_queue_updated"), str("Ploy Over TLS")), 5000);
        client.close();
    }

    void socketRefusedWithoutTrust()
    {
        const QString token = [this] {
            QString e;
            TlsTrust::configure(path("venue-a-cert.pem"), QString(), &e);
            const QString t = tokenFor(str("cashier"));
            TlsTrust::reset();
            return t;
        }();
        QString error;
        QVERIFY(
            TlsTrust::configure(QString(), QString::fromLatin1(TlsTrust::pinOf(m_certB)), &error));
        SocketClient client;
        client.setServerUrl(httpsUrl());
        client.setToken(token);
        client.open();
        QTest::qWait(1500);
        QVERIFY(client.status() != SocketClient::Connected);
        QVERIFY(!client.lastError().isEmpty());
        client.close();
    }

    // Plain http on the TLS port: a GET is sent to https://, anything else told why, a plain
    // WebSocket upgrade too; none reaches the API.
    void plainHttpRedirectedOrRefused()
    {
        const quint16 port = m_server->app->port();
        const QByteArray get = plainExchange(
            port,
            "GET /t/ABC?x=1 HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
        QVERIFY2(get.startsWith("HTTP/1.1 301 "), get.constData());
        QVERIFY2(get.contains(QByteArray("\r\nLocation: https://127.0.0.1:" +
                                         QByteArray::number(port) + "/t/ABC?x=1\r\n")),
                 get.constData());
        const QByteArray post = plainExchange(
            port, "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY2(post.startsWith("HTTP/1.1 400 "), post.constData());
        QVERIFY(post.contains("https_required"));
        const QByteArray ws = plainExchange(
            port,
            "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QVERIFY2(!ws.startsWith("HTTP/1.1 101"), ws.constData());
        QVERIFY2(ws.contains("https_required"), ws.constData());
        // A redirect never points at another site.
        const QByteArray evil =
            plainExchange(port, "GET //evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(evil.startsWith("HTTP/1.1 400 "), evil.constData());
    }

    // The head time limit holds for a client that never starts TLS and for one that finishes
    // the handshake and then says nothing; the body cap is checked on the decrypted stream.
    void limitsHoldUnderTls()
    {
        const quint16 port = m_server->app->port();
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, port);
        QSslSocket quiet;
        connect(&quiet, &QSslSocket::sslErrors, &quiet, [&quiet] { quiet.ignoreSslErrors(); });
        quiet.connectToHostEncrypted(str("127.0.0.1"), port);
        QTRY_VERIFY_WITH_TIMEOUT(quiet.isEncrypted(), 5000);
        QElapsedTimer t;
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(quiet.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(t.elapsed() < 3500, qPrintable(QString::number(t.elapsed())));

        QSslSocket big;
        connect(&big, &QSslSocket::sslErrors, &big, [&big] { big.ignoreSslErrors(); });
        big.connectToHostEncrypted(str("127.0.0.1"), port);
        QTRY_VERIFY_WITH_TIMEOUT(big.isEncrypted(), 5000);
        big.write("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 104857600\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += big.readAll()).contains("\r\n\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    }

    // Connections per address count TLS connections too, from the accept on (before and during
    // the handshake); over the cap a connection is closed at once.
    void connectionsPerAddressUnderTls()
    {
        TestServer server;
        server.config.hub.maxConnectionsPerAddress = 3;
        server.config.tlsCert = path("venue-a-cert.pem");
        server.config.tlsKey = path("venue-a-key.pem");
        QVERIFY(server.start());
        std::vector<std::unique_ptr<QSslSocket>> open;
        for (int i = 0; i < 3; ++i)
            open.push_back(tlsConnect(server.app->port()));
        for (auto &s : open)
            QTRY_VERIFY_WITH_TIMEOUT(s->isEncrypted(), 5000);
        auto extra = tlsConnect(server.app->port());
        QTRY_COMPARE_WITH_TIMEOUT(extra->state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(!extra->isEncrypted());
        // One closes: there is room again.
        open.front()->abort();
        open.erase(open.begin());
        QTest::qWait(100);
        auto again = tlsConnect(server.app->port());
        QTRY_VERIFY_WITH_TIMEOUT(again->isEncrypted(), 5000);
    }

    // A wss client that stops reading is cut off at the send bound, as on the raw path, while
    // a well-behaved one over wss keeps getting the news.
    void slowReaderUnderTls()
    {
        TestServer server;
        server.config.hub.maxSendBufferBytes = 64 * 1024;
        server.config.hub.commandsPerSecond = 0;
        server.config.tlsCert = path("venue-a-cert.pem");
        server.config.tlsKey = path("venue-a-key.pem");
        QVERIFY(server.start());
        const quint16 port = server.app->port();
        const QString kiosk = server.app->demoKioskToken();
        QString error;
        QVERIFY(TlsTrust::configure(path("venue-a-cert.pem"), QString(), &error));

        SocketClient good;
        int goodUpdates = 0;
        connect(&good, &SocketClient::eventReceived, &good, [&goodUpdates](const QString &name) {
            goodUpdates += name == QLatin1String("monitor_updated");
        });
        good.setServerUrl(QUrl(str("https://127.0.0.1:%1").arg(port)));
        good.setToken(kiosk);
        good.open();
        QTRY_VERIFY_WITH_TIMEOUT(goodUpdates >= 1, 10000);

        auto slow = tlsConnect(port);
        slow->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
        QTRY_VERIFY_WITH_TIMEOUT(slow->isEncrypted(), 5000);
        slow->write(kUpgrade);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += slow->readAll()).contains("\"pingInterval\""), 5000);
        QVERIFY(got.startsWith("HTTP/1.1 101"));
        slow->write(clientFrame(0x81, str("40{\"token\":\"%1\"}").arg(kiosk).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(server.app->hub()->roomCounts().value(str("monitor")), 2, 5000);
        slow->setReadBufferSize(1); // from here on it reads (almost) nothing
        const int before = server.app->hub()->connectionCount();

        Session desk;
        desk.setServerUrl(QUrl(str("https://127.0.0.1:%1").arg(port)));
        const QString longName = str("Guest ") + QString(90, QLatin1Char('x'));
        QDeadlineTimer deadline(60000);
        int sent = 0;
        QString token;
        desk.call(
            "POST", str("/api/login"),
            { { str("username"), str("cashier") }, { str("password"), str("cashier") } },
            [&token](int, const QJsonObject &b) { token = b.value(str("token")).toString(); });
        QTRY_VERIFY_WITH_TIMEOUT(!token.isEmpty(), 10000);
        QElapsedTimer loop;
        loop.start();
        for (; !deadline.hasExpired() && server.app->hub()->connectionCount() == before; ++sent)
            QCOMPARE(checkIn(port, token, longName + QString::number(sent)), 201);
        QVERIFY2(!deadline.hasExpired(),
                 qPrintable(str("the slow client was never dropped (%1 sent)").arg(sent)));
        QTRY_COMPARE_WITH_TIMEOUT(server.app->hub()->connectionCount(), before - 1, 5000);
        const int seen = goodUpdates;
        QCOMPARE(checkIn(port, token, str("After")), 201);
        QTRY_VERIFY_WITH_TIMEOUT(goodUpdates > seen, 5000);
        QCOMPARE(good.status(), SocketClient::Connected);
        qInfo() << "slow wss reader dropped after" << sent << "check-ins in" << loop.elapsed()
                << "ms";
    }

    // A new certificate (reloadTls(), what SIGHUP calls) is shown to new connections; a broken
    // one is refused and the one in use kept.
    void reloadCertificate()
    {
        const quint16 port = m_server->app->port();
        QCOMPARE(peerCertificate(port), m_certA);
        QVERIFY(copyOver(path("venue-b-cert.pem"), path("live-cert.pem")));
        QVERIFY(copyOver(path("venue-b-key.pem"), path("live-key.pem")));
        QVERIFY(m_server->app->reloadTls());
        QCOMPARE(peerCertificate(port), m_certB);

        // A key of another certificate, then an unreadable certificate: both kept out.
        QVERIFY(copyOver(path("venue-a-cert.pem"), path("live-cert.pem")));
        QString error;
        QVERIFY(!m_server->app->reloadTls(&error));
        QVERIFY2(error.contains(str("does not belong")), qPrintable(error));
        QCOMPARE(peerCertificate(port), m_certB);
        QFile::remove(path("live-cert.pem"));
        QVERIFY(!m_server->app->reloadTls(&error));
        QVERIFY2(error.contains(str("cannot read")), qPrintable(error));
        QCOMPARE(peerCertificate(port), m_certB);
        // Back to A for the tests that follow.
        QVERIFY(copyOver(path("venue-a-cert.pem"), path("live-cert.pem")));
        QVERIFY(copyOver(path("venue-a-key.pem"), path("live-key.pem")));
        QVERIFY(m_server->app->reloadTls());
        QCOMPARE(peerCertificate(port), m_certA);
    }

    // The binary: refuses to start on a key that is not the certificate's; SIGHUP reloads.
    void binaryStartAndSighup()
    {
        QProcess bad;
        bad.start(str(SPA_SERVER_BIN),
                  { str("--listen"), str("127.0.0.1"), str("--port"), str("0"), str("--data-dir"),
                    path("bin-data"), str("--tls-cert"), path("venue-a-cert.pem"), str("--tls-key"),
                    path("venue-b-key.pem") });
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("does not belong to the certificate"));
        QVERIFY(!QFile::exists(path("bin-data/spa.db"))); // refused before touching anything

        QTcpServer probe; // a free port for the binary
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(copyOver(path("venue-a-cert.pem"), path("bin-cert.pem")));
        QVERIFY(copyOver(path("venue-a-key.pem"), path("bin-key.pem")));
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(str(SPA_SERVER_BIN),
                     { str("--listen"), str("127.0.0.1"), str("--port"), QString::number(port),
                       str("--data-dir"), path("bin-data"), str("--tls-cert"), path("bin-cert.pem"),
                       str("--tls-key"), path("bin-key.pem") });
        QVERIFY(server.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(peerCertificate(port), m_certA, 10000);
        QVERIFY(copyOver(path("venue-b-cert.pem"), path("bin-cert.pem")));
        QVERIFY(copyOver(path("venue-b-key.pem"), path("bin-key.pem")));
        ::kill(pid_t(server.processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(peerCertificate(port), m_certB, 5000);
        QFile broken(path("bin-cert.pem"));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n");
        broken.close();
        ::kill(pid_t(server.processId()), SIGHUP);
        QTest::qWait(300);
        QCOMPARE(server.state(), QProcess::Running);
        QCOMPARE(peerCertificate(port), m_certB);
        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_MAIN(TstTls)
#include "tst_tls.moc"
