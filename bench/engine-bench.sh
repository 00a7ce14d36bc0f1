#!/usr/bin/env bash
# Engine benchmark, four figures (see README, Performance):
#   (a) events/s of linesim against a plain SSJ model of the same 5-station finite-buffer line, alternated in one JVM;
#   (b) one simulated year of the reference line x 10 replications on 2 threads;
#   (c) the same modelled cell by cell (cells per unit 1 everywhere, bench/CellLevelScenario);
#   (d) peak memory of the reference run at 49, 120 and 386 days.
# Medians of RUNS runs (default 3) with their ranges, and the load average before and after each figure.
#   usage: bench/engine-bench.sh [RUNS] [CELL_RUNS]    (CELL_RUNS for (c), default RUNS; a run takes ~8 min)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
cell_runs="${2:-$runs}"
./linesim --version >/dev/null                      # builds the jar if needed
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null 2>&1
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
range() { sort -g | awk 'NR==1 {lo=$1} {hi=$1} END {print lo " to " hi}'; }

# one figure: label, then the linesim arguments; prints median wall time and peak RSS with ranges
timed() {
  local label="$1"; shift
  : > "$tmp/wall"; : > "$tmp/rss"
  local before; before="$(load)"
  for _ in $(seq "$runs_now"); do
    /usr/bin/time -f "%e %M" -o "$tmp/time" ./linesim "$@" -q --no-charts -o "$tmp/out" >/dev/null
    read -r wall rss < "$tmp/time"
    echo "$wall" >> "$tmp/wall"; echo "$((rss / 1024))" >> "$tmp/rss"
  done
  printf '%-52s %7.1f s (%s)   peak RSS %5s MB (%s)   n=%d, load %s -> %s\n' "$label" "$(median < "$tmp/wall")" \
    "$(range < "$tmp/wall")" "$(median < "$tmp/rss")" "$(range < "$tmp/rss")" "$runs_now" "$before" "$(load)"
}

echo "linesim engine benchmark: $(nproc) cores, $(java -version 2>&1 | head -1), heap ${LINESIM_JAVA_OPTS:-from the launcher}"
echo
echo "(a) linesim against a plain SSJ model of the same 5-station line, 1 thread, alternated"
# both models in one JVM with the launcher's collector and heap cap, as linesim runs for its users
# shellcheck disable=SC2086 # the options are words
java ${LINESIM_JAVA_OPTS:--Xmx$(( 256 + 256 * $(nproc) ))m -XX:+UseParallelGC} -cp "$cp" dev.linesim.bench.TandemBenchmark 7 20000 \
  | tail -6
echo
runs_now="$runs"
echo "(b) one simulated year of the reference line x 10 replications, 2 threads"
timed "lfp-prismatic-liquid, 365 d x 10" run scenarios/lfp-prismatic-liquid.yaml --horizon "365 d" -r 10 -t 2
echo
echo "(c) the same, cell by cell"
java -cp "$cp" dev.linesim.bench.CellLevelScenario scenarios/lfp-prismatic-liquid.yaml "$tmp/cell-level.yaml"
runs_now="$cell_runs"
timed "lfp-prismatic-liquid cell level, 365 d x 10" run "$tmp/cell-level.yaml" --horizon "365 d" -r 10 -t 2
echo
runs_now="$runs"
echo "(d) peak memory against the horizon, reference line, 10 replications, 2 threads"
for days in 49 120 386; do
  timed "lfp-prismatic-liquid, $days d x 10" run scenarios/lfp-prismatic-liquid.yaml --horizon "$days d" -r 10 -t 2
done
