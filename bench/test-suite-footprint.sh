#!/usr/bin/env bash
# Runs the full test command and prints its wall time and the peak resident memory of each forked test JVM.
# Usage: bench/test-suite-footprint.sh [extra maven args, e.g. -o]
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
peaks=$(mktemp)
start=$(date +%s.%N)
./mvnw -B verify "$@" >"$log" 2>&1 &
build=$!
while kill -0 "$build" 2>/dev/null; do
  # Surefire's forked JVMs carry "surefire" in their command line; record each one's resident set in kB.
  for pid in $(pgrep -f 'surefire.*booter|surefirebooter' 2>/dev/null); do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null)
    module=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -o '/[^ ]*/target/surefire' | head -1)
    [ -n "$rss" ] && echo "${module:-?} $rss" >>"$peaks"
  done
  sleep 0.5
done
wait "$build"
status=$?
end=$(date +%s.%N)
grep -E 'Tests run:.*Fail' "$log" | grep -v ' -- in ' | tail -n 20
awk -v s="$start" -v e="$end" -v x="$status" 'BEGIN {printf "exit %d, wall time %.1f s\n", x, e - s}'
echo "peak RSS of forked test JVMs (MB):"
sort -k1,1 -k2,2n "$peaks" | awk '{peak[$1] = $2} END {for (m in peak) printf "  %-60s %6.0f\n", m, peak[m] / 1024}'
rm -f "$log" "$peaks"
exit "$status"
