#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and runs spa-server on its embedded SQLite default with demo data, and — where
# there is a display — the wall monitor, the front desk and a therapist tablet beside it.
# Extra arguments go to spa-server (e.g. --port 5001, --data-dir /var/lib/spa).
# SPA_NO_APPS=1 runs the server alone.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh

PORT=5000
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[i]}" = "--port" ] && PORT=${args[i+1]:-5000}
done
DATA_DIR=${SPA_DATA_DIR:-$HOME/.local/share/spa-server}
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[i]}" = "--data-dir" ] && DATA_DIR=${args[i+1]}
done

if [ -n "${SPA_NO_APPS:-}" ] || { [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; }; then
  echo "No display (or SPA_NO_APPS set): running the server only. Apps: build/kiosk/spa-kiosk, build/cashier_app/spa-cashier, build/therapist_app/spa-therapist"
  exec build/server/spa-server --demo "$@"
fi

build/server/spa-server --demo "$@" &
SERVER=$!
APPS=()
trap 'kill "${APPS[@]}" 2>/dev/null; kill $SERVER 2>/dev/null; wait' EXIT INT TERM
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
URL=http://127.0.0.1:$PORT
build/kiosk/spa-kiosk --server "$URL" --token "$(cat "$DATA_DIR/demo-kiosk.token")" --windowed --size 1280x720 & APPS+=($!)
build/cashier_app/spa-cashier --server "$URL" & APPS+=($!)
[ -x build/therapist_app/spa-therapist ] && { build/therapist_app/spa-therapist --server "$URL" & APPS+=($!); }
echo "spa-server on $URL with the wall monitor, the front desk (cashier/cashier) and a therapist tablet (PIN 1111 for Anna)."
wait $SERVER
