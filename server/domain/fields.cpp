// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fields.h"

#include <algorithm>
#include <cmath>

namespace {
// JSON numbers are doubles; an id or an amount must be a whole number that a double holds exactly.
bool asWhole(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return false;
    *out = qint64(d);
    return true;
}
// What is left to see once spaces and invisible format characters (zero-width space and joiner,
// byte-order mark...) are left out: a name of only those is an empty name.
qsizetype visibleLength(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        if (!c.isSpace() && c.category() != QChar::Other_Format && !c.isLowSurrogate())
            ++n;
    return n;
}
} // namespace

QString Fields::string(const char *key, bool required, int maxLength, int minLength)
{
    const QString name = QLatin1String(key);
    const QJsonValue v = m_o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("'%1' is required").arg(name));
        return QString();
    }
    if (!v.isString()) {
        fail(QStringLiteral("'%1' must be a string").arg(name));
        return QString();
    }
    const QString s = v.toString().trimmed();
    // Control characters (NUL, escape sequences) have no place in a name or a note and break
    // receipts, CSV files and terminals; tabs and line breaks are kept for notes.
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f)) {
            fail(QStringLiteral("'%1' must not contain control characters").arg(name));
            return QString();
        }
    }
    // Characters as a person counts them: an emoji is one, not two UTF-16 units.
    const qsizetype length =
        std::count_if(s.cbegin(), s.cend(), [](QChar c) { return !c.isLowSurrogate(); });
    if (length > maxLength) {
        fail(QStringLiteral("'%1' is longer than %2 characters").arg(name).arg(maxLength));
        return QString();
    }
    if (required && visibleLength(s) < std::max<qsizetype>(1, minLength)) {
        fail(minLength > 1
                 ? QStringLiteral("'%1' needs at least %2 characters").arg(name).arg(minLength)
                 : QStringLiteral("'%1' must not be empty").arg(name));
        return QString();
    }
    return visibleLength(s) == 0 ? QString() : s;
}

std::optional<qint64> Fields::integer(const char *key, bool required, qint64 min, qint64 max)
{
    const QString name = QLatin1String(key);
    const QJsonValue v = m_o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("'%1' is required").arg(name));
        return std::nullopt;
    }
    qint64 n = 0;
    if (!asWhole(v, &n)) {
        fail(QStringLiteral("'%1' must be a whole number").arg(name));
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(QStringLiteral("'%1' must be between %2 and %3").arg(name).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

QVector<qint64> Fields::idList(const char *key, bool required)
{
    const QString name = QLatin1String(key);
    const QJsonValue v = m_o.value(name);
    QVector<qint64> ids;
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(QStringLiteral("'%1' is required").arg(name));
        return ids;
    }
    if (!v.isArray()) {
        fail(QStringLiteral("'%1' must be an array of ids").arg(name));
        return ids;
    }
    const QJsonArray a = v.toArray();
    if (required && a.isEmpty())
        fail(QStringLiteral("'%1' must not be empty").arg(name));
    if (a.size() > 50)
        fail(QStringLiteral("'%1' has more than 50 entries").arg(name));
    for (const QJsonValue &e : a) {
        qint64 id = 0;
        if (!asWhole(e, &id) || id <= 0) {
            fail(QStringLiteral("'%1' must hold positive whole numbers").arg(name));
            return {};
        }
        ids.append(id);
    }
    return ids;
}

QString Fields::choice(const char *key, bool required, const QStringList &allowed)
{
    const QString s = string(key, required, 64);
    if (!ok() || s.isEmpty())
        return QString();
    if (!allowed.contains(s)) {
        fail(QStringLiteral("'%1' must be one of: %2")
                 .arg(QLatin1String(key), allowed.join(QStringLiteral(", "))));
        return QString();
    }
    return s;
}
