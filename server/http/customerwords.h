// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The customer page's words in one language. The English source texts are in customerwords.cpp,
// marked for lupdate in the context "CustomerPage"; Thai and Indonesian come from the suite's
// translations/spa_th.ts and spa_id.ts like the apps' words, their .qm files embedded in the
// server. The server serves every visitor in their own language, so each language has its own
// QTranslator, asked directly (QTranslator::translate), never installed globally.
class CustomerWords {
public:
    // The languages the page speaks, English first.
    static QStringList languages();
    // The words of `lang` (one of languages(); anything else gives English). Built once.
    static const CustomerWords &of(const QString &lang);
    // "th-TH,th;q=0.9,en;q=0.8" → "th". `override` (?lang=) wins when it names one of ours.
    static QString negotiate(const QByteArray &acceptLanguage, const QString &override = QString());

    QString lang() const { return m_lang; }
    // The word with this key ("position", "st_waiting"); the key itself for an unknown key.
    QString operator()(const QString &key) const { return m_words.value(key, key); }
    // Every word by key: what the page's script gets, and the templates' t.<key> values.
    QJsonObject json() const;
    const QHash<QString, QString> &all() const { return m_words; }

private:
    explicit CustomerWords(const QString &lang);

    QString m_lang;
    QHash<QString, QString> m_words;
};
