package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** The local sandbox's CPU time counts every process, even one no wait4 ever sees. */
class CpuCountTest {
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
    void aWorkerReapedAutomaticallyIsCounted() throws IOException {
        Assumptions.assumeTrue(sandbox.cpuTimeResolution().compareTo(Duration.ofMillis(1)) < 0,
                "CPU time is GNU time's here (not root: no cgroup), which misses such a worker; the measurer then times by wall time");
        try (Workspace ws = Workspace.create("cpu")) {
            ExecResult r = sandbox.exec(ws, python(SandboxFixture.AUTO_REAPED_WORKER, small()));
            assertThat(r.stdout()).isEqualTo("done\n");
            assertThat(r.cpu()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }
}
