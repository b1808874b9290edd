#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails, naming the files, when a tracked C++ file differs from what clang-format makes of it.
set -euo pipefail
CLANG_FORMAT=${1:-clang-format}
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find server protocol qml cashier_app therapist_app kiosk tests fuzz bench -name '*.cpp' -o -name '*.h')
"$CLANG_FORMAT" --dry-run -Werror "${files[@]}"
echo "clang-format: ${#files[@]} files formatted"
