// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/bookings.h"
#include "domain/cashshifts.h"
#include "domain/catalog.h"
#include "domain/commissions.h"
#include "domain/credentials.h"
#include "domain/customers.h"
#include "domain/pipeline.h"
#include "domain/refunds.h"
#include "domain/setup.h"
#include "domain/signin.h"
#include "domain/staff.h"
#include "domain/taxinvoices.h"
#include "domain/therapisthours.h"
#include "domain/therapists.h"
#include "domain/till.h"
#include "domain/treatmentrooms.h"
#include "domain/venue.h"
#include "domain/visits.h"
#include "views/views.h"

class Clock;
class Database;

// The spa's domain, by aggregate: each area owns its rules and its SQL and writes through the
// one CommandPipeline (one transaction, the journal, then `committed`); the read side (Views)
// serves what screens show. This object only makes them and hands them out.
class SpaDomain {
public:
    SpaDomain(Database &db, const Clock &clock);

    CommandPipeline &pipeline() { return m_pipeline; }
    Venue &venue() { return m_venue; }
    Views &views() { return m_views; }
    SignIn &signIn() { return m_signIn; }
    Catalog &catalog() { return m_catalog; }
    Staff &staff() { return m_staff; }
    Therapists &therapists() { return m_therapists; }
    Visits &visits() { return m_visits; }
    Till &till() { return m_till; }
    Refunds &refunds() { return m_refunds; }
    TaxInvoices &taxInvoices() { return m_taxInvoices; }
    CashShifts &shifts() { return m_shifts; }
    FirstRunSetup &setup() { return m_setup; }
    TreatmentRooms &rooms() { return m_rooms; }
    Credentials &credentials() { return m_credentials; }
    Customers &customers() { return m_customers; }
    TherapistHours &therapistHours() { return m_therapistHours; }
    Bookings &bookings() { return m_bookings; }
    Commissions &commissions() { return m_commissions; }

    const Clock &clock() const { return m_clock; }
    Database &database() { return m_db; }

private:
    Database &m_db;
    const Clock &m_clock;
    CommandPipeline m_pipeline;
    Venue m_venue;
    Views m_views;
    SignIn m_signIn;
    Catalog m_catalog;
    Staff m_staff;
    Therapists m_therapists;
    Customers m_customers; // before m_visits, which checks customer ids through it
    Visits m_visits;
    Till m_till;
    Refunds m_refunds;
    TaxInvoices m_taxInvoices;
    CashShifts m_shifts;
    FirstRunSetup m_setup;
    TreatmentRooms m_rooms;
    Credentials m_credentials;
    TherapistHours m_therapistHours;
    Bookings m_bookings;
    Commissions m_commissions;
};
