#!/usr/bin/env bash
# Runs the `run:` steps of action.yml (the action's own scripts, read from the file) as GitHub would, on a git
# fixture whose head is ~1.5x slower, for a pull_request event (twice: the comment is created, then updated) and for
# a push event, against bench/github-stub.py. Prints each run's outputs, annotations and what the stub received.
# The actions/cache step is skipped (it is GitHub's); the jar comes from perfagent-url: file://agent/target/perfagent.jar.
# Needs: python3 with PyYAML (Debian: python3-yaml), git, the built jar (mvn -q -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/agent/target/perfagent.jar"
[ -f "$jar" ] || { echo "action-local: build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { echo "action-local: needs PyYAML (apt-get install python3-yaml)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'kill "$stub" 2>/dev/null || true; rm -rf "$tmp"' EXIT

# the fixture: a benchmark and a function the head makes slower
repo="$tmp/repo"; mkdir -p "$repo"; cd "$repo"
git init -q -b main; git config user.email ci@example.com; git config user.name ci
printf 'from work import run\nprint(run(300000))\n' > bench.py
printf 'def run(n):\n    total = 0\n    for i in range(n):\n        total += i * i %% 7\n    return total\n' > work.py
git add -A; git commit -qm base; base="$(git rev-parse HEAD)"
printf 'def run(n):\n    total = 0\n    for i in range(n):\n        total += i * i %% 7\n    extra = 0\n    for i in range(n // 2):\n        extra += i * i %% 7\n    return total + extra * 0\n' > work.py
git commit -qam slower; head="$(git rev-parse HEAD)"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
python3 "$root/bench/github-stub.py" "$port" "$tmp/requests.jsonl" & stub=$!
for _ in $(seq 50); do curl -s "http://127.0.0.1:$port/user" >/dev/null 2>&1 && break; sleep 0.1; done

run_event() {  # EVENT: runs every run-step of action.yml with that event's context
  ACTION="$root/action.yml" REPO_DIR="$repo" RUNNER_TEMP_DIR="$tmp/runner-$1-$2" EVENT="$1" BASE="$base" HEAD="$head" \
  API="http://127.0.0.1:$port" JAR="$jar" python3 - <<'PY'
import json, os, re, subprocess, sys, yaml
action = yaml.safe_load(open(os.environ["ACTION"]))
event, temp = os.environ["EVENT"], os.environ["RUNNER_TEMP_DIR"]
os.makedirs(temp, exist_ok=True)
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
inputs.update({"bench": "python3 -B bench.py", "budget": "6s", "threshold": "1.10",
               "perfagent-url": "file://" + os.environ["JAR"], "fail-on-regression": "true"})
ev = {"pull_request": {"number": 7, "base": {"sha": os.environ["BASE"]}, "head": {"sha": os.environ["HEAD"]}}} \
    if event == "pull_request" else {"before": os.environ["BASE"], "after": os.environ["HEAD"]}
event_path = os.path.join(temp, "event.json"); json.dump(ev, open(event_path, "w"))
ctx = {"inputs": inputs, "runner": {"temp": temp}, "steps": {},
       "github": {"event_name": event, "event": ev, "sha": os.environ["HEAD"], "action_repository": "perfagent/perfagent"}}

def lookup(expr):
    value = ctx
    for part in expr.split("."):
        value = value.get(part, "") if isinstance(value, dict) else ""
    return "" if value is None else str(value)

def fill(text):
    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: lookup(m.group(1)), str(text))

summary = os.path.join(temp, "step-summary.md")
code = 0
for step in action["runs"]["steps"]:
    sid = step.get("id", "")
    if "uses" in step:
        print(f"  [skipped] {step.get('name', step['uses'])}: GitHub's own action")
        ctx["steps"][sid] = {"outputs": {}}
        continue
    cond = step.get("if")
    if cond and cond.strip() != "steps.cache.outputs.cache-hit != 'true'":
        sys.exit(f"action-local: cannot evaluate if: {cond}")
    out_file = os.path.join(temp, f"output-{sid or 'step'}")
    open(out_file, "w").close()
    env = dict(os.environ, RUNNER_TEMP=temp, GITHUB_OUTPUT=out_file, GITHUB_STEP_SUMMARY=summary,
               GITHUB_EVENT_PATH=event_path, GITHUB_EVENT_NAME=event, GITHUB_API_URL=os.environ["API"],
               GITHUB_TOKEN="ghs_local", GITHUB_REPOSITORY="acme/widgets", GITHUB_SHA=os.environ["HEAD"])
    env.update({k: fill(v) for k, v in (step.get("env") or {}).items()})
    r = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=os.environ["REPO_DIR"], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = r.stdout.splitlines()
    print(f"  [{r.returncode}] {step.get('name')}")
    for l in lines:
        if l.startswith("::") or l.startswith("perfagent pr:") or l.startswith("comment "):
            print("      " + l[:220])
    outputs = dict(l.split("=", 1) for l in open(out_file).read().splitlines() if "=" in l)
    ctx["steps"][sid] = {"outputs": outputs}
    if r.returncode != 0:
        code = r.returncode
        print("\n".join("      | " + l for l in lines[-15:]))
        break
outs = ctx["steps"].get("pr", {}).get("outputs", {})
print("  outputs: " + json.dumps({k: outs.get(k, "") for k in ("verdict", "regressed", "comment-url", "summary")}))
print(f"  exit code {code} (1 = the regression failed the job, as fail-on-regression asks)")
PY
}

echo "== pull_request (first push)"; run_event pull_request 1 || true
echo "== pull_request (second push)"; run_event pull_request 2 || true
echo "== push"; run_event push 1 || true
echo "== what the GitHub stub received"
python3 - "$tmp/requests.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["method"] != "GET":
        body = json.loads(r["body"]).get("body", "") if r["body"] else ""
        print(f"  {r['method']} {r['path']}  ({len(body)} chars, starts {body[:40]!r})")
PY
