package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.SandboxUnavailableException;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs commands on this machine, isolated with bubblewrap (or, where it is missing, the weaker unshare
 * fallback, announced on stderr) and limited with rlimits, a wall-clock kill of the whole tree, and an
 * output cap. The chain of processes for one command is:
 * <pre>
 *   [sh joining the cgroups and opening the syscall filter, see HostStep] → [GNU time] → bwrap → [setpriv: root only]
 *     → [prlimit, where /bin/sh's ulimit cannot be trusted] → sh, pid 1 of the namespace, setting the rlimits → the command
 * </pre>
 * CPU time comes from the cpuacct cgroup (nanoseconds) and the peak memory from the memory cgroup where there are
 * both (perfagent run by root); only elsewhere does GNU time run, for both (10 ms steps, largest process's RSS).
 * (the unshare fallback puts {@code [setpriv: root only] → unshare} where bwrap is). Everything the
 * candidate controls runs below bwrap; what measures and limits it runs above.
 * Thread-safe: evaluators may run several commands at once.
 */
public final class LocalSandbox implements Sandbox {
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final Launcher launcher;
    private final Optional<PidsCgroup> cgroup;
    /** Where the pids cgroup cannot count CPU time itself (v1): a cgroup of the cpuacct hierarchy, root only. */
    private final Optional<CpuCgroup> cpuCgroup;
    private final boolean processLimitEnforced;
    /** A v1 memory hierarchy for per-command limits; on a v2 host the pids cgroup takes the memory limit too. */
    private final Optional<MemoryCgroup> memoryCgroup;
    private final boolean memoryLimitedByCgroup;
    private final boolean timed = GnuTime.available();
    private final Path statsDir;
    private final AtomicLong counter = new AtomicLong();

    private LocalSandbox(Launcher launcher) {
        this.launcher = launcher;
        // started by root, RLIMIT_NPROC counts all of host uid nobody's processes (or, in old versions, none):
        // a pids cgroup bounds each command's own tree
        boolean needsCgroup = launcher instanceof BwrapLauncher && HostUser.isRoot();
        this.cgroup = needsCgroup ? PidsCgroup.detect() : Optional.empty();
        this.processLimitEnforced = !needsCgroup || cgroup.isPresent();
        this.cpuCgroup = cgroup.isPresent() && cgroup.get().unified() ? Optional.empty() : CpuCgroup.detectV1();
        this.memoryCgroup = launcher instanceof BwrapLauncher && !(cgroup.isPresent() && cgroup.get().unified())
                ? MemoryCgroup.detectV1() : Optional.empty();
        this.memoryLimitedByCgroup = memoryCgroup.isPresent() || (cgroup.isPresent() && cgroup.get().unified() && cgroup.get().limitsMemory());
        try {
            this.statsDir = Files.createTempDirectory("perfagent-sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the sandbox", e);
        }
        if (!processLimitEnforced) {
            warnOnce("root-nproc", "WARNING: perfagent runs as root and cannot create a pids cgroup here, so the sandbox's"
                    + " process limit is not enforced (the kernel exempts root from RLIMIT_NPROC): a fork bomb is stopped only"
                    + " by the wall-clock limit. Run perfagent as an ordinary user, or give it a writable pids cgroup.");
        }
        if (launcher instanceof BwrapLauncher && !memoryLimitedByCgroup) {
            warnOnce("memory", "NOTE: no memory cgroup can be made here (" + (HostUser.isRoot() ? "none writable" : "perfagent is not root")
                    + "), so the sandbox's memory limit is RLIMIT_DATA per process: shared memory and several processes together"
                    + " can use more. /tmp and /dev/shm inside are still sized.");
        }
        if (!timed) {
            warnOnce("time", "WARNING: " + GnuTime.TIME + " not found, so CPU time and peak memory read as 0;"
                    + " install it with: apt-get install time");
        }
    }

    /** bubblewrap when it works here; else the unshare fallback, with a warning; else an error saying what to install. */
    public static LocalSandbox detect() {
        requireSetprivUnderRoot();
        Optional<Path> bwrap = findBwrap();
        String bwrapProblem = "bubblewrap is not installed";
        if (bwrap.isPresent()) {
            LocalSandbox s = new LocalSandbox(new BwrapLauncher(bwrap.get()));
            Optional<String> problem = s.probe();
            if (problem.isEmpty()) return s;
            s.close();
            bwrapProblem = "bubblewrap does not work here (" + problem.get() + ")"
                    // root's sandbox makes its namespaces with root's own capabilities, never with a user namespace
                    // (that would map the candidate onto host root): root without CAP_SYS_ADMIN cannot
                    + (SandboxUser.dropsRoot() ? "; as root it needs CAP_SYS_ADMIN, which root in an unprivileged container"
                    + " lacks: run perfagent as an ordinary user there" : "");
        }
        if (Files.isExecutable(UnshareLauncher.UNSHARE)) {
            LocalSandbox s = new LocalSandbox(new UnshareLauncher());
            Optional<String> problem = s.probe();
            if (problem.isEmpty()) {
                s.warnWeaker(bwrapProblem);
                return s;
            }
            s.close();
            throw new SandboxUnavailableException("no sandbox available: " + bwrapProblem + ", and unshare fails too ("
                    + problem.get() + "). Install bubblewrap (apt-get install bubblewrap) and allow user namespaces"
                    + " (sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces > 0).");
        }
        throw new SandboxUnavailableException("no sandbox available: " + bwrapProblem
                + " and util-linux unshare is missing. Install bubblewrap: apt-get install bubblewrap");
    }

    /** The bubblewrap sandbox, without falling back. */
    public static LocalSandbox bubblewrap() {
        requireSetprivUnderRoot();
        return new LocalSandbox(new BwrapLauncher(findBwrap().orElseThrow(() ->
                new SandboxUnavailableException("bubblewrap is not installed: apt-get install bubblewrap"))));
    }

    /** The weaker unshare sandbox, even where bubblewrap works (tests, or a user who asks for it); warns once. */
    public static LocalSandbox unshareFallback() {
        LocalSandbox s = new LocalSandbox(new UnshareLauncher());
        s.warnWeaker("unshare was asked for");
        return s;
    }

    @Override
    public ExecResult exec(Workspace workspace, ExecSpec spec) {
        Launcher.Launch launch = launcher.prepare(workspace.dir(), spec, cgroup.isPresent());
        Path group = null;
        Path cpuGroup = null;
        Path cpuCounter = null;
        Path memGroup = null;
        Path memCounter = null;
        long memoryLimit = spec.limits().memoryBytes() + MemoryCgroup.HEADROOM;
        try {
            List<Path> joined = new ArrayList<>();
            if (cgroup.isPresent()) {
                group = cgroup.get().create(spec.limits().processes());
                joined.add(group);
                if (CpuCgroup.countsCpu(group)) cpuCounter = group;
                if (cgroup.get().unified() && MemoryCgroup.limitV2(group, memoryLimit)) memCounter = group;
            }
            if (memoryCgroup.isPresent()) {
                memGroup = memoryCgroup.get().create(memoryLimit);
                joined.add(memGroup);
                memCounter = memGroup;
            }
            if (cpuCounter == null && cpuCgroup.isPresent()) {
                cpuGroup = cpuCgroup.get().create();
                joined.add(cpuGroup);
                cpuCounter = cpuGroup;
            }
            // where the cgroups count CPU time and keep the memory peak, GNU time (an exec and a fork) is not needed
            Optional<Path> peakFile = memCounter == null ? Optional.empty() : MemoryCgroup.peakFile(memCounter);
            boolean byTime = timed && (cpuCounter == null || peakFile.isEmpty());
            Path stats = statsDir.resolve("usage-" + counter.incrementAndGet());
            List<String> argv = byTime ? GnuTime.wrap(launch.argv(), stats) : launch.argv();
            argv = HostStep.prefix(joined, launch.fd3(), argv);
            // the namespace's init is bwrap's (or unshare's) child: one level lower when GNU time is on top
            int initDepth = byTime ? 2 : 1;
            ProcessSupervisor.Outcome o = ProcessSupervisor.run(argv, launch.directory(), launch.environment(), spec.stdin(),
                    spec.limits(), initDepth);
            GnuTime.Usage usage = byTime ? GnuTime.read(stats) : GnuTime.Usage.UNKNOWN;
            Duration cpu = cpuCounter == null ? usage.cpu() : CpuCgroup.usage(cpuCounter).orElse(usage.cpu());
            long peak = byTime ? usage.peakRssBytes() : peakFile.map(MemoryCgroup::peak).orElse(0L);
            Optional<String> killedBy = KillReason.of(o.exitCode(), o.stderr(), o.timedOut(), o.outputExceeded());
            // the kernel's OOM killer sends SIGKILL; said as the limit it is
            if (memCounter != null && o.exitCode() != 0 && !o.timedOut() && MemoryCgroup.oomKilled(memCounter)) {
                killedBy = Optional.of(KillReason.MEMORY);
            }
            return new ExecResult(o.exitCode(), o.stdout(), o.stderr(), o.wall(), cpu, peak, o.timedOut(), killedBy);
        } catch (IOException e) {
            throw new SandboxUnavailableException("cannot start " + launcher.name() + " for " + spec.command() + ": " + e.getMessage(), e);
        } finally {
            if (group != null) cgroup.get().remove(group);
            if (cpuGroup != null) cpuCgroup.get().remove(cpuGroup);
            if (memGroup != null) memoryCgroup.get().remove(memGroup);
        }
    }

    @Override
    public String name() {
        return launcher.name();
    }

    @Override
    public void hide(Path hostFolder) {
        launcher.hide(hostFolder);
    }

    /** 1 ns with a cpuacct cgroup (v1), 1 µs with a v2 cgroup, else GNU time's 10 ms. */
    @Override
    public Duration cpuTimeResolution() {
        if (cpuCgroup.isPresent()) return Duration.ofNanos(1);
        if (cgroup.isPresent() && cgroup.get().unified()) return Duration.ofNanos(1000);
        return Duration.ofMillis(10);
    }

    @Override
    public String isolation() {
        String d = launcher.description();
        if (launcher instanceof BwrapLauncher) {
            d += memoryLimitedByCgroup ? ", memory limit by cgroup" : ", memory limit per process only (RLIMIT_DATA: no memory cgroup here)";
        }
        return processLimitEnforced ? d : d + "; process limit NOT enforced (root without a pids cgroup)";
    }

    /** Whether each command's whole tree is held to its memory limit by a cgroup (else RLIMIT_DATA per process). */
    public boolean memoryLimitedByCgroup() {
        return memoryLimitedByCgroup;
    }

    @Override
    public void close() {
        try (var files = Files.list(statsDir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(statsDir);
        } catch (IOException e) {
            // a leftover empty temp folder is harmless
        }
    }

    /** Runs {@code true}; the reason it failed, if it did. */
    private Optional<String> probe() {
        try (Workspace ws = Workspace.create("probe")) {
            Limits l = Limits.forBuild().withWallTime(Duration.ofSeconds(20));
            ExecResult r = exec(ws, ExecSpec.of(List.of("/bin/true"), l));
            if (r.ok()) return Optional.empty();
            String why = r.stderr().strip();
            return Optional.of(why.isEmpty() ? r.describeEnd() : why.lines().findFirst().orElse(why));
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void warnWeaker(String why) {
        warnOnce("unshare", "WARNING: perfagent runs candidates with WEAKER isolation: " + why + ". The unshare fallback"
                + " gives no network and a private pid namespace, but the program can see the host filesystem"
                + " (and write what its user may write). Install bubblewrap for full isolation: apt-get install bubblewrap");
    }

    private static void warnOnce(String key, String message) {
        if (WARNED.add(key)) System.err.println(message);
    }

    /** Started by root, every sandbox drops the candidate to an unprivileged uid with setpriv: refused without it. */
    private static void requireSetprivUnderRoot() {
        if (SandboxUser.dropsRoot() && !Files.isExecutable(SandboxUser.SETPRIV)) {
            throw new SandboxUnavailableException("perfagent runs as root and runs candidates as uid " + HostUser.UNPRIVILEGED_UID
                    + " with " + SandboxUser.SETPRIV + ", which is missing: install it (apt-get install util-linux) or run perfagent as an ordinary user");
        }
    }

    private static Optional<Path> findBwrap() {
        if (Files.isExecutable(BwrapLauncher.DEFAULT_BWRAP)) return Optional.of(BwrapLauncher.DEFAULT_BWRAP);
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(":")) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, "bwrap");
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
