#!/usr/bin/env bash
# Time of one candidate in repository mode (build + tests + measurement), from a replayed reply, with the load beside it.
# usage: bench/repo-candidate-time.sh REPO "BENCH COMMAND" REPLY.jsonl [more optimize flags…]
# Prints the ground check's line, then per evaluation: verdict, build time, whole evaluation time, and the load.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$1"; bench="$2"; reply="$3"; shift 3
runs="$(mktemp -d)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
"$here/perfagent" optimize --repo "$repo" --bench "$bench" --model "replay:$reply" --rounds 1 --runs-dir "$runs" --run-id timed "$@" 2>&1 \
  | grep -E '^(original:|profiled in|stopped:|no verified|best:|IMPROVED|NEUTRAL)' || true
echo "whole run: $(( $(date +%s) - start )) s; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$runs/timed/trajectory.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e.get("type") != "evaluation":
        continue
    ev = e["evaluation"]
    build = (ev.get("build") or {}).get("wall")
    m = ev.get("measurement") or {}
    print("candidate %s: %s; evaluation %.1f s (build %s); %s" % (e.get("candidate"), ev["verdict"], float(ev["elapsed"]),
          build, ev["reason"][:160]))
PY
