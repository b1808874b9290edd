// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/requesthead.h"

#include <QByteArray>

#include <optional>

// An HTTP/1.1 connection's byte stream cut into requests the way Qt HttpServer 6.4 will cut it
// (blank lines skipped, the request line to LF, fields to an empty line with CRLF or LF endings,
// then a Content-Length body), and each head judged as it completes: 431 over the head limit,
// 413 over the body limit (before the body is read), 411 for any Transfer-Encoding, 400 for two or
// odd Content-Lengths or a malformed head. No sockets and no clock of its own (the caller says
// what time it is), so GuardedTcpServer runs it per connection and the fuzzer runs it alone.
class RequestStream {
public:
    struct Limits {
        qint64 maxBodyBytes = 64 * 1024;
        qint64 maxHeadBytes = 16 * 1024;
        bool takeUpgrades = false; // a WebSocket upgrade head becomes an Upgrade verdict
    };
    enum class Phase {
        Head, // reading a request head (a new connection starts here)
        Body, // reading a Content-Length body
        Idle, // between requests
        Done, // refused or upgraded: nothing more to say
    };
    enum class Verdict { Pass, Refuse, Upgrade };

    Phase phase = Phase::Head;
    qint64 phaseSince = 0; // when the phase began, on the caller's clock

    // The request being read: where it began in the stream and its head so far.
    qint64 requestStart = 0;
    qint64 headBytes = 0; // counting the blank lines Qt skips before a request line
    QByteArray head; // from the request line on
    qsizetype lineEnd = -1; // where the request line ends in `head`
    qint64 bodyLeft = 0;
    qint64 fed = 0; // bytes of the stream inspected

    // A verdict on the request at requestStart, for the caller to carry out once the requests
    // before it have been answered; feeding stops while one is pending.
    Verdict pending = Verdict::Pass;
    qint64 headEnd = 0; // stream offset just past the judged head
    std::optional<RequestHead> upgradeHead;
    int status = 0;
    const char *statusText = "";
    QByteArray code, counter, message;
    qint64 drain = 0; // body bytes to read and drop before closing, for a refusal

    // Inspects data[from..]; returns the index where it stopped: the end, or just past the head
    // that earned a verdict.
    qsizetype feed(const QByteArray &data, qsizetype from, const Limits &limits, qint64 now);
    // Counts body bytes the caller skipped without handing them over (only within bodyLeft).
    void skipBody(qint64 n)
    {
        bodyLeft -= n;
        fed += n;
    }
    void refuse(int status, const char *reason, const QByteArray &counter,
                const QByteArray &message, qint64 drain = 0);

private:
    void headComplete(const Limits &limits, qint64 now);
};
