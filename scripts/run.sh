#!/usr/bin/env bash
# Installs, builds and runs spa-server on its embedded SQLite default with demo data.
# Extra arguments go to spa-server (e.g. --port 5001, --data-dir /var/lib/spa).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec build/server/spa-server --demo "$@"
