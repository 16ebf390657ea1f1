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
# maxrss is the largest resident set of any process of the tree; the kernel counts into the command's the
# resident set of the process it was started from, so it reads at least this interpreter's ~10 MB (GNU
# time's ~2 MB): a floor for tiny programs, on both sides, in reports only.
import ctypes
import os
import resource
import signal
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


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
            os.kill(-1, signal.SIGKILL)
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
                    os.kill(int(name), signal.SIGKILL)
            except OSError:
                pass


def main():
    stats, uid, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        sys.exit("usage.py: prctl(PR_SET_CHILD_SUBREAPER) failed: " + os.strerror(ctypes.get_errno()))
    cpu_us = 0
    maxrss = 0
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
    with open(stats, "w") as f:
        f.write("%d %d %d\n" % ((end - start) // 1000, cpu_us, maxrss))
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))


main()
