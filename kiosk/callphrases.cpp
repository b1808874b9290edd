// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "callphrases.h"

#include <QCoreApplication>

CallPhrases::CallPhrases() = default;
CallPhrases::~CallPhrases() = default;

QString CallPhrases::spelledTicket(const QString &ticket)
{
    QStringList digits;
    for (const QChar ch : ticket)
        digits << QString(ch);
    return digits.join(QLatin1Char(' '));
}

QString CallPhrases::tr(const QString &language, const char *source)
{
    if (language == QLatin1String("en"))
        return QString::fromUtf8(source);
    std::shared_ptr<QTranslator> &t = m_translators[language];
    if (!t) {
        t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/spa_%1.qm").arg(language)))
            qWarning("kiosk: no translations for announcements in '%s'", qPrintable(language));
    }
    const QString out = t->translate("CallPhrases", source);
    return out.isEmpty() ? QString::fromUtf8(source) : out;
}

QString CallPhrases::text(const QString &kind, const QJsonObject &notice, const QString &language)
{
    // Marked for lupdate; translated with this language's translator, not the screen's.
    static const char *const called =
        QT_TRANSLATE_NOOP("CallPhrases", "Ticket %1, please go to %2.");
    static const char *const desk =
        QT_TRANSLATE_NOOP("CallPhrases", "Ticket %1, please come to the desk.");
    static const char *const paid = QT_TRANSLATE_NOOP("CallPhrases", "Ticket %1, thank you.");
    const QString ticket = spelledTicket(notice.value(QLatin1String("ticket")).toString());
    if (kind == QLatin1String("called")) {
        const QString room = notice.value(QLatin1String("room")).toString();
        return room.isEmpty() ? tr(language, desk).arg(ticket)
                              : tr(language, called).arg(ticket, room);
    }
    return tr(language, paid).arg(ticket);
}
