#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing and builds everything into ./build (Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
# ccache, where installed, makes rebuilds (and other work trees of the project) quick.
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
