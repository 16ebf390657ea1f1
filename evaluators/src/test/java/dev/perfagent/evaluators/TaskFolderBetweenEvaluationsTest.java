package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository and PR runs keep their trajectory in the task's run folder and append to it between evaluations:
 * that is perfagent's own writing, not a candidate's, and must not make the next candidate REJECTED (it did for
 * every confirmation of a repository or PR run).
 */
class TaskFolderBetweenEvaluationsTest {
    @TempDir
    Path dir;

    @Test
    void perfagentsWritesBetweenEvaluationsAreNotBlamedOnTheNextCandidate() throws Exception {
        copy(ExampleSuiteTest.SUITE.resolve("py-unique-visitors"), dir);
        Task task = TaskYaml.load(dir);
        Path trajectory = Files.writeString(dir.resolve("trajectory.jsonl"), "{\"event\":\"start\"}\n");
        String wrong = "import sys\nprint(0)\n";
        MeasurementPlan quick = MeasurementPlan.defaults().withBudget(Duration.ofSeconds(5));
        try (LocalSandbox sandbox = LocalSandbox.detect();
             Evaluator evaluator = new Evaluator(sandbox, new EvaluatorOptions(quick, false))) {
            Evaluation first = evaluator.evaluate(task, Candidate.of("c1", Map.of("main.py", wrong), "test"));
            assertThat(first.verdict()).as(first.reason()).isEqualTo(Verdict.INCORRECT);

            Files.writeString(trajectory, "{\"event\":\"evaluation\"}\n", StandardOpenOption.APPEND);

            Evaluation second = evaluator.evaluate(task, Candidate.of("c2", Map.of("main.py", wrong), "test"));
            assertThat(second.verdict()).as(second.reason()).isEqualTo(Verdict.INCORRECT);
            assertThat(second.reason()).doesNotContain("changed the task's files");
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
