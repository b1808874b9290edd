// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "engineio.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace EngineIO {

namespace {

// JSON-escapes a string by letting QJsonDocument serialize a one-element array and stripping
// the brackets, so sid values can never break the hand-ordered open packet.
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

std::optional<Packet> decode(const QByteArray &frame)
{
    if (frame.isEmpty())
        return std::nullopt;
    const char c = frame.at(0);
    if (c < '0' || c > '6')
        return std::nullopt;
    return Packet { static_cast<PacketType>(c - '0'), frame.mid(1) };
}

QByteArray encode(PacketType type, const QByteArray &data)
{
    QByteArray out;
    out.reserve(1 + data.size());
    out.append(char('0' + static_cast<int>(type)));
    out.append(data);
    return out;
}

QByteArray openPacket(const QString &sid, int pingIntervalMs, int pingTimeoutMs, int maxPayload)
{
    // Built by hand: QJsonObject sorts keys, and clients are happier with the canonical order.
    QByteArray out("0{\"sid\":");
    out += jsonString(sid);
    out += ",\"upgrades\":[],\"pingInterval\":";
    out += QByteArray::number(pingIntervalMs);
    out += ",\"pingTimeout\":";
    out += QByteArray::number(pingTimeoutMs);
    out += ",\"maxPayload\":";
    out += QByteArray::number(maxPayload);
    out += '}';
    return out;
}

} // namespace EngineIO
