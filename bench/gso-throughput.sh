#!/usr/bin/env bash
# Instances per hour of perfagent bench on the bundled GSO-style suite, and the cost of each attempt split into
# checkout, setup, build, tests and timing (docs/benchmarks.md). Usage: bench/gso-throughput.sh [ITERATIONS [OPTIONS…]]
# (GSO runs 5 per test and tree, the default); OPTIONS go to bench, e.g. `--sandbox container --image perfagent-gso-mini:1`
# (bench/gso/build-mini-image.sh builds it) or `--model replay:bench/gso/expert-replies.jsonl` (the agent loop, its
# replies making each expert's change). Prints the load average beside the figures: record it with them.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
iterations="${1:-5}"
shift || true
model=(--model expert)
for a in "$@"; do [ "$a" = --model ] && model=(); done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 "$here/datasets/suites/gso-mini/build_repo.py" "$work/repos/perfagent__textstats.git" --bare >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
"$here/perfagent" bench "$here/datasets/suites/gso-mini/gso-mini.jsonl" --loader gso --repos "$work/repos" "${model[@]}" \
  --gso-iterations "$iterations" --store "$work/gso.db" "$@" | grep -E "opt@|tasks " || true
end=$(date +%s.%N)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/gso.db" "$start" "$end" <<'PY'
import re, sqlite3, sys
db, start, end = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
rows = sqlite3.connect(db).execute("select task_id, elapsed_ms, reason from attempts order by task_id").fetchall()
wall = end - start
print(f"{len(rows)} instances in {wall:.1f} s (JVM start included) = {3600 * len(rows) / wall:.0f} instances/hour")
for task, ms, reason in rows:
    cost = re.sub(r".*cost: ", "", reason)
    figures = re.search(r"in-process ([0-9.]+x).*per process ([0-9.]+x)", reason)
    print(f"{task}: {ms / 1000:.1f} s ({cost}); in-process {figures.group(1)}, per process {figures.group(2)}" if figures else f"{task}: {ms / 1000:.1f} s: {reason}")
PY
