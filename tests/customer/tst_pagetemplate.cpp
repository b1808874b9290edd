// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The customer page's template step and its files: escaping, sections, comments, malformed
// templates reported, and every placeholder in the page's files one the page fills (a typo in a
// name would otherwise render as nothing).

#include "http/customerwords.h"
#include "http/pagetemplate.h"

#include <QtTest>

class TestPageTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapesValues()
    {
        const PageTemplate t(QStringLiteral("<p title=\"{{a}}\">{{ a }}</p>{{{b}}}"));
        QVERIFY(t.error().isEmpty());
        const QString html = t.render({ { QStringLiteral("a"), QStringLiteral("<b>\"x\" & y</b>") },
                                        { QStringLiteral("b"), QStringLiteral("<i>raw</i>") } });
        QCOMPARE(html,
                 QStringLiteral("<p title=\"&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;\">"
                                "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</p><i>raw</i>"));
        // A value is never parsed as a template.
        QCOMPARE(t.render({ { QStringLiteral("a"), QStringLiteral("{{b}}") },
                            { QStringLiteral("b"), QStringLiteral("B") } }),
                 QStringLiteral("<p title=\"{{b}}\">{{b}}</p>B"));
    }

    void sectionsAndComments()
    {
        const PageTemplate t(QStringLiteral("{{! licence\n  header }}\n<p{{^x}} hidden{{/x}}>"
                                            "{{#x}}[{{#y}}y{{/y}}{{^y}}no y{{/y}}]{{/x}}</p>\n"));
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        QCOMPARE(t.render({}), QStringLiteral("<p hidden></p>\n"));
        QCOMPARE(t.render({ { QStringLiteral("x"), QStringLiteral("1") } }),
                 QStringLiteral("<p>[no y]</p>\n"));
        QCOMPARE(t.render({ { QStringLiteral("x"), QStringLiteral("1") },
                            { QStringLiteral("y"), QStringLiteral("1") } }),
                 QStringLiteral("<p>[y]</p>\n"));
        QCOMPARE(t.names(), QStringList({ QStringLiteral("x"), QStringLiteral("y") }));
        QCOMPARE(t.missingNames({ { QStringLiteral("x"), QString() } }),
                 QStringList { QStringLiteral("y") });
    }

    void malformedIsReported_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unclosed placeholder") << "<p>{{name</p>";
        QTest::newRow("unclosed raw") << "<p>{{{name}}</p>";
        QTest::newRow("unclosed section") << "{{#a}}text";
        QTest::newRow("wrong close") << "{{#a}}{{#b}}x{{/a}}{{/b}}";
        QTest::newRow("stray close") << "x{{/a}}";
    }
    void malformedIsReported()
    {
        QFETCH(QString, text);
        const PageTemplate t(text);
        QVERIFY(!t.error().isEmpty());
        QCOMPARE(t.render({ { QStringLiteral("name"), QStringLiteral("v") } }), QString());
    }

    void missingFile()
    {
        const PageTemplate t = PageTemplate::fromFile(QStringLiteral(":/spa-server/nothing.html"));
        QVERIFY(t.error().contains(QLatin1String("nothing.html")));
    }

    // The page's own files: each parses, has its licence header dropped, and uses only names
    // the page gives values to; every t.<key> is a word of the page.
    void customerPageFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("layout") << "layout.html"
                                << QStringList { "lang",    "title",   "refresh", "nonce",
                                                 "css",     "content", "lang.en", "lang.th",
                                                 "lang.id", "script",  "data" };
        QTest::newRow("ticket") << "ticket.html"
                                << QStringList { "venue",
                                                 "ticket",
                                                 "state",
                                                 "status",
                                                 "hint",
                                                 "called",
                                                 "paid",
                                                 "due",
                                                 "facts",
                                                 "position",
                                                 "wait",
                                                 "therapist",
                                                 "room",
                                                 "services",
                                                 "total",
                                                 "subtotal",
                                                 "discount",
                                                 "service_charge",
                                                 "service_charge_label",
                                                 "tax",
                                                 "tax_label" };
        QTest::newRow("not found") << "notfound.html" << QStringList { "venue" };
        QTest::newRow("style") << "page.css" << QStringList {};
        QTest::newRow("script") << "page.js" << QStringList {};
    }
    void customerPageFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, names);
        const PageTemplate t =
            PageTemplate::fromFile(QStringLiteral(":/spa-server/customerpage/") + file);
        QVERIFY2(t.error().isEmpty(), qPrintable(t.error()));
        const QString text = t.render({});
        QVERIFY(!text.contains(QLatin1String("SPDX")));
        QVERIFY(!text.startsWith(QLatin1Char('\n')));
        const QHash<QString, QString> &words = CustomerWords::of(QStringLiteral("en")).all();
        for (const QString &name : t.names()) {
            if (name.startsWith(QLatin1String("t.")))
                QVERIFY2(words.contains(name.mid(2)),
                         qPrintable(file + QLatin1String(": ") + name));
            else
                QVERIFY2(names.contains(name), qPrintable(file + QLatin1String(": ") + name));
        }
    }

    // The words come from the suite's translations, not from the server's code.
    void wordsPerLanguage()
    {
        const CustomerWords &th = CustomerWords::of(QStringLiteral("th"));
        const CustomerWords &id = CustomerWords::of(QStringLiteral("id"));
        const CustomerWords &en = CustomerWords::of(QStringLiteral("en"));
        QCOMPARE(th.lang(), QStringLiteral("th"));
        QCOMPARE(th(QStringLiteral("position")), QStringLiteral("ลำดับคิว"));
        QCOMPARE(id(QStringLiteral("position")), QStringLiteral("Posisi antrean"));
        QCOMPARE(en(QStringLiteral("position")), QStringLiteral("Position in line"));
        QCOMPARE(id(QStringLiteral("thousands")), QStringLiteral("."));
        QCOMPARE(id(QStringLiteral("decimal")), QStringLiteral(","));
        QCOMPARE(en(QStringLiteral("no_such_key")), QStringLiteral("no_such_key"));
        QCOMPARE(CustomerWords::of(QStringLiteral("xx")).lang(), QStringLiteral("en"));
        // Every word translated: none falls back to English.
        for (auto it = en.all().cbegin(); it != en.all().cend(); ++it) {
            if (it.key() == QLatin1String("thousands") || it.key() == QLatin1String("decimal") ||
                it.key() == QLatin1String("total") || it.key() == QLatin1String("subtotal"))
                continue; // the same in Thai (separators) or Indonesian ("Total", "Subtotal")
            QVERIFY2(th(it.key()) != it.value(), qPrintable(it.key()));
            QVERIFY2(id(it.key()) != it.value(), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPageTemplate)
#include "tst_pagetemplate.moc"
