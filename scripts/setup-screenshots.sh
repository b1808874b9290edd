#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-setup-*.png: each page of the cashier app's first-run setup
# wizard, in English and Thai at 1366x768 and 1920x1080, against a real spa-server on an empty data folder (no
# --demo: no admin yet, so the app shows the wizard). BUILD=dir, OUT=dir as in demo-server.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
OUT=${OUT:-docs/screenshots}
mkdir -p "$OUT"
DATA=$(mktemp -d)
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
BASE=http://127.0.0.1:$PORT
export QT_QPA_PLATFORM=offscreen HOME=$DATA XDG_CONFIG_HOME=$DATA/config
"$BUILD"/server/spa-server --listen 127.0.0.1 --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "spa-server did not start on port $PORT:"; cat "$DATA/server.log"; exit 1; }
curl -s "$BASE/api/setup" | grep -q '"needed":true' || { echo "the server does not need setup"; exit 1; }

for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    for step in 1 2 3 4 5; do
      SPA_PAGE=setup$step "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
        --screenshot "$OUT/cashier-setup-$step$suffix-$size.png" --size $size --lang $lang
    done
  done
done
echo "screenshots in $OUT"
