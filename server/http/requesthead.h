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

    // The first field of that (lower-case) name, or empty.
    QByteArray value(const QByteArray &lowerName) const
    {
        for (const auto &f : fields)
            if (f.first == lowerName)
                return f.second;
        return QByteArray();
    }

    // `head` is everything before the blank line that ends it.
    static std::optional<RequestHead> parse(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        if (lines.isEmpty())
            return std::nullopt;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3)
            return std::nullopt;
        RequestHead r;
        r.method = requestLine.at(0);
        r.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            r.fields.append(
                { line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
        }
        return r;
    }
};
