// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Text fields as people and attackers type them (issue 19, defect 10): lengths in characters as a
// person counts them (an emoji is one), control characters refused, and a name of only
// invisible characters is an empty name.
#include "domain/fields.h"

#include <QtTest>

class TstFields : public QObject {
    Q_OBJECT

    static QString read(const QString &value, int max = 100, bool *ok = nullptr,
                        QString *message = nullptr)
    {
        Fields f({ { QStringLiteral("customer_name"), value } });
        const QString s = f.string("customer_name", true, max);
        if (ok)
            *ok = f.ok();
        if (message && !f.ok())
            *message = f.error().errorMessage();
        return s;
    }

private Q_SLOTS:
    void emojiCountAsOneCharacter()
    {
        QString sixty;
        for (int i = 0; i < 60; ++i)
            sixty += QString::fromUcs4(U"😀");
        QCOMPARE(sixty.size(), 120); // UTF-16 units: the old count refused this for a limit of 100
        bool ok = false;
        QCOMPARE(read(sixty, 100, &ok), sixty);
        QVERIFY(ok);
        QString message;
        read(sixty + sixty, 100, &ok, &message);
        QVERIFY(!ok);
        QVERIFY(message.contains(QLatin1String("longer than 100")));
        // Thai with combining vowels: every code point counts (what a column width holds).
        QCOMPARE(read(QStringLiteral("สมชาย"), 5, &ok), QStringLiteral("สมชาย"));
        QVERIFY(ok);
    }

    void controlCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("NUL") << QStringLiteral("Som") + QChar(0) + QStringLiteral("chai");
        QTest::newRow("escape") << QStringLiteral("\x1b[31mred");
        QTest::newRow("C1") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b");
        QTest::newRow("DEL") << QStringLiteral("a\x7f");
    }
    void controlCharactersAreRefused()
    {
        QFETCH(QString, value);
        bool ok = true;
        QString message;
        QVERIFY(read(value, 100, &ok, &message).isEmpty());
        QVERIFY(!ok);
        QVERIFY(message.contains(QLatin1String("control characters")));
    }

    void invisibleOnlyIsEmpty_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("zero-width spaces") << QStringLiteral("\u200b\u200b");
        QTest::newRow("joiners and BOM") << QStringLiteral("\u200d\ufeff\u2060");
        QTest::newRow("spaces and zero-width") << QStringLiteral(" \u200b ");
    }
    void invisibleOnlyIsEmpty()
    {
        QFETCH(QString, value);
        bool ok = true;
        QString message;
        read(value, 100, &ok, &message);
        QVERIFY(!ok);
        QVERIFY(message.contains(QLatin1String("must not be empty")));
    }

    void notesKeepLineBreaksAndTabs()
    {
        Fields f({ { QStringLiteral("notes"), QStringLiteral("neck\tpain\nno oil") } });
        QCOMPARE(f.string("notes", false, 1000), QStringLiteral("neck\tpain\nno oil"));
        QVERIFY(f.ok());
    }
};

QTEST_GUILESS_MAIN(TstFields)
#include "tst_fields.moc"
