package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the candidate is on the host, whoever starts perfagent: never root, no capabilities, the kernel's knobs
 * read-only, and the syscalls no benchmark needs refused. Run as root (CI, this machine) it checks the drop to
 * uid nobody; run as an ordinary user, that the sandbox stays that user.
 */
class PrivilegeTest {
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
    void whatTheCandidateWritesIsOwnedByAnUnprivilegedHostUid() throws IOException {
        try (Workspace ws = Workspace.create("priv")) {
            ExecResult r = sandbox.exec(ws, sh("touch made-inside; grep -E '^(Uid|CapEff|CapBnd|NoNewPrivs|Seccomp):' /proc/self/status", small()).writable());
            assertThat(r.ok()).as(r.stderr()).isTrue();
            int owner = (Integer) Files.getAttribute(ws.resolve("made-inside"), "unix:uid", LinkOption.NOFOLLOW_LINKS);
            assertThat(owner).as("host owner of a file the sandbox made").isNotZero().isEqualTo((int) SandboxUser.hostUid());
            assertThat(r.stdout()).contains("CapEff:\t0000000000000000", "CapBnd:\t0000000000000000", "NoNewPrivs:\t1", "Seccomp:\t2");
        }
    }

    @Test
    void theKernelsKnobsAreReadOnly() throws IOException {
        try (Workspace ws = Workspace.create("priv")) {
            ExecResult r = sandbox.exec(ws, sh("echo '|/tmp/x' > /proc/sys/kernel/core_pattern && echo WROTE-CORE;"
                    + " echo 1 > /proc/sys/kernel/msgmax && echo WROTE-MSG; find /proc/sys -type f -writable | head -3;"
                    + " ls /sys | wc -l; touch /sys/x && echo WROTE-SYS; touch /dev/stash && echo WROTE-DEV;"
                    + " chmod 666 /dev/null && echo CHMOD-NULL; echo fine > /dev/null && echo NULL-OK", small()));
            assertThat(r.stdout()).doesNotContain("WROTE", "CHMOD-NULL", "/proc/sys/").contains("NULL-OK");
            assertThat(r.stdout().lines().findFirst().orElse("")).isEqualTo("0");
        }
    }

    @Test
    void syscallsNoBenchmarkNeedsAreRefused() throws IOException {
        String code = """
                import ctypes, os
                libc = ctypes.CDLL(None, use_errno=True)
                def call(name, nr, *args):
                    r = libc.syscall(nr, *args)
                    print(name, 'ok' if r >= 0 else os.strerror(ctypes.get_errno()))
                call('unshare-user', 272, 0x10000000)
                call('unshare-mount', 272, 0x20000)
                call('setns', 308, 0, 0)
                call('keyctl', 250, 0, -1, 0)
                call('add_key', 248, b'user', b'k', b'v', 1, -2)
                call('ptrace-attach', 101, 16, 1, 0, 0)
                call('bpf', 321, 0, 0, 0)
                call('userfaultfd', 323, 0)
                call('io_uring_setup', 425, 1, 0)
                call('clone-newuser', 56, 0x10000000 | 17, 0, 0, 0, 0)
                call('mount', 165, b'none', b'/tmp', b'tmpfs', 0, 0)
                pid = os.fork()
                if pid == 0:
                    os._exit(0)
                os.waitpid(pid, 0)
                print('fork ok')
                """;
        try (Workspace ws = Workspace.create("priv")) {
            ExecResult r = sandbox.exec(ws, python(code, small()));
            assertThat(r.ok()).as(r.stderr()).isTrue();
            assertThat(r.stdout().lines().filter(l -> !l.equals("fork ok")))
                    .hasSize(11).allMatch(l -> l.endsWith("Operation not permitted"), "refused with EPERM");
            assertThat(r.stdout()).contains("fork ok");
        }
    }

    @Test
    void theFilterIsValidClassicBpf() {
        byte[] p = SeccompFilter.program();
        assertThat(p.length % 8).isZero();
        assertThat(p.length / 8).isLessThan(256).isGreaterThan(SeccompFilter.DENIED.size());
    }
}
