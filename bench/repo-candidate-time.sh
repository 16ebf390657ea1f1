#!/usr/bin/env bash
# Time of one candidate in repository mode (build + tests + measurement), from a replayed reply, with the load beside it.
# usage: bench/repo-candidate-time.sh REPO "BENCH COMMAND" REPLY.jsonl [more optimize flags…]
# Prints perfagent's progress lines (the ground check, recording, each candidate), then per evaluation: verdict, its
# whole time (elapsedSeconds), the timing part (measuringSeconds) and the rest (build, tests, replay), and the load.
# The full log stays in the run folder (printed at the end).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$1"; bench="$2"; reply="$3"; shift 3
runs="$(mktemp -d)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
"$here/perfagent" optimize --repo "$repo" --bench "$bench" --model "replay:$reply" --rounds 1 --runs-dir "$runs" --run-id timed "$@" \
  >"$runs/log.txt" 2>&1 || true
grep -E '^(checking|original:|profiling|profiled in|recorded|no call|stopped:|no verified|best:|no candidate)|IMPROVED|NEUTRAL|REGRESSED|INCORRECT|REJECTED|FAILED' "$runs/log.txt" | cut -c1-300 || true
echo "whole run: $(( $(date +%s) - start )) s; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$runs/timed/trajectory.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e.get("type") != "evaluation":
        continue
    ev = e["evaluation"]
    total = float(ev.get("elapsedSeconds") or 0)
    timing = float((ev.get("measurement") or {}).get("measuringSeconds") or 0)
    print("candidate %s: %s; evaluation %.1f s = timing %.1f s + build, tests, replay %.1f s; %s" % (
        e.get("candidate"), ev["verdict"], total, timing, total - timing, ev["reason"][:160]))
PY
echo "log: $runs/log.txt"
