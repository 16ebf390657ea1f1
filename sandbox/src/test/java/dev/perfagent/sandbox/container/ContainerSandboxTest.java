package dev.perfagent.sandbox.container;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** The container sandbox keeps the {@link Sandbox} contract the local one keeps. */
@Tag("docker")
class ContainerSandboxTest {
    private static ContainerSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = ContainerFixture.sandboxOrSkip();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    void runsACommandOnItsWorkspaceAndItsInput() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            Files.writeString(ws.resolve("data.txt"), "from the workspace\n");
            Path in = Files.createTempFile("perfagent-in-", ".in");
            Files.writeString(in, "3 4\n");
            ExecResult r = sandbox.exec(ws, sh("cat data.txt; read a b; echo $((a * b)); echo oops >&2; exit 3", small()).withStdin(in));
            assertThat(r.stdout()).isEqualTo("from the workspace\n12\n");
            assertThat(r.stderr()).isEqualTo("oops\n");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.ok()).isFalse();
            Files.delete(in);
        }
    }

    @Test
    void aBuildWritesTheWorkspaceAndTheHostSeesItARunCannot() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            Files.writeString(ws.resolve("main.c"), "#include <stdio.h>\nint main(){puts(\"built\");return 0;}\n");
            ExecResult b = sandbox.exec(ws, ExecSpec.of(java.util.List.of("gcc", "-O2", "-o", "prog", "main.c"), Limits.forBuild()).writable());
            assertThat(b.ok()).as(b.stderr()).isTrue();
            assertThat(ws.resolve("prog")).exists().isExecutable();

            ExecResult run = sandbox.exec(ws, sh("./prog; echo x > cache && echo WROTE", small()));
            assertThat(run.stdout()).startsWith("built\n").doesNotContain("WROTE");
            assertThat(ws.resolve("cache")).doesNotExist();
        }
    }

    @Test
    void timeoutKillsTheWholeTreeAndIsReported() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            Limits l = small().withWallTime(Duration.ofMillis(700));
            ExecResult r = sandbox.exec(ws, sh("(setsid sleep 31 &); sleep 30", l));
            assertThat(r.timedOut()).isTrue();
            assertThat(r.killedBy()).contains("wall-time limit");
            // the limit runs from the in-container runner's start, the reported wall from the command's start (the
            // runner's own Python start-up left out), so under load the wall can fall a little short of the limit
            assertThat(r.wall()).isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
            // the detached sleeper died with it: nothing of the uid is left to run into the next command
            ExecResult left = sandbox.exec(ws, python("""
                    import glob
                    print(sum(1 for f in glob.glob('/proc/[0-9]*/cmdline') if open(f, 'rb').read() == b'sleep\\x0031\\x00'))
                    """, small()));
            assertThat(left.stdout().strip()).isEqualTo("0");
        }
    }

    @Test
    void measuresWallCpuAndPeakMemory() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            ExecResult r = sandbox.exec(ws, python("b = bytearray(200 * 1024 * 1024)\nx = sum(range(3_000_000))\nprint(len(b))", small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isGreaterThan(Duration.ofMillis(20));
            assertThat(r.wall()).isGreaterThan(Duration.ofMillis(20)).isLessThan(Duration.ofSeconds(5));
            assertThat(r.peakRssBytes()).isGreaterThan(150L * 1024 * 1024);
        }
    }

    @Test
    void cpuTimeIsCountedInMicrosecondsLikeTheLocalSandbox() throws Exception {
        // the image has python3, so usage.py counts: the measurer may then time by CPU time here too
        assertThat(sandbox.cpuTimeResolution()).isLessThanOrEqualTo(Duration.ofNanos(1000));
        try (Workspace ws = Workspace.create("ct")) {
            ExecResult r = sandbox.exec(ws, python("""
                    import time
                    start = time.process_time()
                    while time.process_time() - start < 0.15:
                        pass
                    """, small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isBetween(Duration.ofMillis(150), r.wall().plusMillis(20));
            // GNU time's figure would be a whole number of 10 ms steps
            assertThat(r.cpu().toNanos() % 10_000_000L).isNotZero();
        }
    }

    @Test
    void cpuTimeCoversOrphansAndWorkLeftRunningInTheBackground() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            // two detached children (orphans, reparented away from the command) burn 0.2 s of CPU each and say so in
            // /tmp; the command waits for both, then exits while a third detached child is still spinning
            String busy = "import time,sys\\ns = time.process_time()\\nwhile time.process_time() - s < 0.2: pass\\nopen('/tmp/done.'+sys.argv[1],'w')";
            String spin = "while True: pass";
            ExecResult r = sandbox.exec(ws, sh("for i in 1 2; do (setsid " + SandboxFixture.PYTHON + " -c \"$(printf \"" + busy
                    + "\")\" $i &); done; (setsid " + SandboxFixture.PYTHON + " -c '" + spin + "' &);"
                    + " until [ -e /tmp/done.1 ] && [ -e /tmp/done.2 ]; do sleep 0.05; done", small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.cpu()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(r.wall()).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void cpuTimeCountsAChildThatIsReapedAutomatically() throws Exception {
        // the parent ignores SIGCHLD, so the kernel reaps its worker without any wait4: only the cgroup sees its CPU
        try (Workspace ws = Workspace.create("ct")) {
            ExecResult r = sandbox.exec(ws, python(SandboxFixture.AUTO_REAPED_WORKER, small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.stdout()).isEqualTo("done\n");
            assertThat(r.cpu()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void commandsLeaveNoZombiesBehind() throws Exception {
        // the container's init (sleep) reaps nothing: a child the supervisor leaves unwaited stays a zombie and
        // counts against the container's pids limit until, thousands of commands later, nothing can start
        try (Workspace ws = Workspace.create("ct")) {
            for (int i = 0; i < 30; i++) assertThat(sandbox.exec(ws, sh("true", small())).ok()).isTrue();
            ExecResult r = sandbox.exec(ws, python("""
                    import glob
                    z = 0
                    for f in glob.glob('/proc/[0-9]*/stat'):
                        try:
                            z += open(f).read().rsplit(')', 1)[1].split()[0] == 'Z'
                        except OSError:
                            pass
                    print(z)
                    """, small()));
            assertThat(r.stdout().strip()).as(r.stderr()).isEqualTo("0");
        }
    }

    @Test
    void exitStatusAndSignalsComeThroughTheCounter() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            assertThat(sandbox.exec(ws, sh("exit 7", small())).exitCode()).isEqualTo(7);
            ExecResult killed = sandbox.exec(ws, sh("kill -SEGV $$", small()));
            assertThat(killed.exitCode()).isEqualTo(128 + 11);
            assertThat(killed.killedBy()).contains("SIGSEGV");
        }
    }

    @Test
    void floodingStdoutHitsTheOutputLimit() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            Limits l = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(20), 512 * Limits.MIB, 64, 64 * Limits.MIB, 256, Limits.MIB);
            ExecResult r = sandbox.exec(ws, sh("yes flood", l));
            assertThat(r.killedBy()).contains("output limit");
            assertThat(r.stdout().length()).isLessThanOrEqualTo((int) Limits.MIB);
            assertThat(r.wall()).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void noNetworkAndNothingLeftInTmpForTheNextCommand() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            ExecResult net = sandbox.exec(ws, python("""
                    import socket
                    s = socket.socket(); s.settimeout(2)
                    try:
                        s.connect(('1.1.1.1', 80)); print('CONNECTED')
                    except OSError as e:
                        print('refused', e)
                    print(sorted(n for n in socket.if_nameindex()))
                    """, small()));
            assertThat(net.stdout()).doesNotContain("CONNECTED").contains("refused").doesNotContain("eth0");

            sandbox.exec(ws, sh("echo cached > /tmp/answer; echo cached > /dev/shm/answer; echo c > /var/tmp/answer", small()));
            ExecResult later = sandbox.exec(ws, sh("cat /tmp/answer /dev/shm/answer /var/tmp/answer 2>&1; true", small()));
            assertThat(later.stdout()).doesNotContain("cached").contains("No such file");
        }
    }

    @Test
    void aWorkspaceCannotReadAnotherOne() throws Exception {
        try (Workspace a = Workspace.create("ct-a"); Workspace b = Workspace.create("ct-b")) {
            Files.writeString(a.resolve("secret.txt"), "baseline's\n");
            sandbox.exec(a, sh("cat secret.txt", small()));
            ExecResult r = sandbox.exec(b, sh("ls /ws 2>&1; cat /ws/*/secret.txt 2>&1; for d in 1 2 3 4 5 6 7 8 9; do cat /ws/$d/secret.txt 2>/dev/null; done; true", small()));
            assertThat(r.stdout()).doesNotContain("baseline's").contains("Permission denied");
        }
    }

    @Test
    void theCopiesOfAClosedWorkspaceAndOfAChangedOneAreGoneBeforeTheNextCommand() throws Exception {
        String closedDir;
        try (Workspace a = Workspace.create("ct-closed")) {
            closedDir = sandbox.exec(a, sh("pwd", small())).stdout().strip();
        }
        try (Workspace b = Workspace.create("ct-changed")) {
            Files.writeString(b.resolve("f.txt"), "one\n");
            String first = sandbox.exec(b, sh("pwd", small())).stdout().strip();
            Files.writeString(b.resolve("f.txt"), "two, longer\n");
            ExecResult r = sandbox.exec(b, sh("cat f.txt; for d in \"$@\"; do test -e \"$d\" && echo \"LEFT $d\"; done; true", small(),
                    closedDir, first));
            assertThat(closedDir).startsWith("/ws/");
            assertThat(r.stdout()).isEqualTo("two, longer\n");
        }
    }

    @Test
    void aForkBombIsContainedByTheProcessLimit() throws Exception {
        try (Workspace ws = Workspace.create("ct")) {
            Limits l = small().withWallTime(Duration.ofSeconds(3));
            ExecResult r = sandbox.exec(ws, sh("bomb() { bomb | bomb & }; bomb; sleep 10", l));
            assertThat(r.ok()).isFalse();
            ExecResult after = sandbox.exec(ws, sh("echo alive", small()));
            assertThat(after.stdout()).isEqualTo("alive\n");
        }
    }
}
