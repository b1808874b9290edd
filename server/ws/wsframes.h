// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QtGlobal>

// RFC 6455 framing for the server side: frames the server sends are unmasked and built once,
// so one broadcast is one QByteArray shared by every socket that gets it.
namespace WsFrames {

enum Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

enum CloseCode : quint16 {
    Normal = 1000,
    GoingAway = 1001,
    ProtocolError = 1002,
    InvalidPayload = 1007, // a text message that is not UTF-8
    PolicyViolated = 1008,
    TooBig = 1009,
};

// One final frame carrying `payload`.
QByteArray frame(Opcode opcode, const QByteArray &payload);
inline QByteArray text(const QByteArray &utf8)
{
    return frame(Text, utf8);
}
// A close frame; the reason is cut to fit a control frame's 125 bytes.
QByteArray close(quint16 code, const QByteArray &reason);

// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key, and the whole 101 answer with it.
QByteArray acceptKey(const QByteArray &key);
QByteArray upgradeResponse(const QByteArray &key);

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), as RFC 6455 requires.
bool isValidUtf8(const char *data, qsizetype size);

// What the parser found at the front of a buffer of client bytes.
struct Parsed {
    enum Status { NeedMore, Frame, Error } status = NeedMore;
    bool fin = false;
    quint8 opcode = 0;
    qsizetype headerSize = 0;
    qint64 payloadSize = 0;
    quint8 mask[4] = {};
    quint16 errorCode = 0; // for Error: the close code to answer with
    const char *error = nullptr;
};

// Reads one frame header from `data` (a client frame: masked, no extensions). `maxPayload`
// bounds the payload a frame may announce.
Parsed parseHeader(const char *data, qsizetype size, qint64 maxPayload);

// Unmasks `size` bytes in place; `offset` is where they start within the frame's payload.
void unmask(char *data, qsizetype size, const quint8 mask[4], qint64 offset = 0);

} // namespace WsFrames
