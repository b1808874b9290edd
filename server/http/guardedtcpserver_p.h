// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// GuardedTcpServer's insides, shared by its three files: guardedtcpserver.cpp (the limits on
// each request), guardedtcpserver_tls.cpp (the first-byte peek and the handshake) and
// guardedtcpserver_accept.cpp (the accept loop). Not part of its interface.

#include "guardedtcpserver.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// The stream state (RequestStream) plus what ties it to a socket and to Qt's reading.
struct GuardedTcpServer::Conn : RequestStream {
    QTcpSocket *socket = nullptr;
    QString address; // empty once the connection no longer counts against it
    bool streaming = false;
    bool gone = false; // disconnected
    bool handshaking = false; // TLS: not encrypted yet, so not Qt HttpServer's yet
    bool plainOnTls = false; // plain HTTP on the TLS port: answered by answerPlainOnTls()

    // Of the bytes Qt HttpServer has not read yet, how many at the front were inspected (`seen`),
    // and the unread bytes when Qt's turn began (`availBefore`).
    qint64 seen = 0;
    qint64 availBefore = 0;
};

struct GuardedTcpServer::Sniff {
    QString address;
    qint64 since = 0;
    QSocketNotifier *notifier = nullptr;
};

namespace guarded {
// Answers and closes. The client may still be sending the refused body: closing with unread
// data would reset the connection before it reads the answer, so up to `drain` bytes are read
// and dropped first (bounded in bytes and time). Nothing else reads the socket afterwards.
void answerAndClose(QTcpSocket *socket, int status, const char *reason, const QByteArray &code,
                    const QByteArray &message, qint64 drain, const QByteArray &extraHeaders = {});
} // namespace guarded
