#!/bin/bash
# perfagent's supervisor inside the container sandbox. Runs as root (docker exec), and runs one
# command as the workspace's own unprivileged uid, limited, timed and then swept away:
#
#   exec.sh UID DIR STDIN WALL_MS CPU_S DATA NPROC FSIZE NOFILE MODE COUNTER [ENV=VALUE...] -- COMMAND...
#
# MODE is rw (a build: DIR becomes the uid's), ro (a run: DIR root's, readable by the uid's group)
# or keep. COUNTER is how CPU time is counted: usage (usage.py beside this script, with python3: the
# container's own cgroup's CPU time around the command where it is readable, else the tree's wait4 usage,
# in microseconds, and wall time without the interpreter's start) or time (GNU time: 10 ms steps, for an
# image without python3). The last line it writes to stderr is
# "\n$PERFAGENT_NONCE rc wall_us timed_out cpu_us maxrss_kib";
# it is written after every process of the uid is dead, so nothing the command prints can follow or
# forge it (and the nonce comes through the environment, which other uids cannot read).
set -u
uid=$1 dir=$2 stdin=$3 wall_ms=$4 cpu=$5 data=$6 nproc=$7 fsize=$8 nofile=$9 mode=${10} counter=${11}
shift 11
envs=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
shift

# copies of workspaces the host closed or copied again (folders of their own, /ws/N): removed here rather than by
# a docker exec each
for gone in ${PERFAGENT_GONE:-}; do
  [[ $gone =~ ^/ws/[0-9]+$ ]] && [ "$gone" != "$dir" ] && rm -rf -- "$gone"
done

state=/run/perfagent
stats="$state/stats.$$"
timeout_mark="$state/timeout.$$"
rm -f "$stats" "$timeout_mark"

case "$mode" in
  rw) chown -R "$uid:$uid" "$dir" && chmod 0700 "$dir" ;;
  ro) chown -R "0:$uid" "$dir" && chmod -R u+rwX,g+rX,g-w,o-rwx "$dir" ;;
esac
[ "$stdin" = - ] && stdin=/dev/null

# "1.23" seconds as microseconds, without floating point
sec_us() { local i=${1%%.*} f=${1#*.}; [ "$f" = "$1" ] && f=; f=${f}000000; echo $(( 10#$i * 1000000 + 10#${f:0:6} )); }

# Kills every process of the uid: kill(-1) from the uid itself reaches exactly those (and not root's
# supervisor), however they were forked, setsid'd or orphaned. exec: no fork needed, even when a fork
# bomb has used up the uid's processes.
sweep() { setpriv --reuid="$uid" --regid="$uid" --clear-groups /bin/bash -c 'kill -KILL -1 2>/dev/null; true'; }

if [ "$counter" = usage ]; then
  meter=(python3 -I -S /opt/perfagent/usage.py "$stats" "$uid")
else
  meter=(/usr/bin/time --quiet -f '%U %S %M' -o "$stats")
fi
start=$EPOCHREALTIME
"${meter[@]}" \
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
sweep
# nothing the command left behind may reach the next command: files in the shared writable places,
# System V IPC objects, POSIX message queues
find /tmp /var/tmp /run/lock /dev/shm /dev/mqueue -mindepth 1 -user "$uid" -delete 2>/dev/null
ipcrm --all 2>/dev/null

timed_out=0
[ -e "$timeout_mark" ] && timed_out=1
s=${start/./}; e=${end/./}
wall_us=$((10#$e - 10#$s)) cpu_us=0 maxrss=0
if [ -s "$stats" ]; then
  # the last line, read without a child process: a process substitution's child is never waited for, and as
  # a zombie handed to the container's init (which reaps nothing) it would count against the pids limit
  while read -r line; do [ -n "$line" ] && last=$line; done < "$stats"
  read -r -a u <<< "${last:-}"
  if [ "$counter" = usage ] && [ "${#u[@]}" -eq 3 ]; then
    # the counter's own wall time leaves out the interpreter's start-up
    wall_us=${u[0]} cpu_us=${u[1]} maxrss=${u[2]}
  elif [ "${#u[@]}" -eq 3 ]; then
    # GNU time: seconds with two decimals; microseconds by padding the decimals
    cpu_us=$(( $(sec_us "${u[0]}") + $(sec_us "${u[1]}") )) maxrss=${u[2]}
  fi
fi
# one rm for the three (each process costs a few ms of the command's docker exec)
rm -f "$stats" "$timeout_mark" "$fifo"
printf '\n%s %d %d %d %d %d\n' "$PERFAGENT_NONCE" "$rc" "$wall_us" "$timed_out" "$cpu_us" "$maxrss" >&2
exit 0
