// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

// An HTTP/1.1 request head (request line and header fields) as it arrived, before Qt HttpServer
// reads it: what the server needs to refuse a request early or to take a WebSocket upgrade.
struct RequestHead {
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> fields; // names in lower case, values trimmed
    // A field line without a name and a colon, a name with white space, or a folded line
    // (RFC 9112 5.1 and 5.2: a server answers these with 400).
    bool malformed = false;

    // The first field of that (lower-case) name, or empty.
    QByteArray value(const QByteArray &lowerName) const
    {
        for (const auto &f : fields)
            if (f.first == lowerName)
                return f.second;
        return QByteArray();
    }

    // `head` is the request line and the field lines (CRLF or LF endings, as Qt HttpServer
    // accepts both); blank lines at its end are ignored. Nothing when the request line is not
    // `METHOD target HTTP/x.y`.
    static std::optional<RequestHead> parse(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        if (lines.isEmpty())
            return std::nullopt;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty() ||
            !requestLine.at(2).startsWith("HTTP/"))
            return std::nullopt;
        RequestHead r;
        r.method = requestLine.at(0);
        r.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
            if (name.isEmpty() || name.contains(' ') || name.contains('\t')) {
                r.malformed = true;
                continue;
            }
            r.fields.append({ name.toLower(), line.mid(colon + 1).trimmed() });
        }
        return r;
    }
};
