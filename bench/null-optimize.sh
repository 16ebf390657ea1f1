#!/usr/bin/env bash
# Run-level error control through `perfagent optimize`: N runs on the fast calibration task (bench/calibration), each
# of 8 replayed candidates in one best-of-n round. "null": all 8 change only a comment (nothing measurable); a run that
# reports a confirmed improvement is a false positive (goal: at most 1%). "power": candidate 4 of the 8 is the task's
# true 1.10x (the redundant walk removed); a run that reports it is a hit (goal: at least 90%). Each run has its own
# --seed. Prints one line per run with the load, then the counts.
# WORK=n makes the task faster: a copy of bench/calibration whose workload walks n steps instead of 30,000,000 (its
# expected output computed by the original, built here with cc -O2); WORK=3000000 runs in about 10 ms per run, 1/10 of
# the calibration task, with the same true 1.10x (the redundant walk is n/10 whatever n).
# JAR=file measures that jar instead of building agent/target/perfagent.jar from the working tree.
# Usage: [SEED0=1] [WORK=n] [JAR=file] bench/null-optimize.sh null|power [N=20] [extra optimize flags, e.g. --budget 10s]
#        (runs use --seed SEED0..SEED0+N-1)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-null}"; n="${2:-20}"; shift 2 || true
work=$(mktemp -d /tmp/perfagent-null-XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -n "${JAR:-}" ]; then
  cp "$JAR" "$work/perfagent.jar"   # a jar built before (the sources may be mid-edit now)
else
  ./perfagent --version >/dev/null
  cp agent/target/perfagent.jar "$work/perfagent.jar"
fi
task=bench/calibration
if [ -n "${WORK:-}" ]; then
  task="$work/task"
  cp -r bench/calibration "$task"
  echo "$WORK" > "$task/tests/work.in"
  cc -O2 -o "$work/original" "$task/src/main.c"
  "$work/original" < "$task/tests/work.in" > "$task/tests/work.out"
  echo "task: bench/calibration with a walk of $WORK steps (expected output $(cat "$task/tests/work.out"))"
fi
echo "optimize flags: --strategy best-of-n --width 8 --rounds 1 --candidates 8 --no-profile $*"
python3 - "$mode" "$work/replies.jsonl" <<'PY'
import json, sys
mode, out = sys.argv[1], sys.argv[2]
anchor = " * Calibration fixture: a checksum over a pseudo-random walk, plus redundant work whose result is"
with open(out, "w") as f:
    for k in range(1, 9):
        if mode == "power" and k == 4:
            edit = ("    volatile uint64_t sink = walk(n / 10, 99);", "    volatile uint64_t sink = 0;")
            why = "drop the redundant walk"
        else:
            edit = (anchor, anchor + f"\n * (no-op note {k})")
            why = f"no-op note {k}"
        reply = f"{why}\n\nmain.c\n```c\n<<<<<<< SEARCH\n{edit[0]}\n=======\n{edit[1]}\n>>>>>>> REPLACE\n```\n"
        f.write(json.dumps({"reply": reply}) + "\n")
PY
echo "load before: $(uptime)"
reported=0; hits=0; screened=0; failed=0; unclean=0
first="${SEED0:-1}"
for ((i = first; i < first + n; i++)); do
  t0=$SECONDS
  java -XX:+UseSerialGC -jar "$work/perfagent.jar" optimize --task "$task" --model "replay:$work/replies.jsonl" \
      --strategy best-of-n --width 8 --rounds 1 --candidates 8 --no-profile --seed "$i" \
      --runs-dir "$work/runs" --run-id "run$i" "$@" >/dev/null 2>"$work/err$i" || true
  s="$work/runs/run$i/summary.json"
  if [ ! -f "$s" ]; then
    # the run ended before a summary (the original itself failed here, say): said, and not counted as a run
    printf 'run %d\tNO SUMMARY: %s\n\tload %s\t%d s\n' "$i" "$(grep -v '^ ' "$work/err$i" | tail -1)" "$(cut -d' ' -f1 /proc/loadavg)" $((SECONDS - t0))
    failed=$((failed + 1))
    continue
  fi
  line=$(python3 - "$s" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
improved = [a["candidate"] for a in s["attempts"] if a.get("verdict") == "IMPROVED"]
crashed = [a["candidate"] for a in s["attempts"] if a.get("verdict") in ("CRASHED", "TIMEOUT")]
best = s.get("best")
nc = s.get("notConfirmed")
print("\t".join([",".join(improved) or "-", best["candidate"] if best else "-",
                 f'{best["confirmation"]["speedup"]:.3f}' if best else (f'{nc["candidate"]}:{nc["verdict"]}' if nc else "-"),
                 ",".join(crashed) or "-"]))
PY
)
  # a candidate that crashed or timed out was not measured: a run with one is not a clean null or power run
  printf 'run %d\tscreened IMPROVED: %s\treported: %s\tcrashed: %s\n' "$i" "$(echo "$line" | cut -f1)" "$(echo "$line" | cut -f2-3)" "$(echo "$line" | cut -f4)"
  [ "$(echo "$line" | cut -f4)" != "-" ] && unclean=$((unclean + 1))
  printf '\tload %s\t%d s\n' "$(cut -d' ' -f1 /proc/loadavg)" $((SECONDS - t0))
  [ "$(echo "$line" | cut -f1)" != "-" ] && screened=$((screened + 1))
  b=$(echo "$line" | cut -f2)
  [ "$b" != "-" ] && reported=$((reported + 1))
  [ "$b" = "c4" ] && hits=$((hits + 1))
done
echo "load after: $(uptime)"
echo "$mode: $n runs of 8 candidates; $failed ended without a summary, $unclean had a candidate or confirmation crash or time out;"
echo "screening had an IMPROVED in $screened; reported a confirmed improvement in $reported; reported the true 1.10x (c4) in $hits"
