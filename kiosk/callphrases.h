// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTranslator>

#include <memory>

// What the wall says for a notice, in a given language — not necessarily the screen's: a venue
// may announce in Thai and then in English. Each language's words come from the suite's
// translations (context "CallPhrases"), loaded here with a translator of their own.
class CallPhrases {
public:
    CallPhrases();
    ~CallPhrases();

    // "Ticket 0 1 7, please go to Room 3." The ticket is said digit by digit, as a customer reads
    // it off their slip (017 is not "seventeen").
    QString text(const QString &kind, const QJsonObject &notice, const QString &language);
    static QString spelledTicket(const QString &ticket);

private:
    QString tr(const QString &language, const char *source);
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};
