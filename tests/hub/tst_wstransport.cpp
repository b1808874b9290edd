// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The hub's own WebSocket transport seen from the wire: raw sockets, hand-written masked client
// frames and exact bytes back, against a real ServerApp (HTTP + hub on one loopback port).

#include "hub/hub.h"
#include "testserver.h"
#include "wsclientframe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>

#include <optional>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

const QByteArray kPath = "/socket.io/?EIO=4&transport=websocket";
const QByteArray kRfcKey = "dGhlIHNhbXBsZSBub25jZQ==";

enum : quint8 { Cont = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };
constexpr quint8 Fin = 0x80;

QByteArray upgradeRequest(const QByteArray &key = kRfcKey, const QByteArray &method = "GET",
                          const QByteArray &path = kPath, const QByteArray &version = "13",
                          const QByteArray &connection = "Upgrade")
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n";
    if (!connection.isEmpty())
        r += "Connection: " + connection + "\r\n";
    if (!key.isEmpty())
        r += "Sec-WebSocket-Key: " + key + "\r\n";
    if (!version.isEmpty())
        r += "Sec-WebSocket-Version: " + version + "\r\n";
    return r + "\r\n";
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    return QByteArray(1, char(code >> 8)) + char(code & 0xFF) + reason;
}

struct ServerFrame {
    quint8 first = 0; // FIN, RSV and opcode as sent
    bool masked = false;
    QByteArray payload;
    bool fin() const { return first & 0x80; }
    quint8 rsv() const { return first & 0x70; }
    quint8 opcode() const { return first & 0x0F; }
    int closeCode() const
    {
        return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : -1;
    }
};

// Takes one complete server frame off the front of `buf`, if there is one.
std::optional<ServerFrame> takeFrame(QByteArray &buf)
{
    if (buf.size() < 2)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(buf.constData());
    ServerFrame f;
    f.first = p[0];
    f.masked = p[1] & 0x80;
    quint64 len = p[1] & 0x7F;
    qsizetype header = 2;
    if (len == 126) {
        header = 4;
        if (buf.size() < header)
            return std::nullopt;
        len = (quint64(p[2]) << 8) | p[3];
    } else if (len == 127) {
        header = 10;
        if (buf.size() < header)
            return std::nullopt;
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | p[2 + i];
    }
    if (f.masked)
        header += 4; // a server must not mask; kept so the test can say so
    if (quint64(buf.size()) < quint64(header) + len)
        return std::nullopt;
    f.payload = buf.mid(header, qsizetype(len));
    buf.remove(0, header + qsizetype(len));
    return f;
}

// A client on a QTcpSocket that records everything the server sends.
class RawClient : public QObject {
public:
    RawClient()
    {
        sock.setSocketOption(QAbstractSocket::LowDelayOption, 1); // 1-byte writes go out alone
        QObject::connect(&sock, &QTcpSocket::readyRead, this, [this] { buf += sock.readAll(); });
        QObject::connect(&sock, &QTcpSocket::disconnected, this, [this] {
            if (sock.isOpen())
                buf += sock.readAll();
            disconnected = true;
        });
    }
    ~RawClient() override { sock.abort(); }

    bool connectTo(quint16 port)
    {
        sock.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return sock.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    void send(const QByteArray &bytes)
    {
        sock.write(bytes);
        sock.flush();
    }
    // Waits for the HTTP head; the head is removed from `buf`, whatever follows stays.
    bool readHead(int ms = 5000)
    {
        (void)QTest::qWaitFor([this] { return buf.contains("\r\n\r\n") || disconnected; }, ms);
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        head = buf.left(end + 4);
        buf.remove(0, end + 4);
        return true;
    }
    int status() const { return head.mid(9, 3).toInt(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    // Upgrades and waits for the Engine.IO open packet.
    bool open(quint16 port)
    {
        if (!connectTo(port))
            return false;
        send(upgradeRequest());
        if (!readHead() || status() != 101)
            return false;
        const auto f = next();
        return f && f->payload.startsWith("0{\"sid\":");
    }
    std::optional<ServerFrame> next(int ms = 5000)
    {
        std::optional<ServerFrame> f;
        (void)QTest::qWaitFor([&] { return (f = takeFrame(buf)).has_value() || disconnected; }, ms);
        if (!f)
            f = takeFrame(buf); // data that came with the disconnect
        return f;
    }
    // The next frame that is not an Engine.IO ping ("2"): pings may come at any time.
    std::optional<ServerFrame> nextNonPing(int ms = 5000)
    {
        for (;;) {
            auto f = next(ms);
            if (!f || f->opcode() != Text || f->payload != "2")
                return f;
        }
    }
    bool waitDisconnected(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return disconnected; }, ms);
    }

    QTcpSocket sock;
    QByteArray buf;
    QByteArray head;
    bool disconnected = false;
};

// A plain non-blocking descriptor: a QTcpSocket closes itself when the server half-closes
// (EOF), which would answer for the peer. This one reads but only closes when destroyed.
struct FdClient {
    FdClient()
        : fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0))
    {
    }
    ~FdClient()
    {
        if (fd >= 0)
            ::close(fd);
    }
    FdClient(const FdClient &) = delete;
    FdClient &operator=(const FdClient &) = delete;

    bool connectTo(quint16 port)
    {
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        return fd >= 0 && (rc == 0 || errno == EINPROGRESS);
    }
    // Reads whatever is there, without blocking the server's event loop (same thread).
    void pump()
    {
        char chunk[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                in.append(chunk, n);
                continue;
            }
            if (n == 0)
                eof = true;
            else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                readError = errno;
            return;
        }
    }
    // The next whole frame from the server, waiting for it up to 5 s.
    std::optional<ServerFrame> nextFrame()
    {
        std::optional<ServerFrame> f;
        (void)QTest::qWaitFor(
            [&] {
                pump();
                return (f = takeFrame(in)).has_value();
            },
            5000);
        return f;
    }
    bool sendAll(const QByteArray &bytes)
    {
        QByteArray left = bytes;
        return QTest::qWaitFor(
            [&] {
                const ssize_t n =
                    ::send(fd, left.constData(), size_t(left.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
                if (n > 0)
                    left.remove(0, n);
                return left.isEmpty();
            },
            5000);
    }

    int fd = -1;
    QByteArray in;
    bool eof = false;
    int readError = 0;
};

QByteArray connectPacket(const QString &token)
{
    return "40" +
        QJsonDocument(QJsonObject { { QStringLiteral("token"), token } })
            .toJson(QJsonDocument::Compact);
}

} // namespace

class TstWsTransport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void goodUpgrade();
    void upgradeAfterRequestsOnOneConnection();
    void acceptKeyForOtherKeys();
    void earlyBytesWithTheUpgrade();
    void earlyPartialFrame();
    void oneByteWrites();
    void fragmentedMessage();
    void pingGetsPong_data();
    void pingGetsPong();
    void invalidUtf8_data();
    void invalidUtf8();
    void protocolErrors_data();
    void protocolErrors();
    void clientClose_data();
    void clientClose();
    void clientAborts();
    void badHandshakes_data();
    void badHandshakes();
    void silentPeerIsClosedByServer_data();
    void silentPeerIsClosedByServer();
    void answeringPeerEndsTheClose_data();
    void answeringPeerEndsTheClose();

private:
    int connections() const { return m_srv->app->hub()->connectionCount(); }
    // Expects the Socket.IO CONNECT answer and the kiosk's first state event.
    void expectConnected(RawClient &c);
    // Expects a close frame with `code`, then the TCP connection's end.
    void expectClose(RawClient &c, int code);
    // Upgrades a plain descriptor and takes the open packet.
    bool openFd(FdClient &c);

    std::unique_ptr<TestServer> m_srv;
    QString m_kiosk;
};

void TstWsTransport::initTestCase()
{
    m_srv = std::make_unique<TestServer>();
    QVERIFY(m_srv->start());
    m_kiosk = m_srv->app->demoKioskToken();
    QVERIFY(!m_kiosk.isEmpty());
}

void TstWsTransport::init()
{
    // Clients of the previous test are gone once the server saw them go: counts start at 0.
    QVERIFY2(QTest::qWaitFor([this] { return connections() == 0; }, 5000),
             "connections of an earlier test were never closed");
}

void TstWsTransport::cleanupTestCase()
{
    m_srv.reset();
}

void TstWsTransport::expectConnected(RawClient &c)
{
    auto f = c.nextNonPing();
    QVERIFY(f);
    QVERIFY(!f->masked);
    QCOMPARE(f->first, quint8(Fin | Text));
    QVERIFY2(f->payload.startsWith("40{\"epoch\":\""), f->payload.constData());
    const QJsonObject connect = QJsonDocument::fromJson(f->payload.mid(2)).object();
    QVERIFY(!connect.value(QLatin1String("sid")).toString().isEmpty());

    f = c.nextNonPing();
    QVERIFY(f);
    QCOMPARE(f->first, quint8(Fin | Text));
    QVERIFY2(f->payload.startsWith("42[\"monitor_updated\","), f->payload.left(80).constData());
    const QJsonArray event = QJsonDocument::fromJson(f->payload.mid(2)).array();
    QCOMPARE(event.size(), 2);
    QCOMPARE(event.at(1).toObject().value(QLatin1String("seq")).toDouble(-1),
             double(m_srv->app->domain().views().journal().lastSeq()));
}

void TstWsTransport::expectClose(RawClient &c, int code)
{
    const auto f = c.nextNonPing();
    QVERIFY2(f, "no close frame");
    QCOMPARE(f->opcode(), quint8(Close));
    QVERIFY(f->fin());
    QCOMPARE(f->rsv(), quint8(0));
    QVERIFY(!f->masked);
    QVERIFY(f->payload.size() <= 125);
    QCOMPARE(f->closeCode(), code);
    QVERIFY(QUtf8StringView(f->payload.mid(2)).isValidUtf8());
    QVERIFY2(c.waitDisconnected(), "the TCP connection stayed open");
    QVERIFY2(c.buf.isEmpty(), "bytes after the close frame");
}

void TstWsTransport::goodUpgrade()
{
    const int before = connections();
    RawClient c;
    QVERIFY(c.connectTo(m_srv->port()));
    c.send(upgradeRequest(kRfcKey));
    QVERIFY(c.readHead());
    QVERIFY2(c.head.startsWith("HTTP/1.1 101 "), c.head.constData());
    QCOMPARE(c.header("Upgrade").toLower(), QByteArray("websocket"));
    QVERIFY(c.header("Connection").toLower().contains("upgrade"));
    // RFC 6455 section 1.3's example.
    QCOMPARE(c.header("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));

    auto f = c.next();
    QVERIFY(f);
    QVERIFY2(!f->masked, "server frames must not be masked");
    QCOMPARE(f->first, quint8(Fin | Text));
    QVERIFY2(f->payload.startsWith("0{\"sid\":"), f->payload.constData());
    const QJsonObject open = QJsonDocument::fromJson(f->payload.mid(1)).object();
    QVERIFY(open.value(QLatin1String("sid")).toString().size() >= 8);
    QCOMPARE(open.value(QLatin1String("pingInterval")).toInt(), m_srv->config.hub.pingIntervalMs);
    QCOMPARE(connections(), before + 1);
    // Nothing else until the client speaks.
    QVERIFY(c.buf.isEmpty());

    c.send(clientFrame(Fin | Text, connectPacket(m_kiosk)));
    expectConnected(c);
    QVERIFY(!c.disconnected);
}

void TstWsTransport::upgradeAfterRequestsOnOneConnection()
{
    // A keep-alive connection that Qt HttpServer already served is still taken on its upgrade.
    const int before = connections();
    RawClient c;
    QVERIFY(c.connectTo(m_srv->port()));
    for (int i = 0; i < 2; ++i) {
        c.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(c.readHead());
        QCOMPARE(c.status(), 200);
        const int length = c.header("Content-Length").toInt();
        QVERIFY(QTest::qWaitFor([&] { return c.buf.size() >= length; }, 5000));
        c.buf.remove(0, length);
    }
    c.send(upgradeRequest(kRfcKey));
    QVERIFY(c.readHead());
    QVERIFY2(c.head.startsWith("HTTP/1.1 101 "), c.head.constData());
    auto f = c.next();
    QVERIFY(f);
    QVERIFY2(f->payload.startsWith("0{\"sid\":"), f->payload.constData());
    QCOMPARE(connections(), before + 1);
    c.send(clientFrame(Fin | Text, connectPacket(m_kiosk)));
    expectConnected(c);
}

void TstWsTransport::acceptKeyForOtherKeys()
{
    // Worked out here, independently of WsFrames.
    for (const QByteArray &key :
         { QByteArray("AQIDBAUGBwgJCgsMDQ4PEA=="), QByteArray("x3JJHMbDL1EzLkh9GBhXDw==") }) {
        RawClient c;
        QVERIFY(c.connectTo(m_srv->port()));
        c.send(upgradeRequest(key));
        QVERIFY(c.readHead());
        QCOMPARE(c.status(), 101);
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                     QCryptographicHash::Sha1)
                .toBase64();
        QCOMPARE(c.header("Sec-WebSocket-Accept"), expected);
    }
}

void TstWsTransport::earlyBytesWithTheUpgrade()
{
    // The head, CONNECT and a ping in one write: the frames arrive before the 101 is sent.
    RawClient c;
    QVERIFY(c.connectTo(m_srv->port()));
    c.send(upgradeRequest() + clientFrame(Fin | Text, connectPacket(m_kiosk)) +
           clientFrame(Fin | Ping, "early"));
    QVERIFY(c.readHead());
    QCOMPARE(c.status(), 101);
    const auto open = c.next();
    QVERIFY(open);
    QVERIFY2(open->payload.startsWith("0{\"sid\":"), open->payload.constData());
    expectConnected(c);
    const auto pong = c.nextNonPing();
    QVERIFY(pong);
    QCOMPARE(pong->first, quint8(Fin | Pong));
    QCOMPARE(pong->payload, QByteArray("early"));
}

void TstWsTransport::earlyPartialFrame()
{
    // Half of the CONNECT frame comes with the head, the rest later.
    const QByteArray frame = clientFrame(Fin | Text, connectPacket(m_kiosk));
    RawClient c;
    QVERIFY(c.connectTo(m_srv->port()));
    c.send(upgradeRequest() + frame.left(5));
    QVERIFY(c.readHead());
    QCOMPARE(c.status(), 101);
    QVERIFY(c.next());
    QVERIFY(!c.next(200)); // nothing for half a frame
    c.send(frame.mid(5));
    expectConnected(c);
}

void TstWsTransport::oneByteWrites()
{
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    // Padded past 125 bytes so the 16-bit length is split too; unknown auth fields are ignored.
    QJsonObject auth { { QStringLiteral("token"), m_kiosk },
                       { QStringLiteral("pad"), QString(200, QLatin1Char('p')) } };
    const QByteArray frame =
        clientFrame(Fin | Text, "40" + QJsonDocument(auth).toJson(QJsonDocument::Compact));
    QCOMPARE(quint8(frame[1]), quint8(0x80 | 126));
    for (qsizetype i = 0; i < frame.size(); ++i) {
        // Nothing may be answered before the last byte is in.
        QVERIFY2(c.buf.isEmpty(), c.buf.toHex().constData());
        c.send(frame.mid(i, 1));
        QCOMPARE(c.sock.bytesToWrite(), qint64(0));
        QTest::qWait(1); // lets the server read each byte on its own
    }
    expectConnected(c);
}

void TstWsTransport::fragmentedMessage()
{
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    const QByteArray message = connectPacket(m_kiosk);
    // TEXT (not final), CONTINUATION (not final), a ping between fragments, CONTINUATION (final).
    c.send(clientFrame(Text, message.left(4)));
    c.send(clientFrame(Cont, message.mid(4, 10)));
    c.send(clientFrame(Fin | Ping, "between"));
    const auto pong = c.next();
    QVERIFY(pong);
    QCOMPARE(pong->first, quint8(Fin | Pong));
    QCOMPARE(pong->payload, QByteArray("between"));
    // The pong went out after the fragments were read: nothing was answered for them yet.
    QVERIFY(c.buf.isEmpty());
    c.send(clientFrame(Fin | Cont, message.mid(14)));
    expectConnected(c);
}

void TstWsTransport::pingGetsPong_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("are you there?");
    QTest::newRow("binary") << QByteArray::fromHex("00ff80c0fe");
    QTest::newRow("125 bytes") << QByteArray(125, 'z');
}

void TstWsTransport::pingGetsPong()
{
    QFETCH(QByteArray, payload);
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    c.send(clientFrame(Fin | Ping, payload));
    const auto f = c.next();
    QVERIFY(f);
    QVERIFY(!f->masked);
    QCOMPARE(f->first, quint8(Fin | Pong));
    QCOMPARE(f->payload, payload);
    // An unsolicited pong is ignored (RFC 6455 5.5.3): the connection stays usable.
    c.send(clientFrame(Fin | Pong, "unsolicited"));
    c.send(clientFrame(Fin | Text, connectPacket(m_kiosk)));
    expectConnected(c);
}

void TstWsTransport::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("overlong C0 AF") << QByteArray::fromHex("32c0af");
    QTest::newRow("surrogate ED A0 80") << QByteArray::fromHex("32eda080");
    QTest::newRow("F4 90 80 80") << QByteArray::fromHex("32f4908080");
    QTest::newRow("FF") << QByteArray::fromHex("32ff");
    QTest::newRow("truncated at the end") << QByteArray::fromHex("32e282");
}

void TstWsTransport::invalidUtf8()
{
    QFETCH(QByteArray, payload);
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    // Negative control: an Engine.IO ping with valid UTF-8 ("2é") is answered "3é", also when
    // the character is split between two fragments (validity is judged on the whole message).
    c.send(clientFrame(Fin | Text, QByteArray::fromHex("32c3a9")));
    auto f = c.next();
    QVERIFY(f);
    QCOMPARE(f->payload.toHex(), QByteArray("33c3a9"));
    c.send(clientFrame(Text, QByteArray::fromHex("32c3")));
    c.send(clientFrame(Fin | Cont, QByteArray::fromHex("a9")));
    f = c.next();
    QVERIFY(f);
    QCOMPARE(f->payload.toHex(), QByteArray("33c3a9"));

    c.send(clientFrame(Fin | Text, payload));
    expectClose(c, 1007);
}

void TstWsTransport::protocolErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    const QByteArray ping = "2";
    QTest::newRow("unmasked") << clientFrame(Fin | Text, ping, false) << 1002;
    QTest::newRow("RSV1") << clientFrame(Fin | 0x40 | Text, ping) << 1002;
    QTest::newRow("RSV3") << clientFrame(Fin | 0x10 | Text, ping) << 1002;
    QTest::newRow("opcode 3") << clientFrame(Fin | 0x3, ping) << 1002;
    QTest::newRow("ping of 126 bytes") << clientFrame(Fin | Ping, QByteArray(126, 'p')) << 1002;
    QTest::newRow("non-final ping") << clientFrame(Ping, "x") << 1002;
    QTest::newRow("continuation without a message") << clientFrame(Fin | Cont, ping) << 1002;
    QTest::newRow("new message inside a fragmented one")
        << clientFrame(Text, "2") + clientFrame(Fin | Text, "2") << 1002;
    QTest::newRow("close with a 1-byte payload") << clientFrame(Fin | Close, "\x03") << 1002;
    QTest::newRow("close reason not UTF-8")
        << clientFrame(Fin | Close, closePayload(1000, "\xff")) << 1002;
    QTest::newRow("frame over maxPayload")
        << clientFrame(Fin | Text, QByteArray(64 * 1024 + 1, '6')) << 1009;
    QTest::newRow("fragments over maxPayload") << clientFrame(Text, QByteArray(40 * 1024, '6')) +
            clientFrame(Fin | Cont, QByteArray(40 * 1024, '6'))
                                               << 1009;
}

void TstWsTransport::protocolErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    // Negative control on the same connection: a good masked frame ("2") is answered ("3").
    c.send(clientFrame(Fin | Text, "2"));
    const auto pong = c.next();
    QVERIFY(pong);
    QCOMPARE(pong->payload, QByteArray("3"));
    c.send(bytes);
    expectClose(c, code);
}

void TstWsTransport::clientClose_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("echoed");
    QTest::newRow("1000") << closePayload(1000) << 1000;
    QTest::newRow("1000 with a reason") << closePayload(1000, "bye") << 1000;
    QTest::newRow("1001") << closePayload(1001) << 1001;
    QTest::newRow("no code") << QByteArray() << 1000; // 1005 is never sent: answered as normal
}

void TstWsTransport::clientClose()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, echoed);
    const int before = connections();
    RawClient c;
    QVERIFY(c.open(m_srv->port()));
    c.send(clientFrame(Fin | Text, connectPacket(m_kiosk)));
    expectConnected(c);
    QCOMPARE(connections(), before + 1);
    c.send(clientFrame(Fin | Close, payload));
    const auto f = c.nextNonPing();
    QVERIFY(f);
    QCOMPARE(f->first, quint8(Fin | Close));
    QCOMPARE(f->payload.left(2).toHex(), closePayload(quint16(echoed)).toHex());
    QVERIFY(c.waitDisconnected());
    QVERIFY(c.buf.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return connections() == before; }, 5000));
}

void TstWsTransport::clientAborts()
{
    const int before = connections();
    const int monitors = m_srv->app->hub()->roomCounts().value(QStringLiteral("monitor"));
    {
        RawClient opened; // upgraded, never connected to Socket.IO
        QVERIFY(opened.open(m_srv->port()));
        RawClient joined; // in the monitor room
        QVERIFY(joined.open(m_srv->port()));
        joined.send(clientFrame(Fin | Text, connectPacket(m_kiosk)));
        expectConnected(joined);
        QCOMPARE(connections(), before + 2);
        QCOMPARE(m_srv->app->hub()->roomCounts().value(QStringLiteral("monitor")), monitors + 1);
        // Half a frame pending in the server when the client goes.
        joined.send(clientFrame(Fin | Text, "2").left(3));
        opened.sock.abort();
        joined.sock.abort();
    }
    QVERIFY(QTest::qWaitFor([&] { return connections() == before; }, 5000));
    QCOMPARE(m_srv->app->hub()->roomCounts().value(QStringLiteral("monitor")), monitors);
}

void TstWsTransport::badHandshakes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    // Negative control: the complete request is upgraded.
    QTest::newRow("complete") << upgradeRequest() << 101 << QByteArray();
    QTest::newRow("no Sec-WebSocket-Key")
        << upgradeRequest(QByteArray()) << 400 << QByteArray("bad_handshake");
    QTest::newRow("no Sec-WebSocket-Version") << upgradeRequest(kRfcKey, "GET", kPath, QByteArray())
                                              << 400 << QByteArray("bad_handshake");
    QTest::newRow("Sec-WebSocket-Version 8")
        << upgradeRequest(kRfcKey, "GET", kPath, "8") << 400 << QByteArray("bad_handshake");
    QTest::newRow("POST") << upgradeRequest(kRfcKey, "POST") << -1 << QByteArray();
    QTest::newRow("EIO=3") << upgradeRequest(kRfcKey, "GET",
                                             "/socket.io/?EIO=3&transport=websocket")
                           << 400 << QByteArray("unsupported_protocol");
    QTest::newRow("polling") << upgradeRequest(kRfcKey, "GET",
                                               "/socket.io/?EIO=4&transport=polling")
                             << 400 << QByteArray("unsupported_transport");
}

void TstWsTransport::badHandshakes()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    const int before = connections();
    RawClient c;
    QVERIFY(c.connectTo(m_srv->port()));
    c.send(request);
    QVERIFY2(c.readHead(), c.buf.constData());
    if (status == 101) {
        QCOMPARE(c.status(), 101);
        return;
    }
    QVERIFY2(c.status() >= 400 && c.status() < 500, c.head.constData());
    if (status > 0)
        QCOMPARE(c.status(), status);
    // A refused upgrade never becomes a hub connection, and the server ends it.
    QCOMPARE(connections(), before);
    QVERIFY(c.waitDisconnected());
    if (!code.isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(c.buf).object();
        QCOMPARE(
            body.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QString::fromLatin1(code));
        QVERIFY(!body.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }
}

bool TstWsTransport::openFd(FdClient &c)
{
    if (!c.connectTo(m_srv->port()) || !c.sendAll(upgradeRequest()))
        return false;
    if (!QTest::qWaitFor(
            [&] {
                c.pump();
                return c.in.contains("\"pingInterval\"");
            },
            5000))
        return false;
    if (!c.in.startsWith("HTTP/1.1 101 "))
        return false;
    c.in.remove(0, c.in.indexOf("\r\n\r\n") + 4);
    return takeFrame(c.in).has_value(); // the open packet
}

void TstWsTransport::silentPeerIsClosedByServer_data()
{
    // Two rows only: each waits out the 3 s grace.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("hub closes: not Engine.IO") << clientFrame(Fin | Text, "x") << 1008;
    QTest::newRow("transport closes: unmasked frame")
        << clientFrame(Fin | Text, "2", false) << 1002;
}

void TstWsTransport::silentPeerIsClosedByServer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    const int before = connections();
    FdClient c;
    QVERIFY(openFd(c));
    QCOMPARE(connections(), before + 1);

    QVERIFY(c.sendAll(bytes));
    const std::optional<ServerFrame> f = c.nextFrame();
    QVERIFY(f);
    QCOMPARE(f->opcode(), quint8(Close));
    QCOMPARE(f->closeCode(), code);
    // The server half-closes after its close frame; the peer stays silent and open.
    QVERIFY(QTest::qWaitFor(
        [&] {
            c.pump();
            return c.eof || c.readError;
        },
        5000));

    // 3 s of grace for the peer's answer, then the server closes by itself.
    QVERIFY2(QTest::qWaitFor([&] { return connections() == before; }, 6000),
             "the server kept a connection whose peer never answered its close");
    // And the descriptor really is gone: bytes sent now are answered with a reset.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const ssize_t n = ::send(c.fd, "x", 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            return n < 0 && (errno == EPIPE || errno == ECONNRESET);
        },
        3000));
}

void TstWsTransport::answeringPeerEndsTheClose_data()
{
    // The hub's own close (a bad Engine.IO packet) ends on the peer's close frame. A protocol
    // error fails the connection (RFC 6455 7.1.7): nothing more is read as frames, so it ends
    // on the peer's EOF.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("peerCloses");
    QTest::newRow("hub closes: not Engine.IO") << clientFrame(Fin | Text, "x") << 1008 << false;
    QTest::newRow("transport fails: invalid UTF-8")
        << clientFrame(Fin | Text, QByteArray::fromHex("32ff")) << 1007 << true;
    QTest::newRow("transport fails: unmasked frame")
        << clientFrame(Fin | Text, "2", false) << 1002 << true;
}

void TstWsTransport::answeringPeerEndsTheClose()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(bool, peerCloses);
    const int before = connections();
    FdClient c;
    QVERIFY(openFd(c));
    QVERIFY(c.sendAll(bytes));
    const std::optional<ServerFrame> f = c.nextFrame();
    QVERIFY(f);
    QCOMPARE(f->closeCode(), code);
    // The peer answers with its close frame (and, after a failure, its EOF): the server closes
    // at once, long before its 3 s grace.
    QVERIFY(c.sendAll(clientFrame(Fin | Close, closePayload(quint16(code)))));
    if (peerCloses)
        ::shutdown(c.fd, SHUT_WR);
    QVERIFY2(QTest::qWaitFor([&] { return connections() == before; }, 1500),
             "the server did not see the peer's close answer");
}

QTEST_GUILESS_MAIN(TstWsTransport)
#include "tst_wstransport.moc"
