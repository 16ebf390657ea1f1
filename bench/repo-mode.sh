#!/usr/bin/env bash
# Repository mode, the slow checks: the tests tagged `slow` (replayed reply on java-inventory with --apply, the
# INCORRECT/REJECTED verdicts on a repository task, the C++ and Python example repositories), each a Maven or
# make build, a test run and a measured candidate in the sandbox; several minutes each on a busy 2-core machine.
# Output in bench/out/repo-mode-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
out="bench/out/repo-mode-$(date +%Y%m%d-%H%M%S).txt"
mvn -B -q -pl agent -am test -Dgroups=slow \
  -Dtest='RepoOptimizeCommandTest,RepoVerdictsTest,OtherRepoLanguagesTest,RepoJmhCommandTest' -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$out"
echo "kept in $out"
