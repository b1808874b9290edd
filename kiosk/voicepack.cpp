// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "voicepack.h"

#include <QDir>
#include <QFileInfo>

QStringList VoicePack::clips(const QString &kind, const QJsonObject &notice,
                             const QString &language) const
{
    if (!isSet())
        return {};
    const QDir dir(QDir(m_folder).filePath(language));
    QStringList names { QStringLiteral("ticket.wav") };
    for (const QChar ch : notice.value(QLatin1String("ticket")).toString()) {
        if (!ch.isDigit())
            return {};
        names << QString(ch) + QStringLiteral(".wav");
    }
    if (kind == QLatin1String("called")) {
        const QString room = notice.value(QLatin1String("room")).toString();
        if (room.isEmpty()) {
            names << QStringLiteral("come-to-desk.wav");
        } else {
            if (room.contains(QLatin1Char('/')) || room.startsWith(QLatin1Char('.')))
                return {}; // a room name is not a path
            names << QStringLiteral("go-to.wav")
                  << QStringLiteral("rooms/") + room + QStringLiteral(".wav");
        }
    } else {
        names << QStringLiteral("thank-you.wav");
    }
    QStringList files;
    for (const QString &name : std::as_const(names)) {
        const QString path = dir.filePath(name);
        if (!QFileInfo(path).isFile())
            return {};
        files << path;
    }
    return files;
}

QString VoicePack::chime(const QString &language) const
{
    if (!isSet())
        return {};
    const QString path =
        QDir(QDir(m_folder).filePath(language)).filePath(QStringLiteral("chime.wav"));
    return QFileInfo(path).isFile() ? path : QString();
}
