// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

Language *Language::instance()
{
    static Language *language = new Language(QCoreApplication::instance());
    return language;
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    Language *l = instance();
    l->addEngine(qmlEngine);
    QJSEngine::setObjectOwnership(l, QJSEngine::CppOwnership);
    return l;
}

Language::Language(QObject *parent)
    : QObject(parent)
{
}

void Language::addEngine(QQmlEngine *engine)
{
    m_engines.removeAll(nullptr);
    if (engine && !m_engines.contains(engine))
        m_engines.append(engine);
}

QVariantList Language::available() const
{
    // Each language named in itself, so anyone can find their own.
    return { QVariantMap { { QStringLiteral("code"), QStringLiteral("en") },
                           { QStringLiteral("name"), QStringLiteral("English") } },
             QVariantMap { { QStringLiteral("code"), QStringLiteral("th") },
                           { QStringLiteral("name"), QStringLiteral("ไทย") } },
             QVariantMap { { QStringLiteral("code"), QStringLiteral("id") },
                           { QStringLiteral("name"), QStringLiteral("Bahasa Indonesia") } } };
}

QString Language::localeName() const
{
    if (m_current == QLatin1String("th"))
        return QStringLiteral("th_TH");
    if (m_current == QLatin1String("id"))
        return QStringLiteral("id_ID");
    return QStringLiteral("en_US");
}

bool Language::setCurrent(const QString &code)
{
    if (!codes().contains(code))
        return false;
    const bool change = code != m_current || (code != QLatin1String("en") && !m_translator);
    if (change) {
        // Load the new translation before dropping the old one, so a failure changes nothing.
        std::unique_ptr<QTranslator> next;
        if (code != QLatin1String("en")) {
            next = std::make_unique<QTranslator>();
            if (!next->load(QStringLiteral(":/i18n/spa_%1.qm").arg(code))) {
                qWarning("Language: no translation for '%s'", qPrintable(code));
                return false;
            }
        }
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator = std::move(next);
        if (m_translator)
            QCoreApplication::installTranslator(m_translator.get());
        m_current = code;
    }
    // Always, so money and times follow the chosen language even when it is the default one.
    QLocale::setDefault(QLocale(localeName()));
    if (change) {
        QSettings().setValue(QStringLiteral("language"), code);
        // Bindings that read Language.current (every Format call in QML does) and then those
        // with a qsTr() in them.
        Q_EMIT currentChanged();
        m_engines.removeAll(nullptr);
        for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines))
            engine->retranslate();
    }
    return true;
}

void Language::pickInitial(const QString &requested)
{
    QStringList tries { requested, QSettings().value(QStringLiteral("language")).toString(),
                        QLocale::system().name().left(2) };
    for (const QString &code : tries)
        if (codes().contains(code) && setCurrent(code))
            return;
    setCurrent(QStringLiteral("en"));
}
