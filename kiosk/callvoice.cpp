// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "callvoice.h"

#include "announcementqueue.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

Q_LOGGING_CATEGORY(lcVoice, "spa.kiosk.voice")

namespace {
constexpr int kClipLimitMs = 10000;
constexpr int kSentenceLimitMs = 20000;
} // namespace

CallVoice::CallVoice(AnnouncementQueue &queue, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(settings)
    , m_pack(settings.voicePack)
{
    m_stepLimit.setSingleShot(true);
    connect(&m_stepLimit, &QTimer::timeout, this, [this] {
        qCWarning(lcVoice) << "an announcement step took too long; skipped";
        if (m_effect)
            m_effect->stop();
        if (m_tts)
            m_tts->stop();
        nextStep();
    });
    connect(&m_queue, &AnnouncementQueue::started, this, &CallVoice::announce);
}

CallVoice::~CallVoice() = default;

bool CallVoice::parseQuietHours(const QString &text, QTime *from, QTime *to)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return false;
    const QTime f = QTime::fromString(parts[0].trimmed(), QStringLiteral("HH:mm"));
    const QTime t = QTime::fromString(parts[1].trimmed(), QStringLiteral("HH:mm"));
    if (!f.isValid() || !t.isValid() || f == t)
        return false;
    *from = f;
    *to = t;
    return true;
}

bool CallVoice::isQuietAt(const QTime &t) const
{
    const QTime &f = m_settings.quietFrom;
    const QTime &u = m_settings.quietTo;
    if (!f.isValid() || !u.isValid())
        return false;
    return f < u ? (t >= f && t < u) : (t >= f || t < u); // 22:00-07:00 wraps midnight
}

void CallVoice::announce(const QString &kind, const QJsonObject &notice)
{
    if (m_settings.mute || m_settings.languages.isEmpty() || isQuietAt(QTime::currentTime()))
        return; // shown, not heard
    m_steps.clear();
    // No sound device (a wall without speakers, a test machine): the clips are skipped at once
    // rather than each waiting out its time limit; speech keeps its own output.
    const bool speaker = !QMediaDevices::audioOutputs().isEmpty();
    if (!speaker && !m_warnedNoSpeaker) {
        m_warnedNoSpeaker = true;
        qCWarning(lcVoice) << "no audio output: calls are shown without chime or clips";
    }
    const QString first = m_settings.languages.first();
    const QString ownChime = m_pack.chime(first);
    if (speaker)
        m_steps.append({ ownChime.isEmpty() ? chimeUrl() : QUrl::fromLocalFile(ownChime).toString(),
                         {},
                         first });
    for (const QString &language : std::as_const(m_settings.languages)) {
        const QStringList clips = m_pack.clips(kind, notice, language);
        const QString sentence = m_phrases.text(kind, notice, language);
        Q_EMIT saying(language, sentence, clips);
        if (clips.isEmpty()) {
            m_steps.append({ {}, sentence, language });
            continue;
        }
        for (const QString &clip : clips)
            if (speaker)
                m_steps.append({ QUrl::fromLocalFile(clip).toString(), {}, language });
    }
    if (!m_busy) {
        m_busy = true;
        m_queue.hold();
    }
    nextStep();
}

void CallVoice::nextStep()
{
    m_stepLimit.stop();
    if (m_steps.isEmpty()) {
        if (m_busy) {
            m_busy = false;
            m_queue.release();
        }
        return;
    }
    const Step step = m_steps.takeFirst();
    if (!step.sound.isEmpty())
        play(step.sound);
    else
        speak(step.text, step.language);
}

void CallVoice::play(const QString &url)
{
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        connect(m_effect, &QSoundEffect::playingChanged, this, [this] {
            if (!m_effect->isPlaying() && m_stepLimit.isActive())
                QTimer::singleShot(0, this, &CallVoice::nextStep); // not inside its own signal
        });
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_effect->status() == QSoundEffect::Error && m_stepLimit.isActive()) {
                qCWarning(lcVoice) << "cannot play" << m_effect->source();
                QTimer::singleShot(0, this, &CallVoice::nextStep);
            }
        });
    }
    m_effect->setVolume(float(m_settings.volume));
    m_effect->setSource(QUrl(url));
    m_stepLimit.start(kClipLimitMs);
    m_effect->play(); // plays once loaded
}

QTextToSpeech *CallVoice::tts()
{
    if (m_tts || m_ttsFailed)
        return m_tts;
    const QStringList engines = QTextToSpeech::availableEngines();
    QString engine = m_settings.engine;
    if (engine.isEmpty() && engines.contains(QLatin1String("speechd")))
        engine = QStringLiteral("speechd");
    if (!engine.isEmpty() && !engines.contains(engine)) {
        qCWarning(lcVoice) << "no text-to-speech engine" << engine << "- have" << engines;
        m_ttsFailed = true;
        return nullptr;
    }
    m_tts = engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if ((state == QTextToSpeech::Ready || state == QTextToSpeech::Error) &&
            m_stepLimit.isActive())
            QTimer::singleShot(0, this, &CallVoice::nextStep);
    });
    return m_tts;
}

void CallVoice::speak(const QString &text, const QString &language)
{
    QTextToSpeech *engine = tts();
    if (!engine || engine->state() == QTextToSpeech::Error) {
        nextStep();
        return;
    }
    engine->setLocale(QLocale(language));
    engine->setVolume(m_settings.volume);
    m_stepLimit.start(kSentenceLimitMs);
    engine->say(text);
}
