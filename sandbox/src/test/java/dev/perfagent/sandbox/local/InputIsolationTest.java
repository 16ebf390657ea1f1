package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.SandboxFixture;
import dev.perfagent.sandbox.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.perfagent.sandbox.SandboxFixture.sh;
import static dev.perfagent.sandbox.SandboxFixture.small;
import static org.assertj.core.api.Assertions.assertThat;

/** The program's input reaches it as bytes through a pipe, and the folder it came from stays out of sight. */
class InputIsolationTest {
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
    void stdinIsAPipeNotTheInputFile() throws IOException {
        Path input = Files.createTempFile("perfagent-input-", ".in");
        Files.writeString(input, "1 2 3\n");
        try (Workspace ws = Workspace.create("in")) {
            ExecResult r = sandbox.exec(ws, sh("readlink /proc/self/fd/0; echo more >> /proc/self/fd/0 && echo APPENDED;"
                    + " chmod 4755 /proc/self/fd/0 && echo CHMODDED; cat", small()).withStdin(input));
            assertThat(r.stdout()).startsWith("pipe:[").endsWith("1 2 3\n").doesNotContain("APPENDED", "CHMODDED", input.toString());
            assertThat(Files.readString(input)).isEqualTo("1 2 3\n");
            assertThat(Files.getPosixFilePermissions(input).toString()).doesNotContain("EXECUTE");
        } finally {
            Files.delete(input);
        }
    }

    @Test
    void aHiddenFolderUnderASystemFolderIsEmptyInside() throws IOException {
        Path opt = Path.of("/opt");
        Assumptions.assumeTrue(Files.isDirectory(opt) && Files.isWritable(opt), "needs a writable /opt (run as root) to place a task there");
        Path task = Files.createTempDirectory(opt, "perfagent-task-");
        try {
            Files.writeString(task.resolve("large.out"), "SECRET\n");
            sandbox.hide(task);
            try (Workspace ws = Workspace.create("in")) {
                ExecResult r = sandbox.exec(ws, sh("ls -A \"$1\" | wc -l; cat \"$1\"/large.out", small(), task.toString()));
                assertThat(r.stdout()).isEqualTo("0\n").doesNotContain("SECRET");
            }
        } finally {
            Files.deleteIfExists(task.resolve("large.out"));
            Files.delete(task);
        }
    }
}
