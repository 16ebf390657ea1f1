package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserDefinedFileAttributeView;

import static org.assertj.core.api.Assertions.assertThat;

/** A task folder's snapshot notices every way a candidate could have changed it, and says what changed. */
class TaskIntegrityTest {

    @Test
    void anUnchangedFolderHasNoChanges(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("large.in"), "3\n1 2 3\n");
        assertThat(TaskIntegrity.of(dir).changesIn(TaskIntegrity.of(dir))).isEmpty();
    }

    @Test
    void contentModeXattrsAndNewFilesAreEachReported(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("large.in");
        Files.writeString(in, "3\n1 2 3\n");
        TaskIntegrity before = TaskIntegrity.of(dir);

        Files.writeString(in, "3\n1 2 3\n4\n");
        assertThat(before.changesIn(TaskIntegrity.of(dir))).get().asString().startsWith("large.in: content");
        Files.writeString(in, "3\n1 2 3\n");

        Files.setAttribute(in, "unix:mode", 04755);
        assertThat(before.changesIn(TaskIntegrity.of(dir))).get().asString().contains("large.in: mode");
        Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(before.changesIn(TaskIntegrity.of(dir))).isEmpty();

        UserDefinedFileAttributeView x = Files.getFileAttributeView(in, UserDefinedFileAttributeView.class);
        x.write("cache", ByteBuffer.wrap("answer".getBytes(StandardCharsets.UTF_8)));
        assertThat(before.changesIn(TaskIntegrity.of(dir))).get().asString().contains("large.in: xattrs");
        x.delete("cache");

        Files.createSymbolicLink(dir.resolve("shell"), Path.of("/bin/sh"));
        assertThat(before.changesIn(TaskIntegrity.of(dir))).get().asString().contains("shell appeared (link");
    }

    @Test
    void perfagentsOwnRunFoldersAndGitMetadataAreNotTaskData(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("large.in"), "1\n");
        TaskIntegrity before = TaskIntegrity.of(dir);
        Files.createDirectories(dir.resolve(".perfagent/runs/r1"));
        Files.writeString(dir.resolve(".perfagent/runs/r1/trajectory.jsonl"), "{}\n");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/index"), "x");
        assertThat(before.changesIn(TaskIntegrity.of(dir))).isEmpty();
    }

    @Test
    void aCandidateWithASymbolicLinkIsRejectedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Task task = TaskYaml.load(AdversarialSuite.SUITE.resolve("py-checksum"));
        Path secret = Files.writeString(dir.resolve("host-secret"), "HOST-SECRET\n");
        Path candidate = Files.createDirectories(dir.resolve("links-host-file"));
        Files.createSymbolicLink(candidate.resolve("main.py"), secret);
        Candidate c = Candidate.fromDirectory(candidate);
        assertThat(c.files()).isEmpty();
        assertThat(CandidateCheck.rejection(task, c)).get().asString()
                .isEqualTo("main.py: a symbolic link; candidate files must be regular files").doesNotContain("HOST-SECRET");
    }
}
