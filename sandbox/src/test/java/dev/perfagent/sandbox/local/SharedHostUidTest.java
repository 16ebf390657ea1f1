package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started by root, every sandbox's candidate is the same host uid (65534), in this perfagent and in any other running
 * on the machine. A command's process limit is its own tree's (a pids cgroup), not that uid's count across the host:
 * other processes of the uid — another evaluation's JVM threads — must not make this command's fork fail.
 */
class SharedHostUidTest {

    @Test
    void processesOfTheSameHostUidElsewhereDoNotCountAgainstACommand() throws Exception {
        Assumptions.assumeTrue(HostUser.isRoot(), "the candidate shares a host uid with other sandboxes only when perfagent runs as root");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv to start processes as uid 65534");
        try (LocalSandbox sandbox = SandboxFixture.bwrap()) {
            Assumptions.assumeFalse(sandbox.isolation().contains("NOT enforced"), "needs a pids cgroup: " + sandbox.isolation());
            int limit = small().processes();
            // more processes of the candidate's host uid than one command may have, outside any sandbox
            Process others = new ProcessBuilder("/usr/bin/setpriv", "--reuid=" + SandboxUser.hostUid(), "--regid=" + SandboxUser.hostUid(),
                    "--clear-groups", "/bin/sh", "-c", "i=0; while [ $i -lt " + (limit + 16) + " ]; do sleep 60 & i=$((i+1)); done; echo started; wait")
                    .redirectErrorStream(true).start();
            try {
                assertThat(new String(others.getInputStream().readNBytes(8))).isEqualTo("started\n");
                try (Workspace ws = Workspace.create("shared-uid")) {
                    ExecResult r = sandbox.exec(ws, sh("for i in 1 2 3 4; do /bin/true & done; wait; echo forked", small()));
                    assertThat(r.ok()).as(r.describeEnd() + "\n" + r.stderr()).isTrue();
                    assertThat(r.stdout()).isEqualTo("forked\n");
                }
            } finally {
                others.descendants().forEach(ProcessHandle::destroyForcibly);
                others.destroyForcibly();
                others.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
