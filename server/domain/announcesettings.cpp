// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "announcesettings.h"

#include "domain/fields.h"

namespace {
const QString kSeconds = QStringLiteral("announce_seconds");
const QString kReplayAge = QStringLiteral("announce_replay_max_age_seconds");
const QString kSecondLanguage = QStringLiteral("announce_second_language");

// The wall's own defaults (kiosk/kioskoptions.cpp), so a venue that never set them sees no change.
constexpr int kDefaultSeconds = 8;
constexpr int kDefaultReplayAge = 120;
// Under 2 s nobody reads a ticket number across a room; over 2 minutes a burst of calls queues
// for longer than a customer waits.
constexpr int kMinSeconds = 2;
constexpr int kMaxSeconds = 120;
constexpr int kMaxReplayAge = 86400;

const QStringList &languages()
{
    static const QStringList l { QStringLiteral("en"), QStringLiteral("th"), QStringLiteral("id") };
    return l;
}

int storedNumber(const QString &text, int fallback)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : fallback;
}
} // namespace

const QStringList &AnnounceSettings::keys()
{
    static const QStringList k { kSeconds, kReplayAge, kSecondLanguage };
    return k;
}

std::optional<Reply> AnnounceSettings::check(const QJsonObject &body,
                                             QHash<QString, QString> *values)
{
    Fields f(body);
    if (body.contains(kSeconds)) {
        const auto s = f.integer("announce_seconds", true, kMinSeconds, kMaxSeconds);
        if (!f.ok())
            return f.error();
        values->insert(kSeconds, QString::number(*s));
    }
    if (body.contains(kReplayAge)) {
        const auto s = f.integer("announce_replay_max_age_seconds", true, 0, kMaxReplayAge);
        if (!f.ok())
            return f.error();
        values->insert(kReplayAge, QString::number(*s));
    }
    if (body.contains(kSecondLanguage)) {
        const QJsonValue v = body.value(kSecondLanguage);
        const QString l = v.toString();
        if (!v.isString() || (!l.isEmpty() && !languages().contains(l)))
            return Errors::invalid(
                QStringLiteral("'%1' must be one of %2, or \"\" for none")
                    .arg(kSecondLanguage, languages().join(QStringLiteral(", "))));
        values->insert(kSecondLanguage, l);
    }
    return std::nullopt;
}

QJsonObject AnnounceSettings::json(const std::function<QString(const QString &)> &stored)
{
    return { { kSeconds, storedNumber(stored(kSeconds), kDefaultSeconds) },
             { kReplayAge, storedNumber(stored(kReplayAge), kDefaultReplayAge) },
             { kSecondLanguage, stored(kSecondLanguage) } };
}
