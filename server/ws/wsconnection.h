// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#include <functional>
#include <memory>

class QSocketNotifier;

// What an upgraded connection is carried on. Plain TCP: the raw descriptor, written straight to
// the kernel (the fast path). TLS: the connection's QSslSocket, which must do the encrypting, so
// frames go through it (Qt buffers them; the queue bound is checked against its buffer).
struct WsTransport {
    int fd = -1; // owned from now on, non-blocking
    QTcpSocket *socket = nullptr; // or this, owned from now on, with no parent
};

// One server-side WebSocket on a raw, non-blocking descriptor after the HTTP upgrade.
//
// Why not QWebSocket: it frames and copies each message per socket and keeps a ~32 KB write
// buffer per socket for its whole life. Here a frame is built once (WsFrames) and the same bytes
// are written to every socket straight to the kernel; a socket keeps queued frames only while the
// kernel cannot take them, and is aborted when that queue passes its bound (a client that stopped
// reading). Reads go through one shared buffer; only a partial frame is kept per socket.
//
// Callbacks never run from inside send(), close() or abort(): a caller iterating over many
// connections may close some of them safely. `closed` runs once, from the event loop.
class WsConnection {
public:
    struct Limits {
        qint64 maxMessageBytes = 64 * 1024; // largest frame or reassembled message accepted
        qint64 maxQueuedBytes = 4 * 1024 * 1024; // unsent bytes tolerated before aborting
    };
    struct Callbacks {
        std::function<void(const QByteArray &message, bool text)> message;
        std::function<void(quint16 code)> closed; // the peer's close code, or 1006 when none came
        std::function<void()> closing; // our close frame went out; the owner sweeps
                                       // closeTimedOut() from here on
    };

    // Takes ownership of the transport. `initial` (start()) is what was read past the upgrade
    // request; `greeting` (the 101 answer and first frames) is written at once.
    WsConnection(WsTransport transport, const Limits &limits, Callbacks callbacks);
    ~WsConnection();
    WsConnection(const WsConnection &) = delete;
    WsConnection &operator=(const WsConnection &) = delete;

    void start(const QByteArray &greeting, const QByteArray &initial);

    // Queues or writes one ready-made frame. False when the connection is no longer open.
    bool send(const QByteArray &frame);
    // Starts the closing handshake; the descriptor closes when the peer answers or after a
    // grace period (closeTimedOut() tells the owner when to abort()).
    void close(quint16 code, const QByteArray &reason);
    // Closes the descriptor now.
    void abort();

    bool isOpen() const { return m_state == State::Open; }
    bool isClosing() const { return m_state == State::Closing; }
    bool closeTimedOut() const { return m_state == State::Closing && m_closeDeadline.hasExpired(); }
    qint64 queuedBytes() const;
    quint16 closeCode() const { return m_peerCloseCode; }

private:
    // How long a closing connection waits for the peer's close frame or EOF.
    static constexpr int kCloseGraceMs = 3000;

    enum class State { Open, Closing, Closed };
    void onReadable();
    void onWritable();
    // `n` new bytes are in the shared read buffer; false once the connection closed.
    bool received(qsizetype n);
    // The transport is a Qt socket (TLS).
    void onSocketReadable();
    bool sendOnSocket(const QByteArray &frame);
    void finishSocket(bool flush);
    // Consumes complete frames from data; returns how many bytes were used.
    qsizetype consume(char *data, qsizetype size);
    bool handleFrame(quint8 opcode, bool fin, QByteArray payload);
    void protocolError(quint16 code, const char *why);
    bool writeNow(const char *data, qsizetype size, qsizetype *written);
    void finish(); // closes the descriptor and schedules `closed`

    int m_fd = -1;
    QPointer<QTcpSocket> m_socket; // set instead of m_fd for TLS
    std::unique_ptr<QObject> m_context; // queued callbacks' context when there is no notifier
    State m_state = State::Open;
    Limits m_limits;
    Callbacks m_callbacks;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier; // made on the first write the kernel refused
    QByteArray m_partial; // an incomplete frame's bytes
    QByteArray m_message; // a fragmented message being reassembled
    quint8 m_messageOpcode = 0; // its first frame's opcode; 0 when none is in progress
    QList<QByteArray> m_queue; // frames the kernel did not take yet
    qsizetype m_queueOffset = 0; // bytes of m_queue.first() already written
    qint64 m_queuedBytes = 0;
    bool m_closeWhenFlushed = false;
    bool m_failed = false; // a protocol error: nothing more from the peer is read as frames
    QDeadlineTimer m_closeDeadline;
    quint16 m_peerCloseCode = 1006;
};
