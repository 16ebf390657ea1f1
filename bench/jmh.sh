#!/usr/bin/env bash
# JMH microbenchmarks of perfagent's own code (agent/src/test/java/**/*Bench.java), e.g. the unified diff every
# patch and report is made with. Usage: bench/jmh.sh [REGEX] [JMH options]; default: every benchmark, 1 fork,
# 3 warm-up and 5 measured iterations of 1 s. Output in bench/out/jmh-<date>.txt (JMH's table) and .json.
set -euo pipefail
cd "$(dirname "$0")/.."
regex="${1:-Bench}"
shift || true
opts=("$@")
[ ${#opts[@]} -gt 0 ] || opts=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
mkdir -p bench/out
stamp="$(date +%Y%m%d-%H%M%S)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -pl agent -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "agent/target/test-classes:agent/target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$regex" "${opts[@]}" \
  -rf json -rff "bench/out/jmh-$stamp.json" | tee "bench/out/jmh-$stamp.txt"
echo "kept in bench/out/jmh-$stamp.txt and .json"
