// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spa.h"

SpaDomain::SpaDomain(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_pipeline(db, clock)
    , m_venue(m_pipeline)
    , m_views(db, m_venue, clock)
    , m_signIn(m_pipeline, m_views.staff())
    , m_catalog(m_pipeline, m_views.catalog())
    , m_staff(m_pipeline, m_views.staff(), m_signIn)
    , m_therapists(m_pipeline, m_views.staff())
    , m_customers(m_pipeline, m_views.customers())
    , m_visits(m_pipeline, m_venue, m_views.visits(), m_views.staff(), m_therapists, m_customers,
               m_views.calendar())
    , m_till(m_pipeline, m_venue, m_views.visits(), m_views.till(), m_views.shifts())
    , m_refunds(m_pipeline, m_venue, m_views.visits(), m_views.shifts())
    , m_taxInvoices(m_pipeline, m_views.visits())
    , m_shifts(m_pipeline, m_venue, m_views.shifts())
    , m_setup(m_pipeline, m_venue, m_signIn, m_views.staff())
    , m_rooms(m_pipeline, m_views.rooms())
    , m_credentials(m_pipeline, m_signIn, m_staff)
    , m_therapistHours(m_pipeline)
    , m_bookings(m_pipeline, m_venue, m_views.calendar(), m_views.bookings(), m_visits, m_customers)
    , m_commissions(m_pipeline, m_views.catalog())
{
}
