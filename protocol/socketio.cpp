// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "socketio.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace SocketIO {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Namespaces are restricted to printable ASCII without JSON punctuation: a missing ',' then
// shows up as an error instead of silently swallowing the JSON data into the namespace.
bool isValidNamespace(const QByteArray &nsp)
{
    if (nsp.isEmpty() || nsp.at(0) != '/')
        return false;
    for (const char c : nsp) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
        if (c == '"' || c == '[' || c == ']' || c == '{' || c == '}')
            return false;
    }
    return true;
}

// Scalars (only a CONNECT_ERROR string in practice) need a wrapping array: QJsonDocument only
// parses objects and arrays at the top level.
QByteArray serializeValue(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// Parses the data part; returns false with an error message on failure.
bool parseData(const QByteArray &text, QJsonValue *out, QString *error)
{
    qsizetype first = 0;
    while (first < text.size() && QChar::isSpace(uchar(text.at(first))))
        ++first;

    QJsonParseError parseError;
    if (first < text.size() && (text.at(first) == '{' || text.at(first) == '[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::GarbageAtEnd) {
            *error = QStringLiteral("trailing garbage after JSON data");
            return false;
        }
        if (parseError.error != QJsonParseError::NoError) {
            *error = QStringLiteral("invalid JSON: %1").arg(parseError.errorString());
            return false;
        }
        *out = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return true;
    }

    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        *error = QStringLiteral("invalid JSON data");
        return false;
    }
    *out = doc.array().at(0);
    return true;
}

QString validate(const Packet &p)
{
    switch (p.type) {
    case PacketType::Connect:
        if (!p.data.isUndefined() && !p.data.isObject())
            return QStringLiteral("CONNECT data must be an object");
        break;
    case PacketType::Disconnect:
        if (!p.data.isUndefined())
            return QStringLiteral("DISCONNECT must not carry data");
        break;
    case PacketType::Event: {
        const QJsonArray array = p.data.toArray();
        if (!p.data.isArray() || array.isEmpty() || !array.at(0).isString())
            return QStringLiteral("EVENT data must be a non-empty array starting with a string");
        break;
    }
    case PacketType::Ack:
        if (!p.data.isArray())
            return QStringLiteral("ACK data must be an array");
        if (p.id < 0)
            return QStringLiteral("ACK without an ack id");
        break;
    case PacketType::ConnectError:
        // v5 sends {"message": ...}; a bare string is what older servers sent.
        if (!p.data.isObject() && !p.data.isString())
            return QStringLiteral("CONNECT_ERROR data must be an object");
        break;
    case PacketType::BinaryEvent:
    case PacketType::BinaryAck:
        return QStringLiteral("binary packets are not supported");
    }
    return {};
}

DecodeResult failure(const QString &error)
{
    return DecodeResult { std::nullopt, error };
}

} // namespace

QString Packet::eventName() const
{
    if (type != PacketType::Event && type != PacketType::BinaryEvent)
        return {};
    const QJsonArray array = data.toArray();
    return array.isEmpty() ? QString() : array.at(0).toString();
}

QJsonArray Packet::eventArgs() const
{
    if (type != PacketType::Event && type != PacketType::BinaryEvent)
        return {};
    QJsonArray array = data.toArray();
    if (!array.isEmpty())
        array.removeFirst();
    return array;
}

QJsonArray Packet::ackArgs() const
{
    if (type != PacketType::Ack && type != PacketType::BinaryAck)
        return {};
    return data.toArray();
}

DecodeResult decode(const QByteArray &payload)
{
    if (payload.isEmpty())
        return failure(QStringLiteral("empty packet"));

    const char typeChar = payload.at(0);
    if (typeChar < '0' || typeChar > '6')
        return failure(QStringLiteral("unknown packet type"));
    Packet packet;
    packet.type = static_cast<PacketType>(typeChar - '0');
    // Refused before parsing further: attachments would arrive as separate binary frames.
    if (packet.type == PacketType::BinaryEvent || packet.type == PacketType::BinaryAck)
        return failure(QStringLiteral("binary packets are not supported"));

    qsizetype pos = 1;
    const qsizetype size = payload.size();

    // Namespace: "/name," (the official parser also accepts "/name" running to the end).
    if (pos < size && payload.at(pos) == '/') {
        const qsizetype comma = payload.indexOf(',', pos);
        const qsizetype end = comma < 0 ? size : comma;
        const QByteArray nsp = payload.mid(pos, end - pos);
        if (!isValidNamespace(nsp))
            return failure(QStringLiteral("malformed namespace"));
        packet.nsp = QString::fromLatin1(nsp);
        pos = comma < 0 ? size : comma + 1;
    }

    // Ack id: a run of digits. A sign, a fraction or letters glued to it are refused rather than
    // left for the JSON parser, so the error says what is wrong.
    if (pos < size && payload.at(pos) == '-')
        return failure(QStringLiteral("invalid ack id"));
    if (pos < size && isDigit(payload.at(pos))) {
        qint64 id = 0;
        while (pos < size && isDigit(payload.at(pos))) {
            id = id * 10 + (payload.at(pos) - '0');
            if (id > std::numeric_limits<int>::max())
                return failure(QStringLiteral("ack id out of range"));
            ++pos;
        }
        if (pos < size &&
            (isAsciiLetter(payload.at(pos)) || payload.at(pos) == '.' || payload.at(pos) == '-' ||
             payload.at(pos) == '+')) {
            return failure(QStringLiteral("invalid ack id"));
        }
        packet.id = static_cast<int>(id);
    }

    if (pos < size) {
        QString error;
        if (!parseData(payload.mid(pos), &packet.data, &error))
            return failure(error);
    }

    const QString error = validate(packet);
    if (!error.isEmpty())
        return failure(error);
    return DecodeResult { std::move(packet), QString() };
}

QByteArray encode(const Packet &packet)
{
    QByteArray out;
    out.append(char('0' + static_cast<int>(packet.type)));
    if (!packet.nsp.isEmpty() && packet.nsp != QLatin1String("/")) {
        if (!packet.nsp.startsWith(QLatin1Char('/')))
            out.append('/');
        out.append(packet.nsp.toUtf8());
        out.append(',');
    }
    if (packet.id >= 0)
        out.append(QByteArray::number(packet.id));
    out.append(serializeValue(packet.data));
    return out;
}

QByteArray encodeEvent(const QString &name, const QJsonArray &args, int ackId, const QString &nsp)
{
    QJsonArray data = args;
    data.prepend(name);
    return encode(Packet { PacketType::Event, nsp, ackId, data });
}

QByteArray encodeAck(int id, const QJsonArray &args, const QString &nsp)
{
    return encode(Packet { PacketType::Ack, nsp, id, args });
}

QByteArray encodeConnect(const QJsonObject &data, const QString &nsp)
{
    // An empty object is sent as a bare CONNECT, like the official client without auth.
    const QJsonValue value = data.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(data);
    return encode(Packet { PacketType::Connect, nsp, -1, value });
}

QByteArray encodeConnectError(const QString &message, const QString &nsp)
{
    return encode(Packet { PacketType::ConnectError, nsp, -1,
                           QJsonObject { { QStringLiteral("message"), message } } });
}

QByteArray encodeDisconnect(const QString &nsp)
{
    return encode(Packet { PacketType::Disconnect, nsp, -1, QJsonValue(QJsonValue::Undefined) });
}

QByteArray frame(const Packet &packet)
{
    return '4' + encode(packet);
}

QByteArray frameEvent(const QString &name, const QJsonArray &args, int ackId, const QString &nsp)
{
    return '4' + encodeEvent(name, args, ackId, nsp);
}

QByteArray frameAck(int id, const QJsonArray &args, const QString &nsp)
{
    return '4' + encodeAck(id, args, nsp);
}

} // namespace SocketIO
