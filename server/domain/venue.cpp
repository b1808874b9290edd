// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "venue.h"

#include "core/clock.h"
#include "domain/announcesettings.h"
#include "domain/currencies.h"
#include "domain/pipeline.h"
#include "domain/settingsrules.h"
#include "rooms.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

Venue::Venue(CommandPipeline &pipeline)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
{
}

QString Venue::setting(const QString &key, const QString &fallback)
{
    if (!m_settingsLoaded || m_settingsRollbacks != m_db.cacheEpoch()) {
        // All of them at once: the table holds a few dozen rows, and after another instance's
        // write each key read alone was a round trip of its own inside the write lock.
        m_settings.clear();
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value FROM settings"));
        if (!m_db.lastOk())
            return fallback; // nothing kept: the next call asks again
        while (q.next())
            m_settings.insert(q.value(0).toString(), q.value(1).toString());
        m_settingsLoaded = true;
        m_settingsRollbacks = m_db.cacheEpoch();
    }
    const auto it = m_settings.constFind(key);
    return it != m_settings.cend() ? *it : fallback;
}

void Venue::setSetting(const QString &key, const QString &value)
{
    m_settingsLoaded = false;
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              { key, value });
}

QString Venue::currency()
{
    return setting(QStringLiteral("currency"), QStringLiteral("THB"));
}

QTimeZone Venue::timeZone()
{
    // Making a QTimeZone reads the zone's rules: once per setting, not once per command.
    const QString id = setting(QStringLiteral("timezone"));
    if (m_zoneId == id)
        return m_zone;
    QTimeZone tz(id.toUtf8());
    m_zone = !id.isEmpty() && tz.isValid() ? tz : QTimeZone::systemTimeZone();
    m_zoneId = id;
    return m_zone;
}

QString Venue::businessDate(const QDateTime &utc)
{
    return utc.toTimeZone(timeZone()).date().toString(Qt::ISODate);
}

QString Venue::today()
{
    return businessDate(m_clock.now());
}

bool Venue::dayClosed(const QString &date)
{
    // Kept like the settings: most commands ask about today, and a day is closed once.
    if (m_closedEpoch != m_db.cacheEpoch() || m_closed.size() > 1000) {
        m_closed.clear();
        m_closedEpoch = m_db.cacheEpoch();
    }
    const auto it = m_closed.constFind(date);
    if (it != m_closed.cend())
        return *it;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT 1 FROM day_closes WHERE business_date = ?"), { date });
    const bool closed = q.next();
    if (m_db.lastOk())
        m_closed.insert(date, closed);
    return closed;
}

void Venue::closedDay(const QString &date)
{
    m_closed.insert(date, true);
}

Billing::Rates Venue::billingRates()
{
    Billing::Rates r;
    r.serviceChargeBp =
        Billing::parsePercent(setting(QStringLiteral("service_charge_percent"))).value_or(0);
    r.taxBp = Billing::parsePercent(setting(QStringLiteral("tax_percent"))).value_or(0);
    r.pricesIncludeTax = setting(QStringLiteral("prices_include_tax")) == QLatin1String("true");
    r.taxLabel = setting(QStringLiteral("tax_label"), QStringLiteral("VAT"));
    return r;
}

qint64 Venue::cashRounding()
{
    return setting(QStringLiteral("cash_rounding")).toLongLong();
}

Reply Venue::publicSettings()
{
    return Reply::ok(settingsJson());
}

QJsonObject Venue::settingsJson()
{
    QJsonObject o;
    for (const QString &key : SettingsRules::keys())
        o.insert(key, setting(key));
    o.insert(QStringLiteral("venue_name"),
             setting(QStringLiteral("venue_name"), QStringLiteral("Spa")));
    o.insert(QStringLiteral("currency"), currency());
    o.insert(QStringLiteral("currency_minor_units"),
             Currencies::minorUnits(currency()).value_or(2));
    o.insert(QStringLiteral("timezone"), QString::fromUtf8(timeZone().id()));
    o.insert(QStringLiteral("language"), setting(QStringLiteral("language"), QStringLiteral("en")));
    const QJsonDocument hours =
        QJsonDocument::fromJson(setting(QStringLiteral("opening_hours")).toUtf8());
    o.insert(QStringLiteral("opening_hours"),
             hours.isObject() ? hours.object()
                              : QJsonObject { { QStringLiteral("weekly"), QJsonArray() } });
    // The bill's settings as numbers and a boolean, not as the text they are stored in.
    const Billing::Rates rates = billingRates();
    o.insert(QStringLiteral("service_charge_percent"), rates.serviceChargeBp / 100.0);
    o.insert(QStringLiteral("tax_percent"), rates.taxBp / 100.0);
    o.insert(QStringLiteral("tax_label"), rates.taxLabel);
    o.insert(QStringLiteral("prices_include_tax"), rates.pricesIncludeTax);
    o.insert(QStringLiteral("cash_rounding"), cashRounding());
    o.insert(QStringLiteral("booking_buffer_minutes"),
             setting(QStringLiteral("booking_buffer_minutes")).toInt());
    o.insert(QStringLiteral("no_show_grace_minutes"),
             setting(QStringLiteral("no_show_grace_minutes"), QStringLiteral("15")).toInt());
    const QJsonObject announce =
        AnnounceSettings::json([this](const QString &key) { return setting(key); });
    for (auto it = announce.begin(); it != announce.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("business_date"), today());
    return o;
}

Reply Venue::update(const QJsonObject &body, const Principal &who)
{
    QHash<QString, QString> values;
    if (const auto error = SettingsRules::check(body, &values))
        return *error;
    if (values.isEmpty())
        return Errors::invalid(QStringLiteral("name at least one setting to change: %1")
                                   .arg(SettingsRules::keys().join(QStringLiteral(", "))));
    return m_pipeline.run(who, [&]() -> Reply {
        // Inside the transaction (after the write lock on PostgreSQL): another instance may
        // have taken the first payment meanwhile.
        const auto newCurrency = values.constFind(QStringLiteral("currency"));
        if (newCurrency != values.cend() && *newCurrency != currency()) {
            // Every stored amount is in minor units of the venue's currency: a change afterwards
            // would silently turn 450.00 THB into 450.00 of something else.
            QSqlQuery q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM payments"));
            if (q.next() && q.value(0).toLongLong() > 0)
                return Errors::conflict(
                    QStringLiteral("currency_locked"),
                    QStringLiteral(
                        "the currency cannot change from %1 to %2: money has already been "
                        "taken in %1 and every recorded amount would change its meaning")
                        .arg(currency(), *newCurrency));
        }
        writeChecked(values);
        return Reply::ok(settingsJson());
    });
}

void Venue::writeChecked(const QHash<QString, QString> &values)
{
    QJsonObject changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        setSetting(it.key(), it.value());
        changed.insert(it.key(), it.value());
    }
    // The room views carry the venue's name and currency: the journal entry re-sends them.
    m_pipeline.journal(QStringLiteral("settings.updated"),
                       { Room::cashier(), Room::monitor(), Room::therapists() },
                       { { QStringLiteral("changed"), changed } });
}
