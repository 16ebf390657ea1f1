#!/usr/bin/env bash
# User mistakes across every command, each checked to give exactly one line on stderr ("perfagent: …") that names
# what to change, no stack trace, and its documented exit code (2: bad input; see README "Exit codes").
# Runs the built jar (mvn -q -DskipTests package); needs no network, Docker or model key. Prints one line per case
# and a total; exits 1 when any case fails.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/agent/target/perfagent.jar"
[ -f "$jar" ] || { echo "ux-check: build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
task="$root/datasets/suites/examples/py-unique-visitors"
printf 'measure:\n  budgets: 30s\n' > "$tmp/typo.yaml"
mkdir -p "$tmp/repo" && git -C "$tmp/repo" init -q && git -C "$tmp/repo" -c user.email=a@b -c user.name=a commit -q --allow-empty -m one
pass=0; fail=0

# check NAME CODE KEYWORD -- ARGS…  (ENV=… before check to set the environment)
check() {
  local name="$1" want="$2" keyword="$3"; shift 4
  local err code
  err="$(cd "$tmp" && env -u OPENAI_API_KEY -u ANTHROPIC_API_KEY -u GEMINI_API_KEY -u GITHUB_TOKEN ${EXTRA_ENV:-} \
         java -jar "$jar" "$@" 2>&1 >/dev/null)"; code=$?
  local lines; lines="$(printf '%s\n' "$err" | grep -c .)"
  local why=""
  [ "$code" = "$want" ] || why="exit $code, want $want"
  [ "$lines" = 1 ] || why="${why:+$why; }$lines lines on stderr"
  printf '%s' "$err" | grep -q $'\tat ' && why="${why:+$why; }stack trace"
  printf '%s' "$err" | grep -qi -- "$keyword" || why="${why:+$why; }does not say '$keyword'"
  if [ -z "$why" ]; then pass=$((pass + 1)); printf 'ok    %-46s %s\n' "$name" "$err"
  else fail=$((fail + 1)); printf 'FAIL  %-46s %s\n      %s\n' "$name" "$why" "$(printf '%s' "$err" | head -3)"; fi
}

check "no command"                           2 "a command is needed: optimize"  -- 
check "eval: task folder missing"            2 "no-such-task"                   -- eval --task no-such-task
check "eval: budget without a unit it knows" 2 "30s, 5m"                        -- eval --task "$task" --budget 5x
check "eval: threshold below 1"              2 "at least 1.0"                   -- eval --task "$task" --threshold 0.9
check "eval: too few runs"                   2 "at least 3"                     -- eval --task "$task" --max-runs 1
check "eval: unknown measure"                2 "use time or instructions"       -- eval --task "$task" --measure cycles
check "eval: unknown sandbox"                2 "one of local, container"        -- eval --task "$task" --sandbox docker
check "eval: unknown expected verdict"       2 "IMPROVED"                       -- eval --task "$task" --expect FASTER
check "eval: config file missing"            2 "does not exist"                 -- eval --task "$task" --config /no/such.yaml
check "eval: typo in perfagent.yaml"         2 "unknown setting measure.budgets" -- eval --task "$task" --config "$tmp/typo.yaml"
check "optimize: base URL that is no URL"    2 "http://localhost:8000/v1"       -- optimize --task "$task" --base-url=notaurl
check "optimize: model key missing"          2 "OPENAI_API_KEY"                 -- optimize --task "$task" --model openai:gpt-4.1
check "optimize: unknown strategy"           2 "refine"                         -- optimize --task "$task" --strategy greedy
check "optimize: time budget unreadable"     2 "30s, 5m"                        -- optimize --task "$task" --time soon
EXTRA_ENV="OPENAI_API_KEY=sk-test" \
check "optimize: --money for an unpriced model" 2 "prices:"                     -- optimize --task "$task" --model openai:my-finetune --money 1
check "optimize: resume a run that is not there" 2 "--resume"                   -- optimize --resume no-such-run --out "$tmp/runs"
check "optimize: --task with --repo"         2 "one or the other"               -- optimize --task "$task" --repo "$tmp/repo"
check "bench: suite missing"                 2 "no-such-suite"                  -- bench no-such-suite
check "bench: shard out of range"            2 "shard"                          -- bench "$task" --shard 3/2
check "bench: no attempts"                   2 "at least 1"                     -- bench "$task" --attempts 0
check "pr: no benchmark"                     2 "--bench"                        -- pr --repo "$tmp/repo" --base HEAD --head HEAD
check "pr: timeout without a unit it knows"  2 "30s, 5m"                        -- pr --repo "$tmp/repo" --base HEAD --head HEAD --bench true --timeout 5q
check "pr: instructions on a bench command"  2 "--measure time"                 -- pr --repo "$tmp/repo" --base HEAD --head HEAD --bench true --measure instructions
check "pr: a ref that is not fetched"        2 "git fetch origin"               -- pr --repo "$tmp/repo" --base origin/nope --head HEAD --bench true
check "pr: --comment without a token"        2 "GITHUB_TOKEN"                   -- pr --repo "$tmp/repo" --base HEAD --head HEAD --bench true --comment
check "pr: base URL that is no URL"          2 "http://localhost:8000/v1"       -- pr --repo "$tmp/repo" --base HEAD --head HEAD --bench true --suggest --base-url localhost:8000
check "calibrate: negative count"            2 "must not be negative"           -- calibrate --aa -1
check "report: run that is not there"        2 "no-such-run"                    -- report no-such-run
check "merge: nothing to merge"              2 "merge"                          -- merge
check "unknown option"                       2 "--tusk"                         -- eval --task "$task" --tusk x

# Ctrl-C in the middle of a run: exit 130 and one line saying how to resume
(cd "$tmp" && exec java -jar "$jar" optimize --task "$task" --model rules --out "$tmp/runs" --run-id interrupted >/dev/null 2>"$tmp/int.err") &
runner=$!; sleep 6; kill -INT "$runner"; wait "$runner"; code=$?
if [ "$code" = 130 ] && grep -q "perfagent: interrupted; resume with: perfagent optimize --resume interrupted" "$tmp/int.err"; then
  pass=$((pass + 1)); printf 'ok    %-46s %s\n' "Ctrl-C during optimize" "$(grep "perfagent: interrupted" "$tmp/int.err")"
else
  fail=$((fail + 1)); printf 'FAIL  %-46s exit %s: %s\n' "Ctrl-C during optimize" "$code" "$(tail -2 "$tmp/int.err")"
fi

echo "ux-check: $pass passed, $fail failed"
[ "$fail" = 0 ]
