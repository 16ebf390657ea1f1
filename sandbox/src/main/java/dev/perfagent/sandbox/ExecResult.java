package dev.perfagent.sandbox;

import java.time.Duration;
import java.util.Optional;

/**
 * What a sandboxed command did. Failures of the command are data here, never exceptions.
 *
 * @param exitCode   the exit status; 128+N when killed by signal N
 * @param stdout     standard output, whole (up to the output limit)
 * @param stderr     standard error, trimmed to its first 2 KB and last 4 KB (the first compiler error, the crash)
 * @param wall       wall-clock time of the command
 * @param cpu        user + system CPU time of the whole process tree, the sandbox's own few processes included
 *                   (nanoseconds from a cgroup as root, microseconds from wait4 in the container sandbox, see
 *                   {@link Sandbox#cpuTimeResolution()}; else GNU time's 10 ms steps, and after a kill only what
 *                   the processes that were reaped had used)
 * @param peakRssBytes peak memory: the largest resident set of any process in the tree (GNU time, the container), or,
 *                     where a memory cgroup holds the command (the local sandbox run by root), the peak of the tree's
 *                     charged memory, the quantity its memory limit binds (0 where it could not be measured)
 * @param timedOut   killed by the wall-clock limit
 * @param killedBy   why it was killed, if it was: a signal name (SIGKILL, SIGSEGV, SIGXCPU…) or a limit
 *                   ("wall-time limit", "output limit", or "memory limit" when an allocation failed under the
 *                   memory limit and the program died of it: MemoryError, bad_alloc, OutOfMemoryError)
 */
public record ExecResult(int exitCode, String stdout, String stderr, Duration wall, Duration cpu, long peakRssBytes,
                         boolean timedOut, Optional<String> killedBy) {

    public boolean ok() {
        return exitCode == 0 && !timedOut && killedBy.isEmpty();
    }

    /** A one-line account of how the command ended, for verdict reasons. */
    public String describeEnd() {
        if (timedOut) return "killed after the wall-time limit of " + wall.toMillis() + " ms";
        if (killedBy.isPresent()) return "killed by " + killedBy.get() + " (exit " + exitCode + ")";
        return "exit code " + exitCode;
    }
}
