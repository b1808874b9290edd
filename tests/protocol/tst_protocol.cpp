// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engineio.h"
#include "events.h"
#include "socketio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtTest>

#include <limits>

using SocketIO::PacketType;

namespace {

// Undefined is spelled "<undefined>" so test failures show which side lacks data.
QByteArray show(const QJsonValue &v)
{
    if (v.isUndefined())
        return "<undefined>";
    return QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
}

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    Q_ASSERT(doc.isArray() && doc.array().size() == 1);
    return doc.array().at(0);
}

const QJsonValue undefined = QJsonValue(QJsonValue::Undefined);

} // namespace

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Engine.IO
    void engineDecode_data();
    void engineDecode();
    void engineDecodeInvalid_data();
    void engineDecodeInvalid();
    void engineEncode_data();
    void engineEncode();
    void engineRoundTrip();
    void engineOpenPacket();
    void engineOpenPacketEscapesSid();

    // Socket.IO
    void decode_data();
    void decode();
    void decodeInvalid_data();
    void decodeInvalid();
    void eventHelpers();
    void helpersOnOtherTypes();
    void encode_data();
    void encode();
    void roundTripPayload_data();
    void roundTripPayload();
    void roundTripPacket();
    void frames();
    void frameThroughEngineIO();
    void eventConstants();
    void garbageNeverCrashes();
};

// ---------------------------------------------------------------------------------------------
// Engine.IO

void TestProtocol::engineDecode_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("data");

    const QByteArray open = R"({"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],"pingInterval":25000,)"
                            R"("pingTimeout":20000,"maxPayload":1000000})";
    QTest::newRow("open") << ("0" + open) << 0 << open;
    QTest::newRow("close") << QByteArray("1") << 1 << QByteArray();
    QTest::newRow("ping") << QByteArray("2") << 2 << QByteArray();
    QTest::newRow("pong") << QByteArray("3") << 3 << QByteArray();
    QTest::newRow("ping probe") << QByteArray("2probe") << 2 << QByteArray("probe");
    QTest::newRow("message") << QByteArray("4hello") << 4 << QByteArray("hello");
    QTest::newRow("socket.io in message")
        << QByteArray(R"(42["ev",1])") << 4 << QByteArray(R"(2["ev",1])");
    QTest::newRow("upgrade") << QByteArray("5") << 5 << QByteArray();
    QTest::newRow("noop") << QByteArray("6") << 6 << QByteArray();
}

void TestProtocol::engineDecode()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, type);
    QFETCH(QByteArray, data);

    const std::optional<EngineIO::Packet> packet = EngineIO::decode(frame);
    QVERIFY(packet.has_value());
    QCOMPARE(static_cast<int>(packet->type), type);
    QCOMPARE(packet->data, data);
}

void TestProtocol::engineDecodeInvalid_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("type 7") << QByteArray("7");
    QTest::newRow("type 9") << QByteArray("9hello");
    QTest::newRow("letter") << QByteArray("x");
    QTest::newRow("v3 binary marker") << QByteArray("b4AAEC");
    QTest::newRow("nul byte") << QByteArray(1, '\0');
}

void TestProtocol::engineDecodeInvalid()
{
    QFETCH(QByteArray, frame);
    QVERIFY(!EngineIO::decode(frame).has_value());
}

void TestProtocol::engineEncode_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("close") << 1 << QByteArray() << QByteArray("1");
    QTest::newRow("ping") << 2 << QByteArray() << QByteArray("2");
    QTest::newRow("pong") << 3 << QByteArray() << QByteArray("3");
    QTest::newRow("pong probe") << 3 << QByteArray("probe") << QByteArray("3probe");
    QTest::newRow("message") << 4 << QByteArray("hello") << QByteArray("4hello");
    QTest::newRow("noop") << 6 << QByteArray() << QByteArray("6");
}

void TestProtocol::engineEncode()
{
    QFETCH(int, type);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(EngineIO::encode(static_cast<EngineIO::PacketType>(type), data), expected);
}

void TestProtocol::engineRoundTrip()
{
    for (int t = 0; t <= 6; ++t) {
        const auto type = static_cast<EngineIO::PacketType>(t);
        const QByteArray data = "payload-" + QByteArray::number(t);
        const std::optional<EngineIO::Packet> packet =
            EngineIO::decode(EngineIO::encode(type, data));
        QVERIFY2(packet.has_value(), QByteArray::number(t).constData());
        QCOMPARE(packet->type, type);
        QCOMPARE(packet->data, data);
    }
}

void TestProtocol::engineOpenPacket()
{
    // Byte-for-byte the example from the Engine.IO v4 spec.
    QCOMPARE(EngineIO::openPacket(QStringLiteral("lv_VI97HAXpY6yYWAAAC"), 25000, 20000, 1000000),
             QByteArray(R"(0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],"pingInterval":25000,)"
                        R"("pingTimeout":20000,"maxPayload":1000000})"));
    QCOMPARE(EngineIO::openPacket(QStringLiteral("abc"), 1000, 500, 64),
             QByteArray(R"(0{"sid":"abc","upgrades":[],"pingInterval":1000,"pingTimeout":500,)"
                        R"("maxPayload":64})"));
}

void TestProtocol::engineOpenPacketEscapesSid()
{
    const QString sid = QStringLiteral("a\"b\\c");
    const std::optional<EngineIO::Packet> packet =
        EngineIO::decode(EngineIO::openPacket(sid, 25000, 20000, 1000000));
    QVERIFY(packet.has_value());
    QCOMPARE(packet->type, EngineIO::PacketType::Open);

    QJsonParseError error;
    const QJsonObject open = QJsonDocument::fromJson(packet->data, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(open.value(QStringLiteral("sid")).toString(), sid);
    QCOMPARE(open.value(QStringLiteral("upgrades")).toArray(), QJsonArray());
    QCOMPARE(open.value(QStringLiteral("pingInterval")).toInt(), 25000);
    QCOMPARE(open.value(QStringLiteral("pingTimeout")).toInt(), 20000);
    QCOMPARE(open.value(QStringLiteral("maxPayload")).toInt(), 1000000);
}

// ---------------------------------------------------------------------------------------------
// Socket.IO decoding

void TestProtocol::decode_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<int>("id");
    QTest::addColumn<QJsonValue>("data");

    const int connect = int(PacketType::Connect);
    const int disconnect = int(PacketType::Disconnect);
    const int event = int(PacketType::Event);
    const int ack = int(PacketType::Ack);
    const int connectError = int(PacketType::ConnectError);
    const QString root = QStringLiteral("/");
    const QString admin = QStringLiteral("/admin");

    QTest::newRow("connect") << QByteArray("0") << connect << root << -1 << undefined;
    QTest::newRow("connect auth") << QByteArray(R"(0{"token":"abc"})") << connect << root << -1
                                  << json(R"({"token":"abc"})");
    QTest::newRow("connect reply") << QByteArray(R"(0{"sid":"wZX3oN0bSVIhsaknAAAI"})") << connect
                                   << root << -1 << json(R"({"sid":"wZX3oN0bSVIhsaknAAAI"})");
    QTest::newRow("connect admin auth") << QByteArray(R"(0/admin,{"token":"x"})") << connect
                                        << admin << -1 << json(R"({"token":"x"})");
    QTest::newRow("connect admin") << QByteArray("0/admin,") << connect << admin << -1 << undefined;
    // The reference parser lets a namespace run to the end without a comma.
    QTest::newRow("connect admin no comma")
        << QByteArray("0/admin") << connect << admin << -1 << undefined;
    QTest::newRow("disconnect") << QByteArray("1") << disconnect << root << -1 << undefined;
    QTest::newRow("disconnect admin")
        << QByteArray("1/admin,") << disconnect << admin << -1 << undefined;
    QTest::newRow("event") << QByteArray(R"(2["monitor_updated",{"seq":7}])") << event << root << -1
                           << json(R"(["monitor_updated",{"seq":7}])");
    QTest::newRow("event with ack")
        << QByteArray(R"(212["visit:pay",{"visitId":3,"amount":150}])") << event << root << 12
        << json(R"(["visit:pay",{"visitId":3,"amount":150}])");
    QTest::newRow("event admin") << QByteArray(R"(2/admin,["ev",1])") << event << admin << -1
                                 << json(R"(["ev",1])");
    QTest::newRow("event ack 123")
        << QByteArray(R"(2123["x"])") << event << root << 123 << json(R"(["x"])");
    QTest::newRow("event ack 0") << QByteArray(R"(20["x"])") << event << root << 0
                                 << json(R"(["x"])");
    QTest::newRow("event ack int max") << QByteArray(R"(22147483647["x"])") << event << root
                                       << std::numeric_limits<int>::max() << json(R"(["x"])");
    QTest::newRow("event admin ack")
        << QByteArray(R"(2/admin,456["x",null])") << event << admin << 456 << json(R"(["x",null])");
    QTest::newRow("event unicode") << QByteArray(R"(2["x","h\u00e9llo ✓"])") << event << root << -1
                                   << QJsonValue(QJsonArray { "x", QStringLiteral("héllo ✓") });
    QTest::newRow("event trailing whitespace")
        << QByteArray("2[\"x\"] \n") << event << root << -1 << json(R"(["x"])");
    QTest::newRow("ack") << QByteArray(R"(312[{"ok":true}])") << ack << root << 12
                         << json(R"([{"ok":true}])");
    QTest::newRow("ack empty args")
        << QByteArray("3/admin,7[]") << ack << admin << 7 << QJsonValue(QJsonArray());
    QTest::newRow("connect error") << QByteArray(R"(4{"message":"invalid token"})") << connectError
                                   << root << -1 << json(R"({"message":"invalid token"})");
    QTest::newRow("connect error legacy string")
        << QByteArray(R"(4"invalid token")") << connectError << root << -1
        << QJsonValue(QStringLiteral("invalid token"));
}

void TestProtocol::decode()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, type);
    QFETCH(QString, nsp);
    QFETCH(int, id);
    QFETCH(QJsonValue, data);

    const SocketIO::DecodeResult result = SocketIO::decode(payload);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(static_cast<int>(result.packet->type), type);
    QCOMPARE(result.packet->nsp, nsp);
    QCOMPARE(result.packet->id, id);
    QCOMPARE(show(result.packet->data), show(data));
    QCOMPARE(result.packet->data, data);
}

void TestProtocol::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error"); // expected substring of the error

    const QString unknown = QStringLiteral("unknown packet type");
    const QString binary = QStringLiteral("binary packets are not supported");
    const QString badNsp = QStringLiteral("malformed namespace");
    const QString badId = QStringLiteral("invalid ack id");
    const QString idRange = QStringLiteral("ack id out of range");
    const QString badJson = QStringLiteral("invalid JSON");
    const QString badEvent = QStringLiteral("EVENT data must be");
    const QString badConnect = QStringLiteral("CONNECT data must be an object");
    const QString badDisconnect = QStringLiteral("DISCONNECT must not carry data");
    const QString badAck = QStringLiteral("ACK data must be an array");
    const QString noAckId = QStringLiteral("ACK without an ack id");
    const QString badConnectError = QStringLiteral("CONNECT_ERROR data must be");
    const QString garbage = QStringLiteral("trailing garbage");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty packet");

    QTest::newRow("type 7") << QByteArray("7") << unknown;
    QTest::newRow("type 9") << QByteArray(R"(9["x"])") << unknown;
    QTest::newRow("letter") << QByteArray("a") << unknown;
    QTest::newRow("sign") << QByteArray("-1") << unknown;
    QTest::newRow("json first") << QByteArray(R"(["x"])") << unknown;

    QTest::newRow("binary event") << QByteArray(R"(51-["x",{"_placeholder":true,"num":0}])")
                                  << binary;
    QTest::newRow("binary ack") << QByteArray(R"(61-12[{"_placeholder":true,"num":0}])") << binary;
    QTest::newRow("binary bare") << QByteArray("5") << binary;
    QTest::newRow("binary admin") << QByteArray(R"(61-/admin,1[])") << binary;

    QTest::newRow("nsp space") << QByteArray(R"(2/ad min,["x"])") << badNsp;
    QTest::newRow("nsp no comma before data") << QByteArray(R"(2/admin["x"])") << badNsp;
    QTest::newRow("nsp no comma before object") << QByteArray(R"(0/admin{"token":"x"})") << badNsp;
    QTest::newRow("nsp control char") << QByteArray("2/a\x01,[\"x\"]") << badNsp;
    QTest::newRow("nsp non-ascii") << QByteArray("2/\xc3\xa9,[\"x\"]") << badNsp;
    QTest::newRow("nsp quote") << QByteArray(R"(2/a"b,["x"])") << badNsp;

    QTest::newRow("ack id letter") << QByteArray(R"(21a["x"])") << badId;
    QTest::newRow("ack id negative") << QByteArray(R"(2-1["x"])") << badId;
    QTest::newRow("ack id fraction") << QByteArray(R"(21.5["x"])") << badId;
    QTest::newRow("ack id exponent") << QByteArray(R"(21e3["x"])") << badId;
    QTest::newRow("ack id admin letter") << QByteArray(R"(2/admin,4x["x"])") << badId;
    QTest::newRow("ack id int max + 1") << QByteArray(R"(22147483648["x"])") << idRange;
    QTest::newRow("ack id huge") << QByteArray(R"(2999999999999999999999999["x"])") << idRange;
    QTest::newRow("ack id huge ack") << QByteArray(R"(39999999999[1])") << idRange;

    QTest::newRow("json unterminated") << QByteArray(R"(2["x")") << badJson;
    QTest::newRow("json bare word") << QByteArray("2[x]") << badJson;
    QTest::newRow("json unquoted key") << QByteArray("0{token:1}") << badJson;
    QTest::newRow("json missing value") << QByteArray(R"(0{"a":})") << badJson;
    QTest::newRow("json single quotes") << QByteArray("4'msg'") << badJson;
    QTest::newRow("json whitespace only") << QByteArray("2 ") << badJson;
    QTest::newRow("json two scalars") << QByteArray(R"(4"a","b")") << badJson;

    QTest::newRow("event no data") << QByteArray("2") << badEvent;
    QTest::newRow("event admin no data") << QByteArray("2/admin,") << badEvent;
    QTest::newRow("event ack no data") << QByteArray("212") << badEvent;
    QTest::newRow("event empty array") << QByteArray("2[]") << badEvent;
    QTest::newRow("event numeric name") << QByteArray(R"(2[1,"x"])") << badEvent;
    QTest::newRow("event null name") << QByteArray("2[null]") << badEvent;
    QTest::newRow("event object") << QByteArray(R"(2{"a":1})") << badEvent;
    QTest::newRow("event string") << QByteArray(R"(2"x")") << badEvent;

    QTest::newRow("connect array") << QByteArray(R"(0["x"])") << badConnect;
    QTest::newRow("connect string") << QByteArray(R"(0"tok")") << badConnect;
    QTest::newRow("connect true") << QByteArray("0true") << badConnect;
    QTest::newRow("connect null") << QByteArray("0null") << badConnect;
    QTest::newRow("connect admin array") << QByteArray("0/admin,[]") << badConnect;

    QTest::newRow("disconnect object") << QByteArray(R"(1{"a":1})") << badDisconnect;
    QTest::newRow("disconnect array") << QByteArray("1/admin,[]") << badDisconnect;

    QTest::newRow("ack object") << QByteArray(R"(312{"ok":true})") << badAck;
    QTest::newRow("ack no data") << QByteArray("312") << badAck;
    QTest::newRow("ack string") << QByteArray(R"(312"x")") << badAck;
    QTest::newRow("ack without id") << QByteArray("3[1]") << noAckId;

    QTest::newRow("connect error array") << QByteArray(R"(4["x"])") << badConnectError;
    QTest::newRow("connect error no data") << QByteArray("4") << badConnectError;
    QTest::newRow("connect error number") << QByteArray("4/admin,") << badConnectError;

    QTest::newRow("garbage after array") << QByteArray(R"(2["x"]abc)") << garbage;
    QTest::newRow("garbage brace") << QByteArray(R"(0{"a":1}})") << garbage;
    QTest::newRow("garbage second array") << QByteArray("3/admin,1[1][2]") << garbage;
    QTest::newRow("garbage after object") << QByteArray(R"(4{"message":"x"}x)") << garbage;
}

void TestProtocol::decodeInvalid()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);

    const SocketIO::DecodeResult result = SocketIO::decode(payload);
    QVERIFY(!result.ok());
    QVERIFY(!result.packet.has_value());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestProtocol::eventHelpers()
{
    const SocketIO::DecodeResult result =
        SocketIO::decode(R"(2["monitor_updated",{"seq":7},"two"])");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.packet->eventName(), QStringLiteral("monitor_updated"));
    QCOMPARE(result.packet->eventArgs(),
             (QJsonArray { QJsonObject { { "seq", 7 } }, QStringLiteral("two") }));
    QVERIFY(!result.packet->hasAck());
    QVERIFY(result.packet->ackArgs().isEmpty());

    const SocketIO::DecodeResult noArgs = SocketIO::decode(R"(25["visit:call"])");
    QVERIFY2(noArgs.ok(), qPrintable(noArgs.error));
    QCOMPARE(noArgs.packet->eventName(), QStringLiteral("visit:call"));
    QVERIFY(noArgs.packet->eventArgs().isEmpty());
    QVERIFY(noArgs.packet->hasAck());
    QCOMPARE(noArgs.packet->id, 5);
}

void TestProtocol::helpersOnOtherTypes()
{
    const SocketIO::DecodeResult ack = SocketIO::decode(R"(312["not-a-name",2])");
    QVERIFY2(ack.ok(), qPrintable(ack.error));
    QVERIFY(ack.packet->eventName().isEmpty());
    QVERIFY(ack.packet->eventArgs().isEmpty());
    QCOMPARE(ack.packet->ackArgs(), (QJsonArray { QStringLiteral("not-a-name"), 2 }));

    const SocketIO::DecodeResult connect = SocketIO::decode(R"(0{"token":"abc"})");
    QVERIFY2(connect.ok(), qPrintable(connect.error));
    QVERIFY(connect.packet->eventName().isEmpty());
    QVERIFY(connect.packet->eventArgs().isEmpty());
    QVERIFY(connect.packet->ackArgs().isEmpty());

    // A default-constructed packet must not pretend to be a valid event.
    const SocketIO::Packet empty;
    QVERIFY(empty.eventName().isEmpty());
    QVERIFY(empty.eventArgs().isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Socket.IO encoding

void TestProtocol::encode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("expected");

    const QString admin = QStringLiteral("/admin");

    QTest::newRow("event") << SocketIO::encodeEvent("monitor_updated",
                                                    { QJsonObject { { "seq", 7 } } })
                           << QByteArray(R"(2["monitor_updated",{"seq":7}])");
    QTest::newRow("event no args")
        << SocketIO::encodeEvent("ping_me") << QByteArray(R"(2["ping_me"])");
    QTest::newRow("event ack") << SocketIO::encodeEvent("visit:pay",
                                                        { QJsonObject { { "visitId", 3 } } }, 12)
                               << QByteArray(R"(212["visit:pay",{"visitId":3}])");
    QTest::newRow("event ack 0") << SocketIO::encodeEvent("x", {}, 0) << QByteArray(R"(20["x"])");
    QTest::newRow("event admin") << SocketIO::encodeEvent("ev", { 1 }, -1, admin)
                                 << QByteArray(R"(2/admin,["ev",1])");
    QTest::newRow("event admin ack")
        << SocketIO::encodeEvent("x", {}, 123, admin) << QByteArray(R"(2/admin,123["x"])");
    QTest::newRow("ack") << SocketIO::encodeAck(12, { QJsonObject { { "ok", true } } })
                         << QByteArray(R"(312[{"ok":true}])");
    QTest::newRow("ack empty admin")
        << SocketIO::encodeAck(5, {}, admin) << QByteArray("3/admin,5[]");
    QTest::newRow("connect") << SocketIO::encodeConnect() << QByteArray("0");
    QTest::newRow("connect sid") << SocketIO::encodeConnect(
                                        QJsonObject { { "sid", "wZX3oN0bSVIhsaknAAAI" } })
                                 << QByteArray(R"(0{"sid":"wZX3oN0bSVIhsaknAAAI"})");
    QTest::newRow("connect admin")
        << SocketIO::encodeConnect(QJsonObject { { "token", "x" } }, admin)
        << QByteArray(R"(0/admin,{"token":"x"})");
    QTest::newRow("connect error") << SocketIO::encodeConnectError("invalid token")
                                   << QByteArray(R"(4{"message":"invalid token"})");
    QTest::newRow("connect error escaped") << SocketIO::encodeConnectError("bad \"x\"\n", admin)
                                           << QByteArray(R"(4/admin,{"message":"bad \"x\"\n"})");
    QTest::newRow("disconnect") << SocketIO::encodeDisconnect() << QByteArray("1");
    QTest::newRow("disconnect admin")
        << SocketIO::encodeDisconnect(admin) << QByteArray("1/admin,");
    QTest::newRow("nsp without slash")
        << SocketIO::encodeDisconnect("admin") << QByteArray("1/admin,");
    QTest::newRow("empty nsp") << SocketIO::encodeDisconnect(QString()) << QByteArray("1");
    QTest::newRow("packet null data")
        << SocketIO::encode({ PacketType::Connect, "/", -1, QJsonValue() }) << QByteArray("0");
    QTest::newRow("packet string data")
        << SocketIO::encode({ PacketType::ConnectError, "/", -1, QStringLiteral("no") })
        << QByteArray(R"(4"no")");
    QTest::newRow("unicode") << SocketIO::encodeEvent("x", { QStringLiteral("héllo") })
                             << QByteArray("2[\"x\",\"h\xc3\xa9llo\"]");
}

void TestProtocol::encode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, expected);
    QCOMPARE(encoded, expected);
}

void TestProtocol::roundTripPayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    for (const char *payload : {
             "0",
             R"(0{"token":"abc"})",
             R"(0/admin,{"token":"x"})",
             "0/admin,",
             "1",
             "1/admin,",
             R"(2["monitor_updated",{"seq":7}])",
             R"(212["visit:pay",{"amount":1500,"visitId":3}])",
             R"(2/admin,["ev",1])",
             R"(2123["x"])",
             R"(2/admin,456["x",null,true,1.5,"s",[1,2]])",
             R"(312[{"ok":true}])",
             "3/admin,7[]",
             R"(4{"message":"invalid token"})",
         }) {
        QTest::newRow(payload) << QByteArray(payload);
    }
}

void TestProtocol::roundTripPayload()
{
    QFETCH(QByteArray, payload);
    const SocketIO::DecodeResult result = SocketIO::decode(payload);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(SocketIO::encode(*result.packet), payload);
}

void TestProtocol::roundTripPacket()
{
    const QList<SocketIO::Packet> packets = {
        { PacketType::Connect, "/", -1, undefined },
        { PacketType::Connect, "/admin", -1, QJsonObject { { "token", "abc" }, { "offset", 42 } } },
        { PacketType::Disconnect, "/admin", -1, undefined },
        { PacketType::Event, "/", -1,
          QJsonArray { "therapist_queue_updated", QJsonArray { 1, 2 } } },
        { PacketType::Event, "/admin", 99,
          QJsonArray { "visit:start", QJsonObject { { "id", 1 } } } },
        { PacketType::Ack, "/", 0, QJsonArray {} },
        { PacketType::Ack, "/", 2147483647, QJsonArray { QJsonObject { { "error", "nope" } } } },
        { PacketType::ConnectError, "/", -1, QJsonObject { { "message", "x" } } },
    };
    for (const SocketIO::Packet &packet : packets) {
        const QByteArray encoded = SocketIO::encode(packet);
        const SocketIO::DecodeResult result = SocketIO::decode(encoded);
        QVERIFY2(result.ok(),
                 qPrintable(QString::fromUtf8(encoded) + QStringLiteral(": ") + result.error));
        QCOMPARE(result.packet->type, packet.type);
        QCOMPARE(result.packet->nsp, packet.nsp);
        QCOMPARE(result.packet->id, packet.id);
        QCOMPARE(show(result.packet->data), show(packet.data));
    }
}

void TestProtocol::frames()
{
    QCOMPARE(SocketIO::frameEvent("monitor_updated", { QJsonObject { { "seq", 7 } } }),
             QByteArray(R"(42["monitor_updated",{"seq":7}])"));
    QCOMPARE(SocketIO::frameEvent("ev", { 1 }, 3, "/admin"), QByteArray(R"(42/admin,3["ev",1])"));
    QCOMPARE(SocketIO::frameAck(12, { QJsonObject { { "ok", true } } }),
             QByteArray(R"(4312[{"ok":true}])"));
    QCOMPARE(SocketIO::frame({ PacketType::ConnectError, "/", -1,
                               QJsonObject { { "message", "invalid token" } } }),
             QByteArray(R"(44{"message":"invalid token"})"));
    QCOMPARE(SocketIO::frame({ PacketType::Connect, "/", -1, undefined }), QByteArray("40"));
    QCOMPARE(SocketIO::frame({ PacketType::Disconnect, "/", -1, undefined }), QByteArray("41"));
}

void TestProtocol::frameThroughEngineIO()
{
    // What the server sends must be what a receiver unwraps layer by layer.
    const QByteArray wire =
        SocketIO::frameEvent("customer_txn_update", { QJsonObject { { "id", 9 } } });
    const std::optional<EngineIO::Packet> message = EngineIO::decode(wire);
    QVERIFY(message.has_value());
    QCOMPARE(message->type, EngineIO::PacketType::Message);
    const SocketIO::DecodeResult result = SocketIO::decode(message->data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.packet->eventName(), QStringLiteral("customer_txn_update"));
    QCOMPARE(result.packet->eventArgs(), (QJsonArray { QJsonObject { { "id", 9 } } }));
}

void TestProtocol::eventConstants()
{
    // These strings are the contract with the web clients: a rename here must break a test.
    QCOMPARE(QLatin1String(Events::TherapistQueueUpdated), "therapist_queue_updated");
    QCOMPARE(QLatin1String(Events::CashierQueueUpdated), "cashier_queue_updated");
    QCOMPARE(QLatin1String(Events::MonitorUpdated), "monitor_updated");
    QCOMPARE(QLatin1String(Events::CustomerTxnUpdate), "customer_txn_update");
    QCOMPARE(QLatin1String(Events::MonitorPaymentCompleted), "monitor_payment_completed");
    QCOMPARE(QLatin1String(Events::VisitCheckin), "visit:checkin");
    QCOMPARE(QLatin1String(Events::VisitAssign), "visit:assign");
    QCOMPARE(QLatin1String(Events::VisitStart), "visit:start");
    QCOMPARE(QLatin1String(Events::VisitComplete), "visit:complete");
    QCOMPARE(QLatin1String(Events::VisitCancel), "visit:cancel");
    QCOMPARE(QLatin1String(Events::VisitNoShow), "visit:no_show");
    QCOMPARE(QLatin1String(Events::VisitCall), "visit:call");
    QCOMPARE(QLatin1String(Events::VisitPay), "visit:pay");
    QCOMPARE(QLatin1String(Events::PaymentVoid), "payment:void");
    QCOMPARE(QLatin1String(Events::TherapistStatus), "therapist:status");

    // And they must be usable directly with the encoder.
    QCOMPARE(SocketIO::frameEvent(Events::MonitorUpdated), QByteArray(R"(42["monitor_updated"])"));
}

void TestProtocol::garbageNeverCrashes()
{
    // Every prefix of valid packets plus pseudo-random bytes: decode must either succeed with no
    // error or fail with one, and never crash.
    QList<QByteArray> inputs;
    for (const QByteArray &valid :
         { QByteArray(R"(2/admin,123["visit:pay",{"a":[1,{"b":"c"}]}])"),
           QByteArray(R"(0/admin,{"token":"x"})"), QByteArray(R"(4{"message":"m"})") }) {
        for (qsizetype n = 0; n <= valid.size(); ++n)
            inputs.append(valid.left(n));
    }
    quint32 seed = 12345;
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes;
        const int length = i % 24;
        for (int j = 0; j < length; ++j) {
            seed = seed * 1664525u + 1013904223u;
            // Bias towards protocol characters so the deeper branches are reached.
            static const char alphabet[] = "0123456789/,[]{}\":-.ea \x01\xff";
            bytes.append(alphabet[(seed >> 16) % (sizeof(alphabet) - 1)]);
        }
        inputs.append(bytes);
    }
    inputs.append(QByteArray(100000, '['));
    inputs.append("2" + QByteArray(5000, '['));

    int accepted = 0;
    for (const QByteArray &input : inputs) {
        const SocketIO::DecodeResult result = SocketIO::decode(input);
        QVERIFY2(result.ok() != !result.error.isEmpty(), input.toPercentEncoding().constData());
        if (result.ok()) {
            ++accepted;
            // Whatever is accepted must re-encode to something that decodes the same way.
            const SocketIO::DecodeResult again = SocketIO::decode(SocketIO::encode(*result.packet));
            QVERIFY2(again.ok(), input.toPercentEncoding().constData());
            QCOMPARE(again.packet->type, result.packet->type);
            QCOMPARE(again.packet->nsp, result.packet->nsp);
            QCOMPARE(again.packet->id, result.packet->id);
            QCOMPARE(again.packet->data, result.packet->data);
        }
    }
    QVERIFY(accepted > 0); // the valid full packets are among the inputs
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
