// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>

#include <optional>

class Clock;
class Database;

// The venue: its settings (name, currency, time zone) and the business day they define.
class Venue {
public:
    Venue(Database &db, const Clock &clock);

    QString setting(const QString &key, const QString &fallback = QString());
    // Writes one setting (inside or outside a pipeline run; the cache is dropped either way).
    void setSetting(const QString &key, const QString &value);
    QString currency();
    QTimeZone timeZone();
    // The business day `utc` falls on, in the venue's time zone: "2026-12-04".
    QString businessDate(const QDateTime &utc);
    QString today();
    bool dayClosed(const QString &date);
    // Venue settings the apps show (venue name, currency, time zone, business date).
    Reply publicSettings();

private:
    Database &m_db;
    const Clock &m_clock;
    // Settings are read by most commands (currency, time zone) and change rarely: kept until
    // setSetting(), or until a rollback (a value read inside it may never have been committed).
    QHash<QString, std::optional<QString>> m_settings;
    quint64 m_settingsRollbacks = 0;
    std::optional<QString> m_zoneId; // the setting m_zone was made from
    QTimeZone m_zone;
};
