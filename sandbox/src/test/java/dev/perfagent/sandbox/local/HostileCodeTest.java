package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.perfagent.sandbox.SandboxFixture.marker;
import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static dev.perfagent.sandbox.SandboxFixture.survivor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidate code that tries to escape, snoop or bring the machine down. Every attempt also aims at a
 * canary folder on the host (it stands for the task folder with its reference outputs), and the last
 * test checks the canary is byte-identical after all of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCodeTest {
    private static LocalSandbox sandbox;
    private static Path canary;
    private static String canaryDigest;

    @BeforeAll
    static void setUp() throws Exception {
        sandbox = SandboxFixture.bwrap();
        canary = Files.createTempDirectory("perfagent-canary-");
        Files.writeString(canary.resolve("expected.out"), "SECRET-REFERENCE-OUTPUT 42\n");
        Files.createDirectories(canary.resolve("tests"));
        Files.writeString(canary.resolve("tests/1.in"), "3\n1 2 3\n");
        canaryDigest = digest(canary);
    }

    @AfterAll
    static void tearDown() throws IOException {
        sandbox.close();
        try (Stream<Path> w = Files.walk(canary)) {
            w.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aRunCannotWriteOutsideItsWorkspace() throws IOException {
        try (Workspace ws = Workspace.create("hostile")) {
            String name = "escape-" + UUID.randomUUID();
            Path home = Path.of(System.getProperty("user.home"));
            Path parent = ws.dir().getParent();
            ExecResult r = sandbox.exec(ws, sh("""
                    for d in /usr /etc "$1" "$2" "$3" / ..; do echo x > "$d/$4" && echo "WROTE $d"; done
                    mkdir -p "$3" && echo x > "$3/$4" && echo "WROTE $3 after mkdir"
                    echo x > /tmp/$4 && echo "WROTE /tmp"
                    echo x > "$5/expected.out"; rm -rf "$5"; true
                    """, small(), home.toString(), parent.toString(), "/root", name, canary.toString()).writable());

            assertThat(r.stdout()).doesNotContain("WROTE /usr", "WROTE /etc", "WROTE " + home + "\n", "WROTE /\n", "WROTE ..");
            // what it could write (its private /tmp, where the workspace's host parent usually is) the host never sees
            for (Path p : new Path[]{Path.of("/usr", name), Path.of("/etc", name), home.resolve(name), parent.resolve(name),
                    Path.of("/root", name), Path.of("/tmp", name), Path.of("/", name)}) {
                assertThat(p).doesNotExist();
            }
        }
    }

    @Test
    void aReadOnlyRunCannotWriteTheWorkspaceButABuildCan() throws IOException {
        try (Workspace ws = Workspace.create("hostile")) {
            Files.writeString(ws.resolve("main.c"), "int main(){return 0;}\n");
            ExecResult run = sandbox.exec(ws, sh("echo cached > answers.txt; echo tampered > main.c", small()));
            assertThat(run.ok()).isFalse();
            assertThat(ws.resolve("answers.txt")).doesNotExist();
            assertThat(ws.resolve("main.c")).hasContent("int main(){return 0;}");

            ExecResult build = sandbox.exec(ws, sh("echo built > prog", small()).writable());
            assertThat(build.ok()).isTrue();
            assertThat(ws.resolve("prog")).hasContent("built");
        }
    }

    @Test
    void hostFoldersOutsideTheBindsCannotBeRead() throws IOException {
        try (Workspace ws = Workspace.create("hostile")) {
            ExecResult r = sandbox.exec(ws, sh("cat \"$1/expected.out\"; ls \"$1\"; cat /proc/1/root\"$1\"/expected.out;"
                    + " ls /root /home \"$2\"", small(), canary.toString(), System.getProperty("user.home")));
            assertThat(r.stdout()).doesNotContain("SECRET", "expected.out", "tests");
            assertThat(r.stderr()).contains("No such file or directory");
        }
    }

    @Test
    void thereIsNoNetworkNotEvenToTheHostsLoopback() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             Workspace ws = Workspace.create("hostile")) {
            server.setSoTimeout(300);
            ExecResult r = sandbox.exec(ws, python("""
                    import socket, sys
                    for host, port in (("127.0.0.1", int(sys.argv[1])), ("1.1.1.1", 53), ("8.8.8.8", 443)):
                        try:
                            socket.create_connection((host, port), timeout=2).close()
                            print("CONNECTED", host)
                        except OSError as e:
                            print("blocked", host, e)
                    print(open("/proc/net/dev").read())
                    """, small(), Integer.toString(server.getLocalPort())));

            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.stdout()).doesNotContain("CONNECTED").contains("blocked 127.0.0.1", "blocked 1.1.1.1", "blocked 8.8.8.8");
            // the only interface inside is the sandbox's own loopback
            assertThat(r.stdout().lines().filter(l -> l.contains(":")).map(l -> l.trim().split(":")[0]))
                    .containsExactly("lo");
            try (Socket accepted = server.accept()) {
                assertThat(accepted).as("the sandbox reached the host's listening port").isNull();
            } catch (SocketTimeoutException expected) {
                // nobody connected
            }
        }
    }

    @Test
    void aForkBombIsContainedAndTheHostCarriesOn() throws Exception {
        Assumptions.assumeFalse(sandbox.isolation().contains("NOT enforced"),
                "running as root without a pids cgroup: a fork bomb would reach the host's pid limit");
        String marker = marker();
        Limits limits = small().withWallTime(Duration.ofSeconds(3)).withProcesses(32);
        try (Workspace ws = Workspace.create("hostile")) {
            long start = System.nanoTime();
            ExecResult r = sandbox.exec(ws, sh(": " + marker + "; bomb() { bomb | bomb & }; bomb; sleep 10", limits));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(r.ok()).isFalse();
            assertThat(took).isLessThan(Duration.ofSeconds(8));
            assertThat(survivor(marker)).isEmpty();
            // the host can still start processes, and so can the sandbox
            assertThat(new ProcessBuilder("true").start().waitFor()).isZero();
            assertThat(sandbox.exec(ws, sh("echo alive", small())).stdout()).isEqualTo("alive\n");
        }
    }

    @Test
    void aMemoryHogIsStoppedAtTheMemoryLimit() throws IOException {
        try (Workspace ws = Workspace.create("hostile")) {
            Limits limits = small().withMemory(256 * Limits.MIB);
            ExecResult oneBlock = sandbox.exec(ws, python("b = bytearray(4 * 1024**3); print(len(b))", limits));
            assertThat(oneBlock.ok()).isFalse();
            assertThat(oneBlock.killedBy()).contains(KillReason.MEMORY);
            assertThat(oneBlock.stderr()).contains("MemoryError");

            ExecResult growing = sandbox.exec(ws, python("""
                    chunks = []
                    while True:
                        chunks.append(b"x" * (8 * 1024 * 1024))
                    """, limits));
            assertThat(growing.ok()).isFalse();
            assertThat(growing.killedBy()).contains(KillReason.MEMORY);
            assertThat(growing.describeEnd()).startsWith("killed by memory limit");
            assertThat(growing.peakRssBytes()).isBetween(100 * Limits.MIB, 300 * Limits.MIB);
        }
    }

    @Test
    void anEndlessLoopIsKilledAtTheWallLimitWithNothingLeftRunning() throws Exception {
        String marker = marker();
        Limits limits = small().withWallTime(Duration.ofSeconds(1));
        try (Workspace ws = Workspace.create("hostile")) {
            ExecResult r = sandbox.exec(ws, sh(": " + marker + "; (sleep 1000) & (while :; do :; done) & while :; do :; done", limits));

            assertThat(r.timedOut()).isTrue();
            assertThat(r.killedBy()).contains(KillReason.WALL_TIME);
            assertThat(r.wall()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(3));
            // the main loop is reaped before the namespace goes, so its CPU time still counts (the machine may be busy)
            assertThat(r.cpu()).as("CPU time of the killed loop").isGreaterThan(Duration.ofMillis(100));
            assertThat(survivor(marker)).isEmpty();
        }
    }

    @Test
    void cpuTimeLimitSendsSigxcpu() throws IOException {
        Limits limits = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(1), 512 * Limits.MIB, 64, 64 * Limits.MIB, 256, Limits.MIB);
        try (Workspace ws = Workspace.create("hostile")) {
            ExecResult r = sandbox.exec(ws, sh("while :; do :; done", limits));
            assertThat(r.killedBy()).contains("SIGXCPU");
            assertThat(r.exitCode()).isEqualTo(128 + 24);
            assertThat(r.timedOut()).isFalse();
        }
    }

    @Test
    void anOutputFloodIsCutAtTheOutputLimit() throws IOException {
        Limits limits = small().withWallTime(Duration.ofSeconds(10));
        limits = new Limits(limits.wallTime(), limits.cpuTime(), limits.memoryBytes(), limits.processes(),
                limits.fileSizeBytes(), limits.openFiles(), Limits.MIB);
        try (Workspace ws = Workspace.create("hostile")) {
            ExecResult out = sandbox.exec(ws, ExecSpec.of(java.util.List.of("yes", "flood"), limits));
            assertThat(out.killedBy()).contains(KillReason.OUTPUT);
            assertThat(out.stdout()).hasSize((int) Limits.MIB).startsWith("flood\nflood\n");
            assertThat(out.wall()).isLessThan(Duration.ofSeconds(5));

            ExecResult err = sandbox.exec(ws, sh("echo FIRST >&2; yes flood >&2", limits));
            assertThat(err.killedBy()).contains(KillReason.OUTPUT);
            assertThat(err.stderr()).startsWith("FIRST").contains("bytes of stderr left out").hasSizeLessThan(8 * 1024);
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theCanaryIsByteIdenticalAfterAllHostileRuns() throws Exception {
        assertThat(digest(canary)).isEqualTo(canaryDigest);
    }

    /** SHA-256 over every path and file content under {@code dir}. */
    private static String digest(Path dir) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> w = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) w::iterator) {
                files.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        files.forEach((k, v) -> {
            md.update(k.getBytes());
            md.update(v);
        });
        return HexFormat.of().formatHex(md.digest());
    }
}
