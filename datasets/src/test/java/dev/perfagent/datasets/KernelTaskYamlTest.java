package dev.perfagent.datasets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code kernel:} section and kernel tasks as task.yaml gives them. */
class KernelTaskYamlTest {
    static final Path KERNELS = Path.of("suites", "kernels");

    @Test
    void theBundledKernelTasksLoad() throws Exception {
        Task softmax = TaskYaml.load(KERNELS.resolve("softmax-rows"));
        assertThat(softmax.kind()).isEqualTo(TaskKind.KERNEL);
        assertThat(softmax.language()).isEqualTo(Language.PYTHON);
        assertThat(softmax.kernel()).isEqualTo(new KernelSpec("model.py", "model.py", 5, Optional.of(1e-4), 100, 3, 10.0, Set.of(), Set.of()));
        assertThat(softmax.limits().time()).hasMinutes(5);
        assertThat(softmax.judge().cases()).isEmpty();
        assertThat(TaskYaml.load(KERNELS.resolve("matmul-broadcast")).kernel().forbid()).contains("matmul", "mm", "einsum");
        Task cuda = TaskYaml.load(KERNELS.resolve("cuda-row-norms"));
        assertThat(cuda.language()).isEqualTo(Language.CUDA);
        assertThat(cuda.editable()).containsExactly("kernel.cu");
        assertThat(cuda.kernel().timed()).isEqualTo(20);
    }

    @Test
    void aLoaderThatKnowsNothingOfKernelsGetsDefaultsFromTheEditableFile() {
        Task t = Task.of(Path.of("."), "k", Language.PYTHON, TaskKind.KERNEL, Path.of("src")).withSources(java.util.List.of("model.py"))
                .withEditable(java.util.List.of("model.py")).withJudge(Judge.defaults().withComparison(Comparison.NUMERIC).withTolerance(1e-4));
        assertThat(t.kernel().reference()).isEqualTo("model.py");
        assertThat(t.kernel().trials()).isEqualTo(5);
        assertThat(t.kernel().plausible()).isEqualTo(10.0);
    }

    @Test
    void everyProblemInTheKernelSectionIsReportedWithItsField(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/model.py"), "class Model: pass\n");
        Files.writeString(dir.resolve("task.yaml"), """
                id: k
                language: python
                kind: kernel
                kernel:
                  reference: missing.py
                  trials: 0
                  tolerance: -1
                  allow: [everything]
                  speed: fast
                """);
        assertThatThrownBy(() -> TaskYaml.load(dir)).isInstanceOf(TaskFormatException.class)
                .hasMessageContaining("kernel.reference: 'missing.py' is not a file under sources.root")
                .hasMessageContaining("kernel.trials: must be a whole number of at least 1")
                .hasMessageContaining("kernel.tolerance: must be a positive number")
                .hasMessageContaining("kernel.allow: 'everything' is not a guardrail that can be switched off")
                .hasMessageContaining("kernel.speed: unknown field");
    }

    @Test
    void aKernelSectionOnAProgramIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/main.py"), "print(1)\n");
        Files.writeString(dir.resolve("task.yaml"), "id: p\nlanguage: python\njudge: {command: 'true'}\nkernel: {trials: 3}\n");
        assertThatThrownBy(() -> TaskYaml.load(dir)).hasMessageContaining("kernel: only a task with kind: kernel has a kernel section");
    }

    @Test
    void cudaIsALanguage() {
        assertThat(Language.parse("CUDA")).contains(Language.CUDA);
        assertThat(Language.parse("cu")).contains(Language.CUDA);
        assertThat(Language.choices()).endsWith("cuda");
    }
}
