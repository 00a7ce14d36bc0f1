#!/usr/bin/env bash
# Redraws the charts shown in the README from the shipped scenarios (about three minutes on 2 cores).
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
cp "$tmp/convert/charts/weekly-output.png" docs/charts/weekly-output.png
echo "docs/charts: station-time-shares.png, capex-waterfall.png, weekly-output.png"
