package dev.perfagent.sandbox;

import java.util.List;
import java.util.Optional;

/** Why a sandboxed command was stopped, in the words {@link ExecResult#killedBy()} uses. */
public final class KillReason {
    public static final String WALL_TIME = "wall-time limit";
    public static final String OUTPUT = "output limit";
    public static final String MEMORY = "memory limit";

    /**
     * What programs print when an allocation fails under the memory rlimit. The limit makes the
     * allocation fail rather than kill the process, so without this a memory hog would read as a plain
     * exit 1 (or SIGABRT, for C++'s bad_alloc) instead of as the limit it hit.
     */
    private static final List<String> OUT_OF_MEMORY = List.of(
            "MemoryError", "std::bad_alloc", "java.lang.OutOfMemoryError", "Cannot allocate memory",
            "out of memory", "memory exhausted");

    private KillReason() {
    }

    /** Why a command that exited with {@code exitCode} and printed {@code stderr} stopped, if a limit or a signal stopped it. */
    public static Optional<String> of(int exitCode, String stderr, boolean timedOut, boolean outputExceeded) {
        if (outputExceeded) return Optional.of(OUTPUT);
        if (timedOut) return Optional.of(WALL_TIME);
        if (exitCode != 0 && OUT_OF_MEMORY.stream().anyMatch(stderr::contains)) return Optional.of(MEMORY);
        return Signals.fromExitStatus(exitCode);
    }
}
