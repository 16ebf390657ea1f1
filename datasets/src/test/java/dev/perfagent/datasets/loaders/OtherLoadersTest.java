package dev.perfagent.datasets.loaders;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loaders by name, KernelBench and GSO tasks skipped with their reason here, native suites. */
class OtherLoadersTest {
    static final String KB_PROBLEM = """
            import torch
            import torch.nn as nn

            class Model(nn.Module):
                def __init__(self):
                    super().__init__()
                def forward(self, a, b):
                    return torch.matmul(a, b)

            def get_inputs():
                return [torch.randn(256, 256), torch.randn(256, 256)]

            def get_init_inputs():
                return []
            """;

    @TempDir
    Path work;

    @Test
    void loadersAreFoundByShortNameAndAnUnknownNameListsThem() throws Exception {
        assertThat(TaskLoaders.all().keySet()).containsExactly("gso", "kernelbench", "native", "pie");
        assertThat(TaskLoaders.named("pie")).isInstanceOf(PieLoader.class);
        assertThatThrownBy(() -> TaskLoaders.named("swe"))
                .hasMessageStartingWith("loader 'swe' is unknown; valid loaders: gso (").hasMessageContaining("native (").hasMessageContaining("pie (");
    }

    @Test
    void kernelBenchProblemsAreKernelTasksSkippedWithoutAGpuAndBadFilesReported(@TempDir Path suite) throws Exception {
        Files.createDirectories(suite.resolve("level1"));
        Files.writeString(suite.resolve("level1/1_Square_matmul.py"), KB_PROBLEM);
        Files.writeString(suite.resolve("level1/2_broken.py"), "class Model(nn.Module):\n    pass\n");
        LoadedSuite none = new KernelBenchLoader().load(suite, LoadContext.in(work).withEnvironment(Environment.withGpu(false)));
        assertThat(none.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("level1.1_Square_matmul");
            assertThat(e.kind()).isEqualTo(TaskKind.KERNEL);
            assertThat(e.skipReason()).hasValueSatisfying(r -> assertThat(r).contains("no NVIDIA GPU"));
        });
        assertThat(none.problems()).singleElement().hasToString(suite.resolve("level1/2_broken.py")
                + ": not a KernelBench problem: no def get_inputs(), def get_init_inputs() at top level");
        LoadedSuite gpu = new KernelBenchLoader().load(suite, LoadContext.in(work).withEnvironment(Environment.withGpu(true)));
        assertThat(gpu.entries()).singleElement().satisfies(e -> assertThat(e.task()).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TaskKind.KERNEL)));
        assertThat(gpu.identity()).isEqualTo(none.identity());
    }

    /** The suite's own solutions become experts, and are not mistaken for problems. */
    @Test
    void kernelBenchKeepsTheExpertWhereTheSuiteGivesOne(@TempDir Path suite) throws Exception {
        String solution = "import torch\nclass ModelNew(torch.nn.Module):\n    def forward(self, a, b):\n        return a @ b\n";
        Files.createDirectories(suite.resolve("level1"));
        Files.createDirectories(suite.resolve("solutions/level1"));
        Files.writeString(suite.resolve("level1/1_Square_matmul.py"), KB_PROBLEM);
        Files.writeString(suite.resolve("solutions/level1/1_Square_matmul.py"), solution);
        Files.writeString(suite.resolve("level1/2_Other.py"), KB_PROBLEM);
        Files.writeString(suite.resolve("level1/2_Other_new.py"), solution);
        Files.writeString(suite.resolve("model_ex_1.py"), KB_PROBLEM);
        Files.writeString(suite.resolve("model_new_ex_1.py"), solution);
        Files.writeString(suite.resolve("level1/3_None.py"), KB_PROBLEM);
        LoadedSuite gpu = new KernelBenchLoader().load(suite, LoadContext.in(work).withEnvironment(Environment.withGpu(true)));
        assertThat(gpu.problems()).isEmpty();
        assertThat(gpu.entries()).extracting(SuiteEntry::id).containsExactly("level1.1_Square_matmul", "level1.2_Other", "level1.3_None", "model_ex_1");
        for (SuiteEntry e : gpu.entries()) {
            var expert = e.task().orElseThrow().expert();
            if (e.id().equals("level1.3_None")) assertThat(expert).isEmpty();
            else assertThat(Files.readString(expert.orElseThrow().resolve("model.py"))).isEqualTo(solution);
        }
    }

    @Test
    void withRepositoriesGsoInstancesBecomeRunnableTasksFromACloneOrABareMirror(@TempDir Path dir) throws Exception {
        Path repos = dir.resolve("repos");
        Files.createDirectories(repos.resolve("numpy__numpy/.git"));                 // a clone
        Files.createDirectories(repos.resolve("python-pillow__Pillow.git/objects"));  // a bare mirror
        Files.writeString(repos.resolve("python-pillow__Pillow.git/HEAD"), "ref: refs/heads/main\n");
        String line = "{\"instance_id\": \"ID\", \"repo\": \"REPO\", \"base_commit\": \"7ff7ec797ecacf8ede55bdc5374c16bb11b8946c\", "
                + "\"opt_commit\": \"abc\", \"prob_script\": \"print(1)\", \"gt_diff\": \"diff --git a/x b/x\", \"install_commands\": [\"pip install -e .\"]}";
        Path jsonl = dir.resolve("gso.jsonl");
        Files.writeString(jsonl, line.replace("ID", "numpy__numpy-1").replace("REPO", "numpy/numpy") + "\n"
                + line.replace("ID", "pillow-1").replace("REPO", "python-pillow/Pillow") + "\n"
                + line.replace("ID", "tornado-1").replace("REPO", "tornadoweb/tornado") + "\n"
                + line.replace("ID", "bad-1").replace("REPO", "x/y").replace("7ff7ec797ecacf8ede55bdc5374c16bb11b8946c", "HEAD; rm -rf /") + "\n");
        LoadedSuite suite = new GsoLoader().load(jsonl, LoadContext.in(work).withEnvironment(Environment.withGpu(false)).withRepos(java.util.Optional.of(repos)));
        assertThat(suite.entries()).extracting(SuiteEntry::id).containsExactly("numpy__numpy-1", "pillow-1", "tornado-1");
        Task numpy = suite.entries().get(0).task().orElseThrow();
        GsoInstance instance = GsoInstance.of(numpy).orElseThrow();
        assertThat(instance.repository()).isEqualTo(repos.resolve("numpy__numpy").toAbsolutePath());
        assertThat(instance.tests()).containsExactly("print(1)");   // no tests: the prob_script is the one test
        assertThat(instance.installCommands()).containsExactly("pip install -e .");
        assertThat(GsoInstance.of(suite.entries().get(1).task().orElseThrow()).orElseThrow().repository().getFileName()).hasToString("python-pillow__Pillow.git");
        assertThat(suite.entries().get(2).skipReason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("no clone of tornadoweb/tornado in " + repos + ": expected " + repos.resolve("tornadoweb__tornado") + "[.git]"));
        assertThat(suite.problems()).singleElement().asString().contains("base_commit 'HEAD; rm -rf /' is not a commit id");
    }

    @Test
    void gsoInstancesAreRepoTasksSkippedWithTheReasonAndKeepTheirExpertPatch(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("gso.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"instance_id\": \"numpy__numpy-7ff7ec7\", \"repo\": \"numpy/numpy\", \"base_commit\": \"7ff7ec797ecacf8ede55bdc5374c16bb11b8946c\", "
                        + "\"opt_commit\": \"abc\", \"prob_script\": \"import numpy\", \"tests\": [\"t1\"], \"gt_diff\": \"diff --git a/x b/x\"}",
                "{\"instance_id\": \"pillow__pillow-1\", \"repo\": \"python-pillow/Pillow\", \"opt_commit\": \"abc\", \"prob_script\": \"x\"}",
                "not json") + "\n");
        LoadedSuite suite = new GsoLoader().load(jsonl, LoadContext.in(work).withEnvironment(Environment.withGpu(false)));
        assertThat(suite.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TaskKind.REPO);
            assertThat(e.skipReason()).hasValueSatisfying(r -> assertThat(r).contains("numpy/numpy at 7ff7ec797eca").contains("give --repos DIR"));
            assertThat(e.expertPatch()).hasValue("diff --git a/x b/x");
        });
        assertThat(suite.problems()).extracting(RecordProblem::toString).containsExactly(
                jsonl + ":2: missing or not a string: base_commit",
                jsonl + ":3: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    }

    @Test
    void nativeSuiteLoadsTheBundledExamples() throws Exception {
        LoadedSuite suite = new NativeLoader().load(Path.of("suites", "examples"), LoadContext.in(work));
        assertThat(suite.problems()).isEmpty();
        assertThat(suite.entries()).hasSize(8).extracting(SuiteEntry::id).contains("cpp-rank-queries", "py-moving-average");
        assertThatThrownBy(() -> new NativeLoader().load(Path.of("suites", "pie-examples", "tests"), LoadContext.in(work)))
                .isInstanceOf(SuiteNotFoundException.class).hasMessageContaining("no task.yaml found");
    }
}
