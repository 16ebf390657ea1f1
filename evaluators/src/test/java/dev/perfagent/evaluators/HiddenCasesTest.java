package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** judge.hidden: a candidate wrong only on a hidden case is INCORRECT, and nothing about the case is shown. */
class HiddenCasesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedHiddenCaseIsIncorrectAndShowsNothingOfTheCase() throws Exception {
        Path src = ExampleSuiteTest.SUITE.resolve("py-unique-visitors");
        copy(src, dir);
        Files.createDirectories(dir.resolve("hidden"));
        String input = "1 zz-secret /a\n2 zz-secret /b\n3 u7 /a\n";
        Files.writeString(dir.resolve("hidden/h.in"), input);
        Process p = new ProcessBuilder("python3", dir.resolve("src/main.py").toString())
                .redirectInput(dir.resolve("hidden/h.in").toFile()).start();
        String expected = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        Files.writeString(dir.resolve("hidden/h.out"), expected);
        Files.writeString(dir.resolve("task.yaml"), Files.readString(dir.resolve("task.yaml"))
                .replace("  cases: tests\n", "  cases: tests\n  hidden: hidden\n")
                .replaceAll("  generator: .*\n", ""));
        Task task = TaskYaml.load(dir);
        assertThat(task.judge().hidden()).hasSize(1);

        String original = Files.readString(dir.resolve("src/main.py"));
        String wrongOnSecret = original.replace("def main():", """
                def main():
                    import io
                    data = sys.stdin.read()
                    if 'zz-secret' in data:
                        print('0')
                        return
                    sys.stdin = io.StringIO(data)
                    _main()


                def _main():""");
        MeasurementPlan quick = MeasurementPlan.defaults().withBudget(Duration.ofSeconds(5));
        try (LocalSandbox sandbox = LocalSandbox.detect();
             Evaluator evaluator = new Evaluator(sandbox, new EvaluatorOptions(quick, false))) {
            Evaluation e = evaluator.evaluate(task, Candidate.of("wrong-on-hidden", Map.of("main.py", wrongOnSecret), "test"));
            assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.INCORRECT);
            assertThat(e.reason()).contains("hidden case").doesNotContain("zz-secret").doesNotContain("h.in");
            var c = e.correctness().orElseThrow();
            assertThat(c.failedCase()).contains("a hidden case");
            assertThat(c.mismatch()).isEmpty();
            assertThat(c.inputExcerpt()).isEmpty();
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
