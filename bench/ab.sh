#!/usr/bin/env bash
# Compares two builds of linesim on a shared, noisy machine: runs them interleaved (A B A B ...) on the shipped
# reference run and on redrawing the shipped retrofit comparison, then prints each build's median wall time with
# its range, the median and range of the per-round ratio B/A, and the load before and after.
#   usage: bench/ab.sh A.jar B.jar [rounds]   (default 5)
#   e.g.   git worktree add /tmp/prev HEAD~1 && (cd /tmp/prev && mvn -B -q package -DskipTests)
#          bench/ab.sh /tmp/prev/target/linesim.jar target/linesim.jar
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ $# -ge 2 ] || { sed -n 2,7p "$0"; exit 2; }
jar_a="$(realpath "$1")" jar_b="$(realpath "$2")" rounds="${3:-5}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

linesim() { java -Djava.awt.headless=true -jar "$@"; }
timed() {  # file to append the wall time (s) to, jar, linesim arguments...
  local out="$1"; shift
  /usr/bin/time -f "%e" -o "$tmp/time" java -Djava.awt.headless=true -jar "$@" > /dev/null 2>&1
  cat "$tmp/time" >> "$out"
}

linesim "$jar_b" compare scenarios/lfp-prismatic-liquid.yaml scenarios/lfp-prismatic-semisolid-retrofit.yaml \
  -o "$tmp/cmp" -q --no-charts
echo "load before: $(uptime | sed 's/.*load average: //')"
for _ in $(seq "$rounds"); do
  for v in a b; do
    jar="jar_$v"
    timed "$tmp/run.$v" "${!jar}" run scenarios/lfp-prismatic-liquid.yaml -o "$tmp/run-$v" -q --no-charts
    timed "$tmp/report.$v" "${!jar}" report "$tmp/cmp" -q
  done
done
echo "load after:  $(uptime | sed 's/.*load average: //')"

for job in run report; do
  paste "$tmp/$job.a" "$tmp/$job.b" | awk -v job="$job" '
    function median(x, n,   i, j, t) {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j-1] > x[j]; j--) { t = x[j]; x[j] = x[j-1]; x[j-1] = t }
      return n % 2 ? x[(n+1)/2] : (x[n/2] + x[n/2+1]) / 2
    }
    { a[NR] = $1; b[NR] = $2; r[NR] = $2 / $1
      amin = NR == 1 || $1 < amin ? $1 : amin; amax = $1 > amax ? $1 : amax
      bmin = NR == 1 || $2 < bmin ? $2 : bmin; bmax = $2 > bmax ? $2 : bmax
      rmin = NR == 1 || r[NR] < rmin ? r[NR] : rmin; rmax = r[NR] > rmax ? r[NR] : rmax }
    END { printf "%-7s A %6.2f s (%.2f-%.2f)   B %6.2f s (%.2f-%.2f)   B/A %.3f (%.3f-%.3f)   %d rounds\n",
            job, median(a, NR), amin, amax, median(b, NR), bmin, bmax, median(r, NR), rmin, rmax, NR }'
done
