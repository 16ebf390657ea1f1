#!/usr/bin/env bash
# Short programs: five C++ pairs of 10-50 ms whose candidate does the same work fewer times (known speedups 1.2x to
# 10x). For each: perfagent eval's speedup (defaults) beside the bare processes' CPU-time ratio from `perf stat -e
# task-clock` (no sandbox), and the A/A verdict of the original against itself. The goal: perfagent's ratio within
# 5% of the bare ratio, A/A NEUTRAL. Prints the load before and after.
# Usage: bench/short-programs.sh [perf-stat repetitions=40]
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-40}"
work=$(mktemp -d /tmp/perfagent-short-XXXXXX)
trap 'rm -rf "$work"' EXIT
./perfagent --version >/dev/null
jar="$work/perfagent.jar"
cp agent/target/perfagent.jar "$jar"
echo "load before: $(uptime)"
# baseline repetitions 60 (about 0.5 ms each, so about 30 ms); the candidate's repetitions give the speedup
printf 'pair\tbaseline_reps\tcandidate_reps\tbare_ms_a\tbare_ms_b\tbare_ratio\tperfagent\tlow\thigh\tverdict\toff_by\taa_verdict\taa_speedup\n'
for cand in 50 40 30 15 6; do
  t="$work/short-$cand"
  mkdir -p "$t/src" "$t/expert" "$t/tests"
  for side in src expert; do
    r=60; [ "$side" = expert ] && r=$cand
    cat > "$t/$side/main.cpp" <<CPP
#include <cstdio>
// The same computation REPS times (each time from a volatile seed, so no repetition can be folded away):
// the candidate differs only in REPS, so its speedup is known by construction.
static volatile unsigned long long seed = 88172645463325252ULL;
static volatile unsigned long long sink;
int main() {
    long n;
    if (std::scanf("%ld", &n) != 1) return 1;
    const int REPS = $r;
    unsigned long long x = 0;
    for (int rep = 0; rep < REPS; rep++) {
        x = seed;
        for (long i = 0; i < n; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; }
        sink = x;
    }
    std::printf("%llu\n", x);
    return 0;
}
CPP
  done
  echo 400000 > "$t/tests/w.in"
  cat > "$t/task.yaml" <<YAML
id: short-$cand
language: cpp
sources: {root: src, editable: [main.cpp]}
build: {flags: [-O2, -std=c++17]}
judge: {compare: exact, cases: tests}
workload: {inputs: [tests/w.in]}
expert: expert
YAML
  g++ -O2 -std=c++17 -o "$t/a" "$t/src/main.cpp"
  g++ -O2 -std=c++17 -o "$t/b" "$t/expert/main.cpp"
  "$t/a" < "$t/tests/w.in" > "$t/tests/w.out"
  # one perf stat per run (with -r, every repetition after the first would find stdin already read), median of them
  bare() {
    for ((k = 0; k < reps; k++)); do
      perf stat -x, -e task-clock "$1" < "$t/tests/w.in" 2>&1 >/dev/null | awk -F, '/task-clock/ {print $1}'
    done | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
  }
  a_ms=$(bare "$t/a"); b_ms=$(bare "$t/b")
  ev=$(java -XX:+UseSerialGC -jar "$jar" eval --task "$t" --candidate "$t/expert" --json 2>/dev/null || true)
  aa=$(java -XX:+UseSerialGC -jar "$jar" eval --task "$t" --candidate original --json 2>/dev/null || true)
  python3 - "$cand" "$a_ms" "$b_ms" "$ev" "$aa" <<'PY'
import json, sys
cand, a, b, ev, aa = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5])
m = ev.get("measurement", {})
bare = a / b
ours = m.get("speedup", float("nan"))
am = aa.get("measurement", {})
print(f"60/{cand}\t60\t{cand}\t{a:.2f}\t{b:.2f}\t{bare:.3f}\t{ours:.3f}\t{m.get('ciLow', 0):.3f}\t{m.get('ciHigh', 0):.3f}\t"
      f"{ev['verdict']}\t{(ours / bare - 1) * 100:+.1f}%\t{aa['verdict']}\t{am.get('speedup', float('nan')):.3f}")
PY
done
echo "load after: $(uptime)"
