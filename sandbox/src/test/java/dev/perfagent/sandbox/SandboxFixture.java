package dev.perfagent.sandbox;

import dev.perfagent.sandbox.local.LocalSandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the sandbox tests share: the bwrap sandbox, small limits, and ways to look at the host afterwards. */
public final class SandboxFixture {
    public static final String PYTHON = "/usr/bin/python3";

    /** A worker burning 0.3 s of CPU under a parent that ignores SIGCHLD (reaped by the kernel, never by wait4). */
    public static final String AUTO_REAPED_WORKER = """
            import os, signal, time
            signal.signal(signal.SIGCHLD, signal.SIG_IGN)
            r, w = os.pipe()
            if os.fork() == 0:
                s = time.process_time()
                while time.process_time() - s < 0.3:
                    pass
                os.write(w, b'done\\n')
                os._exit(0)
            os.close(w)
            print(os.read(r, 10).decode(), end='')
            time.sleep(0.05)
            """;

    private SandboxFixture() {
    }

    /** The bubblewrap sandbox; these tests are about it, so a machine without it fails them rather than skipping. */
    public static LocalSandbox bwrap() {
        if (!Files.isExecutable(Path.of("/usr/bin/bwrap"))) {
            throw new IllegalStateException("the sandbox tests need bubblewrap: apt-get install bubblewrap");
        }
        LocalSandbox s = LocalSandbox.bubblewrap();
        // bwrap installed but refused (user namespaces off, a restrictive container): say so once, not as
        // a dozen confusing assertion failures
        try (Workspace ws = Workspace.create("probe")) {
            ExecResult r = s.exec(ws, ExecSpec.of(List.of("/bin/true"), small()));
            if (!r.ok()) throw new IllegalStateException("bubblewrap does not run here: " + r.describeEnd() + "\n" + r.stderr());
        }
        return s;
    }

    /** Limits for a quick test command: 5 s, 512 MiB, 64 processes, 16 MiB of output. */
    public static Limits small() {
        return new Limits(Duration.ofSeconds(5), Duration.ofSeconds(5), 512 * Limits.MIB, 64, 64 * Limits.MIB, 256, 16 * Limits.MIB);
    }

    /** {@code sh -c script} with {@code args} as $1, $2…: host paths reach the script without being quoted into it. */
    public static ExecSpec sh(String script, Limits limits, String... args) {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", script, "sh"));
        cmd.addAll(List.of(args));
        return ExecSpec.of(cmd, limits);
    }

    public static ExecSpec python(String code, Limits limits, String... args) {
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "-c", code));
        cmd.addAll(List.of(args));
        return ExecSpec.of(cmd, limits);
    }

    public static String marker() {
        return "perfagent-marker-" + UUID.randomUUID();
    }

    /** A host process whose command line holds {@code marker}, waiting briefly for the kernel to finish a kill. */
    public static Optional<ProcessHandle> survivor(String marker) throws InterruptedException {
        Optional<ProcessHandle> found = Optional.empty();
        for (int i = 0; i < 20; i++) {
            found = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                    .findFirst();
            if (found.isEmpty()) return found;
            Thread.sleep(100);
        }
        return found;
    }
}
