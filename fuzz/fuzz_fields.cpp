// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Command payload validation (server/domain/fields.*): the input is decoded as a JSON object (or,
// when it is not one, used as the text of every string field) and read with the same calls and
// bounds the commands use. What Fields lets through must respect the bounds it was given.
#include "domain/fields.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>
#include <limits>

static void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

static void checkString(const QJsonObject &o, const char *key, bool required, int max, int min = 0)
{
    Fields f(o);
    const QString s = f.string(key, required, max, min);
    if (!f.ok()) {
        check(s.isEmpty(), "nothing returned with an error");
        check(f.error().status() == 422 && !f.error().errorMessage().isEmpty(),
              "a 422 with a message");
        return;
    }
    check(s == s.trimmed(), "trimmed");
    qsizetype chars = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        check(!(u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') && !(u >= 0x7f && u <= 0x9f),
              "no control characters");
        chars += c.isLowSurrogate() ? 0 : 1;
    }
    check(chars <= max, "within the maximum length");
    if (required)
        check(!s.isEmpty(), "a required string is not empty");
}

static void checkInteger(const QJsonObject &o, const char *key, bool required, qint64 min,
                         qint64 max)
{
    Fields f(o);
    const std::optional<qint64> n = f.integer(key, required, min, max);
    if (n)
        check(f.ok() && *n >= min && *n <= max, "within the bounds");
    else if (required || f.has(key))
        check(!f.ok(), "missing or wrong only with an error");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QJsonObject o;
    if (doc.isObject()) {
        o = doc.object();
    } else {
        const QString text = QString::fromUtf8(bytes);
        for (const char *key : { "customer_name", "notes", "idempotency_key", "username", "pin",
                                 "method", "reason", "date" })
            o.insert(QLatin1String(key), text);
    }

    checkString(o, "customer_name", true, 100);
    checkString(o, "notes", false, 1000);
    checkString(o, "idempotency_key", true, 100, 8);
    checkString(o, "username", true, 64, 2);
    checkString(o, "pin", false, 8);
    checkString(o, "reason", true, 500);

    const qint64 int32max = std::numeric_limits<qint32>::max();
    checkInteger(o, "amount", true, 1, 100'000'000'000LL);
    checkInteger(o, "amount", false, 0, std::numeric_limits<qint64>::max() / 4);
    checkInteger(o, "percent", false, 0, 100);
    checkInteger(o, "therapist_id", false, 1, int32max);
    checkInteger(o, "tip", false, std::numeric_limits<qint64>::min(),
                 std::numeric_limits<qint64>::max());

    {
        Fields f(o);
        const QVector<qint64> ids = f.idList("service_ids", true);
        if (f.ok()) {
            check(!ids.isEmpty() && ids.size() <= 50, "1 to 50 ids");
            for (const qint64 id : ids)
                check(id > 0, "positive ids");
        }
    }
    {
        Fields f(o);
        const QStringList allowed { QStringLiteral("cash"), QStringLiteral("card"),
                                    QStringLiteral("transfer") };
        const QString m = f.choice("method", true, allowed);
        check(f.ok() == allowed.contains(m), "a choice is one of the allowed, or an error");
    }
    {
        // Several fields read from one Fields keep the first error.
        Fields f(o);
        f.string("customer_name", true, 100);
        f.integer("amount", false, 0, 10);
        f.idList("service_ids", false);
        (void)f.has("notes");
        if (!f.ok())
            check(f.error().status() == 422, "422");
    }

    const QString date = o.value(QLatin1String("date")).toString();
    const QDate d = Fields::strictDate(date);
    if (d.isValid())
        check(d.toString(Qt::ISODate) == date, "a strict date is exactly YYYY-MM-DD");
    return 0;
}
