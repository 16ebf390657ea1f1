#!/usr/bin/env bash
# A/A through `perfagent eval` at its defaults (not `calibrate`): each task's original against itself, N times per
# task, round robin over the tasks, one eval process per comparison (a fresh seed each, as a user gets it). Prints
# every comparison with the load, then false IMPROVED / REGRESSED counts and a sign test of the point estimates
# (how many came out above 1 against below 1; p > 0.05 means no side is favoured).
# Usage: bench/aa-eval.sh [N=34] [TASK_DIR...]   (default tasks: a C++, a Java and a Python example)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-34}"
shift || true
tasks=("$@")
[ ${#tasks[@]} -gt 0 ] || tasks=(datasets/suites/examples/cpp-range-sums datasets/suites/examples/java-max-drawdown
                                 datasets/suites/examples/py-moving-average)
mkdir -p bench/out
# a copy of the jar as it is now: editing the sources meanwhile must not rebuild what is being measured
./perfagent --version >/dev/null
jar="bench/out/perfagent-aa-$$.jar"
cp agent/target/perfagent.jar "$jar"
trap 'rm -f "$jar"' EXIT
out="bench/out/aa-eval-$(date -u +%Y%m%dT%H%M%SZ).tsv"
echo "load before: $(uptime)"
printf 'task\ti\tverdict\tspeedup\tlow\thigh\tclock\truns\tseed\tload1\n' > "$out"
for ((i = 1; i <= n; i++)); do
  for t in "${tasks[@]}"; do
    json=$(java -XX:+UseSerialGC -jar "$jar" eval --task "$t" --candidate original --json --expect NEUTRAL 2>/dev/null || true)
    load=$(cut -d' ' -f1 /proc/loadavg)
    line=$(printf '%s' "$json" | python3 -c '
import json, sys
try:
    e = json.load(sys.stdin)
except Exception:
    print("none\tCRASHED\t\t\t\t\t\t"); sys.exit()
m = e.get("measurement") or {}
print("\t".join(str(x) for x in [e["verdict"], m.get("speedup", ""), m.get("ciLow", ""), m.get("ciHigh", ""),
      m.get("clock", ""), len(m.get("baselineSeconds", [])), m.get("seed", "")]))')
    printf '%s\t%d\t%s\t%s\n' "$(basename "$t")" "$i" "$line" "$load" | tee -a "$out"
  done
done
echo "load after: $(uptime)"
python3 bench/aa-summary.py "$out"
echo "saved $out"
