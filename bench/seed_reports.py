#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seeds history into a stopped spa-server's SQLite database for the reports benchmark and the
Reports page's screenshots: DAYS business days ending yesterday, VISITS_PER_DAY visits each (a
busy venue: 150), with the demo venue's services and therapists. Rows go straight in with SQL, as
the server would have written them: visits (most paid, some cancelled or no-show, each with a
quoted and an actual wait), their service lines with net share and commission, gapless receipts,
payments (about 1.45 a visit: splits and tips), a few voids and refunds; every seeded day closed
(a stub Z report), so the server sums them for the reports when it next starts. No journal rows:
reports do not read the journal.

    bench/seed_reports.py DB DAYS [VISITS_PER_DAY]
"""
import datetime
import random
import sqlite3
import sys

def main():
    db_path, days = sys.argv[1], int(sys.argv[2])
    per_day = int(sys.argv[3]) if len(sys.argv) > 3 else 150
    rnd = random.Random(14)
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    services = db.execute("SELECT id, name, price, duration_min FROM services WHERE active = 1").fetchall()
    therapists = [r[0] for r in db.execute("SELECT id FROM staff WHERE role = 'therapist'")]
    staff = db.execute("SELECT id FROM staff WHERE role = 'cashier'").fetchone()[0]
    # Commissions: 10 % on everything, the first service a fixed amount.
    db.execute("UPDATE services SET commission_type = 'percent', commission_value = 1000")
    db.execute("UPDATE services SET commission_type = 'fixed', commission_value = 5000 WHERE id = ?", (services[0][0],))
    rate = {s[0]: ("fixed", 5000) if s[0] == services[0][0] else ("percent", 1000) for s in services}
    visit_id = (db.execute("SELECT COALESCE(MAX(id), 0) FROM visits").fetchone()[0])
    receipt_no = db.execute("SELECT value FROM counters WHERE name = 'receipt_no'").fetchone()[0]
    pay_id = db.execute("SELECT COALESCE(MAX(id), 0) FROM payments").fetchone()[0]
    today = datetime.date.today()
    first = today - datetime.timedelta(days=days)
    visits, lines, receipts, payments, refunds = [], [], [], [], []
    line_id = db.execute("SELECT COALESCE(MAX(id), 0) FROM visit_services").fetchone()[0]
    methods = ["cash", "card", "ewallet"]
    def flush():
        db.executemany("INSERT INTO visits (id, business_date, ticket_no, code, customer_name, status, therapist_id,"
                       " total, duration_min, created_at, assigned_at, started_at, completed_at, closed_at, discount,"
                       " quoted_wait_min, wait_s) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", visits)
        db.executemany("INSERT INTO visit_services (id, visit_id, service_id, name, price, duration_min, net, commission,"
                       " commission_type, commission_value) VALUES (?,?,?,?,?,?,?,?,?,?)", lines)
        db.executemany("INSERT INTO receipts (receipt_no, visit_id, business_date, paid_at, subtotal, discount, base,"
                       " service_charge, tax, total, service_charge_bp, tax_bp, tax_label, prices_include_tax)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,0,0,'VAT',0)", receipts)
        db.executemany("INSERT INTO payments (id, visit_id, kind, method, amount, tip, therapist_id, staff_id,"
                       " idempotency_key, voids_payment_id, reason, business_date, created_at)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", payments)
        db.executemany("INSERT INTO refunds (visit_id, receipt_no, method, amount, reason, staff_id, business_date,"
                       " created_at) VALUES (?,?,?,?,?,?,?,?)", refunds)
        for l in (visits, lines, receipts, payments, refunds):
            l.clear()
    for d in range(days):
        day = first + datetime.timedelta(days=d)
        date = day.isoformat()
        for n in range(per_day):
            visit_id += 1
            t = datetime.datetime(day.year, day.month, day.day, 10, 0) + datetime.timedelta(seconds=rnd.randrange(11 * 3600))
            iso = lambda x: x.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            chosen = rnd.sample(services, 1 if rnd.random() < 0.8 else 2)
            subtotal = sum(s[2] for s in chosen)
            discount = subtotal // 10 if rnd.random() < 0.1 else 0
            base = subtotal - discount
            therapist = rnd.choice(therapists)
            quoted = rnd.choice([0, 0, 5, 10, 15, 20, 30, 45])
            wait_s = max(0, int(quoted * 60 * rnd.uniform(0.6, 1.5)) + rnd.randrange(300))
            status = "paid"
            r = rnd.random()
            if r < 0.03:
                status = "cancelled"
            elif r < 0.05:
                status = "no_show"
            started = t + datetime.timedelta(seconds=wait_s)
            done = started + datetime.timedelta(minutes=sum(s[3] for s in chosen))
            paid = status == "paid"
            visits.append((visit_id, date, n + 1, f"S{visit_id:09d}", f"Guest {visit_id}", status,
                           therapist if paid else None, subtotal, sum(s[3] for s in chosen), iso(t),
                           iso(t) if paid else None, iso(started) if paid else None, iso(done) if paid else None,
                           iso(done) if paid or status != "paid" else None, discount, quoted,
                           wait_s if paid else None))
            given = 0
            for i, s in enumerate(chosen):
                line_id += 1
                net = base - given if i == len(chosen) - 1 else (2 * base * s[2] + subtotal) // (2 * subtotal)
                given += net
                kind, value = rate[s[0]]
                commission = value if kind == "fixed" else (net * value + 5000) // 10000
                lines.append((line_id, visit_id, s[0], s[1], s[2], s[3], net if paid else None,
                              commission if paid else None, kind if paid else None, value if paid else None))
            if not paid:
                continue
            receipt_no += 1
            receipts.append((receipt_no, visit_id, date, iso(done), subtotal, discount, base, 0, 0, base))
            tip = rnd.choice([0, 0, 0, 2000, 5000, 10000])
            parts = [base] if rnd.random() < 0.47 else [base // 2, base - base // 2]
            for k, amount in enumerate(parts):
                pay_id += 1
                method = rnd.choice(methods)
                payments.append((pay_id, visit_id, "payment", method, amount, tip if k == 0 else 0, therapist, staff,
                                 f"seed-{pay_id}", None, None, date, iso(done)))
                if rnd.random() < 0.005:  # a void, and the same payment taken again
                    pay_id += 1
                    payments.append((pay_id, visit_id, "void", method, -amount, -(tip if k == 0 else 0), therapist,
                                     staff, None, pay_id - 1, "wrong method", date, iso(done)))
                    pay_id += 1
                    payments.append((pay_id, visit_id, "payment", method, amount, tip if k == 0 else 0, therapist,
                                     staff, f"seed-{pay_id}", None, None, date, iso(done)))
            if rnd.random() < 0.005:
                refunds.append((visit_id, receipt_no, "card", base // 4, "complaint", staff, date, iso(done)))
        if len(visits) > 20000:
            flush()
    flush()
    # Each seeded day closed, as a venue closes its days: the server sums closed days for the
    # reports when it starts (DaySummaries::backfill). The stored Z report is a stub.
    db.executemany("INSERT INTO day_closes (business_date, closed_at, closed_by, report) VALUES (?, ?, NULL, ?)",
                   [((first + datetime.timedelta(days=d)).isoformat(),
                     (first + datetime.timedelta(days=d + 1)).strftime("%Y-%m-%dT00:00:00.000Z"), '{"seeded":true}')
                    for d in range(days)])
    db.execute("UPDATE counters SET value = ? WHERE name = 'receipt_no'", (receipt_no,))
    db.commit()
    counts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("visits", "payments", "receipts")}
    db.execute("ANALYZE")
    db.commit()
    print(f"seeded {days} days from {first}: {counts}")

if __name__ == "__main__":
    main()
