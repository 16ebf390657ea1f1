package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What of a kernel task nvcc can check without a GPU: every expert's CUDA, a broken kernel, the plain CUDA task. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelCompileTest {
    private LocalSandbox sandbox;
    private Evaluator evaluator;

    @BeforeAll
    void start() {
        assumeTrue(Executables.exists("nvcc"), "nvcc is not installed: install the CUDA toolkit");
        sandbox = LocalSandbox.detect();
        evaluator = new Evaluator(sandbox, EvaluatorOptions.defaults(),
                new KernelEvaluator(sandbox, KernelPython.locate(Map.of("PATH", "/usr/bin")), () -> Optional.of("no NVIDIA GPU (test)")));
    }

    @AfterAll
    void stop() {
        if (evaluator != null) evaluator.close();
        if (sandbox != null) sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> everyExpertsKernelsCompileWithNvcc() throws Exception {
        return KernelSuite.taskDirs().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Task task = TaskYaml.load(dir);
            Candidate expert = Candidate.fromDirectory(task.expert().orElseThrow());
            if (task.language() == Language.CUDA) {
                // the plain CUDA task builds whole (harness + kernel) with nvcc, then needs the GPU
                assertThatThrownBy(() -> evaluator.evaluate(task, expert)).isInstanceOf(TaskSetupException.class)
                        .hasMessageContaining("the candidate compiled with nvcc");
                return;
            }
            try (Workspace ws = KernelWorkspace.create(task, expert)) {
                CudaCompileCheck c = CudaCompileCheck.run(sandbox, ws, task.kernel().candidate());
                assertThat(c.failure()).isEmpty();
                assertThat(c.compiled()).as("standalone CUDA strings compiled").isEqualTo(1);
                assertThat(c.needsTorch()).isEqualTo(0);
                assertThat(KernelGuard.check(sandbox, ws, HarnessRunner.REFERENCE, task.kernel().candidate(), task.kernel())).isEmpty();
            }
            assertThatThrownBy(() -> evaluator.evaluate(task, expert)).isInstanceOf(TaskSetupException.class)
                    .hasMessageContaining("compiled 1 CUDA source(s) with nvcc");
        }));
    }

    @Test
    void aKernelThatDoesNotCompileIsBuildFailedWithoutAGpu() throws Exception {
        Task task = TaskYaml.load(KernelSuite.ROOT.resolve("row-norms"));
        String expert = java.nio.file.Files.readString(task.expert().orElseThrow().resolve("model.py"));
        String broken = expert.replace("acc = fmaf(v.x, v.x, acc);", "acc = fmaf(v.x, v.x, acc)  // missing semicolon");
        Evaluation e = evaluator.evaluate(task, Candidate.of("broken", Map.of("model.py", broken), "test"));
        assertThat(e.verdict()).isEqualTo(Verdict.BUILD_FAILED);
        assertThat(e.reason()).startsWith("the CUDA string at line ").contains("does not compile").contains("error");
    }

    @Test
    void aPlainCudaKernelThatDoesNotCompileIsBuildFailed() throws Exception {
        Task task = TaskYaml.load(KernelSuite.ROOT.resolve("cuda-row-norms"));
        Evaluation e = evaluator.evaluate(task, Candidate.of("broken", Map.of("kernel.cu", "__global__ void f( { }"), "test"));
        assertThat(e.verdict()).isEqualTo(Verdict.BUILD_FAILED);
        assertThat(e.reason()).startsWith("does not build: ");
    }

    @Test
    void theOriginalIsNotGuardedItIsTheReference() throws Exception {
        Task task = TaskYaml.load(KernelSuite.ROOT.resolve("softmax-rows"));
        assertThatThrownBy(() -> evaluator.evaluate(task, Candidate.original())).isInstanceOf(TaskSetupException.class)
                .hasMessage("softmax-rows is a kernel task and needs an NVIDIA GPU to run: no NVIDIA GPU (test) (no CUDA source strings to compile-check);"
                        + " run it on a GPU machine, see docs/kernels.md");
    }

    static Path root() {
        return KernelSuite.ROOT;
    }
}
