#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-audit-*.png: the back office's audit trail (admin) after a
# morning at the desk, in English and Thai at 1366x768 and 1920x1080, against a real server with
# demo data. BUILD=dir and OUT=dir as in cashier-screenshots.sh.
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }

ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
admin_api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $ADMIN" -d "${3:-}" >/dev/null; }

for guest in "Somchai Jaidee:1" "Ploy Srisai:2" "Nok Wongsa:3,5" "Mali Chanthra:1"; do
  quiet_api POST /api/visits "{\"customer_name\":\"${guest%%:*}\",\"service_ids\":[${guest##*:}]}"
done
for id in 1 2; do quiet_api POST /api/visits/$id/assign; quiet_api POST /api/visits/$id/start; quiet_api POST /api/visits/$id/complete; done
quiet_api POST /api/visits/1/payments '{"method":"card","amount":45000,"tip":5000,"idempotency_key":"audit-pay-0001"}'
quiet_api POST /api/visits/2/payments '{"method":"cash","amount":60000,"tendered":60000,"idempotency_key":"audit-pay-0002"}'
admin_api POST /api/payments/2/void '{"reason":"wrong amount"}'
admin_api PUT /api/services/2 '{"price":65000}'
admin_api POST /api/devices '{"name":"Lobby TV 2"}'
quiet_api POST /api/visits/4/cancel '{"reason":"left"}'

shot() { # name lang size
  SPA_USER=admin SPA_PASSWORD=admin SPA_PAGE=audit "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "$3" --lang "$2"
}
for size in 1366x768 1920x1080; do
  shot cashier-audit-$size en $size
  shot cashier-audit-th-$size th $size
done
echo "screenshots in $OUT"
