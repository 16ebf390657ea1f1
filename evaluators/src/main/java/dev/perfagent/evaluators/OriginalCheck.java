package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The ground a repository run stands on, checked on the original before any candidate is asked for: it builds, its
 * tests pass and run at least one test, and its workload command runs once (timed, so the measuring budget can be
 * sized to it). What failed comes back as data; the caller knows which setting fixes it.
 */
public final class OriginalCheck {
    public enum Stage { BUILD, TESTS, BENCHMARK }

    /**
     * @param stage  what failed
     * @param detail one line: the first error, the failing test, or "ran no test"
     * @param limit  the limit the run hit ("memory limit", "wall-time limit"), if it hit one
     */
    public record Failure(Stage stage, String detail, Optional<String> limit) {
    }

    /**
     * @param build     how long the build took (zero when the language has none)
     * @param tests     how long the test command took
     * @param benchmark one run of the workload command, wall time
     * @param testsRun  how many tests ran, where the reports or output say so
     * @param failure   the first stage that failed, if one did
     */
    public record Ground(Duration build, Duration tests, Duration benchmark, OptionalInt testsRun, Optional<Failure> failure) {
        public boolean ok() {
            return failure.isEmpty();
        }
    }

    private OriginalCheck() {
    }

    /** Builds the original, runs the task's test command (if any) and its workload command (if any) once. */
    public static Ground check(Sandbox sandbox, Task task) throws TaskSetupException {
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) throw new TaskSetupException(missing.get());
        try (BuiltProgram program = new BuiltProgram(task, Evaluator.prepare(task, Candidate.original()), Toolchains.forTask(task), sandbox)) {
            Optional<ExecResult> build = program.build();
            Duration built = build.map(ExecResult::wall).orElse(Duration.ZERO);
            if (build.isPresent() && !build.get().ok()) {
                return failed(built, Duration.ZERO, Stage.BUILD, build.get(), Excerpt.firstError(build.get().stderr() + "\n" + build.get().stdout()));
            }
            Duration tested = Duration.ZERO;
            OptionalInt count = OptionalInt.empty();
            if (task.judge().command().isPresent()) {
                BuiltProgram.TestRun t = program.runTests(task.judge().command().get());
                tested = t.result().wall();
                count = t.testsRun();
                if (!t.result().ok()) {
                    String why = t.failure().map(TestReports.Failure::describe)
                            .orElse(Excerpt.firstError(t.result().stdout() + "\n" + t.result().stderr()));
                    return failed(built, tested, Stage.TESTS, t.result(), why);
                }
                if (count.isPresent() && count.getAsInt() == 0) {
                    return new Ground(built, tested, Duration.ZERO, count, Optional.of(new Failure(Stage.TESTS, "the test command ran no test", Optional.empty())));
                }
            }
            Duration bench = Duration.ZERO;
            if (task.workload().command().isPresent()) {
                ExecResult r = program.runCommand(task.workload().command().get());
                bench = r.wall();
                if (!r.ok()) {
                    Ground g = failed(built, tested, Stage.BENCHMARK, r, Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
                    return new Ground(g.build(), g.tests(), bench, count, g.failure());
                }
            }
            return new Ground(built, tested, bench, count, Optional.empty());
        }
    }

    private static Ground failed(Duration build, Duration tests, Stage stage, ExecResult r, String detail) {
        String line = r.describeEnd() + (detail.isBlank() ? "" : ": " + detail);
        return new Ground(build, tests, Duration.ZERO, OptionalInt.empty(), Optional.of(new Failure(stage, line, limitHit(r))));
    }

    /** The limit a run hit, from the sandbox's account or, for a JVM that could not reserve or commit, its message. */
    static Optional<String> limitHit(ExecResult r) {
        if (r.timedOut()) return Optional.of("wall-time limit");
        if (r.killedBy().isPresent() && r.killedBy().get().contains("limit")) return r.killedBy();
        String out = r.stderr() + "\n" + r.stdout();
        if (out.contains("errno=12") || out.contains("Cannot allocate memory") || out.contains("OutOfMemoryError")
                || out.contains("MemoryError") || out.contains("bad_alloc") || out.contains("Could not reserve enough space")) {
            return Optional.of("memory limit");
        }
        if (r.killedBy().filter(k -> k.equals("SIGXCPU")).isPresent()) return Optional.of("CPU-time limit");
        return Optional.empty();
    }
}
