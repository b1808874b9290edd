// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The translations embedded in spa_client (:/i18n/spa_<code>.qm) and Language
// (qml/util/language.h): switching at run time changes known strings from the shared module and the
// apps, the locale follows, unknown codes are refused, the choice is saved, and a QML engine is
// retranslated.
#include "format.h"
#include "language.h"
#include "servererrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SpaPlugin)

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("SpaSuiteTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QSettings().clear();
        QCOMPARE(Language::instance()->current(), str("en"));
    }

    void cleanup()
    {
        Language::instance()->setCurrent(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void translationsAreEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/spa_th.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/spa_id.qm")));
        QCOMPARE(Language::codes(), (QStringList { str("en"), str("th"), str("id") }));
        QCOMPARE(Language::instance()->available().size(), 3);
    }

    void switchesAKnownString()
    {
        Language *lang = Language::instance();
        QSignalSpy changed(lang, &Language::currentChanged);
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("Waiting"));

        QVERIFY(lang->setCurrent(QStringLiteral("th")));
        QCOMPARE(lang->current(), str("th"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("รอคิว"));
        // The shared module's own strings too (QML and C++ contexts).
        QCOMPARE(translated("ConnectionBanner", "Reconnecting…"), str("กำลังเชื่อมต่อใหม่…"));
        QCOMPARE(Format::minutes(95), str("1 ชม. 35 นาที"));
        QCOMPARE(Format::minutes(5), str("5 นาที"));
        QCOMPARE(lang->localeName(), str("th_TH"));
        QCOMPARE(QLocale().name(), str("th_TH"));

        // Setting the same language again is not a change.
        QVERIFY(lang->setCurrent(QStringLiteral("th")));
        QCOMPARE(changed.count(), 1);

        QVERIFY(lang->setCurrent(QStringLiteral("id")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("Menunggu"));
        QCOMPARE(translated("ConnectionBanner", "Reconnecting…"), str("Menghubungkan ulang…"));
        QCOMPARE(Format::minutes(95), str("1 jam 35 menit"));
        QCOMPARE(QLocale().name(), str("id_ID"));

        QVERIFY(lang->setCurrent(QStringLiteral("en")));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(lang->current(), str("en"));
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("Waiting"));
        QCOMPARE(translated("ConnectionBanner", "Reconnecting…"), str("Reconnecting…"));
        QCOMPARE(Format::minutes(95), str("1 h 35 min"));
        QCOMPARE(Format::money(45000, QStringLiteral("THB")), str("฿450.00"));
        QCOMPARE(QLocale().name(), str("en_US"));
    }

    // Issue 21 #14: a refusal is shown in the app's language (desk and tablet alike) where the
    // server's code is known, and the server's own words only where it is not.
    void serverErrorsFollowTheLanguage()
    {
        const QJsonObject illegal { { str("code"), str("rate_limited") },
                                    { str("message"), str("too many commands; slow down") } };
        const QJsonObject unknown { { str("code"), str("something_new") },
                                    { str("message"), str("a new refusal") } };
        QCOMPARE(ServerErrors::text(illegal),
                 str("Too many requests at once; try again in a moment."));
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        QCOMPARE(ServerErrors::text(illegal), str("ส่งคำขอมากเกินไป กรุณาลองใหม่อีกครู่"));
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("id")));
        QCOMPARE(
            ServerErrors::text({ { str("code"), str("day_closed") } }),
            translated("ServerErrors",
                       "The business day is closed: its visits and money can no longer change."));
        QVERIFY(!ServerErrors::text({ { str("code"), str("day_closed") } })
                     .startsWith(str("The business")));
        QCOMPARE(ServerErrors::text(unknown), str("a new refusal"));
    }

    void englishAtStartSetsTheLocale()
    {
        // A machine whose locale is Indonesian, with English chosen (--lang en, or saved): money
        // and times follow the language, "฿450.00", not the machine's "฿450,00".
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        Language::instance()->pickInitial(QStringLiteral("en"));
        QCOMPARE(Language::instance()->current(), str("en"));
        QCOMPARE(QLocale().name(), str("en_US"));
        QCOMPARE(Format::money(45000, QStringLiteral("THB")), str("฿450.00"));
    }

    void unknownCodeIsRefused()
    {
        Language *lang = Language::instance();
        QVERIFY(lang->setCurrent(QStringLiteral("th")));
        QSignalSpy changed(lang, &Language::currentChanged);
        for (const char *code : { "xx", "", "TH", "en_US", "de" }) {
            QVERIFY2(!lang->setCurrent(QString::fromLatin1(code)), code);
            QCOMPARE(lang->current(), str("th"));
        }
        QCOMPARE(changed.count(), 0);
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("รอคิว")); // still installed
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), str("th"));
    }

    void choiceIsSavedAndPicked()
    {
        Language *lang = Language::instance();
        QVERIFY(lang->setCurrent(QStringLiteral("id")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), str("id"));
        QVERIFY(lang->setCurrent(QStringLiteral("en")));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), str("en"));

        // --lang wins; an unknown --lang falls back to the saved choice.
        lang->pickInitial(QStringLiteral("th"));
        QCOMPARE(lang->current(), str("th"));
        QSettings().setValue(QStringLiteral("language"), QStringLiteral("id"));
        lang->pickInitial(QStringLiteral("klingon"));
        QCOMPARE(lang->current(), str("id"));
        QCOMPARE(translated("WaitingPanel", "Waiting"), str("Menunggu"));
    }

    void qmlIsRetranslated()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData(
            "import QtQuick\nimport Spa\nQtObject {\n"
            "    property string lang: Language.current\n"
            "    property string text: qsTranslate(\"WaitingPanel\", \"Waiting\")\n"
            "    property string banner: qsTranslate(\"ConnectionBanner\", \"Reconnecting…\")\n"
            "}\n",
            QUrl(QStringLiteral("qrc:/tst_language_inline.qml")));
        std::unique_ptr<QObject> o(component.create());
        QVERIFY2(o, qPrintable(component.errorString()));
        QCOMPARE(o->property("text").toString(), str("Waiting"));

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        QCOMPARE(o->property("lang").toString(), str("th"));
        QCOMPARE(o->property("text").toString(), str("รอคิว"));
        QCOMPARE(o->property("banner").toString(), str("กำลังเชื่อมต่อใหม่…"));

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("en")));
        QCOMPARE(o->property("text").toString(), str("Waiting"));
    }

    // Issue 21 #14: bindings that call Format without a qsTr() of their own kept the old
    // language after a switch: Thai durations on an Indonesian screen, and "฿250.00" beside a
    // re-evaluated "฿250,00" on one card. Each language has one money format, everywhere.
    void issue21_14_formatFollowsASwitchWithOneMoneyFormat()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Spa\nQtObject {\n"
                          "    property string price: Format.money(125000, \"THB\")\n"
                          "    property string priceInText: qsTranslate(\"WaitingPanel\", \"about "
                          "%1\").arg(Format.money(125000, \"THB\"))\n"
                          "    property string duration: Format.minutes(95)\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/tst_language_inline3.qml")));
        std::unique_ptr<QObject> o(component.create());
        QVERIFY2(o, qPrintable(component.errorString()));
        QCOMPARE(o->property("price").toString(), str("฿1,250.00"));
        QCOMPARE(o->property("duration").toString(), str("1 h 35 min"));

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        QCOMPARE(o->property("duration").toString(), str("1 ชม. 35 นาที"));
        QCOMPARE(o->property("price").toString(), str("฿1,250.00"));

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("id")));
        QCOMPARE(o->property("duration").toString(), str("1 jam 35 menit"));
        QCOMPARE(o->property("price").toString(), str("฿1.250,00"));
        QVERIFY2(o->property("priceInText").toString().endsWith(str("฿1.250,00")),
                 qPrintable(o->property("priceInText").toString()));

        QVERIFY(Language::instance()->setCurrent(QStringLiteral("en")));
        QCOMPARE(o->property("price").toString(), str("฿1,250.00"));
        QCOMPARE(o->property("duration").toString(), str("1 h 35 min"));
    }

    void switchingAfterTheEngineIsGone()
    {
        // An app (or a test) may create and destroy QML engines; Language must not keep using a
        // deleted one. Language::create() keeps a raw QQmlEngine pointer, so this is a
        // use-after-free that a plain run does not notice: run under valgrind or ASan to see it
        // (valgrind: "Invalid read ... QQmlEngine::retranslate() ... Language::setCurrent").
        {
            QQmlEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/"));
            QQmlComponent component(&engine);
            component.setData(
                "import QtQuick\nimport Spa\nQtObject { property string lang: Language.current }\n",
                QUrl(QStringLiteral("qrc:/tst_language_inline2.qml")));
            std::unique_ptr<QObject> o(component.create());
            QVERIFY2(o, qPrintable(component.errorString()));
        }
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("th")));
        QVERIFY(Language::instance()->setCurrent(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
