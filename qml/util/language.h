// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

// The user interface language: English, Thai or Indonesian, switchable while running. Chosen by
// --lang, then the saved setting, then the system locale.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY currentChanged)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
    Q_PROPERTY(QString localeName READ localeName NOTIFY currentChanged)

public:
    static Language *instance();
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString current() const { return m_current; }
    // Loads the translation (":/i18n/spa_<code>.qm"); false for an unknown code. Saves the choice.
    Q_INVOKABLE bool setCurrent(const QString &code);
    QVariantList available() const;
    QString localeName() const;
    // The first choice at start-up: `requested`, else QSettings "language", else the system's.
    void pickInitial(const QString &requested);
    // Retranslates `engine` on every switch (create() adds the engines that use Language from
    // QML; an app adds its own at once, since a screen may not name Language or Format yet).
    void addEngine(QQmlEngine *engine);
    static QStringList codes()
    {
        return { QStringLiteral("en"), QStringLiteral("th"), QStringLiteral("id") };
    }

Q_SIGNALS:
    void currentChanged();

private:
    explicit Language(QObject *parent = nullptr);
    QString m_current = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_translator;
    // Every engine that has used it (an app has one; tests make several); each may go before
    // this singleton does.
    QList<QPointer<QQmlEngine>> m_engines;
};
