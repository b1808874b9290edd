// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small Socket.IO client for the server's tests: a QWebSocket plus the project's codec.

#include "engineio.h"
#include "socketio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QtTest>

namespace {

const QString kSocketPath = QStringLiteral("/socket.io/?EIO=4&transport=websocket");

qint64 seqOf(const QJsonObject &o)
{
    return qint64(o.value(QLatin1String("seq")).toDouble(-1));
}

qint64 idOf(const QJsonObject &o, const char *key = "id")
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

struct SioEvent {
    QString name;
    QJsonArray args;
    QJsonObject obj() const { return args.isEmpty() ? QJsonObject() : args.first().toObject(); }
};

// A small Socket.IO client for tests: a QWebSocket plus the project's codec. Records every frame,
// every event (in order), every ack by id, and how the socket was closed.
class SioClient : public QObject {
public:
    explicit SioClient(QObject *parent = nullptr)
        : QObject(parent)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, this,
                         [this](const QString &t) { onText(t); });
        QObject::connect(&ws, &QWebSocket::binaryMessageReceived, this,
                         [this](const QByteArray &b) { binaryFrames.append(b); });
        QObject::connect(&ws, &QWebSocket::disconnected, this, [this] { closed = true; });
        QObject::connect(&ws, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
                         [this](QAbstractSocket::SocketError) { ++socketErrors; });
    }
    ~SioClient() override { ws.abort(); }

    // Opens the WebSocket and waits for the Engine.IO open packet.
    bool open(quint16 port, const QString &pathAndQuery = kSocketPath, int ms = 5000)
    {
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(pathAndQuery)));
        return QTest::qWaitFor([this] { return !openPacket.isEmpty() || closed; }, ms) &&
            !openPacket.isEmpty();
    }
    // Sends CONNECT with the auth object and waits for CONNECT or CONNECT_ERROR.
    bool connectSio(const QJsonObject &auth, int ms = 5000)
    {
        gotConnectError = false;
        connectError = {};
        sendText(QStringLiteral("40") +
                 QString::fromUtf8(QJsonDocument(auth).toJson(QJsonDocument::Compact)));
        return waitConnectReply(ms) && connected;
    }
    bool waitConnectReply(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return connected || gotConnectError || closed; }, ms);
    }
    // Open + CONNECT in one go.
    bool start(quint16 port, const QJsonObject &auth) { return open(port) && connectSio(auth); }

    void sendText(const QString &t) { ws.sendTextMessage(t); }

    // Sends an EVENT with a fresh ack id; returns the id.
    int emitWithAck(const QString &name, const QJsonValue &payload)
    {
        const int id = nextAck++;
        sendText(QLatin1Char('4') +
                 QString::fromUtf8(SocketIO::encodeEvent(name, QJsonArray { payload }, id)));
        return id;
    }
    // Waits for the ACK with that id; returns its first argument (empty on timeout).
    QJsonObject waitAck(int id, int ms = 5000)
    {
        if (!QTest::qWaitFor([this, id] { return acks.contains(id) || closed; }, ms))
            return {};
        return acks.value(id).first().toObject();
    }
    QJsonObject call(const QString &name, const QJsonObject &payload, int ms = 5000)
    {
        return waitAck(emitWithAck(name, payload), ms);
    }

    QList<SioEvent> named(const QString &name) const
    {
        QList<SioEvent> out;
        for (const SioEvent &e : events)
            if (e.name == name)
                out.append(e);
        return out;
    }
    int count(const QString &name) const { return named(name).size(); }
    QJsonObject last(const QString &name) const
    {
        const auto list = named(name);
        return list.isEmpty() ? QJsonObject() : list.last().obj();
    }
    bool waitCount(const QString &name, int n, int ms = 5000)
    {
        return QTest::qWaitFor([&] { return count(name) >= n; }, ms);
    }
    // The newest seq this client has seen in any event: what it would send as `offset`.
    qint64 maxSeq() const
    {
        qint64 s = -1;
        for (const SioEvent &e : events)
            s = std::max(s, seqOf(e.obj()));
        return s;
    }
    bool waitClosed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, ms);
    }

    QWebSocket ws;
    QStringList frames;
    QList<QByteArray> binaryFrames;
    QList<SioEvent> events;
    QHash<int, QJsonArray> acks;
    QJsonObject openPacket;
    QString sid;
    QJsonObject connectError;
    bool connected = false;
    bool gotConnectError = false;
    bool closed = false;
    bool answerPings = true;
    int pings = 0;
    int nextAck = 1;
    QStringList undecodable;
    QStringList otherNamespace; // packets for namespaces other than "/"
    int socketErrors = 0;

private:
    void onText(const QString &t)
    {
        frames.append(t);
        const auto eio = EngineIO::decode(t.toUtf8());
        if (!eio) {
            undecodable.append(t);
            return;
        }
        switch (eio->type) {
        case EngineIO::PacketType::Open:
            openPacket = QJsonDocument::fromJson(eio->data).object();
            break;
        case EngineIO::PacketType::Ping:
            ++pings;
            if (answerPings)
                ws.sendTextMessage(QStringLiteral("3"));
            break;
        case EngineIO::PacketType::Message: {
            const SocketIO::DecodeResult r = SocketIO::decode(eio->data);
            if (!r.ok()) {
                undecodable.append(t);
                return;
            }
            const SocketIO::Packet &p = *r.packet;
            if (p.nsp != QLatin1String("/")) {
                otherNamespace.append(t);
                return;
            }
            switch (p.type) {
            case SocketIO::PacketType::Connect:
                connected = true;
                sid = p.data.toObject().value(QLatin1String("sid")).toString();
                break;
            case SocketIO::PacketType::ConnectError:
                gotConnectError = true;
                connectError = p.data.toObject();
                break;
            case SocketIO::PacketType::Event:
                events.append({ p.eventName(), p.eventArgs() });
                break;
            case SocketIO::PacketType::Ack:
                acks.insert(p.id, p.ackArgs());
                break;
            default:
                undecodable.append(t);
                break;
            }
            break;
        }
        default:
            break;
        }
    }
};

} // namespace
