package dev.perfagent.evaluators.toolchain;

import dev.perfagent.datasets.BuildSpec;
import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.RunSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM a repository's command starts (its benchmark, a test fork) sizes its heap from the sandbox's memory limit,
 * not from the host's RAM: on a 24 GB host the default heap (6 GB) died committing memory under a 2 GB limit
 * ({@code errno=12}) where the program needed far less.
 */
class MavenJvmMemoryTest {

    @Test
    void aJvmStartedByACommandGetsAHeapWithinTheLimitAndRunsUnderIt(@TempDir Path dir) throws Exception {
        Sandbox sandbox = LocalSandbox.bubblewrap();
        long limit = 1024L * 1024 * 1024;
        Task t = TestTasks.program(dir, Language.JAVA, Map.of("M.java", """
                public class M { public static void main(String[] a) {
                  byte[][] keep = new byte[40][];
                  for (int i = 0; i < keep.length; i++) keep[i] = new byte[10 << 20];
                  System.out.println(Runtime.getRuntime().maxMemory()); } }
                """), new BuildSpec(Optional.empty(), List.of(), "maven"), RunSpec.defaults(), new TaskLimits(Duration.ofSeconds(60), limit));
        Toolchain tc = Toolchains.forTask(t);
        try (Workspace ws = Workspace.create("jvm-memory").copyFrom(t.sourceRoot())) {
            Limits limits = RunLimits.forTask(t.limits());
            ExecResult r = sandbox.exec(ws, tc.command(t, "javac -d . M.java && java -cp . M", limits.withWallTime(Duration.ofSeconds(60))).writable());
            assertThat(r.ok()).as(r.describeEnd() + "\n" + r.stderr()).isTrue();
            assertThat(Long.parseLong(r.stdout().strip())).isPositive().isLessThanOrEqualTo(limit / 2);
        }
    }
}
