// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>

class Database;
class Venue;
class VisitViews;
class StaffViews;
class Clock;

// What the self check-in kiosk's screen needs, and nothing more (GET /api/checkin): the venue's
// name, currency and languages, the active services with prices and durations, and how long a
// walk-in checking in now would wait. No customer's name, phone or ticket is in it, so a stolen
// kiosk token reads nothing private.
class CheckinView {
public:
    CheckinView(Database &db, Venue &venue, const Clock &clock, VisitViews &visits,
                StaffViews &staff)
        : m_db(db)
        , m_venue(venue)
        , m_clock(clock)
        , m_visits(visits)
        , m_staff(staff)
    {
    }

    QJsonObject screen();

private:
    Database &m_db;
    Venue &m_venue;
    const Clock &m_clock;
    VisitViews &m_visits;
    StaffViews &m_staff;
};
