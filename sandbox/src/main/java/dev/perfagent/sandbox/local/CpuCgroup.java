package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time of everything one command ran, to the nanosecond, from a cgroup of its own: {@code cpuacct.usage} in
 * the v1 cpuacct hierarchy, or {@code usage_usec} of {@code cpu.stat} in a v2 cgroup (which every v2 cgroup has;
 * there the pids cgroup of the command serves, see {@link #usage(Path)}). Used only when perfagent runs as root,
 * like {@link PidsCgroup}: the host step (see {@link HostStep}) joins the cgroup before it execs the rest, so the count covers the
 * sandbox's own processes (the host step, bwrap, setpriv, the namespace's init; a few milliseconds) and every process
 * of the program, whoever reaped them, and it is kept by the kernel where the sandbox cannot touch it. GNU time
 * gives the same quantity with 10 ms resolution only.
 */
final class CpuCgroup {
    private static final String PREFIX = "perfagent.cpu.";
    private static final AtomicLong COUNTER = new AtomicLong();

    private final Path parent;

    private CpuCgroup(Path parent) {
        this.parent = parent;
    }

    /** A usable v1 cpuacct hierarchy, if perfagent is root and can create cgroups there. */
    static Optional<CpuCgroup> detectV1() {
        if (!HostUser.isRoot()) return Optional.empty();
        for (Path candidate : PidsCgroup.hierarchies("cpuacct")) {
            Path probe = candidate.resolve(PREFIX + "probe." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
            try {
                Files.createDirectory(probe);
                boolean usable = Files.isReadable(probe.resolve("cpuacct.usage")) && Files.isWritable(probe.resolve("cgroup.procs"));
                Files.delete(probe);
                if (usable) {
                    PidsCgroup.removeStale(candidate);
                    return Optional.of(new CpuCgroup(candidate));
                }
            } catch (IOException | RuntimeException e) {
                // not writable here, or the v2 tree (no cpuacct.usage): try the next
            }
        }
        return Optional.empty();
    }

    /** A fresh cgroup for one command. */
    Path create() throws IOException {
        Path dir = parent.resolve(PREFIX + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
        Files.createDirectory(dir);
        return dir;
    }

    void remove(Path dir) {
        PidsCgroup.removeWhenEmpty(dir);
    }

    /** Whether {@code dir} (a v2 cgroup, such as the command's pids cgroup on a v2 host) counts CPU time itself. */
    static boolean countsCpu(Path dir) {
        return Files.isReadable(dir.resolve("cpu.stat")) || Files.isReadable(dir.resolve("cpuacct.usage"));
    }

    /** User + system CPU time of every task that ran in {@code dir}, exited ones included; empty if unreadable. */
    static Optional<Duration> usage(Path dir) {
        try {
            Path v1 = dir.resolve("cpuacct.usage");
            if (Files.isReadable(v1)) return Optional.of(Duration.ofNanos(Long.parseLong(Files.readString(v1).trim())));
            for (String line : Files.readAllLines(dir.resolve("cpu.stat"))) {
                if (line.startsWith("usage_usec ")) {
                    return Optional.of(Duration.ofNanos(Long.parseLong(line.substring(11).trim()) * 1000));
                }
            }
        } catch (IOException | RuntimeException e) {
            // reported as unknown: the caller falls back to GNU time's figure
        }
        return Optional.empty();
    }
}
