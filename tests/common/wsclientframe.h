// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A WebSocket frame as a client sends it (RFC 6455 5.2), written by hand so tests can also
// send what a real client never would: unmasked frames, reserved bits, odd lengths.

#include <QByteArray>

// `first` is the FIN/RSV/opcode byte; the length takes the shortest form.
inline QByteArray clientFrame(quint8 first, const QByteArray &payload, bool masked = true,
                              const QByteArray &mask = QByteArray::fromHex("37fa213d"))
{
    QByteArray f;
    f.append(char(first));
    const quint8 maskBit = masked ? 0x80 : 0;
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(maskBit | n));
    } else if (n <= 0xFFFF) {
        f.append(char(maskBit | 126));
        f.append(char(n >> 8)).append(char(n & 0xFF));
    } else {
        f.append(char(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            f.append(char(quint64(n) >> (8 * i)));
    }
    if (!masked)
        return f + payload;
    f.append(mask);
    for (qsizetype i = 0; i < n; ++i)
        f.append(char(payload[i] ^ mask[i % 4]));
    return f;
}
