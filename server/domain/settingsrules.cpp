// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsrules.h"

#include "domain/announcesettings.h"
#include "domain/billing.h"
#include "domain/currencies.h"
#include "domain/fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <cmath>

namespace {
// "HH:MM", 00:00 to 23:59, exactly so.
QTime strictTime(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    if (!v.isString() || !re.match(v.toString()).hasMatch())
        return QTime();
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

// {"weekly": [{"weekday": 1, "start": "10:00", "end": "22:00"}, ...]}, Monday = 1, local times.
// An end before the start closes after midnight; a weekday may have several ranges, none twice.
std::optional<QString> openingHours(const QJsonValue &v, QString *error)
{
    const QString prefix = QStringLiteral("'opening_hours' ");
    if (!v.isObject() || v.toObject().keys() != QStringList { QStringLiteral("weekly") } ||
        !v.toObject().value(QLatin1String("weekly")).isArray()) {
        *error = prefix +
            QStringLiteral("must be {\"weekly\": [{\"weekday\": 1, \"start\": "
                           "\"10:00\", \"end\": \"22:00\"}, ...]}");
        return std::nullopt;
    }
    const QJsonArray weekly = v.toObject().value(QLatin1String("weekly")).toArray();
    if (weekly.size() > 7 * 4) {
        *error = prefix + QStringLiteral("has more than 28 ranges");
        return std::nullopt;
    }
    QJsonArray out;
    for (int i = 0; i < weekly.size(); ++i) {
        const QJsonObject r = weekly.at(i).toObject();
        const QString where = prefix + QStringLiteral("entry %1 ").arg(i);
        const QJsonValue day = r.value(QLatin1String("weekday"));
        const QTime start = strictTime(r.value(QLatin1String("start")));
        const QTime end = strictTime(r.value(QLatin1String("end")));
        if (!weekly.at(i).isObject() || r.size() != 3 || !day.isDouble() ||
            day.toDouble() != double(day.toInt()) || day.toInt() < 1 || day.toInt() > 7) {
            *error = where +
                QStringLiteral("needs exactly weekday (1 = Monday to 7 = Sunday), "
                               "start and end");
            return std::nullopt;
        }
        if (!start.isValid() || !end.isValid() || start == end) {
            *error = where +
                QStringLiteral("needs start and end as HH:MM (00:00 to 23:59), "
                               "not equal");
            return std::nullopt;
        }
        out.append(QJsonObject { { QStringLiteral("weekday"), day.toInt() },
                                 { QStringLiteral("start"), r.value(QLatin1String("start")) },
                                 { QStringLiteral("end"), r.value(QLatin1String("end")) } });
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("weekly"), out } })
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

const QStringList &SettingsRules::keys()
{
    static const QStringList k {
        QStringLiteral("venue_name"),
        QStringLiteral("address"),
        QStringLiteral("phone"),
        QStringLiteral("tax_id"),
        QStringLiteral("currency"),
        QStringLiteral("timezone"),
        QStringLiteral("language"),
        QStringLiteral("receipt_footer"),
        QStringLiteral("public_url"),
        QStringLiteral("opening_hours"),
        QStringLiteral("service_charge_percent"),
        QStringLiteral("tax_percent"),
        QStringLiteral("tax_label"),
        QStringLiteral("prices_include_tax"),
        QStringLiteral("cash_rounding"),
        QStringLiteral("booking_buffer_minutes"),
        QStringLiteral("no_show_grace_minutes"),
    };
    static const QStringList all = k + AnnounceSettings::keys();
    return all;
}

const QStringList &SettingsRules::languages()
{
    static const QStringList l { QStringLiteral("en"), QStringLiteral("th"), QStringLiteral("id") };
    return l;
}

std::optional<Reply> SettingsRules::check(const QJsonObject &body, QHash<QString, QString> *values)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!keys().contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown setting '%1'; the settings are %2")
                                       .arg(it.key(), keys().join(QStringLiteral(", "))));
    Fields f(body);
    struct Text {
        const char *key;
        int maxLength;
        bool mayBeEmpty;
    };
    for (const Text &t : { Text { "venue_name", 100, false }, Text { "address", 300, true },
                           Text { "phone", 40, true }, Text { "tax_id", 40, true },
                           Text { "receipt_footer", 500, true }, Text { "tax_label", 20, true } }) {
        if (!body.contains(QLatin1String(t.key)))
            continue;
        const QString v = f.string(t.key, true, t.maxLength, t.mayBeEmpty ? 0 : 1);
        if (!f.ok())
            return f.error();
        values->insert(QLatin1String(t.key), v);
    }
    if (body.contains(QLatin1String("currency"))) {
        const QString c = f.string("currency", true, 3, 3);
        if (!f.ok())
            return f.error();
        if (!Currencies::minorUnits(c))
            return Errors::invalid(QStringLiteral("'currency' must be an ISO 4217 code this server "
                                                  "knows the minor units of: %1")
                                       .arg(Currencies::codes().join(QStringLiteral(", "))));
        values->insert(QStringLiteral("currency"), c);
    }
    if (body.contains(QLatin1String("timezone"))) {
        const QString z = f.string("timezone", true, 64, 1);
        if (!f.ok())
            return f.error();
        if (!QTimeZone::isTimeZoneIdAvailable(z.toUtf8()) || !QTimeZone(z.toUtf8()).isValid())
            return Errors::invalid(
                QStringLiteral("'timezone' must be an IANA time zone such as Asia/Bangkok, "
                               "not '%1'")
                    .arg(z));
        values->insert(QStringLiteral("timezone"), z);
    }
    if (body.contains(QLatin1String("language"))) {
        const QString l = f.choice("language", true, languages());
        if (!f.ok() || l.isEmpty())
            return Errors::invalid(QStringLiteral("'language' must be one of %1")
                                       .arg(languages().join(QStringLiteral(", "))));
        values->insert(QStringLiteral("language"), l);
    }
    if (body.contains(QLatin1String("public_url"))) {
        // The address customers' phones open (the QR on a ticket): http(s), a host, no query.
        const QString s = f.string("public_url", true, 200);
        if (!f.ok())
            return f.error();
        QString u = s;
        while (u.endsWith(QLatin1Char('/')))
            u.chop(1);
        const QUrl url(u, QUrl::StrictMode);
        if (!u.isEmpty() &&
            (!url.isValid() ||
             (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
             url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
             !url.userInfo().isEmpty()))
            return Errors::invalid(
                QStringLiteral("'public_url' must be an http or https address such as "
                               "http://spa.local:5000, without query or fragment"));
        values->insert(QStringLiteral("public_url"), u);
    }
    // Rates: a number (or its text) from 0 to 100 with at most two decimals, kept as text.
    for (const char *key : { "service_charge_percent", "tax_percent" }) {
        if (!body.contains(QLatin1String(key)))
            continue;
        const QJsonValue v = body.value(QLatin1String(key));
        std::optional<int> bp;
        if (v.isDouble()) {
            const double hundredths = v.toDouble() * 100;
            if (hundredths >= 0 && hundredths <= 10000 &&
                std::abs(hundredths - std::round(hundredths)) < 1e-6)
                bp = int(std::round(hundredths));
        } else if (v.isString())
            bp = Billing::parsePercent(v.toString());
        if (!bp)
            return Errors::invalid(QStringLiteral("'%1' must be a percent from 0 to 100 with at "
                                                  "most two decimals, such as 7 or 7.5")
                                       .arg(QLatin1String(key)));
        values->insert(QLatin1String(key), Billing::percentText(*bp));
    }
    if (body.contains(QLatin1String("prices_include_tax"))) {
        const QJsonValue v = body.value(QLatin1String("prices_include_tax"));
        if (!v.isBool())
            return Errors::invalid(
                QStringLiteral("'prices_include_tax' must be true (menu prices include service "
                               "charge and tax) or false (they are added: \"++\")"));
        values->insert(QStringLiteral("prices_include_tax"),
                       v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (body.contains(QLatin1String("cash_rounding"))) {
        // The smallest cash step, in minor units (25 = 25 satang); 0 or 1: no rounding.
        const auto step = f.integer("cash_rounding", true, 0, 100000);
        if (!f.ok())
            return f.error();
        values->insert(QStringLiteral("cash_rounding"), QString::number(*step));
    }
    // Bookings: minutes to clear up after each booking (the therapist and room stay held), and
    // how long after a booking's start it may be marked a no-show.
    for (const char *key : { "booking_buffer_minutes", "no_show_grace_minutes" }) {
        if (!body.contains(QLatin1String(key)))
            continue;
        const auto minutes = f.integer(key, true, 0, 240);
        if (!f.ok())
            return f.error();
        values->insert(QLatin1String(key), QString::number(*minutes));
    }
    if (const auto error = AnnounceSettings::check(body, values))
        return error;
    if (body.contains(QLatin1String("opening_hours"))) {
        QString error;
        const auto hours = openingHours(body.value(QLatin1String("opening_hours")), &error);
        if (!hours)
            return Errors::invalid(error);
        values->insert(QStringLiteral("opening_hours"), *hours);
    }
    return std::nullopt;
}
