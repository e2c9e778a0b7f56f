#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for FUZZ_SECONDS (default 60).
# Fails on any crash, leak, timeout (5 s per input) or memory excess (2 GB). Usage:
#   Fuzz/run.sh [target ...]        (default: every target)
# New inputs go to .build-fuzz/corpus/<target>/ (kept between runs), findings to
# .build-fuzz/artifacts/; the seed corpus in Fuzz/corpus/<target>/ is only read.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
SCRATCH=.build-fuzz
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz-front-matter fuzz-markdown fuzz-date fuzz-icalendar fuzz-slug)

# `--sanitize=fuzzer` (not `-Xswiftc -sanitize=fuzzer`) keeps SwiftPM from renaming `main`, so
# libFuzzer's own main is used; KERNE_FUZZING swaps the targets' corpus replayer for the fuzz entry.
mkdir -p "$SCRATCH"
for target in "${TARGETS[@]}"; do
  if ! "$SWIFT" build -c debug --scratch-path "$SCRATCH" --sanitize=fuzzer --sanitize=address \
       -Xswiftc -DKERNE_FUZZING --product "$target" >"$SCRATCH/build.log" 2>&1; then
    grep -v 'ld.gold: warning' "$SCRATCH/build.log" | tail -40 >&2
    echo "fuzz: $target did not build" >&2
    exit 1
  fi
done

mkdir -p "$SCRATCH/artifacts"
# Swift's own crash backtracer would run inside ASan after a failed property and add noise.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${TARGETS[@]}"; do
  mkdir -p "$SCRATCH/corpus/$target"
  log="$SCRATCH/artifacts/$target.log"
  # Output goes to a file, never a pipe: libFuzzer's forked helpers may keep a pipe open.
  if "$SCRATCH/debug/$target" "$SCRATCH/corpus/$target" "Fuzz/corpus/$target" \
       -max_total_time="$SECONDS_EACH" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
       -artifact_prefix="$SCRATCH/artifacts/$target-" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz: $target: $runs runs in ${SECONDS_EACH}s, no failure"
  else
    echo "fuzz: $target FAILED; the end of $log:" >&2
    tail -40 "$log" >&2
    status=1
  fi
done
exit $status
