package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host processes between perfagent and a command: where cgroups count CPU time and keep the memory peak, and
 * /bin/sh's ulimit sets the rlimits, neither GNU time nor prlimit runs (each an exec, about 1.5 ms of CPU per
 * command), and the limits and figures they gave still hold.
 */
class ProcessChainTest {
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
