#!/usr/bin/env bash
# What scoring a predictions file costs on the bundled GSO-style suite, jar against jar: a model's patch that is
# faster (Counter on word counts), an empty one (base against itself) and a wrong one (sorted dedupe), GSO's 5 rounds.
# Prints per run and jar the wall seconds of the whole bench and each attempt's verdict, rounds and timing cost.
# Usage: bench/gso-patch-cost.sh REPS JAR_A JAR_B   (e.g. a jar of an earlier commit against agent/target/perfagent.jar)
set -euo pipefail
reps="${1:-3}"; a="$2"; b="$3"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
python3 "$here/datasets/suites/gso-mini/build_repo.py" "$work/repos/perfagent__textstats.git" --bare > /dev/null
python3 - "$here" "$work/pred.jsonl" <<'PY'
import json, sys
here, out = sys.argv[1:3]
src = open(here + "/agent/src/test/java/dev/perfagent/agent/cli/GsoMiniSuiteTest.java").read()
def block(name):
    i = src.index("static final String %s = \"\"\"" % name) if name == "COUNTER" else src.index("String %s = \"\"\"" % name)
    i = src.index("\n", i) + 1
    body = src[i:src.index('""";', i)].split("\n")
    indent = min(len(l) - len(l.lstrip()) for l in body if l.strip())
    return "\n".join(l[indent:] for l in body).replace('\\"""', '"""')
rows = [("perfagent__textstats-a5b4fa0", block("COUNTER")), ("perfagent__textstats-429cd52", ""), ("perfagent__textstats-a5a1836", block("sorted"))]
with open(out, "w") as f:
    for i, p in rows:
        f.write(json.dumps({"instance_id": i, "model_name_or_path": "cost", "model_patch": p}) + "\n")
PY
echo "load before: $(uptime)"
for r in $(seq 1 "$reps"); do
  for jar in "$a" "$b"; do
    rm -f "$work/s.db"*
    t0=$(date +%s.%N)
    java -jar "$jar" bench "$here/datasets/suites/gso-mini/gso-mini.jsonl" --loader gso --repos "$work/repos" \
      --predictions "$work/pred.jsonl" --store "$work/s.db" > /dev/null 2>&1 || true
    t1=$(date +%s.%N)
    python3 - "$work/s.db" "$(basename "$jar")" "$r" "$(echo "$t1 - $t0" | bc)" <<'PY'
import re, sqlite3, sys
db, jar, rep, wall = sys.argv[1:5]
for task, verdict, reason in sqlite3.connect(db).execute("select task_id, verdict, reason from attempts order by task_id"):
    rounds = re.search(r"(\d+) run\(s\) per test and tree", reason or "")
    timing = re.search(r"tests ([\d.]+) s, timing ([\d.]+) s", reason or "")
    print("%s\trep %s\t%.1f s\t%s\t%s\trounds %s\ttests+timing %s s" % (jar, rep, float(wall), task[-7:], verdict,
          rounds.group(1) if rounds else "-", "%.2f" % (float(timing.group(1)) + float(timing.group(2))) if timing else "-"))
PY
  done
done
echo "load after: $(uptime)"
