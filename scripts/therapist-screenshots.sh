#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/therapist-*.png from the real therapist app against a real server
# with demo data. Needs a build (scripts/build.sh; BUILD=dir for another one). Runs offscreen.
source "$(dirname "$0")/demo-server.sh"

# Anna (staff 3): one customer done this morning and paid with a tip, one on the table for 25
# minutes, one more assigned and called. Budi and Chai free, Dewi on break.
checkin() { api POST /api/visits "$1" | json '["visit"]["id"]'; }
DONE=$(checkin '{"customer_name":"Kanya Deeprom","service_ids":[5],"therapist_id":3}')
api POST /api/visits/$DONE/start >/dev/null; api POST /api/visits/$DONE/complete >/dev/null
api POST /api/visits/$DONE/payments '{"method":"cash","amount":25000,"tip":4000,"tendered":30000,"idempotency_key":"therapist-shot-1"}' >/dev/null
NOW=$(checkin '{"customer_name":"Somchai Jaidee","service_ids":[1,5],"therapist_id":3,"notes":"Prefers firm pressure; sore left shoulder"}')
api POST /api/visits/$NOW/call >/dev/null # called first, so the card says "Call again"
api POST /api/visits/$NOW/start >/dev/null
# 25 minutes into the service, so the timer shows a service under way (the app counts from the
# server's started_at). The server has no clock to set, so the row is moved back; the next
# command makes the server read it again.
sqlite3 "$DATA/spa.db" "UPDATE visits SET started_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-25 minutes') WHERE id = $NOW"
NEXT=$(checkin '{"customer_name":"Ploy Srisai","service_ids":[2],"therapist_id":3,"notes":"First visit"}')
api POST /api/visits/$NEXT/call >/dev/null
checkin '{"customer_name":"Nok Wongsa","service_ids":[3]}' >/dev/null

# --lock-after 0: no idle lock while the shot is taken, except for the lock screen's own.
therapist() { "$BUILD"/therapist_app/spa-therapist --server "$BASE" "$@"; }
therapist --lock-after 0 --screenshot "$OUT/therapist-pin-landscape.png" --size 1280x800 --lang en --staff-id 3
therapist --lock-after 0 --screenshot "$OUT/therapist-pin-portrait.png" --size 800x1280 --lang en --staff-id 3
SPA_PIN=1111 therapist --lock-after 0 --screenshot "$OUT/therapist-queue-landscape.png" --size 1280x800 --lang en --staff-id 3
SPA_PIN=1111 therapist --lock-after 0 --screenshot "$OUT/therapist-queue-portrait.png" --size 800x1280 --lang en --staff-id 3
SPA_PIN=1111 therapist --lock-after 0 --screenshot "$OUT/therapist-queue-landscape-th.png" --size 1280x800 --lang th --staff-id 3
SPA_PIN=1111 therapist --lock-after 0 --screenshot "$OUT/therapist-queue-portrait-th.png" --size 800x1280 --lang th --staff-id 3
SPA_PIN=4444 therapist --lock-after 0 --screenshot "$OUT/therapist-break-portrait-id.png" --size 800x1280 --lang id --staff-id 6
SPA_PIN=1111 therapist --lock-after 1 --screenshot "$OUT/therapist-lock-portrait.png" --size 800x1280 --lang en --staff-id 3
echo "screenshots in $OUT"
