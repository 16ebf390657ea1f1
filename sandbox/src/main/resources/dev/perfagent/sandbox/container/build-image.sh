#!/usr/bin/env bash
# Builds perfagent's container sandbox image from Debian packages, with no image registry involved:
# debootstrap a minimal bookworm, install the toolchains into it, and `docker import` the tree.
# Reuses the image when its tag already exists (PERFAGENT_REBUILD=1 builds it again).
# Exit codes: 0 built or reused, 2 something to install or start first, 1 the build failed.
set -euo pipefail

tag="${1:-perfagent-sandbox:1}"
packages="gcc g++ make python3 openjdk-17-jdk-headless maven valgrind time libc6-dev"

say() { echo "build-image: $*" >&2; }

command -v docker >/dev/null || { say "docker not found: apt-get install -y docker.io"; exit 2; }
if ! docker info >/dev/null 2>&1; then
  say "the Docker engine is not running: start it with 'dockerd > /tmp/dockerd.log 2>&1 &' (or systemctl start docker)"
  exit 2
fi
if [ "${PERFAGENT_REBUILD:-0}" != 1 ] && docker image inspect "$tag" >/dev/null 2>&1; then
  say "image $tag exists: reused"
  exit 0
fi
command -v debootstrap >/dev/null || { say "debootstrap not found: apt-get install -y debootstrap"; exit 2; }
[ "$(id -u)" = 0 ] || { say "building the image needs root (debootstrap, chroot): run it with sudo"; exit 2; }

# The Debian mirror this machine already uses (one-line or deb822 sources), so the build needs no other host.
mirror_of() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; exit } }' "$f" | grep -v security | head -n1
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i }' "$f" | grep -v security | head -n1
  done
}
mirror="${PERFAGENT_DEBIAN_MIRROR:-$(mirror_of | head -n1)}"
mirror="${mirror:-http://deb.debian.org/debian}"

rootfs="$(mktemp -d /var/tmp/perfagent-rootfs.XXXXXX)"
cleanup() {
  mountpoint -q "$rootfs/proc" && umount -l "$rootfs/proc" || true
  rm -rf --one-file-system "$rootfs"
}
trap cleanup EXIT

start=$SECONDS
say "debootstrap bookworm from $mirror into $rootfs"
debootstrap --variant=minbase bookworm "$rootfs" "$mirror" > "$rootfs.log" 2>&1 \
  || { tail -n 20 "$rootfs.log" >&2; say "debootstrap failed (log above)"; exit 1; }
rm -f "$rootfs.log"

cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
# no service may start inside a chroot during installation
printf '#!/bin/sh\nexit 101\n' > "$rootfs/usr/sbin/policy-rc.d"
chmod 755 "$rootfs/usr/sbin/policy-rc.d"
mount -t proc proc "$rootfs/proc"
say "installing $packages"
chroot "$rootfs" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages > /dev/null
chroot "$rootfs" apt-get clean
umount "$rootfs/proc"
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs/usr/sbin/policy-rc.d"
: > "$rootfs/etc/resolv.conf"

say "importing as $tag"
tar --numeric-owner -C "$rootfs" -c . | docker import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'ENV LANG=C.UTF-8' \
  -c 'CMD ["/bin/sleep", "infinity"]' \
  -m "perfagent sandbox: Debian bookworm + $packages" - "$tag" > /dev/null
say "built $tag in $((SECONDS - start)) s ($(docker image inspect -f '{{.Size}}' "$tag" | awk '{printf "%d MB", $1/1e6}'))"
