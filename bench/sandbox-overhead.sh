#!/usr/bin/env bash
# What each sandbox adds per candidate against the bare command (medians of N rounds, default 20):
# bubblewrap (goal < 20 ms) and the Docker container (goal < 1 s), start, copy in/out and exec.
# Needs the test classes built; the container part needs a running Docker engine and the image
# (perfagent sandbox build-image). Usage: bench/sandbox-overhead.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost
cp_file="$(mktemp)"
# the last module of the reactor, sandbox, writes the file last
mvn -q -B -pl sandbox -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="sandbox/target/classes:sandbox/target/test-classes:datasets/target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
exec java -cp "$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=error dev.perfagent.sandbox.SandboxOverheadBench "${1:-20}"
