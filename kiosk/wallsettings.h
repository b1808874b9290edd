// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class CallVoice;
class MonitorState;

// How this wall announces, as the venue set it (PUT /api/settings, sent in `monitor_updated`
// under `settings`): how long each notice shows, how old a replayed notice may be and still be
// announced, and a second language each call is repeated in. A value given on the wall's command
// line is pinned and wins; the venue's applies to the next notice the moment it arrives.
class WallSettings : public QObject {
    Q_OBJECT
public:
    struct Pinned {
        std::optional<int> displayMs;
        std::optional<int> replayMaxAgeS;
        std::optional<QStringList> languages;
    };

    // `screenLanguage` is what the wall shows: the first language a call is spoken in.
    WallSettings(MonitorState &state, const Pinned &pinned, const QString &screenLanguage,
                 QObject *parent = nullptr);

    // The voice whose languages follow the venue's second language (none: nothing is spoken).
    void setVoice(CallVoice *voice);
    QStringList languages() const { return m_languages; }
    // What the venue last sent (empty before the first monitor_updated).
    QJsonObject venue() const { return m_venue; }

Q_SIGNALS:
    void applied();

private:
    void apply(const QJsonObject &settings);

    MonitorState &m_state;
    Pinned m_pinned;
    QString m_screenLanguage;
    QStringList m_languages;
    QJsonObject m_venue;
    QPointer<CallVoice> m_voice;
};
