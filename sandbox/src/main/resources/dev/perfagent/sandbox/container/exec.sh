#!/bin/bash
# perfagent's supervisor inside the container sandbox. Runs as root (docker exec), and runs one
# command as the workspace's own unprivileged uid, limited, timed and then swept away:
#
#   exec.sh UID DIR STDIN WALL_MS CPU_S DATA NPROC FSIZE NOFILE MODE [ENV=VALUE...] -- COMMAND...
#
# MODE is rw (a build: DIR becomes the uid's), ro (a run: DIR root's, readable by the uid's group)
# or keep. The last line it writes to stderr is "\n$PERFAGENT_NONCE rc wall_us timed_out user sys maxrss_kib";
# it is written after every process of the uid is dead, so nothing the command prints can follow or
# forge it (and the nonce comes through the environment, which other uids cannot read).
set -u
uid=$1 dir=$2 stdin=$3 wall_ms=$4 cpu=$5 data=$6 nproc=$7 fsize=$8 nofile=$9 mode=${10}
shift 10
envs=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
shift

state=/run/perfagent
stats="$state/stats.$$"
timeout_mark="$state/timeout.$$"
rm -f "$stats" "$timeout_mark"

case "$mode" in
  rw) chown -R "$uid:$uid" "$dir" && chmod 0700 "$dir" ;;
  ro) chown -R "0:$uid" "$dir" && chmod -R u+rwX,g+rX,g-w,o-rwx "$dir" ;;
esac
[ "$stdin" = - ] && stdin=/dev/null

# Kills every process of the uid: kill(-1) from the uid itself reaches exactly those (and not root's
# supervisor), however they were forked, setsid'd or orphaned. exec: no fork needed, even when a fork
# bomb has used up the uid's processes.
sweep() { setpriv --reuid="$uid" --regid="$uid" --clear-groups /bin/bash -c 'kill -KILL -1 2>/dev/null; true'; }

start=$EPOCHREALTIME
/usr/bin/time --quiet -f '%U %S %M' -o "$stats" \
  prlimit --cpu="$cpu:$((cpu + 1))" --data="$data" --nproc="$nproc" --fsize="$fsize" --nofile="$nofile" --core=0 -- \
  setpriv --reuid="$uid" --regid="$uid" --clear-groups --inh-caps=-all --bounding-set=-all --no-new-privs \
  env -i -C "$dir" "${envs[@]}" "$@" < "$stdin" &
pid=$!
# The watchdog is forked now, while forking is still possible, and waits with bash's own read -t on a
# FIFO that never gets data: no sleep child that would outlive it and hold the output pipes open.
fifo="$state/fifo.$$"
mkfifo -m 0600 "$fifo"
( exec 3<>"$fifo" </dev/null >/dev/null 2>&1
  read -r -t "$(printf '%d.%03d' $((wall_ms / 1000)) $((wall_ms % 1000)))" -u 3
  : > "$timeout_mark"
  exec setpriv --reuid="$uid" --regid="$uid" --clear-groups /bin/bash -c 'kill -KILL -1 2>/dev/null; true' ) &
watchdog=$!
disown "$watchdog"
wait "$pid"
rc=$?
end=$EPOCHREALTIME
kill -KILL "$watchdog" 2>/dev/null
rm -f "$fifo"
sweep
# nothing the command left behind may reach the next command: files in the shared writable places,
# System V IPC objects, POSIX message queues
find /tmp /var/tmp /run/lock /dev/shm /dev/mqueue -mindepth 1 -user "$uid" -delete 2>/dev/null
ipcrm --all 2>/dev/null

timed_out=0
[ -e "$timeout_mark" ] && timed_out=1
usage="0 0 0"
[ -s "$stats" ] && usage="$(tail -n 1 "$stats")"
rm -f "$stats" "$timeout_mark"
s=${start/./}; e=${end/./}
printf '\n%s %d %d %d %s\n' "$PERFAGENT_NONCE" "$rc" $((10#$e - 10#$s)) "$timed_out" "$usage" >&2
exit 0
