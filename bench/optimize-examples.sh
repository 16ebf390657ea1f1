#!/usr/bin/env bash
# Runs `perfagent optimize` with the offline rules (no API key) on every bundled example and prints, per task, the
# best verified candidate with its interval, then how many tasks got a verified improvement.
#   bench/optimize-examples.sh [--rounds N] [--budget SECONDS]   (extra flags go to perfagent optimize)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=$(mktemp -d /tmp/perfagent-optimize-examples.XXXXXX)
./perfagent --version >/dev/null || exit 2
improved=0
total=0
printf '%-22s %-8s %s\n' task verdict "best candidate"
for task in datasets/suites/examples/*/; do
  id=$(basename "$task")
  total=$((total + 1))
  start=$(date +%s)
  env -u OPENAI_API_KEY -u ANTHROPIC_API_KEY -u GEMINI_API_KEY -u GOOGLE_API_KEY -u OLLAMA_HOST \
    ./perfagent optimize --task "$task" --runs-dir "$runs" --run-id "$id" --rounds 4 "$@" >"$runs/$id.out" 2>"$runs/$id.err"
  code=$?
  secs=$(( $(date +%s) - start ))
  if [ $code -eq 0 ]; then improved=$((improved + 1)); verdict=IMPROVED; else verdict="none"; fi
  printf '%-22s %-8s %s  (%d s)\n' "$id" "$verdict" "$(head -1 "$runs/$id.out")" "$secs"
done
echo "verified improvements: $improved of $total tasks (runs in $runs)"
