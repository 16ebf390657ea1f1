package dev.perfagent.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TaskYamlTest {
    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void validTaskFiles() throws IOException {
        write("src/main.cpp", "int main(){}");
        write("src/util.h", "");
        write("expert/main.cpp", "int main(){}");
        write("tests/a.in", "1\n");
        write("tests/a.out", "1\n");
        write("tests/big.in", "2\n");
        write("tests/big.out", "2\n");
    }

    @Test
    void readsHiddenCasesAndAGenerator() throws Exception {
        validTaskFiles();
        write("hidden/h1.in", "3\n");
        write("hidden/h1.out", "3\n");
        write("task.yaml", """
                id: cpp-demo
                language: c++
                sources: {root: src, editable: [main.cpp]}
                judge: {cases: tests, hidden: hidden, generator: {command: "python3 gen.py --seed {seed}", inputs: 3}}
                workload: {inputs: [tests/big.in]}
                """);
        Task t = TaskYaml.load(dir);
        assertThat(t.judge().hidden()).extracting(TestCase::name).containsExactly("h1");
        assertThat(t.judge().generator()).contains(new Judge.Generator("python3 gen.py --seed {seed}", 3));
        assertThat(t.judge().generator().get().forSeed(42)).isEqualTo("python3 gen.py --seed 42");
    }

    @Test
    void aGeneratorWithoutASeedOrAMissingHiddenFolderIsNamed() throws Exception {
        validTaskFiles();
        write("task.yaml", """
                id: cpp-demo
                language: c++
                sources: {root: src, editable: [main.cpp]}
                judge: {cases: tests, hidden: secret, generator: "python3 gen.py"}
                workload: {inputs: [tests/big.in]}
                """);
        TaskFormatException e = catchThrowableOfType(TaskFormatException.class, () -> TaskYaml.load(dir));
        assertThat(e.getMessage()).contains("judge.generator").contains("{seed}").contains("judge.hidden").contains("secret");
    }

    @Test
    void readsACompleteTask() throws Exception {
        validTaskFiles();
        write("task.yaml", """
                id: cpp-demo
                language: c++
                description: demo
                sources: {root: src, editable: [main.cpp]}
                build: {flags: [-O3]}
                judge: {compare: numeric, tolerance: 1e-3, cases: tests}
                workload: {inputs: [tests/big.in]}
                expert: expert
                limits: {time: 1500ms, memory: 256m}
                """);
        Task t = TaskYaml.load(dir);
        assertThat(t.id()).isEqualTo("cpp-demo");
        assertThat(t.language()).isEqualTo(Language.CPP);
        assertThat(t.kind()).isEqualTo(TaskKind.PROGRAM);
        assertThat(t.sources()).containsExactly("main.cpp", "util.h");
        assertThat(t.editable()).containsExactly("main.cpp");
        assertThat(t.build().flags()).containsExactly("-O3");
        assertThat(t.judge().comparison()).isEqualTo(Comparison.NUMERIC);
        assertThat(t.judge().tolerance()).isEqualTo(1e-3);
        assertThat(t.judge().cases()).extracting(TestCase::name).containsExactly("a", "big");
        assertThat(t.workload().inputs()).containsExactly(dir.resolve("tests/big.in"));
        assertThat(t.expert()).contains(dir.resolve("expert"));
        assertThat(t.limits().time()).isEqualTo(Duration.ofMillis(1500));
        assertThat(t.limits().memoryBytes()).isEqualTo(256L * 1024 * 1024);
    }

    @Test
    void defaultsEditableToAllSourcesAndWorkloadToAllInputs() throws Exception {
        validTaskFiles();
        write("task.yaml", "id: t\nlanguage: cpp\njudge: {cases: tests}\n");
        Task t = TaskYaml.load(dir.resolve("task.yaml"));
        assertThat(t.editable()).containsExactly("main.cpp", "util.h");
        assertThat(t.workload().inputs()).hasSize(2);
        assertThat(t.limits()).isEqualTo(TaskLimits.defaults());
    }

    @Test
    void aTaskMayNameItsOwnSandboxImage() throws Exception {
        validTaskFiles();
        write("task.yaml", "id: t\nlanguage: cpp\njudge: {cases: tests}\nsandbox: {image: my-toolchain:2}\n");
        assertThat(TaskYaml.load(dir).sandboxImage()).contains("my-toolchain:2");

        write("task.yaml", "id: t\nlanguage: cpp\njudge: {cases: tests}\n");
        assertThat(TaskYaml.load(dir).sandboxImage()).isEmpty();

        write("task.yaml", "id: t\nlanguage: cpp\njudge: {cases: tests}\nsandbox: {image: 'Not An Image', network: on}\n");
        TaskFormatException e = catchThrowableOfType(TaskFormatException.class, () -> TaskYaml.load(dir));
        assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("sandbox.image", "sandbox.network");
    }

    @Test
    void reportsEveryProblemWithItsField() throws Exception {
        write("src/main.py", "print(1)");
        write("tests/a.in", "");
        write("task.yaml", """
                id: "bad id!"
                language: cobol
                kind: library
                sources: {editable: [nope.py]}
                judge: {compare: fuzzy, cases: tests}
                limits: {time: soon, memory: 1k}
                color: blue
                """);
        TaskFormatException e = catchThrowableOfType(TaskFormatException.class, () -> TaskYaml.load(dir));
        assertThat(e.problems()).extracting(Problem::field).contains(
                "id", "language", "kind", "sources.editable", "judge.compare", "judge.cases", "limits.time", "limits.memory", "color");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(dir.resolve("task.yaml")));
        assertThat(e.problems().stream().filter(p -> p.field().equals("judge.cases")).findFirst().orElseThrow().message())
                .contains("a.in").contains("a.out");
    }

    @Test
    void missingFieldsSayWhatToWrite() throws Exception {
        write("src/main.py", "print(1)");
        write("task.yaml", "description: nothing else\n");
        TaskFormatException e = catchThrowableOfType(TaskFormatException.class, () -> TaskYaml.load(dir));
        assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("id", "language", "judge");
        assertThat(e.getMessage()).contains("missing");
    }

    @Test
    void syntaxErrorsNameTheLine() throws Exception {
        write("task.yaml", "id: x\nlanguage: [cpp\n");
        assertThatThrownBy(() -> TaskYaml.load(dir)).isInstanceOf(TaskFormatException.class)
                .hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void aFolderWithoutTaskYamlIsAProblemNotACrash() {
        assertThatThrownBy(() -> TaskYaml.load(dir)).isInstanceOf(TaskFormatException.class).hasMessageContaining("task.yaml");
    }

    @Test
    void expertFilesMustBeEditable() throws Exception {
        validTaskFiles();
        write("expert/util.h", "");
        write("task.yaml", "id: t\nlanguage: cpp\nsources: {editable: [main.cpp]}\njudge: {cases: tests}\nexpert: expert\n");
        TaskFormatException e = catchThrowableOfType(TaskFormatException.class, () -> TaskYaml.load(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("expert");
            assertThat(p.message()).contains("util.h");
        });
    }

    @Test
    void suiteDiscoveryFindsNestedTasks() throws Exception {
        write("a/task.yaml", "id: a");
        write("b/task.yaml", "id: b");
        assertThat(TaskSuite.taskFiles(dir)).containsExactly(dir.resolve("a/task.yaml"), dir.resolve("b/task.yaml"));
        assertThat(TaskSuite.taskFiles(dir.resolve("a"))).containsExactly(dir.resolve("a/task.yaml"));
    }
}
