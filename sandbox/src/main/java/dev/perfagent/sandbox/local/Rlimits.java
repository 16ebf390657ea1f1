package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.Limits;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code prlimit} prefix that applies {@link Limits} to the sandboxed command. It runs inside the
 * sandbox, after the namespaces are set up, so the limits bind the candidate and not bwrap itself.
 *
 * <p>Memory is limited with RLIMIT_DATA, not RLIMIT_AS. DATA counts the private writable memory a
 * process commits (heap, anonymous mmaps, thread stacks) — what "memory" means to a user — while AS
 * also counts the address space the JVM only reserves (heap reserve, class space, code cache: gigabytes
 * for a small program). The sandbox cannot tell whether a {@code sh -c} judge command such as
 * {@code mvn test} will start a JVM, so it needs a limit that a JVM tolerates; for the JVM's own heap
 * the Java toolchain still passes {@code -Xmx}. A malloc or mmap past the limit fails with ENOMEM:
 * Python raises MemoryError, C++ throws bad_alloc, C gets NULL.
 */
final class Rlimits {
    static final String PRLIMIT = "/usr/bin/prlimit";

    private Rlimits() {
    }

    /**
     * @param processesByCgroup a pids cgroup bounds the command's own tree: RLIMIT_NPROC is then left as it is, since
     *                          it counts every process and thread of the host uid, and started by root every sandbox's
     *                          candidate is the same host uid (65534): one evaluation's JVM threads would make another
     *                          concurrent evaluation's fork fail ("Cannot fork")
     */
    static List<String> prefix(Limits limits, boolean processesByCgroup) {
        long cpuSeconds = Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
        List<String> p = new ArrayList<>(List.of(PRLIMIT,
                // soft limit sends SIGXCPU (reported as such), the hard one a second later SIGKILL
                "--cpu=" + cpuSeconds + ":" + (cpuSeconds + 1),
                "--data=" + limits.memoryBytes()));
        if (!processesByCgroup) p.add("--nproc=" + limits.processes());
        p.addAll(List.of(
                "--fsize=" + limits.fileSizeBytes(),
                "--nofile=" + limits.openFiles(),
                // a core dump would go to the host's core handler, slow and outside the limits
                "--core=0",
                "--"));
        return p;
    }
}
