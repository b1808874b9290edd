# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the screenshot scripts: starts a throwaway spa-server with demo data on a free
# loopback port and gives BASE, DATA, OUT, TOKEN (cashier), json and api. Needs a build
# (scripts/build.sh; BUILD=dir for another one). Everything runs offscreen.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${BUILD:-build}
OUT=${OUT:-docs/screenshots}
mkdir -p "$OUT"
DATA=$(mktemp -d)
PORT=${PORT:-$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")}
BASE=http://127.0.0.1:$PORT
export QT_QPA_PLATFORM=offscreen HOME=$DATA XDG_CONFIG_HOME=$DATA/config
"$BUILD"/server/spa-server --demo --listen 127.0.0.1 --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 50); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.2; done
# Another server on the port would answer the health check: make sure it is ours.
kill -0 $SERVER 2>/dev/null || { echo "spa-server did not start on port $PORT:"; cat "$DATA/server.log"; exit 1; }

json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
TOKEN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"cashier","password":"cashier"}' | json '["token"]')
api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" -d "${3:-}"; }
