package dev.perfagent.sandbox;

import java.util.List;
import java.util.Optional;

/** Why a sandboxed command was stopped, in the words {@link ExecResult#killedBy()} uses. */
final class KillReason {
    static final String WALL_TIME = "wall-time limit";
    static final String OUTPUT = "output limit";
    static final String MEMORY = "memory limit";

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

    static Optional<String> of(ProcessSupervisor.Outcome o) {
        if (o.outputExceeded()) return Optional.of(OUTPUT);
        if (o.timedOut()) return Optional.of(WALL_TIME);
        if (o.exitCode() != 0 && OUT_OF_MEMORY.stream().anyMatch(o.stderr()::contains)) return Optional.of(MEMORY);
        return Signals.fromExitStatus(o.exitCode());
    }
}
