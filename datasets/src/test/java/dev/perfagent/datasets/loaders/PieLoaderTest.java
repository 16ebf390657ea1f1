package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** PIE records become C++ tasks whose expert is the target program; bad records are reported with file and line. */
class PieLoaderTest {
    static final Path SUITE = Path.of("suites", "pie-examples").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void bundledSuiteLoadsTwelveCppTasksWithExpertsAndCases() throws Exception {
        LoadedSuite suite = new PieLoader().load(SUITE, LoadContext.in(work));
        assertThat(suite.problems()).isEmpty();
        assertThat(suite.entries()).hasSize(12).allMatch(SuiteEntry::runnable);
        Task t = suite.entries().get(0).task().orElseThrow();
        assertThat(t.id()).isEqualTo("p00001");
        assertThat(t.language()).isEqualTo(Language.CPP);
        assertThat(t.kind()).isEqualTo(TaskKind.PROGRAM);
        assertThat(t.build().flags()).containsExactly("-O3", "-std=c++17");
        assertThat(t.judge().cases()).hasSize(3);
        assertThat(t.workload().inputs()).hasSize(3);
        assertThat(Files.readString(t.sourceRoot().resolve("main.cpp"))).contains("trial division");
        assertThat(Files.readString(t.expert().orElseThrow().resolve("main.cpp"))).contains("sieve");
        // the older spelling (input/target, no tests list) reads the same
        Task old = suite.entries().get(11).task().orElseThrow();
        assertThat(old.id()).isEqualTo("p00012");
        assertThat(old.judge().cases()).hasSize(3);
    }

    /** The bug: pie-perf's Python records gave "language 'python' is not supported by the pie loader (C++ only)". */
    @Test
    void piePerfPythonRecordsLoadAsPythonTasksRunByTheHostsPython3() throws Exception {
        LoadedSuite suite = new PieLoader().load(Path.of("suites", "pie-python").toAbsolutePath(), LoadContext.in(work));
        assertThat(suite.problems()).isEmpty();
        assertThat(suite.entries()).hasSize(12).allMatch(SuiteEntry::runnable);
        Task t = suite.entries().get(0).task().orElseThrow();
        assertThat(t.id()).isEqualTo("p02000_s400000000");
        assertThat(t.language()).isEqualTo(Language.PYTHON);
        assertThat(t.editable()).containsExactly("main.py");
        assertThat(t.run().mainClass()).hasValue("main.py");
        assertThat(Files.readString(t.sourceRoot().resolve("main.py"))).contains("trial division");
        assertThat(Files.readString(t.expert().orElseThrow().resolve("main.py"))).contains("sieve");
        assertThat(t.judge().cases()).hasSize(3);
    }

    @Test
    void withoutALanguageFieldTheFileNameDecidesAndCppIsTheDefault(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tests/p1"));
        Files.writeString(dir.resolve("tests/p1/input.0.txt"), "1\n");
        Files.writeString(dir.resolve("tests/p1/output.0.txt"), "1\n");
        String record = "{\"problem_id\": \"p1\", \"src_code\": \"print(input())\", \"tgt_code\": \"print(input())\"}\n";
        Files.writeString(dir.resolve("codenet.py.jsonl"), record);
        Task py = new PieLoader().load(dir.resolve("codenet.py.jsonl"), LoadContext.in(work.resolve("a"))).entries().get(0).task().orElseThrow();
        assertThat(py.language()).isEqualTo(Language.PYTHON);
        assertThat(py.sourceRoot().resolve("main.py")).exists();
        Files.writeString(dir.resolve("python_test.jsonl"), record);
        assertThat(PieLoader.fromFileName(dir.resolve("python_test.jsonl"))).isEqualTo(Language.PYTHON);
        assertThat(PieLoader.fromFileName(dir.resolve("cpp_test.jsonl"))).isEqualTo(Language.CPP);
        assertThat(PieLoader.fromFileName(dir.resolve("happy.jsonl"))).isEqualTo(Language.CPP);   // "py" inside a word is not a language
        Files.writeString(dir.resolve("java.jsonl"), record.replace("{", "{\"language\": \"Java\", "));
        LoadedSuite java = new PieLoader().load(dir.resolve("java.jsonl"), LoadContext.in(work.resolve("b")));
        assertThat(java.problems()).singleElement().asString().contains("language 'Java' is not supported by the pie loader (C++ or Python)");
    }

    @Test
    void identityDependsOnContentNotOnFolder(@TempDir Path copy) throws Exception {
        String a = new PieLoader().load(SUITE, LoadContext.in(work)).identity();
        Files.copy(SUITE.resolve("pie-examples.jsonl"), copy.resolve("renamed.jsonl"));
        copyTree(SUITE.resolve("tests"), copy.resolve("tests"));
        assertThat(new PieLoader().load(copy, LoadContext.in(work.resolve("other"))).identity()).isEqualTo(a);
        Files.writeString(copy.resolve("tests/p00001/output.0.txt"), "1\n");
        assertThat(new PieLoader().load(copy, LoadContext.in(work.resolve("third"))).identity()).isNotEqualTo(a);
    }

    @Test
    void badLinesMissingFieldsAndMissingCaseFoldersAreReportedWithFileAndLineAndSkipped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tests/p1"));
        Files.writeString(dir.resolve("tests/p1/input.0.txt"), "1\n");
        Files.writeString(dir.resolve("tests/p1/output.0.txt"), "1\n");
        Files.createDirectories(dir.resolve("tests/p4"));
        Files.writeString(dir.resolve("tests/p4/input.0.txt"), "1\n");
        Path jsonl = dir.resolve("records.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"problem_id\": \"p1\", \"src_code\": \"int main(){}\", \"tgt_code\": \"int main(){}\"}",
                "{\"problem_id\": \"p2\", \"src_code\": ",
                "{\"problem_id\": \"p3\", \"input\": \"int main(){}\"}",
                "{\"problem_id\": \"p9\", \"input\": \"x\", \"target\": \"y\"}",
                "{\"problem_id\": \"p4\", \"input\": \"x\", \"target\": \"y\"}",
                "{\"problem_id\": \"p1\", \"input\": \"x\", \"target\": \"y\", \"tests\": [0, 5]}") + "\n");
        LoadedSuite suite = new PieLoader().load(jsonl, LoadContext.in(work));
        assertThat(suite.entries()).extracting(SuiteEntry::id).containsExactly("p1");
        assertThat(suite.problems()).extracting(RecordProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith(jsonl + ":2: not valid JSON"),
                p -> assertThat(p).startsWith(jsonl + ":3: missing or not a string: tgt_code (or target)"),
                p -> assertThat(p).startsWith(jsonl + ":4: no test cases: folder tests/p9 not found"),
                p -> assertThat(p).startsWith(jsonl + ":5: test case 0:").endsWith("output.0.txt not found"),
                p -> assertThat(p).startsWith(jsonl + ":6: task id p1 appears on an earlier line"));
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
