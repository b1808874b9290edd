#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds spa-server and the server test suites with AddressSanitizer and UndefinedBehaviorSanitizer
# (GCC, -DSPA_SANITIZE=ON) into ./build-asan and runs those suites with ctest; any finding fails.
# Extra arguments go to ctest (e.g. -R tst_fields).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -G Ninja -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSPA_SANITIZE=ON "${launcher[@]}" >/dev/null
# The server and its suites only: the apps' QML suites would mostly test Qt Quick, and time.
TESTS=(tst_protocol tst_store tst_queueplanner tst_domain tst_fields tst_api tst_storagefaults
       tst_commandlimits tst_httplimits tst_hub tst_slowreader tst_wsframes tst_wstransport
       tst_revocation tst_customerpage tst_pagetemplate tst_requeststream tst_roletable
       tst_loginlockout tst_audit)
# A suite a partial checkout lacks is left out rather than failing the build.
targets=(spa-server)
run=()
for t in "${TESTS[@]}"; do
  if cmake --build build-asan --target help | grep -q "^$t:"; then targets+=("$t"); run+=("$t"); fi
done
cmake --build build-asan -j"${JOBS:-$(nproc)}" --target "${targets[@]}"
# Any finding stops the process with a non-zero exit, so ctest reports that suite failed.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
regex="^($(IFS='|'; echo "${run[*]}"))\$"
ctest --test-dir build-asan --output-on-failure -j2 -R "$regex" "$@"
