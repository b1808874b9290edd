// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/journal.h"
#include "views/auditviews.h"
#include "views/catalogviews.h"
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

private:
    ShiftViews m_shifts; // first: TillViews reads through it
    StaffViews m_staff;
    CatalogViews m_catalog;
    TillViews m_till;
    VisitViews m_visits;
    AuditViews m_audit;
    Journal m_journal;
    TreatmentRoomViews m_rooms;
};
