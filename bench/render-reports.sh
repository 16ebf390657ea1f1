#!/usr/bin/env bash
# Renders report.html of an optimize run and of a bench run in headless Chromium to PNG (docs/img/), and fails when
# a page does not load cleanly (Chromium's exit code, console errors, an empty screenshot). Uses the built jar.
# Needs chromium (Debian: apt-get install -y chromium). Usage: bench/render-reports.sh [OUT_DIR]  (default docs/img)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/agent/target/perfagent.jar"
out="${1:-$root/docs/img}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -f "$jar" ] || { echo "render-reports: build the jar first: mvn -q -DskipTests package" >&2; exit 2; }
[ -n "$browser" ] || { echo "render-reports: no Chromium: apt-get install -y chromium" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

echo "render-reports: an optimize run (rules on py-unique-visitors) …"
java -jar "$jar" -q optimize --task "$root/datasets/suites/examples/py-unique-visitors" --model rules --rounds 2 \
  --budget 10s --out "$tmp/runs" --run-id shot >/dev/null || true
echo "render-reports: a bench run (expert, 3 example tasks) …"
java -jar "$jar" -q bench "$root/datasets/suites/examples" --model expert --shard 0/3 --budget 8s \
  --store "$tmp/bench.db" --out "$tmp/bench" >/dev/null || true

render() {  # HTML PNG HEIGHT
  local log="$tmp/$(basename "$2").log"
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,"$3" \
    --enable-logging=stderr --v=0 --screenshot="$2" "file://$1" >"$log" 2>&1 || { cat "$log" >&2; echo "render-reports: $1 did not load" >&2; exit 1; }
  if grep -E "CONSOLE|Uncaught|Failed to load" "$log" >&2; then echo "render-reports: $1 logged errors" >&2; exit 1; fi
  [ -s "$2" ] || { echo "render-reports: no screenshot of $1" >&2; exit 1; }
  echo "render-reports: $2 ($(stat -c %s "$2") bytes)"
}
render "$tmp/runs/shot/report.html" "$out/optimize-report.png" 1300
render "$tmp/bench/report.html" "$out/bench-report.png" 1300
