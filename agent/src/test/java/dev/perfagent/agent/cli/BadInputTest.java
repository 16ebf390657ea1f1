package dev.perfagent.agent.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's mistakes: one line naming the file and field and what to do, exit code 2, no stack trace. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path task(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("t/src"));
        Files.createDirectories(dir.resolve("t/tests"));
        Files.writeString(dir.resolve("t/src/main.py"), "print(input())\n");
        Files.writeString(dir.resolve("t/tests/a.in"), "1\n");
        Files.writeString(dir.resolve("t/tests/a.out"), "1\n");
        Files.writeString(dir.resolve("t/task.yaml"), yaml);
        return dir.resolve("t");
    }

    private static void assertOneLineBadInput(CliRun r) {
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void malformedYaml() throws IOException {
        Path t = task("id: x\nlanguage: [python\n");
        CliRun r = CliRun.of("eval", "--task", t.toString(), "--candidate", "original");
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("task.yaml").contains("not valid YAML").contains("line");
    }

    @Test
    void incompleteTaskNamesTheField() throws IOException {
        Path t = task("id: x\nlanguage: python\n");
        CliRun r = CliRun.of("eval", "--task", t.toString(), "--candidate", "original");
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("task.yaml").contains("judge").contains("cases");
    }

    @Test
    void taskFolderThatDoesNotExist() {
        CliRun r = CliRun.of("eval", "--task", dir.resolve("nope").toString());
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("nope").contains("does not exist");
    }

    @Test
    void candidateFolderThatDoesNotExist() throws IOException {
        Path t = task("id: x\nlanguage: python\njudge: {cases: tests}\n");
        CliRun r = CliRun.of("eval", "--task", t.toString(), "--candidate", dir.resolve("missing").toString());
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("candidate").contains("missing").contains("does not exist");
    }

    @Test
    void noExpertToEvaluate() throws IOException {
        Path t = task("id: x\nlanguage: python\njudge: {cases: tests}\n");
        CliRun r = CliRun.of("eval", "--task", t.toString());
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("no expert").contains("--candidate");
    }

    @Test
    void badMeasurementFlags() throws IOException {
        Path t = task("id: x\nlanguage: python\njudge: {cases: tests}\n");
        assertOneLineBadInput(CliRun.of("eval", "--task", t.toString(), "--candidate", "original", "--threshold", "0.5"));
        assertOneLineBadInput(CliRun.of("eval", "--task", t.toString(), "--candidate", "original", "--measure", "vibes"));
        assertOneLineBadInput(CliRun.of("eval", "--task", t.toString(), "--candidate", "original", "--expect", "FASTER"));
    }

    @Test
    void validateListsEveryProblemWithFileAndField() throws IOException {
        Path t = task("id: x y\nlanguage: fortran\nlimits: {time: later}\n");
        CliRun r = CliRun.of("tasks", "validate", t.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).contains(t.resolve("task.yaml") + ": id:")
                .contains(t.resolve("task.yaml") + ": language:")
                .contains(t.resolve("task.yaml") + ": limits.time:")
                .contains(t.resolve("task.yaml") + ": judge:");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void validateAcceptsAGoodTask() throws IOException {
        Path t = task("id: x\nlanguage: python\njudge: {cases: tests}\n");
        CliRun r = CliRun.of("tasks", "validate", t.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("ok").contains("1 of 1 task(s) valid");
    }

    @Test
    void validateOfNothing() {
        CliRun r = CliRun.of("tasks", "validate", dir.toString());
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("no task.yaml");
    }

    @Test
    void missingToolchainSaysWhatToInstall() throws IOException {
        Path t = task("id: x\nlanguage: c\nbuild: {command: no-such-cc -O2 -o prog main.c}\njudge: {cases: tests}\n");
        Files.move(t.resolve("src/main.py"), t.resolve("src/main.c"));
        CliRun r = CliRun.of("eval", "--task", t.toString(), "--candidate", "original");
        assertOneLineBadInput(r);
        assertThat(r.err()).contains("no-such-cc not found").contains("install");
        CliRun v = CliRun.of("tasks", "validate", t.toString());
        assertThat(v.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(v.out()).contains("task.yaml: language: no-such-cc not found");
    }
}
