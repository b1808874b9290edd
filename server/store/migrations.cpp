// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migrations.h"

// Append new steps at the end; never edit a released one. SQL kept to what SQLite and PostgreSQL
// both run. Money columns hold integer minor units; times are ISO 8601 UTC text.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> all = {
        { 1,
          "initial schema",
          {
              "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE TABLE staff ("
              " id {{ID}},"
              " username TEXT UNIQUE,"
              " display_name TEXT NOT NULL,"
              " role TEXT NOT NULL CHECK (role IN ('admin','cashier','therapist')),"
              " password_hash TEXT,"
              " pin_hash TEXT,"
              " active INTEGER NOT NULL DEFAULT 1,"
              " created_at TEXT NOT NULL)",
              "CREATE TABLE services ("
              " id {{ID}},"
              " name TEXT NOT NULL,"
              " duration_min INTEGER NOT NULL CHECK (duration_min > 0),"
              " price BIGINT NOT NULL CHECK (price >= 0),"
              " active INTEGER NOT NULL DEFAULT 1,"
              " created_at TEXT NOT NULL)",
              "CREATE TABLE rooms (id {{ID}}, name TEXT NOT NULL UNIQUE,"
              " active INTEGER NOT NULL DEFAULT 1)",
              // turn_since: when the therapist last took a customer or came on shift; the
              // available therapist with the oldest value gets the next walk-in.
              "CREATE TABLE therapist_state ("
              " staff_id BIGINT PRIMARY KEY REFERENCES staff(id),"
              " status TEXT NOT NULL CHECK (status IN ('available','busy','on_break','off')),"
              " turn_since TEXT NOT NULL,"
              " status_since TEXT NOT NULL)",
              "CREATE TABLE visits ("
              " id {{ID}},"
              " business_date TEXT NOT NULL,"
              " ticket_no INTEGER NOT NULL,"
              " code TEXT NOT NULL UNIQUE,"
              " customer_name TEXT NOT NULL,"
              " phone TEXT,"
              " notes TEXT,"
              " status TEXT NOT NULL CHECK (status IN ('waiting','assigned','in_service',"
              "'awaiting_payment','paid','cancelled','no_show')),"
              " therapist_id BIGINT REFERENCES staff(id),"
              " room_id BIGINT REFERENCES rooms(id),"
              " total BIGINT NOT NULL,"
              " duration_min INTEGER NOT NULL,"
              " created_at TEXT NOT NULL,"
              " assigned_at TEXT,"
              " called_at TEXT,"
              " started_at TEXT,"
              " completed_at TEXT,"
              " closed_at TEXT,"
              " cancel_reason TEXT,"
              " UNIQUE (business_date, ticket_no))",
              "CREATE INDEX visits_status ON visits(status)",
              "CREATE INDEX visits_date ON visits(business_date)",
              "CREATE TABLE visit_services ("
              " id {{ID}},"
              " visit_id BIGINT NOT NULL REFERENCES visits(id),"
              " service_id BIGINT NOT NULL REFERENCES services(id),"
              " name TEXT NOT NULL,"
              " price BIGINT NOT NULL,"
              " duration_min INTEGER NOT NULL)",
              "CREATE INDEX visit_services_visit ON visit_services(visit_id)",
              // Money rows are append-only: a void is a new row with negative amounts.
              "CREATE TABLE payments ("
              " id {{ID}},"
              " visit_id BIGINT NOT NULL REFERENCES visits(id),"
              " kind TEXT NOT NULL CHECK (kind IN ('payment','void')),"
              " method TEXT NOT NULL CHECK (method IN ('cash','card','ewallet')),"
              " amount BIGINT NOT NULL,"
              " tip BIGINT NOT NULL DEFAULT 0,"
              " tendered BIGINT,"
              " change_due BIGINT NOT NULL DEFAULT 0,"
              " therapist_id BIGINT REFERENCES staff(id),"
              " staff_id BIGINT REFERENCES staff(id),"
              " idempotency_key TEXT UNIQUE,"
              " voids_payment_id BIGINT UNIQUE REFERENCES payments(id),"
              " reason TEXT,"
              " business_date TEXT NOT NULL,"
              " created_at TEXT NOT NULL)",
              "CREATE INDEX payments_visit ON payments(visit_id)",
              "CREATE INDEX payments_date ON payments(business_date)",
              "CREATE TABLE day_closes ("
              " business_date TEXT PRIMARY KEY,"
              " closed_at TEXT NOT NULL,"
              " closed_by BIGINT REFERENCES staff(id),"
              " report TEXT NOT NULL)",
              "CREATE TABLE devices (id {{ID}}, name TEXT NOT NULL, role TEXT NOT NULL DEFAULT "
              "'monitor',"
              " active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)",
              "CREATE TABLE tokens ("
              " token_hash TEXT PRIMARY KEY,"
              " role TEXT NOT NULL,"
              " staff_id BIGINT REFERENCES staff(id),"
              " device_id BIGINT REFERENCES devices(id),"
              " created_at TEXT NOT NULL,"
              " expires_at TEXT,"
              " revoked INTEGER NOT NULL DEFAULT 0)",
              // The journal and outbox: every committed change, in order.
              "CREATE TABLE events ("
              " seq {{ID}},"
              " created_at TEXT NOT NULL,"
              " type TEXT NOT NULL,"
              " rooms TEXT NOT NULL,"
              " notify INTEGER NOT NULL DEFAULT 0,"
              " payload TEXT NOT NULL)",
          } },
        { 2,
          "visit discounts",
          {
              // `total` stays the sum of the services' prices; what is due is total - discount.
              "ALTER TABLE visits ADD COLUMN discount BIGINT NOT NULL DEFAULT 0",
              "ALTER TABLE visits ADD COLUMN discount_reason TEXT",
          } },
        { 3,
          "audit trail: who, from where, hash chain",
          {
              // actor: "staff:3", "device:2", "ticket:<visit id>" or "system"; actor_role and
              // actor_name as they were then; address: the client's remote address ('' for the
              // server's own work). Rows from before this migration keep NULL (not chained).
              "ALTER TABLE events ADD COLUMN actor TEXT",
              "ALTER TABLE events ADD COLUMN actor_role TEXT",
              "ALTER TABLE events ADD COLUMN actor_name TEXT",
              "ALTER TABLE events ADD COLUMN address TEXT",
              // SHA-256 over the previous row's hash and this row (store/auditchain.h).
              "ALTER TABLE events ADD COLUMN hash TEXT",
              "CREATE INDEX events_created_at ON events(created_at)",
              // The chain starts at the first row written after this migration.
              "CREATE TABLE audit_chain (start_seq BIGINT NOT NULL)",
              "INSERT INTO audit_chain (start_seq) SELECT COALESCE(MAX(seq), 0) + 1 FROM events",
          } },
        { 4,
          "room capacity",
          {
              // How many visits a treatment room holds at once (a couple's room: 2).
              "ALTER TABLE rooms ADD COLUMN capacity INTEGER NOT NULL DEFAULT 1",
          } },
        { 5,
          "the till: bill breakdown, gapless receipts, refunds, cash shifts",
          {
              // Named gapless counters, moved on inside the transaction that uses the number, so
              // a rollback or a killed server gives the number back (receipt_no: per venue).
              "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
              "INSERT INTO counters (name, value) VALUES ('receipt_no', 0)",
              // A cash drawer's shift. open_flag is 1 while open and NULL once closed: the UNIQUE
              // keeps one shift open at a time on both engines (NULLs never collide).
              "CREATE TABLE cash_shifts ("
              " id {{ID}},"
              " business_date TEXT NOT NULL,"
              " opened_by BIGINT REFERENCES staff(id),"
              " opened_at TEXT NOT NULL,"
              " opening_float BIGINT NOT NULL CHECK (opening_float >= 0),"
              " float_detail TEXT,"
              " open_flag INTEGER UNIQUE,"
              " closed_by BIGINT REFERENCES staff(id),"
              " closed_at TEXT,"
              " expected BIGINT,"
              " counted BIGINT,"
              " over_short BIGINT,"
              " counted_detail TEXT,"
              " note TEXT)",
              "CREATE INDEX cash_shifts_date ON cash_shifts(business_date)",
              "CREATE TABLE shift_cash ("
              " id {{ID}},"
              " shift_id BIGINT NOT NULL REFERENCES cash_shifts(id),"
              " kind TEXT NOT NULL CHECK (kind IN ('pay_in','pay_out')),"
              " amount BIGINT NOT NULL CHECK (amount > 0),"
              " reason TEXT NOT NULL,"
              " staff_id BIGINT REFERENCES staff(id),"
              " business_date TEXT NOT NULL,"
              " created_at TEXT NOT NULL)",
              "CREATE INDEX shift_cash_shift ON shift_cash(shift_id)",
              // The cash payment's (and cash void's) drawer shift; the part of `amount` that is
              // cash rounding (its own line, so the bill's lines and the money agree).
              "ALTER TABLE payments ADD COLUMN shift_id BIGINT REFERENCES cash_shifts(id)",
              "ALTER TABLE payments ADD COLUMN rounding BIGINT NOT NULL DEFAULT 0",
              // A paid bill as it was paid: its number, time, lines and rates. Later rate changes
              // never touch it. A voided and re-paid visit gets a new number; the old one stays.
              "CREATE TABLE receipts ("
              " receipt_no BIGINT PRIMARY KEY,"
              " visit_id BIGINT NOT NULL REFERENCES visits(id),"
              " business_date TEXT NOT NULL,"
              " paid_at TEXT NOT NULL,"
              " subtotal BIGINT NOT NULL,"
              " discount BIGINT NOT NULL,"
              " base BIGINT NOT NULL,"
              " service_charge BIGINT NOT NULL,"
              " tax BIGINT NOT NULL,"
              " total BIGINT NOT NULL,"
              " service_charge_bp INTEGER NOT NULL,"
              " tax_bp INTEGER NOT NULL,"
              " tax_label TEXT NOT NULL,"
              " prices_include_tax INTEGER NOT NULL)",
              "CREATE INDEX receipts_visit ON receipts(visit_id)",
              // Money back: new rows on the day they are made, never a change to the payment.
              "CREATE TABLE refunds ("
              " id {{ID}},"
              " visit_id BIGINT NOT NULL REFERENCES visits(id),"
              " receipt_no BIGINT REFERENCES receipts(receipt_no),"
              " method TEXT NOT NULL CHECK (method IN ('cash','card','ewallet')),"
              " amount BIGINT NOT NULL CHECK (amount > 0),"
              " reason TEXT NOT NULL,"
              " staff_id BIGINT REFERENCES staff(id),"
              " approved_by BIGINT REFERENCES staff(id),"
              " shift_id BIGINT REFERENCES cash_shifts(id),"
              " idempotency_key TEXT UNIQUE,"
              " business_date TEXT NOT NULL,"
              " created_at TEXT NOT NULL)",
              "CREATE INDEX refunds_visit ON refunds(visit_id)",
              "CREATE INDEX refunds_date ON refunds(business_date)",
          } },
        { 6,
          "bookings, customers, working hours",
          {
              // A customer record, found by phone or name at check-in and booking. health_notes
              // (contraindications) are shown only to the desk and the therapist serving them.
              "CREATE TABLE customers ("
              " id {{ID}},"
              " name TEXT NOT NULL,"
              " phone TEXT,"
              " language TEXT,"
              " notes TEXT,"
              " health_notes TEXT,"
              " preferred_therapist_id BIGINT REFERENCES staff(id),"
              " created_at TEXT NOT NULL,"
              " updated_at TEXT NOT NULL)",
              "CREATE INDEX customers_phone ON customers(phone)",
              "CREATE INDEX customers_name ON customers(name)",
              // A therapist's weekly hours and one-off exceptions, as the JSON PUT
              // /api/therapists/{id}/hours takes (local times in the venue's zone).
              "CREATE TABLE therapist_hours ("
              " staff_id BIGINT PRIMARY KEY REFERENCES staff(id),"
              " hours TEXT NOT NULL,"
              " updated_at TEXT NOT NULL)",
              // One booking (one customer, or a couple or group sharing a start and a room);
              // end_at: the latest guest's end, without the clean-up buffer.
              "CREATE TABLE bookings ("
              " id {{ID}},"
              " customer_id BIGINT REFERENCES customers(id),"
              " customer_name TEXT NOT NULL,"
              " phone TEXT,"
              " notes TEXT,"
              " room_id BIGINT REFERENCES rooms(id),"
              " start_at TEXT NOT NULL,"
              " end_at TEXT NOT NULL,"
              " business_date TEXT NOT NULL,"
              " status TEXT NOT NULL CHECK (status IN ('booked','arrived','cancelled','no_show')),"
              " cancel_reason TEXT,"
              " created_at TEXT NOT NULL,"
              " updated_at TEXT NOT NULL,"
              " closed_at TEXT)",
              "CREATE INDEX bookings_date ON bookings(business_date)",
              "CREATE INDEX bookings_start ON bookings(start_at)",
              "CREATE INDEX bookings_customer ON bookings(customer_id)",
              // Each guest of a booking with their therapist (NULL: any) and services; visit_id
              // once the booking has arrived. start_at copies the booking's, for the indexes.
              "CREATE TABLE booking_guests ("
              " id {{ID}},"
              " booking_id BIGINT NOT NULL REFERENCES bookings(id),"
              " guest_no INTEGER NOT NULL,"
              " customer_id BIGINT REFERENCES customers(id),"
              " customer_name TEXT NOT NULL,"
              " therapist_id BIGINT REFERENCES staff(id),"
              " start_at TEXT NOT NULL,"
              " end_at TEXT NOT NULL,"
              " duration_min INTEGER NOT NULL,"
              " total BIGINT NOT NULL,"
              " visit_id BIGINT REFERENCES visits(id),"
              " UNIQUE (booking_id, guest_no))",
              "CREATE INDEX booking_guests_therapist ON booking_guests(therapist_id, start_at)",
              "CREATE INDEX booking_guests_start ON booking_guests(start_at)",
              "CREATE TABLE booking_services ("
              " id {{ID}},"
              " guest_id BIGINT NOT NULL REFERENCES booking_guests(id),"
              " service_id BIGINT NOT NULL REFERENCES services(id),"
              " name TEXT NOT NULL,"
              " price BIGINT NOT NULL,"
              " duration_min INTEGER NOT NULL)",
              "CREATE INDEX booking_services_guest ON booking_services(guest_id)",
              // A visit's customer record and the booking it came from (both optional).
              "ALTER TABLE visits ADD COLUMN customer_id BIGINT REFERENCES customers(id)",
              "ALTER TABLE visits ADD COLUMN booking_id BIGINT REFERENCES bookings(id)",
              "CREATE INDEX visits_customer ON visits(customer_id)",
          } },
        { 7,
          "commissions, quoted waits, report indexes",
          {
              // A service's commission: 'percent' (value in basis points of the line's net
              // price, after discount, before service charge and tax), 'fixed' (value in minor
              // units per service done) or 'none'.
              "ALTER TABLE services ADD COLUMN commission_type TEXT NOT NULL DEFAULT 'none'",
              "ALTER TABLE services ADD COLUMN commission_value BIGINT NOT NULL DEFAULT 0",
              // One therapist's own rate for a service, over the service's.
              "CREATE TABLE commission_overrides ("
              " staff_id BIGINT NOT NULL REFERENCES staff(id),"
              " service_id BIGINT NOT NULL REFERENCES services(id),"
              " commission_type TEXT NOT NULL CHECK (commission_type IN "
              "('none','percent','fixed')),"
              " commission_value BIGINT NOT NULL,"
              " PRIMARY KEY (staff_id, service_id))",
              // Written when the bill is paid (the rate as it was then): the line's net share
              // of the bill and the therapist's commission on it.
              "ALTER TABLE visit_services ADD COLUMN net BIGINT",
              "ALTER TABLE visit_services ADD COLUMN commission BIGINT",
              "ALTER TABLE visit_services ADD COLUMN commission_type TEXT",
              "ALTER TABLE visit_services ADD COLUMN commission_value BIGINT",
              // The wait quoted at check-in (minutes; NULL when none could be given) and the
              // wait until the service started (seconds), for quoted-vs-actual.
              "ALTER TABLE visits ADD COLUMN quoted_wait_min INTEGER",
              "ALTER TABLE visits ADD COLUMN wait_s INTEGER",
              // Reports read ranges of business days; these cover what they sum, so a year's
              // report reads the indexes only (one more B-tree insert per payment or visit).
              "CREATE INDEX receipts_date ON receipts(business_date)",
              "CREATE INDEX visits_date_status ON visits(business_date, status)",
              "CREATE INDEX visits_date_waits ON visits(business_date, quoted_wait_min, wait_s)",
              "CREATE INDEX payments_report ON payments(business_date, method, kind, therapist_id,"
              " amount, tip, rounding)",
          } },
        { 9,
          "no-sale drawer openings on the cash shift",
          {
              // The drawer opened without a sale ("Open drawer" at the desk): who, when, why, on
              // which shift. Counted on the shift and its close, never money.
              "CREATE TABLE shift_no_sales ("
              " id {{ID}},"
              " shift_id BIGINT NOT NULL REFERENCES cash_shifts(id),"
              " staff_id BIGINT REFERENCES staff(id),"
              " reason TEXT,"
              " business_date TEXT NOT NULL,"
              " created_at TEXT NOT NULL)",
              "CREATE INDEX shift_no_sales_shift ON shift_no_sales(shift_id)",
          } },
        { 10,
          "full tax invoices on request",
          {
              // The buyer a full tax invoice names, one per receipt (a tax office accepts one
              // invoice per sale): the receipt keeps its number, lines and rates, this adds who
              // bought. Never updated; a voided and re-paid bill has a new receipt of its own.
              "CREATE TABLE tax_invoices ("
              " receipt_no BIGINT PRIMARY KEY REFERENCES receipts(receipt_no),"
              " visit_id BIGINT NOT NULL REFERENCES visits(id),"
              " buyer_name TEXT NOT NULL,"
              " buyer_address TEXT NOT NULL,"
              " buyer_tax_id TEXT NOT NULL,"
              " staff_id BIGINT REFERENCES staff(id),"
              " created_at TEXT NOT NULL)",
              "CREATE INDEX tax_invoices_visit ON tax_invoices(visit_id)",
          } },
        { 11,
          "per-day report summaries of closed days",
          {
              // A closed business day is frozen (payments, voids, check-ins and closes of it
              // are refused), so what the range reports sum from it is summed once, at the
              // close, into these: the rows the reports' live queries give for that day
              // (views/reportsources.*). A range report reads them for its closed days and the
              // live tables only for the days still open.
              "CREATE TABLE report_days (business_date TEXT PRIMARY KEY)",
              "CREATE TABLE report_visits (business_date TEXT NOT NULL, status TEXT NOT NULL,"
              " n BIGINT NOT NULL)",
              "CREATE INDEX report_visits_date ON report_visits(business_date)",
              "CREATE TABLE report_bills (business_date TEXT NOT NULL, n BIGINT NOT NULL,"
              " subtotal BIGINT NOT NULL, discount BIGINT NOT NULL, base BIGINT NOT NULL,"
              " service_charge BIGINT NOT NULL, tax BIGINT NOT NULL, total BIGINT NOT NULL,"
              " discounted BIGINT NOT NULL)",
              "CREATE INDEX report_bills_date ON report_bills(business_date)",
              "CREATE TABLE report_payments (business_date TEXT NOT NULL, method TEXT NOT NULL,"
              " kind TEXT NOT NULL, n BIGINT NOT NULL, amount BIGINT NOT NULL,"
              " tip BIGINT NOT NULL, rounding BIGINT NOT NULL, therapist_id BIGINT)",
              "CREATE INDEX report_payments_date ON report_payments(business_date)",
              "CREATE TABLE report_refunds (business_date TEXT NOT NULL, method TEXT NOT NULL,"
              " n BIGINT NOT NULL, amount BIGINT NOT NULL)",
              "CREATE INDEX report_refunds_date ON report_refunds(business_date)",
              "CREATE TABLE report_lines (business_date TEXT NOT NULL, therapist_id BIGINT,"
              " service_id BIGINT, name TEXT NOT NULL, n BIGINT NOT NULL, gross BIGINT NOT NULL,"
              " net BIGINT NOT NULL, commission BIGINT NOT NULL)",
              "CREATE INDEX report_lines_date ON report_lines(business_date)",
              "CREATE TABLE report_waits (business_date TEXT NOT NULL, wait_min BIGINT NOT NULL,"
              " quoted_min BIGINT NOT NULL, n BIGINT NOT NULL, wait_s BIGINT NOT NULL,"
              " longer BIGINT NOT NULL)",
              "CREATE INDEX report_waits_date ON report_waits(business_date)",
          } },
        { 12,
          "partial indexes on the visits still open",
          {
              // The queue's hot reads count the visits a room or a therapist holds now, and
              // list the open ones. Only a handful of a venue's visits are open at a time;
              // these indexes hold just those, so the reads stay small however long the
              // history grows and however stale the planner's statistics are (PostgreSQL
              // planned a scan of every visit per room while a busy day outgrew its last
              // ANALYZE). Each predicate is the queries' own list, as SQLite needs.
              "CREATE INDEX visits_room_busy ON visits(room_id)"
              " WHERE status IN ('assigned', 'in_service')",
              "CREATE INDEX visits_therapist_busy ON visits(therapist_id)"
              " WHERE status IN ('assigned', 'in_service')",
              "CREATE INDEX visits_open ON visits(status)"
              " WHERE status IN ('waiting', 'assigned', 'in_service', 'awaiting_payment')",
          } },
        // No step 8: the self check-in role needed no schema change (devices.role has no
        // CHECK). The runner goes by the set of steps applied, so a gap is harmless.
    };
    return all;
}
