package dev.perfagent.evaluators.kernel;

import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.sandbox.kernel.KernelPython;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every hostile kernel candidate, on a machine told it has no GPU: the statically caught ones come out REJECTED by
 * the rule expected.yaml names; the others pass the static checks and stop at "needs an NVIDIA GPU" (their verdicts
 * are KernelGpuTest's, on a GPU machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelHostileTest {
    private LocalSandbox sandbox;
    private Evaluator evaluator;

    @BeforeAll
    void start() {
        sandbox = LocalSandbox.detect();
        evaluator = new Evaluator(sandbox, EvaluatorOptions.defaults(),
                new KernelEvaluator(sandbox, KernelPython.locate(Map.of("PATH", "/usr/bin")), () -> Optional.of("no NVIDIA GPU (test)")));
    }

    @AfterAll
    void stop() {
        evaluator.close();
        sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> staticOnesAreRejectedWithoutAGpu() throws Exception {
        return KernelSuite.hostiles().stream().map(h -> DynamicTest.dynamicTest(h.toString(), () -> {
            if (h.isStatic()) {
                Evaluation e = evaluator.evaluate(h.task(), h.candidate());
                assertThat(e.verdict()).as(h.why()).isEqualTo(Verdict.REJECTED);
                assertThat(e.reason()).startsWith("static guardrail: line ").contains("(" + h.rule() + ")");
            } else {
                assertThatThrownBy(() -> evaluator.evaluate(h.task(), h.candidate()))
                        .isInstanceOf(TaskSetupException.class)
                        .hasMessageContaining("is a kernel task and needs an NVIDIA GPU to run: no NVIDIA GPU (test)");
            }
        }));
    }
}
