#!/usr/bin/env bash
# The image the bundled gso-mini suite runs in under `bench --loader gso --sandbox container`: perfagent's sandbox
# image (perfagent sandbox build-image) plus git and patch, which GSO's way of applying a patch needs. Built here from
# Debian packages, with no image registry involved; reused when the tag exists (PERFAGENT_REBUILD=1 builds it again).
# Usage: bench/gso/build-mini-image.sh [TAG] [BASE]. Exit codes: 0 built or reused, 2 something to do first, 1 failed.
set -euo pipefail
tag="${1:-perfagent-gso-mini:1}"
base="${2:-perfagent-sandbox:1}"
say() { echo "build-mini-image: $*" >&2; }
command -v docker >/dev/null || { say "docker not found: apt-get install -y docker.io"; exit 2; }
docker info >/dev/null 2>&1 || { say "the Docker engine is not running: start it (dockerd or systemctl start docker)"; exit 2; }
if [ "${PERFAGENT_REBUILD:-0}" != 1 ] && docker image inspect "$tag" >/dev/null 2>&1; then
  say "image $tag exists: reused"
  exit 0
fi
docker image inspect "$base" >/dev/null 2>&1 || { say "image $base not found: build it first with 'perfagent sandbox build-image'"; exit 2; }
start=$SECONDS
printf 'FROM %s\nRUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git patch > /dev/null && apt-get clean && rm -rf /var/lib/apt/lists/*\n' "$base" \
  | docker build -q -t "$tag" - >/dev/null || { say "docker build of $tag failed (it needs the Debian mirror)"; exit 1; }
say "built $tag from $base in $((SECONDS - start)) s"
