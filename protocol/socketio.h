// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Socket.IO v5 packets (the payload of an Engine.IO v4 MESSAGE), JSON parser only:
//   <type>[<namespace>,][<ack id>][<JSON data>]
// Binary packets (types 5 and 6) are recognised but refused.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace SocketIO {

inline constexpr int protocolVersion = 5;

enum class PacketType {
    Connect = 0,
    Disconnect,
    Event,
    Ack,
    ConnectError,
    BinaryEvent,
    BinaryAck,
};

struct Packet {
    PacketType type = PacketType::Event;
    QString nsp = QStringLiteral("/");
    int id = -1; // ack id; -1 = none
    // Event: the array [name, args...]; Ack: the array of arguments; Connect: the auth object
    // (or absent); ConnectError: {"message": ...}. Absent data decodes as Undefined, and both
    // Undefined and Null are omitted when encoding.
    QJsonValue data = QJsonValue(QJsonValue::Undefined);

    bool hasAck() const { return id >= 0; }
    // The event name, or an empty string when this is not a well-formed event.
    QString eventName() const;
    // The event arguments after the name (empty when not an event).
    QJsonArray eventArgs() const;
    // The arguments of an ACK packet (empty when not an ack).
    QJsonArray ackArgs() const;
};

struct DecodeResult {
    std::optional<Packet> packet;
    QString error; // set exactly when packet is empty

    bool ok() const { return packet.has_value(); }
};

// Decodes what follows the Engine.IO '4'. Never throws; malformed input yields an error.
DecodeResult decode(const QByteArray &payload);

// Encoders return the Socket.IO payload WITHOUT the Engine.IO '4'.
QByteArray encode(const Packet &packet);
QByteArray encodeEvent(const QString &name, const QJsonArray &args = {}, int ackId = -1,
                       const QString &nsp = QStringLiteral("/"));
QByteArray encodeAck(int id, const QJsonArray &args, const QString &nsp = QStringLiteral("/"));
QByteArray encodeConnect(const QJsonObject &data = {}, const QString &nsp = QStringLiteral("/"));
QByteArray encodeConnectError(const QString &message, const QString &nsp = QStringLiteral("/"));
QByteArray encodeDisconnect(const QString &nsp = QStringLiteral("/"));

// Full WebSocket text frames (Engine.IO '4' + Socket.IO payload), so a broadcast can be
// encoded once and the same bytes sent to every socket.
QByteArray frame(const Packet &packet);
QByteArray frameEvent(const QString &name, const QJsonArray &args = {}, int ackId = -1,
                      const QString &nsp = QStringLiteral("/"));
QByteArray frameAck(int id, const QJsonArray &args, const QString &nsp = QStringLiteral("/"));

} // namespace SocketIO
