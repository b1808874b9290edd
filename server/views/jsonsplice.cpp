// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jsonsplice.h"

namespace {
// The index just past the JSON string starting at `i` (a '"'), or -1 if it does not end.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s.at(i) == '\\')
            ++i;
        else if (s.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// The index of the ',' or '}' that ends the member value starting at `i`, or -1.
qsizetype skipValue(const QByteArray &s, qsizetype i)
{
    int depth = 0;
    while (i < s.size()) {
        const char c = s.at(i);
        if (c == '"') {
            i = skipString(s, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            --depth;
        } else if (c == ',' && depth == 0) {
            return i;
        }
        ++i;
    }
    return -1;
}
} // namespace

QByteArray JsonSplice::withMember(const QByteArray &object, QLatin1String key,
                                  const QByteArray &value)
{
    if (object.size() < 2 || object.front() != '{' || object.back() != '}')
        return {};
    QByteArray member;
    member.reserve(key.size() + value.size() + 4);
    member += '"';
    member += QByteArray(key.data(), key.size());
    member += "\":";
    member += value;
    if (object.size() == 2)
        return '{' + member + '}';
    qsizetype i = 1;
    while (i < object.size() && object.at(i) == '"') {
        const qsizetype keyEnd = skipString(object, i);
        if (keyEnd < 0 || keyEnd >= object.size() || object.at(keyEnd) != ':')
            return {};
        const QByteArray existing = object.mid(i + 1, keyEnd - i - 2);
        if (existing.contains('\\'))
            return {};
        // Plain ASCII keys: byte order is QJsonObject's (UTF-16) order.
        const int order = QLatin1String(existing.constData(), existing.size()).compare(key);
        if (order == 0)
            return {};
        if (order > 0) {
            QByteArray out = object;
            out.insert(i, member + ',');
            return out;
        }
        const qsizetype end = skipValue(object, keyEnd + 1);
        if (end < 0)
            return {};
        if (object.at(end) == '}') {
            if (end != object.size() - 1)
                return {};
            QByteArray out = object;
            out.insert(end, ',' + member);
            return out;
        }
        i = end + 1;
    }
    return {};
}
