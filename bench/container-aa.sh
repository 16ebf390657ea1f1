#!/usr/bin/env bash
# A/A calibration of the container sandbox: the example task's original against itself N times in one
# container, printing the false IMPROVED / false REGRESSED counts, the spread of the measured speedups, and
# the biases that would explain a false verdict (between the two sides' workspaces, and of the run order).
# The machine's load is printed before and after, since wall time on a shared 2-core machine depends on it.
# Usage: bench/container-aa.sh [N=50] [extra perfagent calibrate flags, e.g. --aa-task bench/calibration --power 20 --no-busy]
# (the power check and the hyperfine side-by-side are off unless asked for)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-50}"
shift || true
mkdir -p bench/out
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="bench/out/container-aa-$stamp.txt"
{
  echo "load before: $(uptime)"
  extra=("$@")
  [[ " $* " == *" --power "* ]] || extra+=(--power 0)
  [[ " $* " == *" --beside-hyperfine "* ]] || extra+=(--beside-hyperfine 0)
  ./perfagent calibrate --sandbox container --aa "$n" "${extra[@]}" 2>&1
  echo "load after:  $(uptime)"
} | tee "$log"
echo "saved $log"
