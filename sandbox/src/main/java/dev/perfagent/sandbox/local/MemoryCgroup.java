package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.Limits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A memory limit on one command's whole tree, kept by the kernel: {@code memory.limit_in_bytes} (and the same for
 * memory+swap, so nothing is pushed to swap) in the v1 memory hierarchy, or {@code memory.max} and
 * {@code memory.swap.max = 0} in a v2 cgroup. RLIMIT_DATA alone limits each process's private memory: a shared
 * anonymous mapping, files in a tmpfs, or many processes each under the limit all went past it (1.8 GiB used under
 * a 64 MiB limit). The cgroup counts all of that, tmpfs pages included, and the kernel kills the tree past it.
 * Root only, like {@link PidsCgroup}: where no cgroup can be made, the fallback is RLIMIT_DATA, and it is said.
 */
final class MemoryCgroup {
    private static final String PREFIX = "perfagent.mem.";
    private static final AtomicLong COUNTER = new AtomicLong();
    /** What the sandbox's own processes (the host step, GNU time where it runs, bwrap, setpriv, the init shell) need beside the program. */
    static final long HEADROOM = 64 * Limits.MIB;

    private final Path parent;

    private MemoryCgroup(Path parent) {
        this.parent = parent;
    }

    /** A v1 memory hierarchy where perfagent (root) can make limited cgroups; empty elsewhere (v2: see {@link #limitV2}). */
    static Optional<MemoryCgroup> detectV1() {
        if (!HostUser.isRoot()) return Optional.empty();
        for (Path candidate : PidsCgroup.hierarchies("memory")) {
            if (Files.exists(candidate.resolve("cgroup.controllers"))) continue;
            Path probe = candidate.resolve(PREFIX + "probe." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
            try {
                Files.createDirectory(probe);
                boolean usable = Files.isWritable(probe.resolve("memory.limit_in_bytes")) && Files.isWritable(probe.resolve("cgroup.procs"));
                Files.delete(probe);
                if (usable) {
                    PidsCgroup.removeStale(candidate);
                    return Optional.of(new MemoryCgroup(candidate));
                }
            } catch (IOException | RuntimeException e) {
                // not writable here: try the next
            }
        }
        return Optional.empty();
    }

    /** A fresh cgroup for one command, limited to {@code bytes} of memory and no swap. */
    Path create(long bytes) throws IOException {
        Path dir = parent.resolve(PREFIX + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
        Files.createDirectory(dir);
        try {
            Files.writeString(dir.resolve("memory.limit_in_bytes"), Long.toString(bytes));
            // memory+swap may only be set once the memory limit is below it; absent where swap accounting is off
            Path memsw = dir.resolve("memory.memsw.limit_in_bytes");
            if (Files.exists(memsw)) Files.writeString(memsw, Long.toString(bytes));
            Path swappiness = dir.resolve("memory.swappiness");
            if (Files.isWritable(swappiness)) Files.writeString(swappiness, "0");
        } catch (IOException e) {
            PidsCgroup.removeWhenEmpty(dir);
            throw e;
        }
        return dir;
    }

    void remove(Path dir) {
        PidsCgroup.removeWhenEmpty(dir);
    }

    /** Limits a v2 cgroup (the command's pids cgroup on a v2 host) to {@code bytes} and no swap; false where it has no memory controller. */
    static boolean limitV2(Path dir, long bytes) {
        Path max = dir.resolve("memory.max");
        if (!Files.isWritable(max)) return false;
        try {
            Files.writeString(max, Long.toString(bytes));
            Path swap = dir.resolve("memory.swap.max");
            if (Files.isWritable(swap)) Files.writeString(swap, "0");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file where {@code dir} keeps the peak of its memory: v1's max_usage_in_bytes, v2's memory.peak (Linux 5.19). */
    static Optional<Path> peakFile(Path dir) {
        for (String name : new String[]{"memory.max_usage_in_bytes", "memory.peak"}) {
            Path f = dir.resolve(name);
            if (Files.isReadable(f)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The highest memory use of everything that ran in the cgroup, in bytes; 0 where unreadable. */
    static long peak(Path peakFile) {
        try {
            return Long.parseLong(Files.readString(peakFile).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Whether the kernel killed a process of {@code dir} for going past its limit. */
    static boolean oomKilled(Path dir) {
        for (String file : new String[]{"memory.oom_control", "memory.events"}) {
            try {
                for (String line : Files.readAllLines(dir.resolve(file))) {
                    if (line.startsWith("oom_kill ") && Long.parseLong(line.substring(9).trim()) > 0) return true;
                }
            } catch (IOException | RuntimeException e) {
                // not this version's file
            }
        }
        return false;
    }
}
