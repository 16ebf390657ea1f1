#!/usr/bin/env bash
# Throughput of perfagent bench (figures go to docs/benchmarks.md):
#   - tasks per hour with the expert proposer on the bundled PIE-format suite, --jobs 1 against --jobs 2
#   - the SQLite store's cost per attempt (commit per attempt, WAL + synchronous=FULL; NORMAL beside it)
# Usage: bench/bench-throughput.sh            (BUDGET=5 seconds of measuring per task; JOBS="1 2"; INSERTS=500)
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${BUDGET:-5}"
inserts="${INSERTS:-500}"
mkdir -p bench/out
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="bench/out/throughput-$stamp.txt"
./perfagent --version >/dev/null   # builds the jar when it is missing or stale
{
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; budget ${budget}s per task"
  for jobs in ${JOBS:-1 2}; do
    store="$(mktemp -u /tmp/perfagent-throughput-XXXXXX).db"
    start=$(date +%s.%N)
    ./perfagent bench datasets/suites/pie-examples --loader pie --model expert --budget "$budget" --jobs "$jobs" \
        --store "$store" >"$store.out" 2>"$store.err" || true
    end=$(date +%s.%N)
    tasks=$(grep -o 'tasks [0-9]*: ran [0-9]*' "$store.out" | awk '{print $4}')
    grep -E '^  (correctness|%OPT|SP) ' "$store.out" | sed "s/^/  jobs $jobs: /"
    awk -v s="$start" -v e="$end" -v t="$tasks" -v j="$jobs" 'BEGIN { w = e - s; printf "throughput: --jobs %d: %d tasks in %.1f s = %.0f tasks/hour\n", j, t, w, t * 3600 / w }'
    rm -f "$store" "$store"-wal "$store"-shm "$store.out" "$store.err" "${store%.db}.summary.json"
  done
  java -cp agent/target/perfagent.jar bench/StoreOverhead.java "$inserts"
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$log"
echo "saved $log"
