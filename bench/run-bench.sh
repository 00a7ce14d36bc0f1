#!/usr/bin/env bash
# Benchmark: wall time, events/s and peak memory of the default reference run, and the cost per event
# of a station with 2 versus 1,000 parallel machines. Prints medians of several runs.
#   usage: bench/run-bench.sh [runs]   (default 3)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
./linesim --version >/dev/null   # builds the jar if needed
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # scenario, label, extra args...
  local scenario="$1" label="$2"; shift 2
  : > "$tmp/wall"; : > "$tmp/rate"; : > "$tmp/rss"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/time" ./linesim run "$scenario" -v -o "$tmp/out" "$@" > "$tmp/log" 2>/dev/null
    read -r wall rss < "$tmp/time"
    echo "$wall" >> "$tmp/wall"; echo "$rss" >> "$tmp/rss"
    grep -o '([0-9.]* M events/s' "$tmp/log" | tr -d '(' | awk '{print $1}' >> "$tmp/rate"
  done
  printf '%-44s wall %6.2f s   %5.2f M events/s   peak RSS %5.0f MB   (median of %d)\n' "$label" \
    "$(median < "$tmp/wall")" "$(median < "$tmp/rate")" "$(median < "$tmp/rss" | awk '{print $1 / 1024}')" "$runs"
}

echo "linesim benchmark on $(nproc) cores, $(java -version 2>&1 | head -1)"
measure scenarios/lfp-prismatic-liquid.yaml "default run (10 reps x 49 d), all cores"
measure scenarios/lfp-prismatic-liquid.yaml "default run, 1 thread" --threads 1

# Per-event cost with 2 or 1,000 parallel machines at the same load per machine (60 % busy).
for machines in 2 1000; do
  cat > "$tmp/m$machines.yaml" <<YAML
name: machines-$machines
product: {chemistry: bench, capacity: 1 Ah, voltage: 1 V}
run: {horizon: 2000 h, warmup: 100 h, replications: 4, seed: 1}
stations:
  - id: feed
    process_time: {dist: exponential, mean: $(awk -v m="$machines" 'BEGIN {print 3600 / (m * 0.6 * 60)}') s}
  - id: station
    machines: $machines
    process_time: {dist: exponential, mean: 1 min}
    failures: {mtbf: 100 h, mttr: 1 h}
YAML
done
# Same number of events in both: the 1,000-machine station sees 500 times the arrivals.
for machines in 2 1000; do
  hours=$(( machines == 2 ? 20000 : 40 ))
  sed -i "s/horizon: 2000 h/horizon: ${hours} h/; s/warmup: 100 h/warmup: $((hours / 20)) h/" "$tmp/m$machines.yaml"
  measure "$tmp/m$machines.yaml" "station of $machines machines" --threads 1
done

# Drawing: every chart (PDF, SVG, PNG, CSV) and report.pdf of the shipped retrofit comparison, redrawn from its
# comparison.json by `linesim report` (JVM start and reading the file included), after one simulation.
./linesim compare scenarios/lfp-prismatic-liquid.yaml scenarios/lfp-prismatic-semisolid-retrofit.yaml \
  -o "$tmp/cmp" -q --no-charts
: > "$tmp/draw"
for _ in $(seq "$(( runs < 5 ? 5 : runs ))"); do
  /usr/bin/time -f "%e" -o "$tmp/time" ./linesim report "$tmp/cmp" -q
  cat "$tmp/time" >> "$tmp/draw"
done
printf '%-44s wall %6.2f s   (median of %d; range %s to %s s; load: %s)\n' "drawing the retrofit comparison" \
  "$(median < "$tmp/draw")" "$(wc -l < "$tmp/draw")" "$(sort -g "$tmp/draw" | head -1)" "$(sort -g "$tmp/draw" | tail -1)" \
  "$(uptime | sed 's/.*load average: //')"
