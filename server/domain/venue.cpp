// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "venue.h"

#include "core/clock.h"
#include "store/database.h"

#include <QSqlQuery>

Venue::Venue(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString Venue::setting(const QString &key, const QString &fallback)
{
    if (m_settingsRollbacks != m_db.rollbacks()) {
        m_settings.clear();
        m_settingsRollbacks = m_db.rollbacks();
    }
    auto it = m_settings.constFind(key);
    if (it == m_settings.cend()) {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
        const bool found = q.next();
        if (!m_db.lastOk())
            return fallback; // not kept: the next call asks again
        it = m_settings.insert(key, found ? std::optional(q.value(0).toString()) : std::nullopt);
    }
    return it->value_or(fallback);
}

void Venue::setSetting(const QString &key, const QString &value)
{
    m_settings.clear();
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
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT 1 FROM day_closes WHERE business_date = ?"), { date });
    return q.next();
}

Reply Venue::publicSettings()
{
    return Reply::ok({ { QStringLiteral("venue_name"),
                         setting(QStringLiteral("venue_name"), QStringLiteral("Spa")) },
                       { QStringLiteral("currency"), currency() },
                       { QStringLiteral("timezone"), QString::fromUtf8(timeZone().id()) },
                       { QStringLiteral("business_date"), today() } });
}
