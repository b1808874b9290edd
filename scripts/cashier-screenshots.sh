#!/usr/bin/env bash
# Regenerates docs/screenshots/cashier-*.png: the queue board, a checkout with a split payment and
# change due, and the day view, at 1366x768 and 1920x1080, against a real server with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/screenshots
mkdir -p "$OUT"
DATA=$(mktemp -d)
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
BASE=http://127.0.0.1:$PORT
export QT_QPA_PLATFORM=offscreen HOME=$DATA
build/server/spa-server --demo --listen 127.0.0.1 --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "spa-server did not start:"; cat "$DATA/server.log"; exit 1; }

json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"cashier","password":"cashier"}' | json '["token"]')
api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" -d "${3:-}" >/dev/null; }

for guest in "Somchai Jaidee:1" "Ploy Srisai:2" "Nok Wongsa:3,5" "Mali Chanthra:1" "Ari Putra:4" \
             "Dewi Lestari:5" "Budi Santoso:1" "Siti Rahma:3" "Kanya Deeprom:1" "Wanida Suk:2"; do
  api POST /api/visits "{\"customer_name\":\"${guest%%:*}\",\"service_ids\":[${guest##*:}]}"
done
# Three paid earlier in the day (one with a tip, one split), two in service, one awaiting payment.
for id in 1 2 3; do api POST /api/visits/$id/assign; api POST /api/visits/$id/start; api POST /api/visits/$id/complete; done
api POST /api/visits/1/payments '{"method":"card","amount":45000,"tip":5000,"idempotency_key":"shot-pay-0001"}'
api POST /api/visits/2/payments '{"method":"cash","amount":60000,"tendered":60000,"idempotency_key":"shot-pay-0002"}'
api POST /api/visits/2/payments '{"method":"ewallet","amount":60000,"tip":10000,"idempotency_key":"shot-pay-0003"}'
for id in 4 5; do api POST /api/visits/$id/assign; api POST /api/visits/$id/start; done
api POST /api/visits/6/assign
api POST /api/visits/6/call

shot() { # name page size
  SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=$2 build/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "$3" --lang "${4:-en}"
}
for size in 1366x768 1920x1080; do
  shot "cashier-queue-$size" queue $size
  shot "cashier-checkout-$size" checkout $size
  shot "cashier-day-$size" day $size
done
shot cashier-queue-th-1366x768 queue 1366x768 th
echo "screenshots in $OUT"
