// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wallsettings.h"

#include "callvoice.h"
#include "events.h"
#include "monitorstate.h"

namespace {
// The ranges the server accepts (server/domain/announcesettings.cpp); anything else from an
// older or newer server is ignored rather than trusted.
constexpr int kMinSeconds = 2;
constexpr int kMaxSeconds = 120;
constexpr int kMaxReplayAge = 86400;

std::optional<int> whole(const QJsonObject &o, const char *key, int low, int high)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high)
        return std::nullopt;
    return v.toInt();
}
} // namespace

WallSettings::WallSettings(MonitorState &state, const Pinned &pinned, const QString &screenLanguage,
                           QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_pinned(pinned)
    , m_screenLanguage(screenLanguage)
    , m_languages(pinned.languages.value_or(QStringList { screenLanguage }))
{
    if (m_pinned.displayMs)
        m_state.setNoticeDurationMs(*m_pinned.displayMs);
    if (m_pinned.replayMaxAgeS)
        m_state.announcements()->setMaxReplayAgeS(*m_pinned.replayMaxAgeS);
    // Its own connection to the wall's socket, so the monitor's state needs no part in it.
    connect(m_state.client(), &SocketClient::eventReceived, this,
            [this](const QString &name, const QJsonObject &payload) {
                if (name == QLatin1String(Events::MonitorUpdated) &&
                    payload.value(QLatin1String("settings")).isObject())
                    apply(payload.value(QLatin1String("settings")).toObject());
            });
}

void WallSettings::setVoice(CallVoice *voice)
{
    m_voice = voice;
    if (m_voice)
        m_voice->setLanguages(m_languages);
}

void WallSettings::apply(const QJsonObject &settings)
{
    if (settings == m_venue)
        return; // the same settings with every state change: nothing to do
    m_venue = settings;
    if (!m_pinned.displayMs)
        if (const auto s = whole(settings, "announce_seconds", kMinSeconds, kMaxSeconds))
            m_state.setNoticeDurationMs(*s * 1000);
    if (!m_pinned.replayMaxAgeS)
        if (const auto s = whole(settings, "announce_replay_max_age_seconds", 0, kMaxReplayAge))
            m_state.announcements()->setMaxReplayAgeS(*s);
    if (!m_pinned.languages) {
        QStringList languages { m_screenLanguage };
        const QString second = settings.value(QLatin1String("announce_second_language")).toString();
        if (!second.isEmpty() && second != m_screenLanguage &&
            (second == QLatin1String("en") || second == QLatin1String("th") ||
             second == QLatin1String("id")))
            languages.append(second);
        m_languages = languages;
        if (m_voice)
            m_voice->setLanguages(m_languages);
    }
    Q_EMIT applied();
}
