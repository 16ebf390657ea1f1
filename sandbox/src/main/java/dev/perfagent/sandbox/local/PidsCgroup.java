package dev.perfagent.sandbox.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pids cgroup per command, used only when perfagent runs as root. The kernel exempts processes whose
 * real uid is host root from RLIMIT_NPROC, and a bwrap started by root maps the sandbox's uid onto host
 * root — so there, {@code prlimit --nproc} alone would let a fork bomb exhaust the host's pids. A cgroup's
 * {@code pids.max} counts every task in it whatever its uid. The host process joins the cgroup before it
 * execs the rest of the chain (see {@link HostStep}), so everything the sandbox forks is born inside it.
 */
final class PidsCgroup {
    /**
     * Names are {@code perfagent.<pid>.<n>}: the creating process's pid, so that stale ones are told from those of
     * another live perfagent (earlier versions named them {@code perfagent-<pid>-<n>} and removed every empty one,
     * which raced with other perfagent processes between a cgroup's creation and the command joining it).
     */
    private static final String PREFIX = "perfagent.";
    /** The host step (or GNU time), bwrap's two processes and the init shell: at most what the sandbox itself adds to the program's processes. */
    private static final int OWN_TASKS = 4;
    private static final AtomicLong COUNTER = new AtomicLong();

    private final Path parent;

    private PidsCgroup(Path parent) {
        this.parent = parent;
    }

    /** A usable pids hierarchy, if perfagent is root and can create cgroups with {@code pids.max} in it. */
    static Optional<PidsCgroup> detect() {
        if (!HostUser.isRoot()) return Optional.empty();
        for (Path candidate : hierarchies("pids")) {
            Path probe = candidate.resolve(PREFIX + "probe." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
            try {
                Files.createDirectory(probe);
                boolean usable = Files.isWritable(probe.resolve("pids.max")) && Files.isWritable(probe.resolve("cgroup.procs"));
                Files.delete(probe);
                if (usable) {
                    PidsCgroup c = new PidsCgroup(candidate);
                    c.removeStale();
                    return Optional.of(c);
                }
            } catch (IOException | RuntimeException e) {
                // not writable here (a container's read-only cgroupfs, a v2 tree without pids delegated): try the next
            }
        }
        return Optional.empty();
    }

    /** Whether this is the v2 unified hierarchy, whose cgroups also count CPU time ({@code cpu.stat}). */
    boolean unified() {
        return Files.exists(parent.resolve("cgroup.controllers"));
    }

    /** Whether this v2 hierarchy hands its cgroups the memory controller (memory.max). */
    boolean limitsMemory() {
        try {
            return Files.readString(parent.resolve("cgroup.subtree_control")).contains("memory");
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh cgroup allowing {@code processes} tasks (threads count too) plus the sandbox's own. */
    Path create(int processes) throws IOException {
        Path dir = parent.resolve(PREFIX + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet());
        Files.createDirectory(dir);
        Files.writeString(dir.resolve("pids.max"), Integer.toString(processes + OWN_TASKS));
        return dir;
    }

    /** Removes the cgroup once its tasks are gone; the last ones may take a moment to be released. */
    void remove(Path dir) {
        removeWhenEmpty(dir);
    }

    /** Removes a cgroup folder once its tasks are gone; the last ones may take a moment to be released. */
    static void removeWhenEmpty(Path dir) {
        for (int i = 0; i < 50; i++) {
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (IOException e) {
                sleep();
            }
        }
    }

    private void removeStale() {
        removeStale(parent);
    }

    /**
     * Removes the empty leftovers of perfagent processes that are gone. A cgroup of a live perfagent stays even when
     * empty: it may have just been created for a command that has not joined it yet.
     */
    static void removeStale(Path parent) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "perfagent[.-]*")) {
            for (Path d : s) {
                if (!ownerGone(d.getFileName().toString())) continue;
                try {
                    Files.delete(d); // fails while in use
                } catch (IOException e) {
                    // in use by another perfagent
                }
            }
        } catch (IOException e) {
            // nothing to tidy
        }
    }

    /** Whether the perfagent that named a cgroup {@code perfagent.<kind.>…<pid>.<n>} (or with dashes) has exited. */
    static boolean ownerGone(String name) {
        String[] f = name.split("[.-]");
        if (f.length < 3) return false;
        try {
            long pid = Long.parseLong(f[f.length - 2]);
            return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Our own cgroup in the v1 hierarchy of {@code controller} or the v2 unified one, then those hierarchies' roots. */
    static List<Path> hierarchies(String controller) {
        Set<Path> out = new LinkedHashSet<>();
        try {
            List<String> mounts = Files.readAllLines(Path.of("/proc/self/mountinfo"));
            for (String own : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                String[] f = own.split(":", 3);
                if (f.length < 3) continue;
                boolean v1Pids = List.of(f[1].split(",")).contains(controller);
                boolean v2 = f[0].equals("0") && f[1].isEmpty();
                if (!v1Pids && !v2) continue;
                for (String m : mounts) {
                    int dash = m.indexOf(" - ");
                    if (dash < 0) continue;
                    String[] left = m.substring(0, dash).split(" ");
                    String[] right = m.substring(dash + 3).split(" ");
                    boolean match = v1Pids ? right[0].equals("cgroup") && right.length > 2 && List.of(right[2].split(",")).contains(controller)
                            : right[0].equals("cgroup2");
                    if (!match || left.length < 5) continue;
                    Path mountPoint = Path.of(unescape(left[4]));
                    String root = unescape(left[3]);
                    String path = f[2];
                    String under = root.endsWith("/") ? root : root + "/";
                    if (path.equals(root)) out.add(mountPoint);
                    else if (path.startsWith(under)) out.add(mountPoint.resolve(path.substring(under.length())).normalize());
                    out.add(mountPoint);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no cgroups to use
        }
        return new ArrayList<>(out);
    }

    /** mountinfo writes spaces and the like in paths as octal escapes. */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length()) {
                try {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                    i += 3;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
