// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// WsFrames on its own: the bytes of server frames, the handshake key, strict UTF-8 and the
// parsing of client frame headers, checked against RFC 6455 rather than against the code.

#include "ws/wsframes.h"

#include <QtTest>

#include "wsclientframe.h"

namespace {

WsFrames::Parsed parse(const QByteArray &bytes, qint64 maxPayload = 64 * 1024)
{
    return WsFrames::parseHeader(bytes.constData(), bytes.size(), maxPayload);
}

} // namespace

class TstWsFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void frameHeader_data();
    void frameHeader();
    void frameOpcodes();
    void closeCodeBytes();
    void closeReasonTruncation_data();
    void closeReasonTruncation();
    void acceptKeyRfcExample();
    void upgradeResponse();
    void utf8_data();
    void utf8();
    void needMoreAtEveryCut_data();
    void needMoreAtEveryCut();
    void headerErrors_data();
    void headerErrors();
    void extendedLengths();
    void unmaskWithOffset();
};

void TstWsFrames::frameHeader_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("header");
    // Server frames are never masked: no mask bit and no masking key.
    QTest::newRow("0") << 0 << QByteArray::fromHex("8100");
    QTest::newRow("125: last 7-bit length") << 125 << QByteArray::fromHex("817d");
    QTest::newRow("126: first 16-bit length") << 126 << QByteArray::fromHex("817e007e");
    QTest::newRow("65535: last 16-bit length") << 65535 << QByteArray::fromHex("817effff");
    QTest::newRow("65536: first 64-bit length")
        << 65536 << QByteArray::fromHex("817f0000000000010000");
}

void TstWsFrames::frameHeader()
{
    QFETCH(int, length);
    QFETCH(QByteArray, header);
    QByteArray payload(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        payload[i] = char('a' + i % 26);
    const QByteArray f = WsFrames::text(payload);
    QCOMPARE(f.size(), header.size() + length);
    QCOMPARE(f.left(header.size()).toHex(), header.toHex());
    QVERIFY(f.mid(header.size()) == payload);
}

void TstWsFrames::frameOpcodes()
{
    QCOMPARE(WsFrames::frame(WsFrames::Pong, "hi").toHex(), QByteArray("8a026869"));
    QCOMPARE(WsFrames::frame(WsFrames::Ping, QByteArray()).toHex(), QByteArray("8900"));
    QCOMPARE(WsFrames::frame(WsFrames::Binary, "\x01").toHex(), QByteArray("820101"));
}

void TstWsFrames::closeCodeBytes()
{
    // Big-endian code first, then the reason.
    QCOMPARE(WsFrames::close(1000, QByteArray()).toHex(), QByteArray("880203e8"));
    QCOMPARE(WsFrames::close(1002, "bad").toHex(), QByteArray("880503ea626164"));
    QCOMPARE(WsFrames::close(1007, QByteArray()).toHex(), QByteArray("880203ef"));
    QCOMPARE(WsFrames::close(4999, QByteArray()).toHex(), QByteArray("88021387"));
}

void TstWsFrames::closeReasonTruncation_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("kept");
    const QByteArray a121(121, 'a'), a122(122, 'a'), a120(120, 'a');
    const QByteArray e = "\xC3\xA9"; // é
    const QByteArray euro = "\xE2\x82\xAC";
    const QByteArray smile = "\xF0\x9F\x98\x80";
    // The payload is 2 code bytes + at most 123 reason bytes.
    QTest::newRow("short") << QByteArray("going away") << QByteArray("going away");
    QTest::newRow("2-byte char ends at 123: kept") << (a121 + e + "zz") << (a121 + e);
    QTest::newRow("2-byte char split at 123") << (a122 + e) << a122;
    QTest::newRow("3-byte char split after 2") << (a121 + euro) << a121;
    QTest::newRow("3-byte char split after 1") << (a122 + euro) << a122;
    QTest::newRow("4-byte char split after 3") << (a120 + smile) << a120;
    QTest::newRow("ascii cut") << QByteArray(200, 'x') << QByteArray(123, 'x');
    QByteArray thai;
    for (int i = 0; i < 50; ++i)
        thai += "\xE0\xB8\xAA"; // ส, 3 bytes each: 41 fit in 123
    QTest::newRow("all multi-byte") << thai << thai.left(123);
}

void TstWsFrames::closeReasonTruncation()
{
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, kept);
    const QByteArray f = WsFrames::close(1008, reason);
    QVERIFY(f.size() <= 2 + 125);
    QCOMPARE(quint8(f[0]), quint8(0x88));
    QCOMPARE(int(quint8(f[1])), 2 + kept.size());
    QCOMPARE(f.mid(2, 2).toHex(), QByteArray("03f0"));
    QCOMPARE(f.mid(4), kept);
    QVERIFY(WsFrames::isValidUtf8(f.constData() + 4, f.size() - 4));
}

void TstWsFrames::acceptKeyRfcExample()
{
    // RFC 6455 section 1.3.
    QCOMPARE(WsFrames::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="),
             QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QVERIFY(WsFrames::acceptKey("AQIDBAUGBwgJCgsMDQ4PEA==") !=
            WsFrames::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="));
}

void TstWsFrames::upgradeResponse()
{
    const QByteArray r = WsFrames::upgradeResponse("dGhlIHNhbXBsZSBub25jZQ==");
    QVERIFY2(r.startsWith("HTTP/1.1 101 Switching Protocols\r\n"), r.constData());
    QVERIFY(r.endsWith("\r\n\r\n"));
    QCOMPARE(r.count("\r\n\r\n"), 1);
    const QByteArray lower = r.toLower();
    QVERIFY(lower.contains("\r\nupgrade: websocket\r\n"));
    QVERIFY(lower.contains("\r\nconnection: upgrade\r\n"));
    QVERIFY(r.contains("\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
}

void TstWsFrames::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    auto good = [](const char *name, const char *hex) {
        QTest::newRow(name) << QByteArray::fromHex(hex) << true;
    };
    auto bad = [](const char *name, const char *hex) {
        QTest::newRow(name) << QByteArray::fromHex(hex) << false;
    };
    good("empty", "");
    good("ascii", "68656c6c6f");
    good("NUL", "00");
    good("DEL", "7f");
    good("U+0080", "c280");
    good("U+00E9", "c3a9");
    good("U+07FF", "dfbf");
    good("U+0800", "e0a080");
    good("U+20AC", "e282ac");
    good("U+D7FF before surrogates", "ed9fbf");
    good("U+E000 after surrogates", "ee8080");
    good("U+FFFF", "efbfbf");
    good("U+10000", "f0908080");
    good("U+1F600", "f09f9880");
    good("U+10FFFF", "f48fbfbf");
    good("thai mixed", "e0b8aae0b89be0b8b220737061");
    bad("overlong C0 AF", "c0af");
    bad("overlong C1 BF", "c1bf");
    bad("overlong E0 80 AF", "e080af");
    bad("overlong E0 9F BF", "e09fbf");
    bad("overlong F0 8F BF BF", "f08fbfbf");
    bad("surrogate ED A0 80", "eda080");
    bad("surrogate ED BF BF", "edbfbf");
    bad("past U+10FFFF F4 90 80 80", "f4908080");
    bad("F5 lead", "f5808080");
    bad("truncated 2-byte at end", "c3");
    bad("truncated 3-byte after 1", "e2");
    bad("truncated 3-byte after 2", "e282");
    bad("truncated 4-byte after 3", "f09f98");
    bad("lone continuation 80", "80");
    bad("lone continuation BF", "bf");
    bad("continuation after ascii", "6180");
    bad("FE", "fe");
    bad("FF", "ff");
    bad("bad continuation C3 28", "c328");
    bad("bad continuation E2 28 A1", "e228a1");
    bad("bad 4th byte F0 9F 98 28", "f09f9828");
}

void TstWsFrames::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(WsFrames::isValidUtf8(bytes.constData(), bytes.size()), valid);
    // Also past the 8-byte ASCII fast path, and followed by ASCII (a truncated sequence is then
    // followed by a non-continuation byte: still invalid).
    const QByteArray prefixed = QByteArray("0123456789abcdef!") + bytes;
    QCOMPARE(WsFrames::isValidUtf8(prefixed.constData(), prefixed.size()), valid);
    const QByteArray suffixed = bytes + QByteArray("0123456789abcdef!");
    QCOMPARE(WsFrames::isValidUtf8(suffixed.constData(), suffixed.size()), valid);
    // The size is honoured: a continuation byte just past it must not complete a sequence.
    const QByteArray trailing = bytes + QByteArray::fromHex("a9a9a9");
    QCOMPARE(WsFrames::isValidUtf8(trailing.constData(), bytes.size()), valid);
}

void TstWsFrames::needMoreAtEveryCut_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<int>("headerSize");
    QTest::newRow("7-bit length") << 5 << 6;
    QTest::newRow("16-bit length") << 300 << 8;
    QTest::newRow("64-bit length") << 70000 << 14;
}

void TstWsFrames::needMoreAtEveryCut()
{
    QFETCH(int, payloadSize);
    QFETCH(int, headerSize);
    const QByteArray mask = QByteArray::fromHex("a1b2c3d4");
    const QByteArray f = clientFrame(0x81, QByteArray(payloadSize, 'p'), true, mask);
    for (int cut = 0; cut < headerSize; ++cut) {
        const WsFrames::Parsed p = parse(f.left(cut), 100000);
        QVERIFY2(p.status == WsFrames::Parsed::NeedMore, qPrintable(QString::number(cut)));
    }
    // From the whole header on, with or without any payload, the header is read.
    for (int have : { headerSize, headerSize + 1, int(f.size()) }) {
        const WsFrames::Parsed p = parse(f.left(have), 100000);
        QVERIFY2(p.status == WsFrames::Parsed::Frame, qPrintable(QString::number(have)));
        QVERIFY(p.fin);
        QCOMPARE(p.opcode, quint8(WsFrames::Text));
        QCOMPARE(p.headerSize, qsizetype(headerSize));
        QCOMPARE(p.payloadSize, qint64(payloadSize));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(p.mask), 4), mask);
    }
}

void TstWsFrames::headerErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxPayload");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    const int frame = WsFrames::Parsed::Frame, error = WsFrames::Parsed::Error;
    const qint64 max = 1000;
    // Negative controls first: the same shapes done right are frames.
    QTest::newRow("masked text ok") << clientFrame(0x81, "hello") << max << frame << 0;
    QTest::newRow("unmasked text") << clientFrame(0x81, "hello", false) << max << error << 1002;
    QTest::newRow("unmasked, only 2 bytes") << QByteArray::fromHex("8105") << max << error << 1002;
    QTest::newRow("RSV1") << clientFrame(0xC1, "hello") << max << error << 1002;
    QTest::newRow("RSV2") << clientFrame(0xA1, "hello") << max << error << 1002;
    QTest::newRow("RSV3") << clientFrame(0x91, "hello") << max << error << 1002;
    QTest::newRow("opcode 3") << clientFrame(0x83, "hello") << max << error << 1002;
    QTest::newRow("opcode 7") << clientFrame(0x87, "hello") << max << error << 1002;
    QTest::newRow("opcode 0xB") << clientFrame(0x8B, "") << max << error << 1002;
    QTest::newRow("opcode 0xF") << clientFrame(0x8F, "") << max << error << 1002;
    QTest::newRow("binary ok") << clientFrame(0x82, "\x01") << max << frame << 0;
    QTest::newRow("non-final text ok") << clientFrame(0x01, "he") << max << frame << 0;
    QTest::newRow("continuation ok") << clientFrame(0x80, "llo") << max << frame << 0;
    QTest::newRow("ping 125 ok") << clientFrame(0x89, QByteArray(125, 'p')) << max << frame << 0;
    QTest::newRow("ping 126") << clientFrame(0x89, QByteArray(126, 'p')) << max << error << 1002;
    // The header alone says it is too long: no need to wait for the mask.
    QTest::newRow("ping 126, header only")
        << QByteArray::fromHex("89fe007e") << max << error << 1002;
    QTest::newRow("close 126") << clientFrame(0x88, QByteArray(126, 'c')) << max << error << 1002;
    QTest::newRow("pong 200") << clientFrame(0x8A, QByteArray(200, 'p')) << max << error << 1002;
    QTest::newRow("non-final ping") << clientFrame(0x09, "x") << max << error << 1002;
    QTest::newRow("non-final close") << clientFrame(0x08, "\x03\xe8") << max << error << 1002;
    QTest::newRow("non-final pong") << clientFrame(0x0A, "") << max << error << 1002;
    QTest::newRow("length == max ok")
        << clientFrame(0x81, QByteArray(1000, 'x')) << max << frame << 0;
    QTest::newRow("16-bit length over max")
        << clientFrame(0x81, QByteArray(1001, 'x')) << max << error << 1009;
    QTest::newRow("16-bit over max, header only")
        << QByteArray::fromHex("81fe03e9") << max << error << 1009;
    QTest::newRow("64-bit length over max")
        << QByteArray::fromHex("82ff0000000100000000a1b2c3d4") << max << error << 1009;
    QTest::newRow("64-bit length, top bit set")
        << QByteArray::fromHex("82ff8000000000000001a1b2c3d4") << qint64(1) << error << 1002;
    QTest::newRow("continuation over max")
        << clientFrame(0x80, QByteArray(1001, 'x')) << max << error << 1009;
}

void TstWsFrames::headerErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxPayload);
    QFETCH(int, status);
    QFETCH(int, code);
    const WsFrames::Parsed p = parse(bytes, maxPayload);
    QCOMPARE(int(p.status), status);
    QCOMPARE(int(p.errorCode), code);
    if (status == WsFrames::Parsed::Error)
        QVERIFY(p.error && *p.error);
}

void TstWsFrames::extendedLengths()
{
    // 16-bit: 300 = 0x012C.
    WsFrames::Parsed p = parse(QByteArray::fromHex("81fe012c01020304"), 100000);
    QCOMPARE(p.status, WsFrames::Parsed::Frame);
    QCOMPARE(p.headerSize, qsizetype(8));
    QCOMPARE(p.payloadSize, qint64(300));
    QCOMPARE(p.mask[0], quint8(1));
    QCOMPARE(p.mask[3], quint8(4));
    // 16-bit can carry the maximum: 65535.
    p = parse(QByteArray::fromHex("82feffff01020304"), 100000);
    QCOMPARE(p.status, WsFrames::Parsed::Frame);
    QCOMPARE(p.payloadSize, qint64(65535));
    // 64-bit: 70000 = 0x11170, every length byte counts.
    p = parse(QByteArray::fromHex("02ff000000000001117005060708"), 100000);
    QCOMPARE(p.status, WsFrames::Parsed::Frame);
    QVERIFY(!p.fin);
    QCOMPARE(p.opcode, quint8(WsFrames::Binary));
    QCOMPARE(p.headerSize, qsizetype(14));
    QCOMPARE(p.payloadSize, qint64(70000));
    QCOMPARE(p.mask[0], quint8(5));
    QCOMPARE(p.mask[3], quint8(8));
    // A large 64-bit length is read in full (not truncated to 32 bits) and compared to the max.
    p = parse(QByteArray::fromHex("82ff000000010000000005060708"), qint64(1) << 40);
    QCOMPARE(p.status, WsFrames::Parsed::Frame);
    QCOMPARE(p.payloadSize, qint64(1) << 32);
}

void TstWsFrames::unmaskWithOffset()
{
    // RFC 6455 section 5.7: a masked "Hello".
    QByteArray f = QByteArray::fromHex("818537fa213d7f9f4d5158");
    const WsFrames::Parsed p = parse(f);
    QCOMPARE(p.status, WsFrames::Parsed::Frame);
    QCOMPARE(p.headerSize, qsizetype(6));
    QCOMPARE(p.payloadSize, qint64(5));

    QByteArray whole = f.mid(6);
    WsFrames::unmask(whole.data(), whole.size(), p.mask);
    QCOMPARE(whole, QByteArray("Hello"));

    // In pieces, each with its offset into the payload, as bytes arrive.
    QByteArray pieces = f.mid(6);
    WsFrames::unmask(pieces.data(), 2, p.mask, 0);
    WsFrames::unmask(pieces.data() + 2, 1, p.mask, 2);
    WsFrames::unmask(pieces.data() + 3, 2, p.mask, 3);
    QCOMPARE(pieces, QByteArray("Hello"));

    // Offsets past one mask period wrap.
    QByteArray later = f.mid(6 + 1);
    WsFrames::unmask(later.data(), later.size(), p.mask, 5);
    QCOMPARE(later, QByteArray("ello"));

    // Negative control: ignoring the offset gives something else.
    QByteArray wrong = f.mid(6 + 2);
    WsFrames::unmask(wrong.data(), wrong.size(), p.mask, 0);
    QVERIFY(wrong != QByteArray("llo"));

    // Masking twice is the identity, for a longer buffer too.
    QByteArray text(1000, Qt::Uninitialized);
    for (int i = 0; i < text.size(); ++i)
        text[i] = char(i * 7);
    QByteArray round = text;
    WsFrames::unmask(round.data(), round.size(), p.mask, 3);
    QVERIFY(round != text);
    WsFrames::unmask(round.data(), 500, p.mask, 3);
    WsFrames::unmask(round.data() + 500, 500, p.mask, 503);
    QCOMPARE(round, text);
}

QTEST_GUILESS_MAIN(TstWsFrames)
#include "tst_wsframes.moc"
