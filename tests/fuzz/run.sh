#!/usr/bin/env bash
# run.sh: run the libFuzzer harnesses of tests/fuzz/, two at a time (the
# machine has 2 cores): each first replays its whole seed corpus
# (corpus/NAME/, every file once), then explores for SECONDS with a
# working copy of the corpus, so the repository's seeds stay small.
# A crash, leak, timeout or sanitizer report fails the run; the input is
# left in BUILD/fuzz-artifacts/ (add it to corpus/NAME/ and write a test).
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS [NAME...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd); secs=$2; shift 2
names=("$@")
[ ${#names[@]} -gt 0 ] || names=($(cd "$here" && ls fuzz_*.c | sed 's/\.c$//'))
art="$build/fuzz-artifacts"; mkdir -p "$art"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export TMPDIR="$work"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

one(){
  local n=$1 bin="$build/tests/fuzz/$1" seeds="$here/corpus/${1#fuzz_}"
  mkdir -p "$work/$n"
  cp "$seeds"/* "$work/$n/"
  local opts=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$art/$n-")
  "$bin" "${opts[@]}" -runs=0 "$seeds" >"$work/$n.log" 2>&1 \
    && "$bin" "${opts[@]}" -max_total_time="$secs" -print_final_stats=1 "$work/$n" >>"$work/$n.log" 2>&1 \
    && { echo "fuzz: $n ok ($(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$n.log" | grep -o '[0-9]*$') runs in ${secs}s)"; return 0; }
  echo "fuzz: $n FAILED (input in $art)"; tail -40 "$work/$n.log"; return 1
}

# Two at a time: the next starts as soon as either of the two running ends.
rc=0; running=0
for n in "${names[@]}"; do
  if [ $running = 2 ]; then wait -n || rc=1; running=1; fi
  one "$n" & running=$((running + 1))
done
while [ $running -gt 0 ]; do wait -n || rc=1; running=$((running - 1)); done
exit $rc
