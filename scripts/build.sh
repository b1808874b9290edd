#!/usr/bin/env bash
# Installs what is missing and builds everything into ./build (Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build build -j"$(nproc)"
