package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.GpuDevices;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The figures issue #8 asks for, on a GPU machine (NVIDIA GPU, PyTorch for PERFAGENT_PYTHON or python3, nvcc, ncu):
 * every expert IMPROVED with its interval, every original against itself NEUTRAL, every hostile candidate its
 * expected verdict, Nsight Compute metrics parsed for each expert. Skips, saying why, anywhere else.
 */
@Tag("gpu")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelGpuTest {
    private LocalSandbox sandbox;
    private Evaluator evaluator;
    private KernelPython python;

    @BeforeAll
    void start() throws Exception {
        assumeTrue(GpuDevices.absence().isEmpty(), "needs an NVIDIA GPU: " + GpuDevices.absence().orElse(""));
        python = KernelPython.locate(System.getenv());
        Process p = new ProcessBuilder(python.executable(), "-c", "import torch; assert torch.cuda.is_available()").start();
        assumeTrue(p.waitFor() == 0, "needs PyTorch with CUDA for " + python.executable() + " (set PERFAGENT_PYTHON)");
        sandbox = LocalSandbox.detect();
        evaluator = new Evaluator(sandbox, EvaluatorOptions.defaults());
    }

    @AfterAll
    void stop() {
        if (evaluator != null) evaluator.close();
        if (sandbox != null) sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> expertsImproveOriginalsAreNeutralAndMetricsParse() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (var dir : KernelSuite.taskDirs()) {
            Task task = TaskYaml.load(dir);
            tests.add(DynamicTest.dynamicTest(task.id() + ": expert IMPROVED", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(task.expert().orElseThrow()));
                System.out.println(task.id() + " expert: " + e.verdict() + " " + e.measurement().map(m -> m.describe()).orElse(e.reason()));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.IMPROVED);
            }));
            tests.add(DynamicTest.dynamicTest(task.id() + ": original against itself NEUTRAL", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.original());
                System.out.println(task.id() + " A/A: " + e.verdict() + " " + e.measurement().map(m -> m.describe()).orElse(e.reason()));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.NEUTRAL);
            }));
            if (task.language() == dev.perfagent.datasets.Language.PYTHON) {
                tests.add(DynamicTest.dynamicTest(task.id() + ": Nsight Compute metrics", () -> {
                    assumeTrue(NcuMetrics.unavailable().isEmpty(), "needs ncu: " + NcuMetrics.unavailable().orElse(""));
                    String table = new NcuMetrics(sandbox, python).table(task, Candidate.fromDirectory(task.expert().orElseThrow()), 1);
                    System.out.println(task.id() + " ncu:\n" + table);
                    assertThat(table).startsWith("kernel ").contains("duration").contains("achieved occupancy");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileCandidateGetsItsVerdict() throws Exception {
        return KernelSuite.hostiles().stream().map(h -> DynamicTest.dynamicTest(h.toString(), () -> {
            Evaluation e = evaluator.evaluate(h.task(), h.candidate());
            System.out.println(h + ": " + e.verdict() + " " + e.reason());
            assertThat(e.verdict()).as(h.why() + " — got: " + e.reason()).isEqualTo(Verdict.valueOf(h.verdict()));
        }));
    }
}
