#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses in fuzz/ with clang-14 into ./build-fuzz and runs each one for a
# bounded time (seconds per harness: the first argument, default 30) from its committed seed
# corpus in fuzz/corpus/<harness>/. Fails if any harness crashes, leaks or breaks an invariant;
# the input that did it is left in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
# clang-14 and libFuzzer's runtime, from Debian 12, when missing.
scripts/setup-deps.sh clang-14 libfuzzer-14-dev
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -G Ninja -S fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
      "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"${JOBS:-$(nproc)}"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
mkdir -p build-fuzz/artifacts
failed=()
for harness in fuzz_socketio fuzz_wsframes fuzz_requesthead fuzz_fields; do
  name="${harness#fuzz_}"
  # New inputs go to a scratch corpus in build-fuzz/; the committed seeds stay as they are.
  work="build-fuzz/corpus/$name"
  mkdir -p "$work"
  echo "== $harness: ${SECONDS_EACH} s"
  if ! "build-fuzz/$harness" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
       -max_len=8192 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$name-" \
       "$work" "fuzz/corpus/$name" > "build-fuzz/$name.log" 2>&1; then
    failed+=("$harness")
    tail -n 60 "build-fuzz/$name.log"
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "build-fuzz/$name.log" | tail -n 2 || true
  fi
done
if ((${#failed[@]})); then
  echo "fuzzing FAILED: ${failed[*]} (inputs in build-fuzz/artifacts/, logs in build-fuzz/*.log)"
  exit 1
fi
echo "fuzzing: no crash in ${SECONDS_EACH} s per harness"
