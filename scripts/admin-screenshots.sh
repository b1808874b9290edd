#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-admin-*.png, cashier-rooms-*.png and cashier-settings-*.png:
# the back office's three sections (admin), in English and Thai at 1366x768 and 1920x1080, against a real server
# with demo data: a couples room added, one room with a guest in it and one retired, the venue's
# address and opening hours filled in.
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }

ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
admin_api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $ADMIN" -d "${3:-}" >/dev/null; }

admin_api POST /api/rooms '{"name":"Couples Suite","capacity":2}'
admin_api POST /api/rooms '{"name":"Garden Sala","capacity":1}'
admin_api DELETE /api/rooms/5
quiet_api POST /api/visits '{"customer_name":"Somchai Jaidee","service_ids":[1]}'
quiet_api POST /api/visits/1/assign
admin_api PUT /api/settings '{"address":"12 Sukhumvit Soi 24, Khlong Toei, Bangkok 10110","phone":"02 000 1234",
  "tax_id":"0105556000001","public_url":"http://spa.local:5000","receipt_footer":"Thank you! See you again",
  "opening_hours":{"weekly":[{"weekday":1,"start":"10:00","end":"22:00"},{"weekday":2,"start":"10:00","end":"22:00"},
  {"weekday":3,"start":"10:00","end":"22:00"},{"weekday":4,"start":"10:00","end":"22:00"},
  {"weekday":5,"start":"10:00","end":"23:00"},{"weekday":6,"start":"09:00","end":"23:00"}]}}'

shot() { # name page lang size
  SPA_USER=admin SPA_PASSWORD=admin SPA_PAGE=$2 "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "$4" --lang "$3"
}
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    for page in admin rooms settings; do
      shot "cashier-$page$suffix-$size" $page $lang $size
    done
  done
done
echo "screenshots in $OUT"
