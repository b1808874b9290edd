// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A connection's incoming side: bytes read are cut into frames (RFC 6455 5.2), control frames
// answered, fragments joined into messages, protocol errors failed with their close code. The
// socket side (reads, writes, back-pressure, closing) is wsconnection.cpp.

#include "wsconnection.h"

#include "wsframes.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWs)

qsizetype WsConnection::consume(char *data, qsizetype size)
{
    if (m_failed)
        return size; // RFC 6455 7.1.7: after failing, the rest is not processed
    qsizetype used = 0;
    while (m_state != State::Closed && !m_failed) {
        const WsFrames::Parsed f =
            WsFrames::parseHeader(data + used, size - used, m_limits.maxMessageBytes);
        if (f.status == WsFrames::Parsed::NeedMore)
            break;
        if (f.status == WsFrames::Parsed::Error) {
            protocolError(f.errorCode, f.error);
            return size;
        }
        if (size - used < f.headerSize + f.payloadSize)
            break;
        char *payload = data + used + f.headerSize;
        WsFrames::unmask(payload, qsizetype(f.payloadSize), f.mask);
        used += f.headerSize + qsizetype(f.payloadSize);
        if (m_state == State::Closing && f.opcode != WsFrames::Close)
            continue; // after our close frame only the peer's close matters
        if (!handleFrame(f.opcode, f.fin, QByteArray(payload, qsizetype(f.payloadSize))))
            break;
    }
    return used;
}

bool WsConnection::handleFrame(quint8 opcode, bool fin, QByteArray payload)
{
    switch (opcode) {
    case WsFrames::Ping:
        send(WsFrames::frame(WsFrames::Pong, payload));
        return true;
    case WsFrames::Pong:
        return true;
    case WsFrames::Close: {
        quint16 code = 1005; // none given
        if (payload.size() == 1 ||
            (payload.size() > 2 &&
             !WsFrames::isValidUtf8(payload.constData() + 2, payload.size() - 2))) {
            protocolError(WsFrames::ProtocolError, "malformed close frame");
            return false;
        }
        if (payload.size() >= 2)
            code = quint16((uchar(payload[0]) << 8) | uchar(payload[1]));
        m_peerCloseCode = code;
        if (m_state == State::Closing) {
            finish(); // our close was answered
            return false;
        }
        // Answer the close and let the peer see it before the descriptor goes.
        send(WsFrames::close(code == 1005 ? quint16(WsFrames::Normal) : code, QByteArray()));
        m_state = State::Closing;
        m_closeDeadline.setRemainingTime(kCloseGraceMs);
        if (m_queue.isEmpty())
            finish();
        else
            m_closeWhenFlushed = true;
        return false;
    }
    case WsFrames::Text:
    case WsFrames::Binary:
        if (m_messageOpcode) {
            protocolError(WsFrames::ProtocolError, "a new message began inside a fragmented one");
            return false;
        }
        if (!fin) {
            m_messageOpcode = opcode;
            m_message = std::move(payload);
            return true;
        }
        break;
    case WsFrames::Continuation:
        if (!m_messageOpcode) {
            protocolError(WsFrames::ProtocolError, "a continuation frame without a message");
            return false;
        }
        if (m_message.size() + payload.size() > m_limits.maxMessageBytes) {
            protocolError(WsFrames::TooBig, "message larger than the server accepts");
            return false;
        }
        m_message.append(payload);
        if (!fin)
            return true;
        opcode = std::exchange(m_messageOpcode, 0);
        payload = std::exchange(m_message, QByteArray());
        break;
    default:
        protocolError(WsFrames::ProtocolError, "unknown opcode");
        return false;
    }
    const bool text = opcode == WsFrames::Text;
    if (text && !WsFrames::isValidUtf8(payload.constData(), payload.size())) {
        protocolError(WsFrames::InvalidPayload, "text message is not UTF-8");
        return false;
    }
    if (m_callbacks.message)
        m_callbacks.message(payload, text);
    return m_state == State::Open;
}

void WsConnection::protocolError(quint16 code, const char *why)
{
    qCInfo(lcWs) << "failing a connection:" << why;
    close(code, QByteArray(why));
    // Frame boundaries can no longer be trusted: the close ends on the peer's EOF or the grace.
    m_failed = true;
    m_partial = QByteArray();
    m_message = QByteArray();
}
