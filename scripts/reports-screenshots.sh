#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-reports*-1920x1080.png: the Reports page as the admin sees
# it (the last 30 days, with commissions), in English and Thai, over six weeks of a demo venue's
# history (bench/seed_reports.py, 60 visits a day). SIZES="1366x768 1920x1080" takes more sizes;
# BUILD=dir takes another build, OUT=dir writes elsewhere.
source "$(dirname "$0")/demo-server.sh"
# The history goes into the database of a stopped server; the same data dir is served again.
kill $SERVER
wait $SERVER 2>/dev/null || true
python3 bench/seed_reports.py "$DATA/spa.db" 42 60
"$BUILD"/server/spa-server --listen 127.0.0.1 --port "$PORT" --data-dir "$DATA" >>"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "spa-server did not start again:"; cat "$DATA/server.log"; exit 1; }
for lang in en th; do
  suffix=$([ $lang = en ] && echo "" || echo "-$lang")
  for size in ${SIZES:-1920x1080}; do
    SPA_USER=admin SPA_PASSWORD=admin SPA_PAGE=reports "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
      --screenshot "$OUT/cashier-reports$suffix-$size.png" --size "$size" --lang $lang
  done
done
echo "screenshots in $OUT"
