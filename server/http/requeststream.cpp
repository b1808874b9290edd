// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requeststream.h"

#include <algorithm>

namespace {
// What Qt HttpServer skips before a request line.
bool isBlank(char ch)
{
    return ch == '\v' || ch == '\n' || ch == '\r' || ch == ' ' || ch == '\t';
}

// RFC 9110 8.6: digits and nothing else (Qt would read "+5" or " 5" as 5).
std::optional<qint64> parseLength(const QByteArray &v)
{
    if (v.isEmpty() || v.size() > 18)
        return std::nullopt;
    for (const char ch : v)
        if (ch < '0' || ch > '9')
            return std::nullopt;
    return v.toLongLong();
}
} // namespace

qsizetype RequestStream::feed(const QByteArray &data, qsizetype from, const Limits &limits,
                              qint64 now)
{
    qsizetype i = from;
    const qsizetype n = data.size();
    while (i < n && pending == Verdict::Pass && phase != Phase::Done) {
        if (phase == Phase::Idle) {
            phase = Phase::Head;
            phaseSince = now;
            requestStart = fed;
            headBytes = 0;
            head.clear();
            lineEnd = -1;
        }
        if (phase == Phase::Body) {
            const qint64 take = std::min<qint64>(bodyLeft, n - i);
            i += take;
            fed += take;
            bodyLeft -= take;
            if (bodyLeft == 0) {
                phase = Phase::Idle;
                phaseSince = now;
            }
            continue;
        }
        // The head, cut where Qt HttpServer cuts it: blank lines skipped, the request line up
        // to LF, the fields up to an empty line (CRLF or LF).
        const char ch = data.at(i);
        ++i;
        ++fed;
        ++headBytes;
        bool complete = false;
        if (!head.isEmpty() || !isBlank(ch)) {
            head.append(ch);
            if (ch == '\n') {
                if (lineEnd < 0) {
                    lineEnd = head.size();
                } else {
                    const qsizetype fields = head.size() - lineEnd;
                    const char *end = head.constData() + head.size();
                    complete = fields == 1 || (fields == 2 && end[-2] == '\r') ||
                        (fields >= 2 && end[-2] == '\n') ||
                        (fields >= 3 && end[-2] == '\r' && end[-3] == '\n');
                }
            }
        }
        if (complete)
            headComplete(limits, now);
        else if (headBytes > limits.maxHeadBytes)
            refuse(431, "Request Header Fields Too Large", "head_too_large",
                   "the request head is too large");
    }
    return i;
}

void RequestStream::headComplete(const Limits &limits, qint64 now)
{
    headEnd = fed;
    const std::optional<RequestHead> request = RequestHead::parse(head);
    head.clear();
    if (!request || request->malformed)
        return refuse(400, "Bad Request", "bad_request", "malformed request head");
    int lengths = 0;
    std::optional<qint64> length = 0;
    bool upgrade = false;
    for (const auto &[name, value] : request->fields) {
        if (name == "content-length") {
            ++lengths;
            length = parseLength(value);
        } else if (name == "transfer-encoding") {
            return refuse(411, "Length Required", "chunked",
                          "send a Content-Length, not a chunked body");
        } else if (name == "upgrade" && value.toLower() == "websocket") {
            upgrade = true;
        }
    }
    // Two lengths could be read two ways (request smuggling): RFC 9112 6.3 says refuse.
    if (lengths > 1)
        return refuse(400, "Bad Request", "bad_request", "more than one Content-Length");
    if (!length)
        return refuse(400, "Bad Request", "bad_request", "invalid Content-Length");
    if (*length > limits.maxBodyBytes)
        return refuse(413, "Payload Too Large", "body_too_large",
                      "request body is over " + QByteArray::number(limits.maxBodyBytes) + " bytes",
                      *length);
    bodyLeft = *length;
    phase = *length > 0 ? Phase::Body : Phase::Idle;
    phaseSince = now;
    if (upgrade && limits.takeUpgrades) {
        upgradeHead = request;
        pending = Verdict::Upgrade;
    }
}

void RequestStream::refuse(int status_, const char *reason, const QByteArray &counter_,
                           const QByteArray &message_, qint64 drain_)
{
    pending = Verdict::Refuse;
    status = status_;
    statusText = reason;
    counter = counter_;
    code = status_ == 431 ? "headers_too_large"
        : status_ == 413  ? "body_too_large"
        : status_ == 411  ? "length_required"
        : status_ == 408  ? "request_timeout"
                          : "bad_request";
    message = message_;
    drain = drain_;
}
