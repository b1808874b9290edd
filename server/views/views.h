// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/bookingcalendar.h"
#include "store/journal.h"
#include "views/auditviews.h"
#include "views/bookingviews.h"
#include "views/catalogviews.h"
#include "views/customerviews.h"
#include "views/shiftviews.h"
#include "views/staffviews.h"
#include "views/tillviews.h"
#include "views/treatmentroomviews.h"
#include "views/visitviews.h"

// The read side: everything screens, pages and the API show, read from the store. The hub and
// the HTTP layer read through here and never run SQL themselves.
class Views {
public:
    Views(Database &db, Venue &venue, const Clock &clock)
        : m_shifts(db, venue)
        , m_staff(db)
        , m_catalog(db, venue)
        , m_till(db, venue, m_shifts)
        , m_visits(db, venue, clock, m_staff, m_till)
        , m_audit(db, venue)
        , m_journal(db)
        , m_rooms(db)
        , m_customers(db)
        , m_calendar(db, venue)
        , m_bookings(db, venue, clock, m_calendar, m_visits, m_customers)
    {
    }

    VisitViews &visits() { return m_visits; }
    StaffViews &staff() { return m_staff; }
    CatalogViews &catalog() { return m_catalog; }
    TillViews &till() { return m_till; }
    AuditViews &audit() { return m_audit; }
    Journal &journal() { return m_journal; }
    TreatmentRoomViews &rooms() { return m_rooms; }
    ShiftViews &shifts() { return m_shifts; }
    CustomerViews &customers() { return m_customers; }
    BookingCalendar &calendar() { return m_calendar; }
    BookingViews &bookings() { return m_bookings; }

private:
    ShiftViews m_shifts; // first: TillViews reads through it
    StaffViews m_staff;
    CatalogViews m_catalog;
    TillViews m_till;
    VisitViews m_visits;
    AuditViews m_audit;
    Journal m_journal;
    TreatmentRoomViews m_rooms;
    CustomerViews m_customers;
    BookingCalendar m_calendar;
    BookingViews m_bookings;
};
