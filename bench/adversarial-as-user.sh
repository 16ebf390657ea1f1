#!/usr/bin/env bash
# The adversarial suite with perfagent started by an ordinary user instead of root: every candidate of
# datasets/suites/adversarial through `perfagent eval --expect VERDICT` in the local sandbox, one JVM each,
# as USER (default nobody, via runuser: start it as root). Prints one line per candidate and a total; exit 1
# when any verdict differs (IMPROVED never may). Needs the jar: mvn -o -q -DskipTests package.
# Usage: bench/adversarial-as-user.sh [USER] [TASK-NAME-FILTER]
set -uo pipefail
cd "$(dirname "$0")/.."
user=${1:-nobody}
filter=${2:-}
jar=agent/target/perfagent.jar
[ -r "$jar" ] || { echo "build the jar first: mvn -o -q -DskipTests package" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "start this as root: it runs perfagent as $user with runuser" >&2; exit 2; }
echo "perfagent as $(runuser -u "$user" -- id), $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)"
runuser -u "$user" -- java -jar "$jar" sandbox check
start=$(date +%s)
total=0 wrong=0 improved=0 passed=0
for task in datasets/suites/adversarial/*/; do
  case "$task" in *"$filter"*) ;; *) continue ;; esac
  while IFS=' ' read -r name verdict also; do
    total=$((total + 1))
    out=$(runuser -u "$user" -- java -jar "$jar" eval --task "$task" --candidate "$task/candidates/$name" \
          --expect "$verdict" --budget 20 2>&1)
    rc=$?
    got=$(printf '%s\n' "$out" | grep -oE '\b(IMPROVED|NEUTRAL|REGRESSED|INCORRECT|CRASHED|TIMEOUT|BUILD_FAILED|REJECTED)\b' | head -1)
    [ "$got" = IMPROVED ] && improved=$((improved + 1))
    # exit 4 is the candidates' way of saying the attack got through (e.g. memory past the limit) even though
    # the verdict is the same: that is a fallback, named by perfagent sandbox check, and counted here
    through=; printf '%s' "$out" | grep -q 'exit code 4' && { through=" (the attack got through: exit 4)"; passed=$((passed + 1)); }
    # an ordinary user gets no memory cgroup, so a memory dodge ends as in the container (whose limit is the whole
    # container's): the expected.yaml's container: verdicts are accepted, and said
    if [ $rc -ne 0 ] && [ -n "$also" ] && [ -n "$got" ] && [[ "|$also|" == *"|$got|"* ]]; then
      rc=0 through="$through (as the named fallback: no memory cgroup for a user)"
    fi
    if [ $rc -eq 0 ]; then echo "ok        $(basename "$task")/$name: $got$through"
    else wrong=$((wrong + 1)); echo "MISMATCH  $(basename "$task")/$name: expected $verdict, got ${got:-?} (exit $rc): $(printf '%s' "$out" | tail -2 | tr '\n' ' ' | cut -c1-200)"; fi
  done < <(sed -nE 's/^([a-z0-9-]+): *\{verdict: *([A-Z_]+),( *container: *"([A-Z_|]+)")?.*/\1 \2 \4/p' "$task/expected.yaml")
done
echo "$total candidates as $user in $(( $(date +%s) - start )) s: $wrong mismatches, $improved IMPROVED, $passed got through with the expected verdict; load: $(cut -d' ' -f1-3 /proc/loadavg)"
[ $wrong -eq 0 ] && [ $improved -eq 0 ]
