// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the REST suites assert with: a value inside an answer by a dotted path, and EXPECT /
// EXPECT_ERROR, which fail the test with the server's whole answer when the status differs.

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QtTest>

namespace ApiExpect {

// A value inside a JSON object by a dotted path: "visit.therapist.name", "visits.0.id".
inline QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else
            v = v.toObject().value(key);
    }
    return v;
}

// A number at `path`, or -1 when there is none.
inline qint64 num(const QJsonObject &root, const QString &path)
{
    return qint64(at(root, path).toDouble(-1));
}

inline QString str(const QJsonObject &root, const QString &path)
{
    return at(root, path).toString();
}

inline QByteArray describe(const HttpResult &r, int expected)
{
    return QByteArray("expected HTTP ") + QByteArray::number(expected) + ", got " +
        QByteArray::number(r.status) + ": " + r.raw.left(600);
}

} // namespace ApiExpect

// Fails the test unless `expr` answers `status`; the answer is kept in `var`.
#define EXPECT(var, expr, st)                                                                      \
    const HttpResult var = (expr);                                                                 \
    QVERIFY2(var.status == (st), ApiExpect::describe(var, (st)).constData())

// Fails the test unless `expr` is refused with `status`, error `code` and a message.
#define EXPECT_ERROR(expr, st, code)                                                               \
    do {                                                                                           \
        const HttpResult r_ = (expr);                                                              \
        QVERIFY2(r_.status == (st), ApiExpect::describe(r_, (st)).constData());                    \
        QCOMPARE(r_.errorCode(), QStringLiteral(code));                                            \
        QVERIFY(!r_.json.value("error").toObject().value("message").toString().isEmpty());         \
    } while (false)
