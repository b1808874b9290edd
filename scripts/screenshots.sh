#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/*.png from the real apps against a real server with demo data.
# Needs a build (scripts/build.sh). Runs offscreen; no display needed.
source "$(dirname "$0")/demo-server.sh"
KIOSK=$(cat "$DATA/demo-kiosk.token")

# A morning at the spa: two in service, one called to a room, five waiting.
for guest in "Somchai Jaidee:1" "Ploy Srisai:2" "Kanokwan Srisawat:3" "Mali Chanthra:1" "Ari Putra:4" \
             "Dewi Lestari:5" "Budi Santoso:1" "Siti Rahma:3"; do
  api POST /api/visits "{\"customer_name\":\"${guest%%:*}\",\"service_ids\":[${guest##*:}]}" >/dev/null
done
for id in 1 2; do api POST /api/visits/$id/assign >/dev/null; api POST /api/visits/$id/start >/dev/null; done
api POST /api/visits/3/assign >/dev/null; api POST /api/visits/3/call >/dev/null
api POST /api/visits/1/complete >/dev/null

kiosk() { build/kiosk/spa-kiosk --server "$BASE" --token "$KIOSK" "$@"; }

ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
void_last() { curl -s -X POST "$BASE/api/payments/$(api GET /api/visits/1 | json '["visit"]["payments"][-1]["id"]')/void" \
  -H "Authorization: Bearer $ADMIN" -d '{"reason":"screenshot reset"}' >/dev/null; }

shot() { # name, seconds-before-payment, kiosk args...
  local name=$1 key=$2; shift 2
  (for _ in $(seq 100); do   # pay once the kiosk has joined the monitor room
     [ "$(curl -s "$BASE/health" | json '["rooms"]["monitor"]')" -ge 1 ] && break; sleep 0.2; done
   sleep 0.5; api POST /api/visits/1/payments "{\"method\":\"cash\",\"amount\":45000,\"tip\":5000,\"tendered\":50000,\"idempotency_key\":\"screenshot-$key\"}" >/dev/null) &
  local payer=$!
  kiosk --screenshot "$OUT/$name.png" --wait-for-notice "$@"
  wait $payer
  void_last
}
callshot() { # name, kiosk args...: the call banner, the wall's most important line
  local name=$1; shift
  (for _ in $(seq 100); do
     [ "$(curl -s "$BASE/health" | json '["rooms"]["monitor"]')" -ge 1 ] && break; sleep 0.2; done
   sleep 0.5; api POST /api/visits/3/call >/dev/null) &
  local caller=$!
  kiosk --screenshot "$OUT/$name.png" --wait-for-notice "$@"
  wait $caller
}
callshot kiosk-called-id --size 1920x1080 --lang id
callshot kiosk-called-th --size 1920x1080 --lang th
shot kiosk-landscape 1 --size 1920x1080 --lang en
shot kiosk-portrait 2 --size 1080x1920 --lang en
shot kiosk-landscape-th 3 --size 1920x1080 --lang th
shot kiosk-portrait-id 4 --size 1080x1920 --lang id
echo "screenshots in $OUT"
