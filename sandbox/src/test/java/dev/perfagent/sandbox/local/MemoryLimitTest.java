package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.KillReason;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.perfagent.sandbox.SandboxFixture.python;
import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** The memory limit holds for the whole tree, not only each process's private heap. */
class MemoryLimitTest {
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
    void aSharedAnonymousMappingPastTheLimitIsKilled() throws IOException {
        Assumptions.assumeTrue(sandbox.memoryLimitedByCgroup(), "no memory cgroup here (not root, or none writable): " + sandbox.isolation());
        // 1 GiB of MAP_SHARED|MAP_ANONYMOUS pages, which RLIMIT_DATA does not count, under a 128 MiB limit
        String hog = """
                import mmap
                m = mmap.mmap(-1, 1 << 30, flags=mmap.MAP_SHARED)
                for i in range(0, 1 << 30, 4096):
                    m[i] = 1
                print('USED 1 GiB')
                """;
        try (Workspace ws = Workspace.create("mem")) {
            ExecResult r = sandbox.exec(ws, python(hog, small().withMemory(128 * Limits.MIB)));
            assertThat(r.stdout()).doesNotContain("USED");
            assertThat(r.killedBy()).contains(KillReason.MEMORY);
        }
    }

    @Test
    void devIsNotAPlaceToStoreDataAndShmIsSized() throws IOException {
        try (Workspace ws = Workspace.create("mem")) {
            ExecResult r = sandbox.exec(ws, sh("dd if=/dev/zero of=/dev/big bs=1M count=8 2>&1 | tail -1;"
                    + " dd if=/dev/zero of=/dev/shm/big bs=1M count=1024 2>&1 | tail -1; df -m /tmp /dev/shm | tail -2", small()));
            // the 1 GiB write into /dev/shm stops at its size (or at the file-size limit, which is the same 64 MiB here)
            assertThat(r.stdout()).contains("Read-only file system").doesNotContain("1024+0 records out");
            assertThat(r.stdout().lines().filter(l -> l.endsWith("/dev/shm")).findFirst().orElseThrow()).matches("tmpfs\\s+64\\s.*");
        }
    }
}
