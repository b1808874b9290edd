// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The HTTP request-head parser: RequestHead::parse on the raw input, and RequestStream (what
// GuardedTcpServer runs on every connection) over the input as a stream of pipelined requests.
// The stream is fed once whole and once in pieces (the first byte picks their size, so heads
// split across TCP segments at every place): both must reach the same verdicts at the same
// stream offsets, which is what keeps a split head from slipping past the limits.
#include "http/requesthead.h"
#include "http/requeststream.h"

#include <cstdio>
#include <cstdlib>

static void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

namespace {
struct Event {
    RequestStream::Verdict verdict;
    int status;
    qint64 requestStart, headEnd;
    bool operator==(const Event &o) const
    {
        return verdict == o.verdict && status == o.status && requestStart == o.requestStart &&
            headEnd == o.headEnd;
    }
};

// Feeds `stream` in pieces of `piece` bytes, as the guard sees a socket's unread bytes grow;
// a refusal ends the connection, an upgrade is declined (the stream goes on, as when the hub
// does not take it).
QList<Event> run(const QByteArray &stream, qsizetype piece, const RequestStream::Limits &limits)
{
    RequestStream s;
    QList<Event> events;
    QByteArray received;
    qsizetype seen = 0;
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype n = std::min(piece, stream.size() - at);
        received.append(stream.constData() + at, n);
        at += n;
        while (seen < received.size()) {
            const qint64 before = s.fed;
            const qsizetype stop = s.feed(received, seen, limits, at);
            check(stop >= seen && stop <= received.size(), "feed stops inside what it was given");
            check(s.fed - before == stop - seen, "every byte inspected is counted once");
            seen = stop;
            check(s.requestStart <= s.fed && s.headBytes <= limits.maxHeadBytes + 1 &&
                      s.bodyLeft >= 0,
                  "stream offsets stay consistent");
            if (s.pending == RequestStream::Verdict::Pass)
                break;
            events.append({ s.pending, s.status, s.requestStart, s.headEnd });
            check(s.headEnd <= s.fed, "a verdict is about bytes already seen");
            if (s.pending == RequestStream::Verdict::Refuse) {
                check(s.status >= 400 && s.status < 500 && !s.code.isEmpty(), "a refusal is a 4xx");
                if (s.status == 413)
                    check(s.drain > limits.maxBodyBytes, "413 only over the body limit");
                return events;
            }
            check(s.upgradeHead.has_value(), "an upgrade verdict carries its head");
            s.pending = RequestStream::Verdict::Pass;
            s.upgradeHead.reset();
        }
    }
    return events;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const std::optional<RequestHead> h = RequestHead::parse(bytes)) {
        check(!h->method.isEmpty() && !h->target.isEmpty(),
              "a request line has a method and target");
        for (const auto &[name, value] : h->fields) {
            check(!name.isEmpty() && name == name.toLower(), "field names are lower case");
            check(value == value.trimmed(), "values are trimmed");
            (void)h->value(name);
        }
    }

    if (size < 1)
        return 0;
    const qsizetype piece = qsizetype(data[0] % 64) + 1;
    const QByteArray stream = bytes.mid(1);
    // Small limits, so the fuzzer reaches 431 and 413 with short inputs.
    const RequestStream::Limits limits { 64, 256, true };
    const QList<Event> whole = run(stream, stream.size() + 1, limits);
    const QList<Event> pieces = run(stream, piece, limits);
    check(whole == pieces, "a stream in pieces is judged as when it comes whole");
    return 0;
}
