package dev.perfagent.evaluators;

import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.container.ContainerSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The container sandbox gives the verdicts the local one gives ({@link ExampleSuiteTest}) on every bundled example:
 * expert IMPROVED, original against itself NEUTRAL, and a wrong candidate INCORRECT where the task has one. The A/A
 * pairs get a 10 s budget (an A/A that has not settled by then is NEUTRAL, which is what an honest measurement of no
 * change must say; what is checked is that it never comes out IMPROVED or REGRESSED); experts get 30 s, and stop as
 * soon as their interval clears the threshold. With 30 s for every pair the same 8 tasks took 297 s (2026-11-25).
 */
@Tag("docker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContainerExampleSuiteTest {
    private ContainerSandbox sandbox;
    private Evaluator evaluator;
    private Evaluator aaEvaluator;

    @BeforeAll
    void start() {
        sandbox = ContainerFixture.sandboxOrSkip();
        // 30 s rather than ExampleSuiteTest's 15: with the machine's two cores shared (load 12 when this was
        // written) 15 s fitted only 2-5 runs per side, fewer than the 8 a verdict needs, and that reads NEUTRAL
        evaluator = new Evaluator(sandbox, new EvaluatorOptions(MeasurementPlan.defaults().withBudget(Duration.ofSeconds(30)), false));
        aaEvaluator = new Evaluator(sandbox, new EvaluatorOptions(MeasurementPlan.defaults().withBudget(Duration.ofSeconds(10)), false));
    }

    @AfterAll
    void stop() {
        if (evaluator != null) evaluator.close();
        if (aaEvaluator != null) aaEvaluator.close();
        if (sandbox != null) sandbox.close();
    }

    @TestFactory
    Stream<DynamicTest> sameVerdictsAsTheLocalSandbox() throws Exception {
        return ExampleSuiteTest.tasks().stream().flatMap(task -> {
            String id = task.id();
            Stream<DynamicTest> verdicts = Stream.of(
                    dynamicTest(id + ": expert → IMPROVED", () -> {
                        Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(task.expert().orElseThrow()));
                        System.out.println("container " + id + " expert: " + e.reason());
                        assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.IMPROVED);
                        assertThat(e.sandbox()).startsWith("container");
                    }),
                    dynamicTest(id + ": original vs itself → NEUTRAL", () -> {
                        Evaluation e = aaEvaluator.evaluate(task, Candidate.original());
                        System.out.println("container " + id + " A/A: " + e.reason());
                        assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.NEUTRAL);
                    }));
            Path wrong = task.dir().resolve("candidates/wrong");
            if (!Files.isDirectory(wrong)) return verdicts;
            return Stream.concat(verdicts, Stream.of(dynamicTest(id + ": wrong → INCORRECT", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(wrong));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.INCORRECT);
            })));
        });
    }
}
