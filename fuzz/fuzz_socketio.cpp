// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Engine.IO / Socket.IO decoder as the hub runs it on each WebSocket text frame: an
// Engine.IO packet, and for a MESSAGE its Socket.IO payload. A packet that decodes must encode
// and decode again to the same packet.
#include "engineio.h"
#include "socketio.h"

#include <cstdio>
#include <cstdlib>

static void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));

    const std::optional<EngineIO::Packet> eio = EngineIO::decode(frame);
    check(eio.has_value() == (!frame.isEmpty() && frame.at(0) >= '0' && frame.at(0) <= '6'),
          "EngineIO::decode accepts exactly the types 0-6");
    if (eio)
        check(EngineIO::encode(eio->type, eio->data) == frame, "EngineIO round trip");

    // The Socket.IO payload: what follows an Engine.IO '4', or the whole input (more coverage).
    const QByteArray payload =
        eio && eio->type == EngineIO::PacketType::Message ? eio->data : frame;
    const SocketIO::DecodeResult r = SocketIO::decode(payload);
    check(r.ok() == r.error.isEmpty(), "an error exactly when there is no packet");
    if (!r.ok())
        return 0;
    const SocketIO::Packet &p = *r.packet;
    // What the hub reads from a packet.
    (void)p.eventName();
    (void)p.eventArgs();
    (void)p.ackArgs();
    (void)p.hasAck();

    const QByteArray again = SocketIO::encode(p);
    const SocketIO::DecodeResult r2 = SocketIO::decode(again);
    if (!r2.ok())
        std::fprintf(stderr, "re-encoded as %s: %s\n", again.constData(), qPrintable(r2.error));
    check(r2.ok(), "a decoded packet re-encodes to something that decodes");
    const SocketIO::Packet &q = *r2.packet;
    check(q.type == p.type && q.nsp == p.nsp && q.id == p.id, "round trip keeps type, nsp, id");
    check(q.data == p.data, "round trip keeps the data");
    check(SocketIO::frame(p) == '4' + again, "frame() is '4' + encode()");
    return 0;
}
