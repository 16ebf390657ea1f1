package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Candidates that try to fake a speedup through the evaluator never come out IMPROVED. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuardrailsTest {
    private LocalSandbox sandbox;
    private Evaluator evaluator;
    private Task task;

    @BeforeAll
    void start() throws Exception {
        sandbox = LocalSandbox.detect();
        evaluator = new Evaluator(sandbox, EvaluatorOptions.defaults());
        task = TaskYaml.load(ExampleSuiteTest.SUITE.resolve("py-unique-visitors"));
    }

    @AfterAll
    void stop() {
        evaluator.close();
        sandbox.close();
    }

    private Evaluation evaluate(String name, String mainPy) throws Exception {
        return evaluator.evaluate(task, Candidate.of(name, Map.of("main.py", mainPy), "test"));
    }

    @Test
    void cannotReadTheReferenceOutputs() throws Exception {
        Path tests = task.dir().resolve("tests");
        // prints the reference output of whichever case it can guess from the input size, if it can read it
        String cheat = """
                import sys, os
                data = sys.stdin.read()
                for name in sorted(os.listdir(%s)):
                    if name.endswith('.in') and open(os.path.join(%s, name)).read() == data:
                        sys.stdout.write(open(os.path.join(%s, name[:-3] + '.out')).read())
                """.formatted(q(tests), q(tests), q(tests));
        Evaluation e = evaluate("reads-references", cheat);
        assertThat(e.verdict()).as(e.reason()).isIn(Verdict.CRASHED, Verdict.INCORRECT);
        assertThat(e.reason()).containsAnyOf("No such file", "FileNotFound", "expected");
    }

    @Test
    void cannotCacheAnswersInItsWorkspaceBetweenRuns() throws Exception {
        String cache = """
                import sys, hashlib
                data = sys.stdin.read()
                key = hashlib.sha1(data.encode()).hexdigest()
                open('answer-' + key, 'w').write('cached')
                """;
        Evaluation e = evaluate("caches", cache);
        assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.CRASHED);
        assertThat(e.reason()).contains("Read-only file system");
    }

    @Test
    void behavingDifferentlyWhenTimedIsCaught() throws Exception {
        // correct on the judge's first pass over each input, then (as if it had detected the timing loop)
        // prints nothing: outputs are checked on every timed run too
        String original = java.nio.file.Files.readString(task.sourceRoot().resolve("main.py"));
        String sneaky = original.replace("def main():", """
                def main():
                    import os
                    if os.path.exists('/tmp/seen') or os.environ.get('PERFAGENT_TIMING'):
                        return
                    open('/tmp/seen', 'w').close()
                    _main()


                def _main():""");
        Evaluation e = evaluate("skips-when-timed", sneaky);
        // /tmp is private to each run, so the trick cannot even tell runs apart: the candidate stays correct
        // and honest, and its verdict is a measurement of the original's speed
        assertThat(e.verdict()).as(e.reason()).isIn(Verdict.NEUTRAL, Verdict.INCORRECT);
    }

    @Test
    void aCandidateKeyedOnTheWorkloadInputIsIncorrectOnFreshInputs() throws Exception {
        // honest (the expert's sets) on every input but one of the workload's size, where it prints the workload's
        // stored answer: it passes every known case, and the generator's fresh inputs of the same size catch it
        String expert = java.nio.file.Files.readString(task.dir().resolve("expert/main.py"));
        String stored = java.nio.file.Files.readString(task.dir().resolve("tests/large.out"));
        long size = java.nio.file.Files.readAllLines(task.dir().resolve("tests/large.in")).size();
        String keyed = expert.replace("def main():", """
                STORED = %s


                def main():
                    data = sys.stdin.read()
                    if data.count('\\n') == %d:
                        sys.stdout.write(STORED)
                        return
                    import io
                    sys.stdin = io.StringIO(data)
                    _main()


                def _main():""".formatted(pyString(stored), size));
        Evaluation e = evaluate("keyed-on-size", keyed);
        assertThat(e.verdict()).as(e.reason()).isEqualTo(Verdict.INCORRECT);
        assertThat(e.reason()).contains("fresh input");
        assertThat(e.correctness().orElseThrow().casesRun()).isGreaterThan(task.judge().cases().size());
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    private static String q(Path p) {
        return "'" + p.toString().replace("'", "\\'") + "'";
    }
}
