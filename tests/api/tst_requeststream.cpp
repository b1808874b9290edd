// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RequestStream on its own (the head cutter GuardedTcpServer runs on every connection, and
// fuzz/fuzz_requesthead fuzzes): each verdict, and the same verdict at the same offset whether
// the stream comes whole or cut at any byte (issue 19 #3: a split head skipped the limits).

#include "http/requeststream.h"

#include <QtTest>

namespace {

struct Outcome {
    RequestStream::Verdict verdict = RequestStream::Verdict::Pass;
    int status = 0;
    qint64 requestStart = -1;
    qint64 headEnd = -1;
    qint64 fed = 0;
};

const RequestStream::Limits kLimits { 64 * 1024, 16 * 1024, true };

// Feeds `stream` in two reads cut at `cut` (the whole when cut < 0); stops at the first verdict.
Outcome run(const QByteArray &stream, qsizetype cut = -1)
{
    RequestStream s;
    QByteArray received;
    qsizetype seen = 0;
    const QList<QByteArray> reads = cut < 0
        ? QList<QByteArray> { stream }
        : QList<QByteArray> { stream.left(cut), stream.mid(cut) };
    for (const QByteArray &read : reads) {
        received.append(read);
        seen = s.feed(received, seen, kLimits, 0);
        if (s.pending != RequestStream::Verdict::Pass)
            return { s.pending, s.status, s.requestStart, s.headEnd, s.fed };
    }
    return { s.pending, 0, s.requestStart, -1, s.fed };
}

} // namespace

class TstRequestStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void pipelinedOffsets();
};

void TstRequestStream::verdicts_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("status"); // 0: passed; 101: an upgrade verdict
    QTest::addColumn<qint64>("requestStart");

    QTest::newRow("get") << QByteArray("GET /health HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << qint64(0);
    QTest::newRow("body over the limit")
        << QByteArray("POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 104857600\r\n\r\n")
        << 413 << qint64(0);
    QTest::newRow("chunked")
        << QByteArray("POST /api/visits HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 411 << qint64(0);
    QTest::newRow("two lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx") << 400
        << qint64(0);
    QTest::newRow("signed length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx") << 400 << qint64(0);
    QTest::newRow("folded line") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400
                                 << qint64(0);
    QTest::newRow("head too large")
        << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n") << 431
        << qint64(0);
    QTest::newRow("upgrade")
        << QByteArray("GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\n\r\n")
        << 101 << qint64(0);
    // Behind a first request with a body: judged at its own offset (which begins with the blank
    // line Qt skips), LF-only lines too.
    QTest::newRow("pipelined, LF only")
        << QByteArray("POST /a HTTP/1.1\nContent-Length: 3\n\nabc\r\n"
                      "POST /b HTTP/1.1\nContent-Length: 999999\n\n")
        << 413 << qint64(39);
}

void TstRequestStream::verdicts()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, status);
    QFETCH(qint64, requestStart);
    const Outcome whole = run(stream);
    if (status == 101) {
        QVERIFY(whole.verdict == RequestStream::Verdict::Upgrade);
    } else if (status == 0) {
        QVERIFY(whole.verdict == RequestStream::Verdict::Pass);
        QCOMPARE(whole.fed, qint64(stream.size()));
    } else {
        QVERIFY(whole.verdict == RequestStream::Verdict::Refuse);
        QCOMPARE(whole.status, status);
    }
    QCOMPARE(whole.requestStart, requestStart);
    // Cut at every byte (every few hundredth of a long one): the same verdict at the same place.
    const qsizetype step = std::max<qsizetype>(1, stream.size() / 400);
    for (qsizetype cut = 0; cut <= stream.size(); cut += step) {
        const Outcome split = run(stream, cut);
        QVERIFY2(split.verdict == whole.verdict && split.status == whole.status &&
                     split.requestStart == whole.requestStart && split.headEnd == whole.headEnd,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void TstRequestStream::pipelinedOffsets()
{
    // Blank lines before a request line count towards the stream but not the head.
    const QByteArray stream("\r\n\r\nGET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    RequestStream s;
    QCOMPARE(s.feed(stream, 0, kLimits, 7), stream.size());
    QVERIFY(s.pending == RequestStream::Verdict::Pass);
    QVERIFY(s.phase == RequestStream::Phase::Idle);
    QCOMPARE(s.requestStart, qint64(stream.indexOf("GET /b")));
    QCOMPARE(s.fed, qint64(stream.size()));
    QCOMPARE(s.phaseSince, qint64(7));
}

QTEST_APPLESS_MAIN(TstRequestStream)
#include "tst_requeststream.moc"
