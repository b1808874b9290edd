#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates issue 16's screenshots in docs/screenshots: the tablet's "my day" (Anna, portrait
# and landscape, English and Thai) and its main screen with the next booking, the wall with
# "arriving soon" (1920x1080, English and Thai), and the desk's check-in dialog with a regular
# found by her phone (1366x768 and 1920x1080, English and Thai), against a real server with demo data.
# BUILD=dir and OUT=dir as in cashier-screenshots.sh.
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }
KIOSK=$(cat "$DATA/demo-kiosk.token")
# A start `$1` minutes from now on a quarter hour, ISO UTC.
at() { python3 -c "import datetime as d; t=d.datetime.now(d.timezone.utc)+d.timedelta(minutes=$1); \
t=t.replace(minute=t.minute//15*15, second=0, microsecond=0); print(t.strftime('%Y-%m-%dT%H:%M:%SZ'))"; }
customer() { api POST /api/customers "$1" | json '["customer"]["id"]'; }

# Regulars with their wishes, booked with Anna (3) today; one more with Budi for the wall.
MALI=$(customer '{"name":"Mali Srisuk","phone":"+66 81 234 5678","language":"th","notes":"Firm pressure; likes the room warm","health_notes":"High blood pressure","preferred_therapist_id":3}')
SOMCHAI=$(customer '{"name":"Somchai Kaewkla","phone":"0823456789","language":"en","notes":"Quiet session, no talking"}')
quiet_api POST /api/bookings "{\"customer_id\":$SOMCHAI,\"service_ids\":[1,5],\"therapist_id\":3,\"start\":\"$(at 45)\"}"
quiet_api POST /api/bookings "{\"customer_id\":$MALI,\"service_ids\":[2],\"therapist_id\":3,\"start\":\"$(at 180)\"}"
quiet_api POST /api/bookings "{\"customer_name\":\"Ploy Srisai\",\"service_ids\":[1],\"therapist_id\":4,\"start\":\"$(at 30)\"}"
quiet_api POST /api/bookings "{\"customer_name\":\"Wanida Sukprasert\",\"service_ids\":[3],\"therapist_id\":5,\"start\":\"$(at 20)\"}"
# Mali's earlier visit, paid (the desk shows one visit and her spend); Anna served a walk-in
# this morning and has one on the table.
V=$(api POST /api/visits "{\"customer_id\":$MALI,\"service_ids\":[5],\"therapist_id\":3}" | json '["visit"]["id"]')
for step in start complete; do quiet_api POST /api/visits/$V/$step; done
quiet_api POST /api/visits/$V/payments '{"method":"cash","amount":25000,"tendered":25000,"idempotency_key":"myday-shot-1"}'
W=$(api POST /api/visits '{"customer_name":"Kanya Deeprom","service_ids":[5],"therapist_id":3}' | json '["visit"]["id"]')
quiet_api POST /api/visits/$W/start
# Two waiting walk-ins for the wall.
quiet_api POST /api/visits '{"customer_name":"Nok Wongsa","service_ids":[3]}'
quiet_api POST /api/visits '{"customer_name":"Ari Putra","service_ids":[1]}'

therapist() { SPA_PIN=1111 "$BUILD"/therapist_app/spa-therapist --server "$BASE" --lock-after 0 --staff-id 3 "$@"; }
for lang in en th; do
  suffix=$([ $lang = en ] && echo "" || echo "-$lang")
  SPA_PAGE=myday therapist --screenshot "$OUT/therapist-myday-portrait$suffix.png" --size 800x1280 --lang $lang
  SPA_PAGE=myday therapist --screenshot "$OUT/therapist-myday-landscape$suffix.png" --size 1280x800 --lang $lang
  therapist --screenshot "$OUT/therapist-next-booking-portrait$suffix.png" --size 800x1280 --lang $lang
  "$BUILD"/kiosk/spa-kiosk --server "$BASE" --token "$KIOSK" --screenshot "$OUT/kiosk-arriving-soon$suffix.png" \
    --size 1920x1080 --lang $lang
  for size in 1366x768 1920x1080; do
    SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=checkin-customer "$BUILD"/cashier_app/spa-cashier \
      --server "$BASE" --screenshot "$OUT/cashier-checkin-customer$suffix-$size.png" --size $size --lang $lang
  done
done
echo "screenshots in $OUT"
