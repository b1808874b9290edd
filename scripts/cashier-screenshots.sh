#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-*.png: every front-desk screen (sign-in, the queue board,
# check-in, assign, a checkout with a split payment and change due, the day view) at 1366x768
# and 1920x1080, in English and Thai (a few in Indonesian), against a real server with demo
# data. BUILD=dir takes another build's binaries, OUT=dir writes elsewhere; SCREENS="queue day"
# takes only those (a build from before a screen existed has no page for it).
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }

for guest in "Somchai Jaidee:1" "Ploy Srisai:2" "Nok Wongsa:3,5" "Mali Chanthra:1" "Ari Putra:4" \
             "Dewi Lestari:5" "Budi Santoso:1" "Siti Rahma:3" "Kanya Deeprom:1" "Wanida Suk:2"; do
  quiet_api POST /api/visits "{\"customer_name\":\"${guest%%:*}\",\"service_ids\":[${guest##*:}]}"
done
# Three paid earlier in the day (one with a tip, one split), two in service, one awaiting payment.
for id in 1 2 3; do quiet_api POST /api/visits/$id/assign; quiet_api POST /api/visits/$id/start; quiet_api POST /api/visits/$id/complete; done
quiet_api POST /api/visits/1/payments '{"method":"card","amount":45000,"tip":5000,"idempotency_key":"shot-pay-0001"}'
quiet_api POST /api/visits/2/payments '{"method":"cash","amount":60000,"tendered":60000,"idempotency_key":"shot-pay-0002"}'
quiet_api POST /api/visits/2/payments '{"method":"ewallet","amount":60000,"tip":10000,"idempotency_key":"shot-pay-0003"}'
for id in 4 5; do quiet_api POST /api/visits/$id/assign; quiet_api POST /api/visits/$id/start; done
quiet_api POST /api/visits/6/assign
quiet_api POST /api/visits/6/call

VENUE=$(api GET /api/settings | json '["venue_name"]')
shot() { # name page size lang
  if [ "$2" = signin ]; then
    # Nobody signed in (no saved session), on a desk that has seen the venue's name before.
    local config=$DATA/signin-config
    mkdir -p "$config/SpaSuite"
    printf '[cashier]\nlastVenueName=%s\n' "$VENUE" >"$config/SpaSuite/spa-cashier.conf"
    XDG_CONFIG_HOME=$config "$BUILD"/cashier_app/spa-cashier --server "$BASE" --screenshot "$OUT/$1.png" \
      --size "$3" --lang "$4"
  else
    SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=$2 "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
      --screenshot "$OUT/$1.png" --size "$3" --lang "$4"
  fi
}
for lang in en th; do
  suffix=$([ $lang = en ] && echo "" || echo "-$lang")
  for size in 1366x768 1920x1080; do
    for screen in ${SCREENS:-signin queue checkin assign checkout day}; do
      shot "cashier-$screen$suffix-$size" $screen $size $lang
    done
  done
done
shot cashier-queue-id-1366x768 queue 1366x768 id
shot cashier-day-id-1366x768 day 1366x768 id
echo "screenshots in $OUT"
