// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kioskoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(QCoreApplication &app, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(app.applicationName()), qPrintable(message));
    std::exit(2);
}

std::optional<int> number(const QCommandLineParser &p, QCoreApplication &app, const QString &option,
                          int low, int high)
{
    if (!p.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int v = p.value(option).toInt(&ok);
    if (!ok || v < low || v > high)
        fail(app,
             QStringLiteral("--%1 must be a whole number from %2 to %3")
                 .arg(option)
                 .arg(low)
                 .arg(high));
    return v;
}
} // namespace

void KioskOptions::addTo(QCommandLineParser &p)
{
    p.addOption({ QStringLiteral("mute"), QStringLiteral("Show calls without chime or speech.") });
    p.addOption({ QStringLiteral("volume"), QStringLiteral("Chime and speech volume, 0-100 (80)."),
                  QStringLiteral("percent") });
    p.addOption({ QStringLiteral("announce-languages"),
                  QStringLiteral("Languages a call is spoken in, in order, e.g. th,en (default: "
                                 "the screen's language, then the venue's second announcement "
                                 "language). Wins over the venue's setting."),
                  QStringLiteral("codes") });
    p.addOption({ QStringLiteral("quiet-hours"),
                  QStringLiteral("No sound in this local time range, e.g. 21:00-09:00."),
                  QStringLiteral("HH:MM-HH:MM") });
    p.addOption({ QStringLiteral("voice-pack"),
                  QStringLiteral("Folder of recorded clips spoken instead of synthesis "
                                 "(docs/kiosk-voice.md)."),
                  QStringLiteral("dir") });
    p.addOption({ QStringLiteral("speech-engine"),
                  QStringLiteral("Qt TextToSpeech engine (default speechd, then any)."),
                  QStringLiteral("name") });
    p.addOption({ QStringLiteral("announce-seconds"),
                  QStringLiteral("How long each call or payment shows, at least, 2-120 "
                                 "(default: the venue's announce_seconds, 8). Wins over the "
                                 "venue's setting."),
                  QStringLiteral("seconds") });
    p.addOption({ QStringLiteral("replay-max-age"),
                  QStringLiteral("A notice missed while offline is announced only if it is at most "
                                 "this old, 0-86400 (default: the venue's "
                                 "announce_replay_max_age_seconds, 120). Wins over the venue's "
                                 "setting."),
                  QStringLiteral("seconds") });
    p.addOption({ QStringLiteral("arriving-soon"),
                  QStringLiteral("List bookings starting within this many minutes, first name and "
                                 "initial only; 0: none (30)."),
                  QStringLiteral("minutes") });
}

KioskOptions KioskOptions::read(const QCommandLineParser &p, QCoreApplication &app,
                                const QString &screenLanguage)
{
    KioskOptions o;
    o.voice.mute = p.isSet(QStringLiteral("mute"));
    o.voice.volume = number(p, app, QStringLiteral("volume"), 0, 100).value_or(80) / 100.0;
    if (const auto s = number(p, app, QStringLiteral("announce-seconds"), 2, 120))
        o.announceMs = *s * 1000;
    o.replayMaxAgeS = number(p, app, QStringLiteral("replay-max-age"), 0, 86400);
    o.arrivingSoonMinutes = number(p, app, QStringLiteral("arriving-soon"), 0, 240).value_or(30);
    const QString languages = p.value(QStringLiteral("announce-languages"));
    o.voice.languages = languages.isEmpty() ? QStringList { screenLanguage }
                                            : languages.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &code : o.voice.languages) {
        code = code.trimmed();
        if (code != QLatin1String("en") && code != QLatin1String("th") &&
            code != QLatin1String("id"))
            fail(app, QStringLiteral("--announce-languages: '%1' is not en, th or id").arg(code));
    }
    if (!languages.isEmpty())
        o.announceLanguages = o.voice.languages;
    if (p.isSet(QStringLiteral("quiet-hours")) &&
        !CallVoice::parseQuietHours(p.value(QStringLiteral("quiet-hours")), &o.voice.quietFrom,
                                    &o.voice.quietTo))
        fail(app, QStringLiteral("--quiet-hours must look like 21:00-09:00"));
    o.voice.voicePack = p.value(QStringLiteral("voice-pack"));
    if (!o.voice.voicePack.isEmpty() && !QDir(o.voice.voicePack).exists())
        fail(app, QStringLiteral("--voice-pack: no folder '%1'").arg(o.voice.voicePack));
    o.voice.engine = p.value(QStringLiteral("speech-engine"));
    return o;
}
