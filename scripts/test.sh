#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
# The interop test runs the official socket.io-client, pinned in tests/interop/package-lock.json.
(cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
# The customer page's browser test drives Debian's chromium with playwright-core (downloads no browser).
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
ctest --test-dir build --output-on-failure -j2 "$@"
