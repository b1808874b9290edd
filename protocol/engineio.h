// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Engine.IO v4 packets as carried by the WebSocket transport: one text frame is one packet and
// its first character is the packet type. Long-polling payload framing is not supported.

#include <QByteArray>
#include <QString>

#include <optional>

namespace EngineIO {

inline constexpr int protocolVersion = 4;

enum class PacketType {
    Open = 0,
    Close,
    Ping,
    Pong,
    Message,
    Upgrade,
    Noop,
};

struct Packet {
    PacketType type = PacketType::Noop;
    QByteArray data; // everything after the type character
};

// Returns nullopt for an empty frame or an unknown type character.
std::optional<Packet> decode(const QByteArray &frame);

QByteArray encode(PacketType type, const QByteArray &data = {});

// The handshake frame, keys in the order the official server sends them:
// 0{"sid":"...","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}
QByteArray openPacket(const QString &sid, int pingIntervalMs, int pingTimeoutMs, int maxPayload);

} // namespace EngineIO
