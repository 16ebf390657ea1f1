#!/usr/bin/env bash
# Calibration benchmark of the verdict rule (figures go to docs/benchmarks.md):
#   - false IMPROVED / false REGRESSED rates over A/A comparisons of an example task, another core kept busy
#   - power to detect the known 1.10x pair in bench/calibration at threshold 1.05
#   - time to a verdict beside hyperfine at its defaults on the same pair
# Usage: bench/calibrate.sh [extra perfagent calibrate flags, e.g. --aa 100 --power 40 --beside-hyperfine 5]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
command -v hyperfine >/dev/null || echo "note: hyperfine is not installed (apt-get install hyperfine); the side-by-side is skipped" >&2
stamp=$(date -u +%Y%m%dT%H%M%SZ)
./perfagent calibrate "$@" 2>&1 | tee "bench/out/calibrate-$stamp.txt"
echo "saved bench/out/calibrate-$stamp.txt"
