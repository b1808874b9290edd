// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

struct HubConfig {
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    int connectTimeoutMs = 10000; // time allowed between the upgrade and Socket.IO CONNECT
    int maxPayloadBytes = 64 * 1024; // largest frame or message a client may send
    qint64 maxSendBufferBytes = 4 * 1024 * 1024; // a client this far behind is dropped
    int commandsPerSecond = 20; // sustained command rate per connection
    int commandBurst = 40;
    int retentionHours = 48; // how far back a reconnecting client's offset is honoured
    int maxConnectionsPerAddress = 256; // HTTP and WebSocket each; 0: no limit (behind a reverse
                                        // proxy everyone is one address)
    int flushGapMs = 100; // under a stream of commits, a room is sent to at most this often
    // ... unless the event loop has nothing else to do: then as soon as this long after the last
    // flush. A busy server coalesces (the fan-out does not take the commands' time), an idle one
    // does not make a notice wait. flushGapMs or more: always the full gap.
    int idleFlushGapMs = 15;
};
