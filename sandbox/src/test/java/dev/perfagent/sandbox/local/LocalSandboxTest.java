package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** What an ordinary (well-behaved) command sees and what the sandbox reports about it. */
class LocalSandboxTest {
    private static LocalSandbox sandbox;

    @BeforeAll
    static void setUp() {
        sandbox = SandboxFixture.bwrap();
    }

    @AfterAll
    static void tearDown() {
        sandbox.close();
    }

    @Test
    void reportsItselfAsBubblewrap() {
        assertThat(sandbox.name()).isEqualTo("bwrap");
        assertThat(sandbox.isolation()).contains("no network").doesNotContain("WEAKER", "NOT enforced");
    }

    @Test
    void stdinComesFromTheGivenFileElseIsEmpty() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            Path input = Files.createTempFile("perfagent-input-", ".in");
            Files.writeString(input, "3\n1 2 3\n");
            try {
                assertThat(sandbox.exec(ws, ExecSpec.of(List.of("cat"), small()).withStdin(input)).stdout()).isEqualTo("3\n1 2 3\n");
                ExecResult none = sandbox.exec(ws, ExecSpec.of(List.of("cat"), small()));
                assertThat(none.ok()).isTrue();
                assertThat(none.stdout()).isEmpty();
            } finally {
                Files.delete(input);
            }
        }
    }

    @Test
    void theEnvironmentIsSmallAndClean() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult r = sandbox.exec(ws, ExecSpec.of(List.of("/usr/bin/env"), small()).withEnv(Map.of("SEED", "7")));
            assertThat(r.stdout().lines().map(l -> l.substring(0, l.indexOf('='))))
                    .containsExactlyInAnyOrder("PATH", "HOME", "TMPDIR", "LANG", "SEED", "PWD");
            assertThat(r.stdout()).contains("PATH=/usr/local/bin:/usr/bin:/bin", "SEED=7");
        }
    }

    @Test
    void exitCodesAndSignalsAreReported() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult three = sandbox.exec(ws, sh("echo partial; exit 3", small()));
            assertThat(three.exitCode()).isEqualTo(3);
            assertThat(three.killedBy()).isEmpty();
            assertThat(three.stdout()).isEqualTo("partial\n");
            assertThat(three.describeEnd()).isEqualTo("exit code 3");

            ExecResult segv = sandbox.exec(ws, python("import os, signal; os.kill(os.getpid(), signal.SIGSEGV)", small()));
            assertThat(segv.exitCode()).isEqualTo(139);
            assertThat(segv.killedBy()).contains("SIGSEGV");

            ExecResult killed = sandbox.exec(ws, sh("kill -KILL $$", small()));
            assertThat(killed.exitCode()).isEqualTo(137);
            assertThat(killed.killedBy()).contains("SIGKILL");
        }
    }

    @Test
    void aWorkspacePathMayHoldAnyCharacter() throws IOException {
        // were the path ever pasted into shell text, one of these would create a file named PWNED
        String pwned = "PWNED-" + UUID.randomUUID();
        try (Workspace ws = Workspace.create("we ird'\"$(touch " + pwned + ")`touch " + pwned + "`;touch " + pwned + ";\n,:=")) {
            ExecResult build = sandbox.exec(ws, sh("echo built > out.txt", small()).writable());
            assertThat(build.ok()).as(build.stderr()).isTrue();
            assertThat(ws.resolve("out.txt")).hasContent("built");
            assertThat(sandbox.exec(ws, ExecSpec.of(List.of("cat", "out.txt"), small())).stdout()).isEqualTo("built\n");
            assertThat(ws.resolve(pwned)).doesNotExist();
            assertThat(ws.dir().resolveSibling(pwned)).doesNotExist();
        }
        assertThat(Path.of(pwned)).doesNotExist();
    }

    @Test
    void peakMemoryCoversWhatTheProgramTouched() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult r = sandbox.exec(ws, python("b = b'x' * (200 * 1024 * 1024); print(len(b))", small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.peakRssBytes()).isBetween(200 * Limits.MIB, 400 * Limits.MIB);
        }
    }

    @Test
    void cpuTimeOfABusyLoopMatchesItsWallTime() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult r = sandbox.exec(ws, python("""
                    import time
                    start = time.process_time()
                    while time.process_time() - start < 0.3:
                        pass
                    """, small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isBetween(Duration.ofMillis(280), r.wall().plusMillis(20));
            assertThat(r.wall()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void cpuTimeOfTheWholeTreeIsCounted() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            String busy = "import time\\ns = time.process_time()\\nwhile time.process_time() - s < 0.2: pass";
            ExecResult r = sandbox.exec(ws, sh("for i in 1 2 3; do " + SandboxFixture.PYTHON + " -c \"$(printf '" + busy + "')\" & done; wait", small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isGreaterThanOrEqualTo(Duration.ofMillis(580));
        }
    }

    @Test
    void wallTimeIsMeasuredPrecisely() throws IOException {
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult r = sandbox.exec(ws, ExecSpec.of(List.of("sleep", "0.25"), small()));
            assertThat(r.wall()).isBetween(Duration.ofMillis(250), Duration.ofMillis(1000));
            assertThat(r.cpu()).isLessThan(Duration.ofMillis(100));
        }
    }

    @Test
    void asRootCpuTimeIsCountedToTheNanosecondAndTheCgroupIsRemoved() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(HostUser.isRoot(), "cgroups are created only as root");
        assertThat(sandbox.cpuTimeResolution()).isLessThanOrEqualTo(Duration.ofNanos(1000));
        try (Workspace ws = Workspace.create("sb")) {
            ExecResult r = sandbox.exec(ws, python("""
                    import time
                    start = time.process_time()
                    while time.process_time() - start < 0.1:
                        pass
                    """, small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isBetween(Duration.ofMillis(100), r.wall().plusMillis(20));
            // GNU time's figure would be a whole number of 10 ms steps
            assertThat(r.cpu().toNanos() % 10_000_000L).isNotZero();
        }
        String mine = "perfagent.cpu." + ProcessHandle.current().pid() + ".";
        for (Path h : PidsCgroup.hierarchies("cpuacct")) {
            if (!Files.isDirectory(h)) continue;
            try (var left = Files.list(h)) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(mine))).isEmpty();
            }
        }
    }

    @Test
    void staleCgroupsGoOnlyWhenTheirPerfagentHasExited() throws Exception {
        Process gone = new ProcessBuilder("/bin/true").start();
        gone.waitFor();
        Path parent = Files.createTempDirectory("cgroups-");
        long me = ProcessHandle.current().pid();
        for (String name : List.of("perfagent." + me + ".1", "perfagent.cpu." + me + ".2", "perfagent." + gone.pid() + ".3",
                "perfagent-cpu-" + gone.pid() + "-4", "perfagent-" + gone.pid() + "-5", "other." + gone.pid() + ".6")) {
            Files.createDirectory(parent.resolve(name));
        }
        PidsCgroup.removeStale(parent);
        try (var left = Files.list(parent)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("perfagent." + me + ".1", "perfagent.cpu." + me + ".2", "other." + gone.pid() + ".6");
        }
        try (var all = Files.list(parent)) {
            for (Path p : (Iterable<Path>) all::iterator) Files.delete(p);
        }
        Files.delete(parent);
    }

    /**
     * Where cgroups count CPU time and keep the memory peak, and /bin/sh's ulimit sets the rlimits, neither GNU time nor
     * prlimit runs between perfagent and the command (each an exec, ~1.5 ms of CPU per command), and the figures come.
     */
    @Test
    void withCgroupsNeitherGnuTimeNorPrlimitRunsAndTheFiguresStillCome() throws Exception {
        Assumptions.assumeTrue(HostUser.isRoot(), "cgroups are created only as root");
        Assumptions.assumeTrue(sandbox.memoryLimitedByCgroup() && sandbox.cpuTimeResolution().compareTo(Duration.ofMillis(1)) < 0,
                "no memory and CPU cgroups here: " + sandbox.isolation());
        Assumptions.assumeTrue(Rlimits.shell().isPresent(), "/bin/sh's ulimit does not set exact limits here: prlimit is used");
        String marker = SandboxFixture.marker();
        try (Workspace ws = Workspace.create("chain")) {
            CompletableFuture<ExecResult> run = CompletableFuture.supplyAsync(() -> sandbox.exec(ws,
                    sh("python3 -c 'b = bytearray(64 << 20); import time; time.sleep(2)' " + marker, small())));
            List<String> chain = chainAbove(marker);
            ExecResult r = run.get();
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(chain).as("host processes above the command").isNotEmpty()
                    .noneMatch(c -> c.endsWith("/time") || c.endsWith("/prlimit"))
                    .anyMatch(c -> c.endsWith("/bwrap"));
            // CPU time from the cgroup, and the peak memory from the memory cgroup: the 64 MiB the program touched
            assertThat(r.cpu()).isPositive();
            assertThat(r.peakRssBytes()).isBetween(64L << 20, 160L << 20);
        }
    }

    /** The executables of the processes from the one running {@code marker} up to (not including) this JVM. */
    private static List<String> chainAbove(String marker) throws InterruptedException {
        long self = ProcessHandle.current().pid();
        for (int i = 0; i < 100; i++) {
            Optional<ProcessHandle> p = ProcessHandle.allProcesses()
                    .filter(h -> h.info().commandLine().map(c -> c.contains(marker) && c.contains("python3")).orElse(false))
                    .filter(h -> h.info().command().map(c -> c.endsWith("python3") || c.contains("python3.")).orElse(false))
                    .findFirst();
            if (p.isPresent()) {
                List<String> chain = new ArrayList<>();
                for (Optional<ProcessHandle> h = p.get().parent(); h.isPresent() && h.get().pid() != self; h = h.get().parent()) {
                    chain.add(h.get().info().command().orElse("?"));
                }
                return chain;
            }
            Thread.sleep(20);
        }
        return List.of();
    }
}
