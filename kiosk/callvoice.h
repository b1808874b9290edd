// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "callphrases.h"
#include "voicepack.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTime>
#include <QTimer>

class AnnouncementQueue;
class QSoundEffect;
class QTextToSpeech;

// Says each announcement the queue starts: a chime, then the sentence in each announcement
// language in turn — from the venue's voice pack when it has every clip, else synthesized
// offline (Qt TextToSpeech; speech-dispatcher with espeak-ng on Debian, which has Thai and
// Indonesian voices). The queue keeps the banner up until the words are out. Nothing here may
// stall the wall: a missing sound device or a failing engine skips that step, and every step has
// a time limit.
class CallVoice : public QObject {
    Q_OBJECT
public:
    struct Settings {
        bool mute = false;
        double volume = 0.8; // 0..1
        QStringList languages; // in the order spoken; empty: nothing is spoken
        QTime quietFrom; // no sound from quietFrom to quietTo (may wrap midnight); null: none
        QTime quietTo;
        QString voicePack; // folder; empty: synthesis only
        QString engine; // a Qt TextToSpeech engine; empty: speechd when present
    };

    CallVoice(AnnouncementQueue &queue, const Settings &settings, QObject *parent = nullptr);
    ~CallVoice() override;

    // The languages the next announcement is spoken in (one already under way finishes as it
    // began).
    void setLanguages(const QStringList &languages) { m_settings.languages = languages; }
    QStringList languages() const { return m_settings.languages; }
    bool isQuietAt(const QTime &t) const;
    // "22:00-07:30" → from, to; false when it does not read so.
    static bool parseQuietHours(const QString &text, QTime *from, QTime *to);
    static QString chimeUrl() { return QStringLiteral("qrc:/SpaKiosk/sounds/chime.wav"); }

Q_SIGNALS:
    // What is about to be said: a clip sequence or a sentence (for the log and for tests).
    void saying(const QString &language, const QString &text, const QStringList &clips);

private:
    struct Step {
        QString sound; // a URL to play, or
        QString text; // a sentence to synthesize
        QString language;
    };
    void announce(const QString &kind, const QJsonObject &notice);
    void nextStep();
    void play(const QString &url);
    void speak(const QString &text, const QString &language);
    QTextToSpeech *tts();

    AnnouncementQueue &m_queue;
    Settings m_settings;
    CallPhrases m_phrases;
    VoicePack m_pack;
    QList<Step> m_steps;
    bool m_busy = false;
    QSoundEffect *m_effect = nullptr;
    QTextToSpeech *m_tts = nullptr;
    bool m_ttsFailed = false;
    bool m_warnedNoSpeaker = false;
    QTimer m_stepLimit;
};
