// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The WebSocket frame parser (server/ws/wsframes.*) driven the way WsConnection::consume drives
// it: client bytes arrive in pieces (the first input byte picks the piece size), frame headers
// are parsed, payloads unmasked, fragments joined, text checked as UTF-8. Plus: the strict UTF-8
// check against a plain reference decoder, and close()/frame() against parseHeader.
#include "wsframes.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

static void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// RFC 3629 decoding, one code point at a time: the reference for isValidUtf8.
static bool referenceUtf8(const uchar *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const uchar c = s[i];
        int len;
        quint32 cp, min;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else
            return false;
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

namespace {
// WsConnection's receiving half without the descriptor.
struct Receiver {
    qint64 maxMessage = 1 << 16;
    bool failed = false;
    quint8 messageOpcode = 0;
    QByteArray message;
    QByteArray partial;

    void protocolError()
    {
        failed = true;
        message.clear();
        partial.clear();
    }

    bool handleFrame(quint8 opcode, bool fin, QByteArray payload)
    {
        switch (opcode) {
        case WsFrames::Ping:
            check(payload.size() <= 125, "a ping payload fits a control frame");
            (void)WsFrames::frame(WsFrames::Pong, payload);
            return true;
        case WsFrames::Pong:
            return true;
        case WsFrames::Close: {
            if (payload.size() == 1 ||
                (payload.size() > 2 &&
                 !WsFrames::isValidUtf8(payload.constData() + 2, payload.size() - 2))) {
                protocolError();
                return false;
            }
            quint16 code = 1005;
            if (payload.size() >= 2)
                code = quint16((uchar(payload[0]) << 8) | uchar(payload[1]));
            const QByteArray answer = WsFrames::close(code, payload.mid(2));
            check(answer.size() <= 2 + 125, "a close frame fits a control frame");
            return false;
        }
        case WsFrames::Text:
        case WsFrames::Binary:
            if (messageOpcode) {
                protocolError();
                return false;
            }
            if (!fin) {
                messageOpcode = opcode;
                message = std::move(payload);
                return true;
            }
            break;
        case WsFrames::Continuation:
            if (!messageOpcode) {
                protocolError();
                return false;
            }
            if (message.size() + payload.size() > maxMessage) {
                protocolError();
                return false;
            }
            message.append(payload);
            if (!fin)
                return true;
            opcode = std::exchange(messageOpcode, 0);
            payload = std::exchange(message, QByteArray());
            break;
        default:
            check(false, "parseHeader let an unknown opcode through");
        }
        check(payload.size() <= maxMessage, "a message is within the limit");
        if (opcode == WsFrames::Text &&
            !WsFrames::isValidUtf8(payload.constData(), payload.size())) {
            protocolError();
            return false;
        }
        return true;
    }

    qsizetype consume(char *data, qsizetype size)
    {
        if (failed)
            return size;
        qsizetype used = 0;
        while (!failed) {
            const WsFrames::Parsed f = WsFrames::parseHeader(data + used, size - used, maxMessage);
            if (f.status == WsFrames::Parsed::NeedMore)
                break;
            if (f.status == WsFrames::Parsed::Error) {
                check(f.errorCode == WsFrames::ProtocolError || f.errorCode == WsFrames::TooBig,
                      "an error carries a close code");
                check(f.error != nullptr, "an error says why");
                protocolError();
                return size;
            }
            check(f.headerSize >= 6 && f.headerSize <= 14, "a client header is 6 to 14 bytes");
            check(f.payloadSize >= 0 && f.payloadSize <= maxMessage, "payload within the limit");
            check(used + f.headerSize <= size, "the header is inside the buffer");
            if (size - used < f.headerSize + f.payloadSize)
                break;
            char *payload = data + used + f.headerSize;
            WsFrames::unmask(payload, qsizetype(f.payloadSize), f.mask);
            used += f.headerSize + qsizetype(f.payloadSize);
            if (!handleFrame(f.opcode, f.fin, QByteArray(payload, qsizetype(f.payloadSize))))
                break;
        }
        return used;
    }

    void receive(const char *bytes, qsizetype n)
    {
        if (partial.isEmpty()) {
            QByteArray copy(bytes, n); // the shared read buffer, writable
            const qsizetype used = consume(copy.data(), n);
            if (used < n && !failed)
                partial = copy.mid(used);
        } else {
            partial.append(bytes, n);
            const qsizetype used = consume(partial.data(), partial.size());
            partial.remove(0, std::min(used, partial.size()));
        }
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);

    check(WsFrames::isValidUtf8(bytes, qsizetype(size)) == referenceUtf8(data, size),
          "isValidUtf8 agrees with the reference decoder");

    if (size < 1)
        return 0;
    // Piece size 1..256 from the first byte: frames split across reads at every place.
    const qsizetype piece = qsizetype(data[0]) + 1;
    Receiver r;
    for (size_t at = 1; at < size && !r.failed;) {
        const qsizetype n = std::min<qsizetype>(piece, qsizetype(size - at));
        r.receive(bytes + at, n);
        at += size_t(n);
    }

    // What the server builds from client bytes: a close frame with any reason, any frame.
    const QByteArray body(bytes, qsizetype(size));
    const QByteArray closeFrame = WsFrames::close(quint16(size), body);
    check(WsFrames::isValidUtf8(closeFrame.constData() + 4, closeFrame.size() - 4),
          "close() sends a valid UTF-8 reason");
    check(closeFrame.size() <= 2 + 125, "close() fits a control frame");
    // A server frame, masked as a client would send it, parses back to its payload.
    QByteArray masked = WsFrames::frame(WsFrames::Binary, body);
    masked[1] = char(uchar(masked[1]) | 0x80);
    masked.insert(masked[1] == char(0xFE) ? 4 : uchar(masked[1]) == 0xFF ? 10 : 2, "\0\0\0\0", 4);
    const WsFrames::Parsed p = WsFrames::parseHeader(masked.constData(), masked.size(), 1 << 30);
    check(p.status == WsFrames::Parsed::Frame && p.fin && p.opcode == WsFrames::Binary &&
              p.payloadSize == qint64(size) && p.headerSize + p.payloadSize == masked.size(),
          "frame() parses back");
    (void)WsFrames::acceptKey(body);
    return 0;
}
