#!/usr/bin/env bash
# Redraws the charts shown in the README from the shipped scenarios (about four minutes on 2 cores).
#   usage: docs/charts/make.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
./linesim run scenarios/lfp-prismatic-liquid.yaml -o "$tmp/run" -q --format png
./linesim compare scenarios/lfp-prismatic-liquid.yaml scenarios/lfp-prismatic-semisolid-retrofit.yaml \
  -o "$tmp/compare" -q --format png
./linesim convert scenarios/lfp-prismatic-semisolid-retrofit.yaml -o "$tmp/convert" -q --format png
cp "$tmp/run/charts/station-time-shares.png" docs/charts/station-time-shares.png
cp "$tmp/compare/charts/capex-waterfall.png" docs/charts/capex-waterfall.png
cp "$tmp/compare/charts/cost-stack.png" docs/charts/cost-stack.png
cp "$tmp/convert/charts/weekly-output.png" docs/charts/weekly-output.png
cp "$tmp/convert/charts/cumulative-cash.png" docs/charts/cumulative-cash.png
echo "docs/charts: station-time-shares.png, capex-waterfall.png, cost-stack.png, weekly-output.png, cumulative-cash.png"
