// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wsframes.h"

#include <QCryptographicHash>

#include <cstring>

namespace WsFrames {

QByteArray frame(Opcode opcode, const QByteArray &payload)
{
    const qsizetype n = payload.size();
    const int header = n < 126 ? 2 : n <= 0xFFFF ? 4 : 10;
    QByteArray out(header + n, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(out.data());
    p[0] = 0x80 | opcode;
    if (n < 126) {
        p[1] = uchar(n);
    } else if (n <= 0xFFFF) {
        p[1] = 126;
        p[2] = uchar(n >> 8);
        p[3] = uchar(n);
    } else {
        p[1] = 127;
        for (int i = 0; i < 8; ++i)
            p[2 + i] = uchar(quint64(n) >> (56 - 8 * i));
    }
    if (n)
        std::memcpy(p + header, payload.constData(), size_t(n));
    return out;
}

QByteArray close(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    payload.reserve(2 + 123);
    payload.append(char(code >> 8)).append(char(code & 0xFF));
    QByteArray r = reason.left(123);
    // Cutting may split a UTF-8 sequence; drop the broken tail rather than send invalid text.
    while (!r.isEmpty() && !isValidUtf8(r.constData(), r.size()))
        r.chop(1);
    payload.append(r);
    return frame(Close, payload);
}

QByteArray acceptKey(const QByteArray &key)
{
    QByteArray material = key;
    material.append("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"); // RFC 6455's fixed GUID
    return QCryptographicHash::hash(material, QCryptographicHash::Sha1).toBase64();
}

QByteArray upgradeResponse(const QByteArray &key)
{
    QByteArray r("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Accept: ");
    r.append(acceptKey(key)).append("\r\n\r\n");
    return r;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs are the common case: skip eight at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        quint32 cp;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false; // the sequence is cut off
        for (int k = 1; k <= extra; ++k) {
            const uchar cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

Parsed parseHeader(const char *data, qsizetype size, qint64 maxPayload)
{
    Parsed r;
    if (size < 2)
        return r;
    const auto *p = reinterpret_cast<const uchar *>(data);
    auto fail = [&r](quint16 code, const char *why) {
        r.status = Parsed::Error;
        r.errorCode = code;
        r.error = why;
        return r;
    };
    r.fin = p[0] & 0x80;
    r.opcode = p[0] & 0x0F;
    if (p[0] & 0x70)
        return fail(ProtocolError, "reserved bits set (no extension was negotiated)");
    const bool control = r.opcode & 0x8;
    if (r.opcode != Continuation && r.opcode != Text && r.opcode != Binary && r.opcode != Close &&
        r.opcode != Ping && r.opcode != Pong)
        return fail(ProtocolError, "unknown opcode");
    if (!(p[1] & 0x80))
        return fail(ProtocolError, "client frames must be masked");
    quint64 len = p[1] & 0x7F;
    qsizetype header = 2;
    if (len == 126) {
        header = 4;
        if (size < header)
            return r;
        len = (quint64(p[2]) << 8) | p[3];
    } else if (len == 127) {
        header = 10;
        if (size < header)
            return r;
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | p[2 + i];
        if (len >> 63)
            return fail(ProtocolError, "frame length out of range");
    }
    if (control && (!r.fin || len > 125))
        return fail(ProtocolError, "control frames must be final and at most 125 bytes");
    if (qint64(len) > maxPayload)
        return fail(TooBig, "frame larger than the server accepts");
    if (size < header + 4)
        return r;
    std::memcpy(r.mask, p + header, 4);
    r.headerSize = header + 4;
    r.payloadSize = qint64(len);
    r.status = Parsed::Frame;
    return r;
}

void unmask(char *data, qsizetype size, const quint8 mask[4], qint64 offset)
{
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(data[i] ^ mask[(offset + i) & 3]);
}

} // namespace WsFrames
