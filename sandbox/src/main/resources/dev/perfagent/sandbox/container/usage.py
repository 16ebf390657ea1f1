# perfagent's CPU-time counter inside the container sandbox, started by exec.sh as root:
#
#   python3 -I -S usage.py STATS UID COMMAND...
#
# Runs COMMAND as its child and becomes the child subreaper of its tree (prctl PR_SET_CHILD_SUBREAPER), so
# every process the command forks, orphaned or not, is reaped either by its own parent inside the tree or
# here; the kernel adds the user + system time of each reaped process into its reaper's, so the usage of the
# children reaped here covers the whole tree, in microseconds (GNU time prints the same in 10 ms steps).
# When COMMAND exits, what is left of the uid's processes is killed and reaped too, so that work moved into
# the background is counted, as the local sandbox counts it (bwrap's pid namespace dies with the command).
# Writes "wall_us cpu_us maxrss_kib" to STATS, wall from just before the start to the command's exit, so the
# interpreter's own start-up is in neither; exits with the command's status (128+N when killed by signal N).
# CPU time comes from the container's own cgroup where it can be read (cpuacct.usage, or usage_usec of cpu.stat
# on v2), read just before the command starts and after its last process is reaped: commands run one at a time
# and the uid is swept after each, so the difference is this tree's, every process counted however it ended. The
# wait4 sum misses a child reaped automatically because its parent ignores SIGCHLD (no wait4 ever sees it: a
# 14.7x "speedup" by CPU time at 0.97x by wall), so it is only the fallback.
# maxrss is the largest resident set of any process of the tree; the kernel counts into the command's the
# resident set of the process it was started from, so it reads at least this interpreter's ~10 MB (GNU
# time's ~2 MB): a floor for tiny programs, on both sides, in reports only.
import ctypes
import os
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
# signal.SIGKILL on Linux: the signal module is not imported, since it imports enum, a third of the start-up time
# (this runs once per command, inside its docker exec)
SIGKILL = 9
CGROUP_V1 = "/sys/fs/cgroup/cpuacct/cpuacct.usage"
CGROUP_V2 = "/sys/fs/cgroup/cpu.stat"


def cgroup_ns():
    """The container's CPU time so far in ns, or None where its cgroup cannot be read."""
    try:
        with open(CGROUP_V1) as f:
            return int(f.read())
    except (OSError, ValueError):
        pass
    try:
        with open(CGROUP_V2) as f:
            for line in f:
                if line.startswith("usage_usec "):
                    return int(line.split()[1]) * 1000
    except (OSError, ValueError):
        pass
    return None


def kill_uid(uid):
    """SIGKILL to every process of uid: kill(-1) sent as that uid reaches exactly those."""
    try:
        pid = os.fork()
    except OSError:
        kill_listed(uid)  # no process left to fork with: kill those listed in /proc, as root
        return None
    if pid == 0:
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.kill(-1, SIGKILL)
        except OSError:
            pass
        os._exit(0)
    return pid


def kill_listed(uid):
    """SIGKILL, from root, to the processes of uid that /proc lists now (a fork racing with it is left to exec.sh's sweep)."""
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.stat("/proc/" + name).st_uid == uid:
                    os.kill(int(name), SIGKILL)
            except OSError:
                pass


def main():
    stats, uid, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("usage.py: prctl(PR_SET_CHILD_SUBREAPER) failed: " + os.strerror(ctypes.get_errno()))
    cpu_us = 0
    maxrss = 0
    cg_start = cgroup_ns()
    start = time.perf_counter_ns()
    child = os.posix_spawnp(argv[0], argv, os.environ)
    status = None
    end = start
    killer = None
    while True:
        try:
            pid, st, ru = os.wait4(-1, 0)
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        if pid != killer:
            cpu_us += round(ru.ru_utime * 1e6) + round(ru.ru_stime * 1e6)
            maxrss = max(maxrss, ru.ru_maxrss)
        if pid == child:
            end = time.perf_counter_ns()
            status = st
            killer = kill_uid(uid)
    cg_end = cgroup_ns()
    if cg_start is not None and cg_end is not None:
        cpu_us = (cg_end - cg_start) // 1000
    with open(stats, "w") as f:
        f.write("%d %d %d\n" % ((end - start) // 1000, cpu_us, maxrss))
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))


main()
