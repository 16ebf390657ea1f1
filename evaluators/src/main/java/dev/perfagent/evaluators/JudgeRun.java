package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TestCase;
import dev.perfagent.evaluators.correctness.Correctness;
import dev.perfagent.evaluators.correctness.Mismatch;
import dev.perfagent.evaluators.correctness.OutputComparator;
import dev.perfagent.sandbox.ExecResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a built program on every judge case and compares outputs here, outside the sandbox: the program
 * only ever sees the input.
 *
 * @param failure the verdict when the program failed a case (INCORRECT, TIMEOUT, CRASHED), else empty
 */
record JudgeRun(Optional<Verdict> failure, String reason, Correctness correctness, Optional<ExecResult> failedRun, OptionalInt testsRun) {

    JudgeRun(Optional<Verdict> failure, String reason, Correctness correctness, Optional<ExecResult> failedRun) {
        this(failure, reason, correctness, failedRun, OptionalInt.empty());
    }

    /** What a failed hidden case is called wherever a failure is shown. */
    static final String HIDDEN = "a hidden case";

    static JudgeRun of(Task task, BuiltProgram program) {
        return of(task, program, OptionalInt.empty());
    }

    /**
     * As {@link #of(Task, BuiltProgram)}; a passing run says how many tests a repository's test command ran, where its
     * reports or output say so ({@link #testsRun()}), and one that passes with fewer tests than {@code originalRan} (the
     * original's count for the same command), or that no longer says how many ran, is INCORRECT. A test process that
     * leaves early with status 0 — code that can tell the test runner from the benchmark — has checked nothing.
     */
    static JudgeRun of(Task task, BuiltProgram program, OptionalInt originalRan) {
        OptionalInt testsRun = OptionalInt.empty();
        OutputComparator comparator = new OutputComparator(task.judge().comparison(), task.judge().tolerance());
        int run = 0;
        for (TestCase c : task.judge().cases()) {
            ExecResult r = program.run(Optional.of(c.input()));
            run++;
            String input = inputExcerpt(c.input());
            if (r.timedOut()) {
                return failed(Verdict.TIMEOUT, "ran past the " + task.limits().time().toMillis() + " ms limit on input " + c.name(), run, c, input, r);
            }
            if (!r.ok()) {
                String err = Excerpt.firstError(r.stderr());
                return failed(Verdict.CRASHED, "crashed on input " + c.name() + ": " + r.describeEnd() + (err.isEmpty() ? "" : ": " + err), run, c, input, r);
            }
            Optional<Mismatch> m = comparator.compare(read(c.expectedOutput()), r.stdout());
            if (m.isPresent()) {
                Correctness corr = new Correctness(run, Optional.of(c.name()), m, Optional.of(input));
                return new JudgeRun(Optional.of(Verdict.INCORRECT), "input " + c.name() + ": " + m.get().describe(), corr, Optional.of(r));
            }
        }
        for (TestCase c : task.judge().hidden()) {
            // checked like any case, but what the case is stays out of everything the model may see
            ExecResult r = program.run(Optional.of(c.input()));
            run++;
            Correctness corr = new Correctness(run, Optional.of(HIDDEN), Optional.empty(), Optional.empty());
            if (r.timedOut()) return new JudgeRun(Optional.of(Verdict.TIMEOUT), "ran past the time limit on a hidden case", corr, Optional.empty());
            if (!r.ok()) return new JudgeRun(Optional.of(Verdict.CRASHED), "crashed on a hidden case (" + r.describeEnd() + ")", corr, Optional.empty());
            if (comparator.compare(read(c.expectedOutput()), r.stdout()).isPresent()) {
                return new JudgeRun(Optional.of(Verdict.INCORRECT), "wrong output on a hidden case (which one is not shown)", corr, Optional.empty());
            }
        }
        if (task.judge().command().isPresent() && task.kind() == TaskKind.REPO) {
            BuiltProgram.TestRun t = program.runTests(task.judge().command().get());
            ExecResult r = t.result();
            run++;
            if (r.timedOut()) return failed(Verdict.TIMEOUT, "the tests ran past their time limit", run, null, "", r);
            if (!r.ok()) {
                String why = t.failure().map(TestReports.Failure::describe)
                        .orElse("the tests failed (" + r.describeEnd() + "): " + Excerpt.firstError(r.stdout() + "\n" + r.stderr()));
                Correctness corr = new Correctness(run, Optional.of(t.failure().map(TestReports.Failure::test).orElse("tests")),
                        Optional.empty(), Optional.empty());
                return new JudgeRun(Optional.of(Verdict.INCORRECT), why, corr, Optional.of(r));
            }
            testsRun = t.testsRun();
            if (originalRan.isPresent() && (t.testsRun().isEmpty() || t.testsRun().getAsInt() < originalRan.getAsInt())) {
                String how = t.testsRun().isEmpty() ? "its reports and output no longer say how many tests ran"
                        : "it ran " + t.testsRun().getAsInt() + " test(s)";
                Correctness corr = new Correctness(run, Optional.of("tests"), Optional.empty(), Optional.empty());
                return new JudgeRun(Optional.of(Verdict.INCORRECT), "the tests passed, but " + how + " where the original ran "
                        + originalRan.getAsInt() + ": a test that did not run checked nothing", corr, Optional.of(r));
            }
        } else if (task.judge().command().isPresent()) {
            ExecResult r = program.runCommand(task.judge().command().get());
            run++;
            if (r.timedOut()) return failed(Verdict.TIMEOUT, "the test command ran past its time limit", run, null, "", r);
            if (!r.ok()) {
                String out = Excerpt.firstError(r.stdout() + "\n" + r.stderr());
                Correctness corr = new Correctness(run, Optional.of("test command"), Optional.empty(), Optional.empty());
                return new JudgeRun(Optional.of(Verdict.INCORRECT), "the test command failed (" + r.describeEnd() + "): " + out, corr, Optional.of(r));
            }
        }
        return new JudgeRun(Optional.empty(), "passed " + run + " case(s)", Correctness.passed(run), Optional.empty(), testsRun);
    }

    private static JudgeRun failed(Verdict v, String reason, int run, TestCase c, String input, ExecResult r) {
        Correctness corr = new Correctness(run, Optional.ofNullable(c).map(TestCase::name), Optional.empty(),
                input.isEmpty() ? Optional.empty() : Optional.of(input));
        return new JudgeRun(Optional.of(v), reason, corr, Optional.of(r));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inputExcerpt(Path input) {
        try (var in = Files.newInputStream(input)) {
            byte[] head = in.readNBytes(120);
            String s = new String(head, StandardCharsets.UTF_8).replace("\n", "⏎");
            return head.length == 120 ? s + "…" : s;
        } catch (IOException e) {
            return "";
        }
    }
}
