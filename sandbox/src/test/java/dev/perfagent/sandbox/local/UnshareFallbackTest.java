package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** Where bubblewrap is missing: still no network, still limited, and it says it is weaker. */
class UnshareFallbackTest {
    private static LocalSandbox sandbox;

    @BeforeAll
    static void setUp() {
        sandbox = LocalSandbox.unshareFallback();
    }

    @AfterAll
    static void tearDown() {
        sandbox.close();
    }

    @Test
    void saysItsIsolationIsWeaker() {
        assertThat(sandbox.name()).isEqualTo("unshare");
        assertThat(sandbox.isolation()).contains("WEAKER", "host filesystem is visible", "apt-get install bubblewrap");
    }

    @Test
    void runsABuildAndAProgramInTheWorkspace() throws IOException {
        try (Workspace ws = Workspace.create("fallback")) {
            ExecResult build = sandbox.exec(ws, sh("echo 'print(6 * 7)' > main.py", small()).writable());
            assertThat(build.ok()).as(build.stderr()).isTrue();
            ExecResult run = sandbox.exec(ws, ExecSpec.of(List.of(SandboxFixture.PYTHON, "-B", "main.py"), small()));
            assertThat(run.ok()).as(run.stderr()).isTrue();
            assertThat(run.stdout()).isEqualTo("42\n");
            // measured like under bwrap: the interpreter alone is several megabytes
            assertThat(run.peakRssBytes()).isGreaterThan(4 * Limits.MIB);
        }
    }

    @Test
    void cannotWriteSystemFilesEvenWhenPerfagentIsRoot() throws IOException {
        String name = "perfagent-fallback-" + java.util.UUID.randomUUID();
        try (Workspace ws = Workspace.create("fallback")) {
            // "root" inside a user namespace started by host root would still be root to the filesystem
            ExecResult r = sandbox.exec(ws, sh("echo x > \"/etc/$1\" && echo WROTE", small(), name).writable());
            assertThat(r.stdout()).doesNotContain("WROTE");
            assertThat(java.nio.file.Path.of("/etc", name)).doesNotExist();
        }
    }

    @Test
    void hasNoNetworkAndKeepsTheLimits() throws IOException {
        try (Workspace ws = Workspace.create("fallback")) {
            ExecResult net = sandbox.exec(ws, python("""
                    import socket
                    try:
                        socket.create_connection(("1.1.1.1", 53), timeout=2); print("CONNECTED")
                    except OSError as e:
                        print("blocked", e)
                    """, small()));
            assertThat(net.stdout()).startsWith("blocked");

            ExecResult loop = sandbox.exec(ws, sh("while :; do :; done", small().withWallTime(Duration.ofMillis(500))));
            assertThat(loop.timedOut()).isTrue();
            assertThat(loop.killedBy()).contains(KillReason.WALL_TIME);

            ExecResult hog = sandbox.exec(ws, python("b = bytearray(4 * 1024**3)", small().withMemory(256 * Limits.MIB)));
            assertThat(hog.killedBy()).contains(KillReason.MEMORY);
        }
    }
}
