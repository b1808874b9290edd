// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// JsonSplice: a room's frame is its serialized view with the seq spliced in, and must be byte for
// byte what serializing the view with the seq gives (clients and tests compare what they parse,
// but the hub compares bytes). Checked against QJsonDocument itself, not against the code.

#include "views/jsonsplice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What the splice must equal: the object with the member, serialized by Qt.
QByteArray expected(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return compact(o);
}

QByteArray valueText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}
} // namespace

class TstJsonSplice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesQt_data();
    void matchesQt();
    void randomObjects();
    void refuses_data();
    void refuses();
};

void TstJsonSplice::matchesQt_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("empty object") << QJsonObject() << "seq" << QJsonValue(7);
    QTest::newRow("first") << QJsonObject { { "visit", 1 }, { "zone", "a" } } << "seq"
                           << QJsonValue(12);
    QTest::newRow("last") << QJsonObject { { "arriving_soon", QJsonArray {} }, { "now", 2 } }
                          << "seq" << QJsonValue(qint64(9007199254740991));
    QTest::newRow("middle, monitor-like")
        << QJsonObject { { "arriving_soon", QJsonArray { QJsonObject { { "seq", 3 } } } },
                         { "now_serving", QJsonArray {} },
                         { "settings", QJsonObject { { "voice", "th" } } },
                         { "venue", "Spa \"Lotus\" {east}" } }
        << "seq" << QJsonValue(41);
    QTest::newRow("prefix keys") << QJsonObject { { "se", 1 }, { "seq2", 2 }, { "sequence", 3 } }
                                 << "seq" << QJsonValue(5);
    QTest::newRow("nested braces in strings")
        << QJsonObject { { "a", "}],\"seq\":1,{[" },
                         { "b", QJsonArray { "x\\", QJsonObject { { "q", "\\\"" } } } },
                         { "z", QJsonValue() } }
        << "seq" << QJsonValue(0);
    QTest::newRow("non-ASCII values")
        << QJsonObject { { "name", QString::fromUtf8("สมชาย") }, { "tip", -1.5 }, { "x", true } }
        << "seq" << QJsonValue(3);
    QTest::newRow("other key, object value")
        << QJsonObject { { "a", 1 }, { "c", 3 } } << "b" << QJsonValue(QJsonObject { { "k", 1 } });
}

void TstJsonSplice::matchesQt()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QByteArray key8 = key.toLatin1();
    QCOMPARE(JsonSplice::withMember(compact(object), QLatin1String(key8), valueText(value)),
             expected(object, key, value));
}

void TstJsonSplice::randomObjects()
{
    // Views of every shape the hub sends: keys from a pool around "seq", values nested a few
    // levels, strings with the characters that could mislead a scanner.
    const QStringList keys { "a",        "id", "s",     "se",    "seq1",    "sequence", "served",
                             "settings", "t",  "today", "visit", "waiting", "_x",       "Z" };
    const QStringList texts { "", "}", "]", ",", "\"", "\\", "{\"seq\":1}", "plain", "ไทย" };
    QRandomGenerator rng(11);
    std::function<QJsonValue(int)> value = [&](int depth) -> QJsonValue {
        switch (rng.bounded(depth > 2 ? 4 : 6)) {
        case 0:
            return qint64(rng.bounded(100000)) - 500;
        case 1:
            return texts.at(rng.bounded(texts.size()));
        case 2:
            return QJsonValue();
        case 3:
            return rng.bounded(2) == 1;
        case 4: {
            QJsonArray a;
            for (int i = rng.bounded(4); i > 0; --i)
                a.append(value(depth + 1));
            return a;
        }
        default: {
            QJsonObject o;
            for (int i = rng.bounded(5); i > 0; --i)
                o.insert(keys.at(rng.bounded(keys.size())), value(depth + 1));
            return o;
        }
        }
    };
    for (int n = 0; n < 500; ++n) {
        QJsonObject o;
        for (int i = rng.bounded(8); i > 0; --i) {
            const QString k = keys.at(rng.bounded(keys.size()));
            if (k != QLatin1String("seq"))
                o.insert(k, value(0));
        }
        const QJsonValue seq = qint64(rng.bounded(1000000));
        QCOMPARE(JsonSplice::withMember(compact(o), QLatin1String("seq"), valueText(seq)),
                 expected(o, QStringLiteral("seq"), seq));
    }
}

void TstJsonSplice::refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("key already there") << compact({ { "a", 1 }, { "seq", 2 } });
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("escaped key") << compact({ { "a\"b", 1 } });
    QTest::newRow("cut short") << QByteArray("{\"a\":\"x}");
}

void TstJsonSplice::refuses()
{
    QFETCH(QByteArray, text);
    QCOMPARE(JsonSplice::withMember(text, QLatin1String("seq"), "1"), QByteArray());
}

QTEST_GUILESS_MAIN(TstJsonSplice)
#include "tst_jsonsplice.moc"
