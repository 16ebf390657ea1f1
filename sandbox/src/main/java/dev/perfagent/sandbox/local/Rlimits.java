package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.Limits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How {@link Limits} reach the sandboxed command as rlimits. They are set inside the sandbox, after the
 * namespaces are set up and the uid dropped, so the limits bind the candidate and not bwrap itself: by the
 * namespace's init shell with its {@code ulimit} builtin where {@code /bin/sh}'s ulimit was checked on this
 * machine to set exactly these values (dash and bash do), else by a {@code prlimit} step before the init
 * shell. The builtin saves an exec per command (about 1.3 ms of CPU, see docs/benchmarks.md); the limits
 * are the same either way.
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
    static final String SHELL = "/bin/sh";
    /** ulimit's units: -d in KiB, -f in 512-byte blocks (POSIX; dash, and bash as sh). */
    private static final long DATA_UNIT = 1024;
    private static final long FSIZE_UNIT = 512;

    /** Empty where /bin/sh's ulimit cannot be trusted; else its RLIMIT_NPROC option (dash: p, bash: u), if any. */
    private static volatile Optional<Optional<Character>> shell;

    private Rlimits() {
    }

    /**
     * The namespace's init (see {@link Launcher#init()}), entering {@code directory} first where given, with the
     * limits applied: by the init shell itself where it can, else by prlimit before it.
     *
     * @param processesByCgroup a pids cgroup bounds the command's own tree: RLIMIT_NPROC is then left as it is, since
     *                          it counts every process and thread of the host uid, and started by root every sandbox's
     *                          candidate is the same host uid (65534): one evaluation's JVM threads would make another
     *                          concurrent evaluation's fork fail ("Cannot fork")
     */
    static List<String> init(Limits limits, boolean processesByCgroup, Optional<String> directory) {
        Optional<Optional<Character>> shell = shell();
        boolean exact = limits.memoryBytes() % DATA_UNIT == 0 && limits.fileSizeBytes() % FSIZE_UNIT == 0;
        if (shell.isPresent() && exact && (processesByCgroup || shell.get().isPresent())) {
            return shellInit(limits, processesByCgroup ? Optional.empty() : shell.get(), directory);
        }
        List<String> a = new ArrayList<>(prefix(limits, processesByCgroup));
        a.addAll(directory.map(Launcher::init).orElseGet(Launcher::init));
        return a;
    }

    /** The {@code prlimit} prefix, for a shell whose ulimit is not to be trusted. */
    static List<String> prefix(Limits limits, boolean processesByCgroup) {
        long cpuSeconds = cpuSeconds(limits);
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

    /**
     * The init shell setting the limits with its own ulimit, then running the command. The script is fixed text;
     * the numbers and the command travel as positional parameters. A limit it cannot set stops it (exit 126)
     * before the command runs.
     */
    static List<String> shellInit(Limits limits, Optional<Character> nprocOption, Optional<String> directory) {
        long cpu = cpuSeconds(limits);
        StringBuilder script = new StringBuilder(
                // soft CPU first: a hard limit below the inherited soft one (unlimited) would be refused
                "ulimit -S -t \"$1\" && ulimit -H -t \"$2\" && ulimit -d \"$3\" && ulimit -f \"$4\" && ulimit -n \"$5\" && ulimit -c 0");
        List<String> args = new ArrayList<>(List.of(Long.toString(cpu), Long.toString(cpu + 1),
                Long.toString(limits.memoryBytes() / DATA_UNIT), Long.toString(limits.fileSizeBytes() / FSIZE_UNIT),
                Integer.toString(limits.openFiles())));
        if (nprocOption.isPresent()) {
            script.append(" && ulimit -").append(nprocOption.get()).append(" \"$6\"");
            args.add(Integer.toString(limits.processes()));
        }
        script.append(" || exit 126; shift ").append(args.size()).append("; ");
        // the directory is a fixed path of the sandbox, never user text
        directory.ifPresent(d -> script.append("cd ").append(d).append(" || exit 126; unset OLDPWD; "));
        script.append("\"$@\"; exit $?");
        List<String> a = new ArrayList<>(List.of(SHELL, "-c", script.toString(), "sh"));
        a.addAll(args);
        return a;
    }

    /** Whether /bin/sh's ulimit sets limits exactly here (empty: use prlimit), and its RLIMIT_NPROC option; checked once per JVM. */
    static Optional<Optional<Character>> shell() {
        if (shell == null) {
            synchronized (Rlimits.class) {
                if (shell == null) shell = probeShell();
            }
        }
        return shell;
    }

    /**
     * Runs /bin/sh's ulimit with odd values and reads them back from /proc/self/limits: empty (use prlimit) unless
     * every limit comes out exactly, soft and hard; inside, the present optional holds the NPROC option that works.
     */
    static Optional<Optional<Character>> probeShell() {
        Limits probe = new Limits(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(7), 3 * DATA_UNIT * 1024,
                // a user's own processes count against NPROC: high enough for the probe's one fork
                4093, 5 * FSIZE_UNIT, 99, Limits.MIB);
        if (!limitsHold(probe, Optional.empty())) return Optional.empty();
        for (char option : new char[]{'p', 'u'}) {
            if (limitsHold(probe, Optional.of(option))) return Optional.of(Optional.of(option));
        }
        return Optional.of(Optional.empty());
    }

    private static boolean limitsHold(Limits l, Optional<Character> nproc) {
        List<String> argv = new ArrayList<>(shellInit(l, nproc, Optional.empty()));
        argv.addAll(List.of("cat", "/proc/self/limits"));
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) return false;
            long cpu = cpuSeconds(l);
            return line(out, "Max cpu time", cpu, cpu + 1) && line(out, "Max data size", l.memoryBytes(), l.memoryBytes())
                    && line(out, "Max file size", l.fileSizeBytes(), l.fileSizeBytes())
                    && line(out, "Max open files", l.openFiles(), l.openFiles()) && line(out, "Max core file size", 0, 0)
                    && (nproc.isEmpty() || line(out, "Max processes", l.processes(), l.processes()));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether /proc/self/limits's row {@code name} reads {@code soft hard}. */
    private static boolean line(String limits, String name, long soft, long hard) {
        return limits.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> l.substring(name.length()).trim().split("\\s+"))
                .filter(f -> f.length >= 2 && f[0].equals(Long.toString(soft)) && f[1].equals(Long.toString(hard)))
                .isPresent();
    }

    private static long cpuSeconds(Limits limits) {
        return Math.max(1, (limits.cpuTime().toMillis() + 999) / 1000);
    }
}
