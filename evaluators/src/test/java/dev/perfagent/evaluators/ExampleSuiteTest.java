package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskLimits;
import dev.perfagent.datasets.TaskSuite;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The acceptance of the evaluator on the bundled examples: every expert is IMPROVED with an interval,
 * every original against itself is NEUTRAL, and the bad candidates get the verdict their name promises.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleSuiteTest {
    static final Path SUITE = Path.of("..", "datasets", "suites", "examples").toAbsolutePath().normalize();

    private LocalSandbox sandbox;
    private Evaluator evaluator;
    private Evaluator expertEvaluator;

    @BeforeAll
    void start() {
        sandbox = LocalSandbox.detect();
        // a shorter budget than the CLI's default keeps the suite fast; an A/A pair that has not settled
        // within it is still NEUTRAL, which is what an honest measurement of no change must say
        evaluator = new Evaluator(sandbox, new EvaluatorOptions(MeasurementPlan.defaults().withBudget(Duration.ofSeconds(15)), false));
        // an expert gets the CLI's default budget: it stops as soon as the interval clears the threshold, and on a
        // busy machine a slow original may not fit the 8 runs a side a decision needs into 15 s
        expertEvaluator = new Evaluator(sandbox, EvaluatorOptions.defaults());
    }

    @AfterAll
    void stop() {
        evaluator.close();
        expertEvaluator.close();
        sandbox.close();
    }

    static List<Task> tasks() throws Exception {
        List<Task> tasks = new ArrayList<>();
        for (Path f : TaskSuite.taskFiles(SUITE)) tasks.add(TaskYaml.load(f));
        return tasks;
    }

    @TestFactory
    Stream<DynamicTest> suiteHasThePromisedShape() throws Exception {
        List<Task> tasks = tasks();
        return Stream.of(dynamicTest("at least 8 tasks: 3 C++, 3 Java, 2 Python, each with an expert", () -> {
            assertThat(tasks).hasSizeGreaterThanOrEqualTo(8);
            assertThat(tasks.stream().filter(t -> t.language().id().equals("cpp"))).hasSizeGreaterThanOrEqualTo(3);
            assertThat(tasks.stream().filter(t -> t.language().id().equals("java"))).hasSizeGreaterThanOrEqualTo(3);
            assertThat(tasks.stream().filter(t -> t.language().id().equals("python"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(tasks).allSatisfy(t -> assertThat(t.expert()).isPresent());
        }));
    }

    @TestFactory
    Stream<DynamicTest> expertIsImprovedAndOriginalIsNeutral() throws Exception {
        return tasks().stream().flatMap(task -> Stream.of(
                dynamicTest(task.id() + ": expert → IMPROVED", () -> {
                    Evaluation e = expertEvaluator.evaluate(task, Candidate.fromDirectory(task.expert().orElseThrow()));
                    assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.IMPROVED);
                    var m = e.measurement().orElseThrow();
                    assertThat(m.speedup().low()).isGreaterThanOrEqualTo(1.05);
                    assertThat(m.describe()).contains("CI");
                    System.out.println(task.id() + " expert: " + m.describe());
                }),
                dynamicTest(task.id() + ": original vs itself → NEUTRAL", () -> {
                    Evaluation e = evaluator.evaluate(task, Candidate.original());
                    assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.NEUTRAL);
                    System.out.println(task.id() + " A/A: " + e.measurement().orElseThrow().describe());
                })));
    }

    @TestFactory
    Stream<DynamicTest> badCandidatesGetTheirVerdicts() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Task task : tasks()) {
            Path dir = task.dir().resolve("candidates");
            if (!Files.isDirectory(dir)) continue;
            tests.add(dynamicTest(task.id() + ": wrong → INCORRECT with an excerpt", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(dir.resolve("wrong")));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.INCORRECT);
                var c = e.correctness().orElseThrow();
                assertThat(c.failedCase()).isPresent();
                assertThat(c.mismatch()).isPresent();
                assertThat(e.reason()).contains("expected").contains("got");
            }));
            tests.add(dynamicTest(task.id() + ": broken → BUILD_FAILED with the compiler's error", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(dir.resolve("broken")));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.BUILD_FAILED);
                String log = e.build().orElseThrow().stderr() + e.build().orElseThrow().stdout();
                assertThat(log).containsIgnoringCase("error");
                assertThat(e.reason()).containsIgnoringCase("error");
            }));
            tests.add(dynamicTest(task.id() + ": endless → TIMEOUT", () -> {
                Task quick = task.withLimits(new TaskLimits(Duration.ofSeconds(3), task.limits().memoryBytes()));
                Evaluation e = evaluator.evaluate(quick, Candidate.fromDirectory(dir.resolve("endless")));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.TIMEOUT);
            }));
            tests.add(dynamicTest(task.id() + ": crash → CRASHED", () -> {
                Evaluation e = evaluator.evaluate(task, Candidate.fromDirectory(dir.resolve("crash")));
                assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.CRASHED);
                assertThat(e.reason()).contains("crashed");
            }));
            tests.add(dynamicTest(task.id() + ": editing a file that is not editable → REJECTED", () -> {
                Candidate sneaky = Candidate.of("sneaky", java.util.Map.of("../tests/large.out", "x"), "test");
                Evaluation e = evaluator.evaluate(task, sneaky);
                assertThat(e.verdict()).isEqualTo(Verdict.REJECTED);
            }));
        }
        assertThat(tests).as("tasks with candidates/").hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }
}
