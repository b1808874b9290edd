// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"
#include "domain/billing.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>

class Clock;
class CommandPipeline;
class Database;

// The venue: its settings (name, currency, time zone, ...; the keys in SettingsRules) and the
// business day they define.
class Venue {
public:
    explicit Venue(CommandPipeline &pipeline);

    QString setting(const QString &key, const QString &fallback = QString());
    // Writes one setting (inside or outside a pipeline run; the cache is dropped either way).
    void setSetting(const QString &key, const QString &value);
    QString currency();
    QTimeZone timeZone();
    // The bill's rates as set now (unpaid bills follow them; a paid bill keeps its receipt's).
    Billing::Rates billingRates();
    // The cash rounding step in minor units (0: none).
    qint64 cashRounding();
    // The business day `utc` falls on, in the venue's time zone: "2026-12-04".
    QString businessDate(const QDateTime &utc);
    QString today();
    bool dayClosed(const QString &date);
    // The day close's own command closed `date` (inside its pipeline run; a rollback forgets it).
    void closedDay(const QString &date);
    // Every venue setting (unset ones empty), the currency's minor units and the business date.
    Reply publicSettings();
    QJsonObject settingsJson();
    // PUT /api/settings: changes the given keys (admin), journaled to every screen that shows
    // them. The currency is frozen once money has been taken.
    Reply update(const QJsonObject &body, const Principal &who);
    // Writes values SettingsRules::check() accepted, inside a pipeline run, and journals
    // `settings.updated` to the screens. Shared with first-run setup.
    void writeChecked(const QHash<QString, QString> &values);

private:
    CommandPipeline &m_pipeline;
    Database &m_db;
    const Clock &m_clock;
    // Settings are read by most commands (currency, time zone) and change rarely: kept until
    // setSetting(), or until a rollback (a value read inside it may never have been committed)
    // or another instance's write (Database::cacheEpoch).
    QHash<QString, QString> m_settings;
    bool m_settingsLoaded = false;
    quint64 m_settingsRollbacks = 0;
    // Business dates asked about, and whether each is closed; kept the same way.
    QHash<QString, bool> m_closed;
    quint64 m_closedEpoch = 0;
    std::optional<QString> m_zoneId; // the setting m_zone was made from
    QTimeZone m_zone;
};
