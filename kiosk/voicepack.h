// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A venue's own recorded voice (docs/kiosk-voice.md): a folder with one folder per language and
// short WAV clips in it — ticket.wav, 0.wav … 9.wav, go-to.wav, come-to-desk.wav, thank-you.wav,
// and rooms/<room name>.wav. A call is said by playing the clips one after another.
class VoicePack {
public:
    explicit VoicePack(const QString &folder = QString())
        : m_folder(folder)
    {
    }
    bool isSet() const { return !m_folder.isEmpty(); }

    // The clips that say this notice in `language`, in order; empty when the pack lacks any of
    // them (the wall then synthesizes the whole sentence rather than mix voices).
    QStringList clips(const QString &kind, const QJsonObject &notice,
                      const QString &language) const;
    // The pack's own chime for `language`, if it has one.
    QString chime(const QString &language) const;

private:
    QString m_folder;
};
