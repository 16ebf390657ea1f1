package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.Workload;
import dev.perfagent.evaluators.Baselines.Baseline;
import dev.perfagent.evaluators.correctness.Mismatch;
import dev.perfagent.evaluators.correctness.OutputComparator;
import dev.perfagent.evaluators.jmh.BenchmarkVerdict;
import dev.perfagent.evaluators.jmh.JmhComparison;
import dev.perfagent.evaluators.measure.InterleavedMeasurer;
import dev.perfagent.evaluators.measure.MeasureListener;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.evaluators.measure.VerdictRule;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a program task's candidate is judged: build → correctness → measurement → verdict, each stage a method below,
 * the first that fails ending the evaluation with its verdict (BUILD_FAILED; INCORRECT, CRASHED or TIMEOUT; the
 * same while being timed). The candidate is compared with the task's original ({@link Baselines}).
 */
final class ProgramPipeline {
    private final Sandbox sandbox;
    private final Baselines baselines;
    private final Phases phases;
    private final boolean countInstructions;

    ProgramPipeline(Sandbox sandbox, Baselines baselines, Phases phases, boolean countInstructions) {
        this.sandbox = sandbox;
        this.baselines = baselines;
        this.phases = phases;
        this.countInstructions = countInstructions;
    }

    /** What the measurement stage found: the timings, and what was counted or decided beside them. */
    private record Timed(Measurement measurement, List<BenchmarkVerdict> benchmarks, Optional<InstructionCount> instructions) {
    }

    /** @param listener told each stage as it begins, and the measurement's progress */
    Evaluation evaluate(Task task, Candidate candidate, MeasurementPlan plan, EvaluationListener listener) throws TaskSetupException {
        EvaluationSoFar so = new EvaluationSoFar(task, candidate, sandbox.isolation());
        try (BuiltProgram program = BuiltProgram.of(task, candidate, sandbox)) {
            // building and checking overlap with other evaluators' work; measuring runs alone
            Optional<Evaluation> ended = phases.shared(() -> {
                if (!baselines.has(task)) listener.stage(Candidate.original().id(), "building and checking the original");
                Baseline baseline = baselines.of(task);
                listener.stage(candidate.id(), "building");
                Optional<Evaluation> unbuilt = build(program, so);
                if (unbuilt.isPresent()) return unbuilt;
                listener.stage(candidate.id(), "testing");
                return correctness(task, baseline, program, plan, so);
            });
            if (ended.isPresent()) return ended.get();
            listener.stage(candidate.id(), "waiting to measure");
            return phases.exclusive(() -> {
                listener.stage(candidate.id(), "measuring against the original");
                Baseline baseline = baselines.of(task);
                MeasureListener runs = (n, max, estimate) -> listener.measured(candidate.id(), n, max, estimate);
                Timed timed;
                try {
                    timed = measurement(task, baseline, program, plan, runs);
                } catch (TrialFailedException e) {
                    return so.ended(whileTimed(e), "while being timed: " + e.getMessage());
                }
                return verdict(task, timed, so);
            });
        }
    }

    /** Build: a candidate that does not build is BUILD_FAILED, with the first error of its log. */
    private static Optional<Evaluation> build(BuiltProgram program, EvaluationSoFar so) {
        Optional<ExecResult> build = program.build();
        so.built(build);
        if (build.isEmpty() || build.get().ok()) return Optional.empty();
        ExecResult b = build.get();
        String log = Excerpt.head(Excerpt.withoutJvmNotes(b.stderr()).isBlank() ? b.stdout() : b.stderr(), 12, 1500);
        return Optional.of(so.ended(Verdict.BUILD_FAILED, b.timedOut() ? "the build ran past its time limit" : "does not build: " + Excerpt.firstError(log)));
    }

    /** Correctness: the judge's cases, hidden ones included, then inputs generated afresh for this evaluation. */
    private static Optional<Evaluation> correctness(Task task, Baseline baseline, BuiltProgram program, MeasurementPlan plan,
                                                    EvaluationSoFar so) throws TaskSetupException {
        JudgeRun cases = JudgeRun.of(task, program, baseline.testsRun());
        JudgeRun judged = cases.failure().isPresent() ? cases : FreshInputs.check(task, baseline.program(), program, plan.seed(), cases);
        so.checked(judged.correctness());
        return judged.failure().map(v -> so.ended(v, judged.reason()));
    }

    /**
     * Measurement: original and candidate interleaved in mirrored blocks until the interval decides or the budget is
     * spent; outputs checked on every run; instruction counts beside, where asked for and the language is native.
     */
    private Timed measurement(Task task, Baseline baseline, BuiltProgram program, MeasurementPlan plan, MeasureListener runs)
            throws TrialFailedException {
        Measurement m;
        List<BenchmarkVerdict> benchmarks = List.of();
        if (task.workload().score() == Workload.Score.JMH) {
            // JMH times the operations itself: the scores are the samples, whatever the process's CPU time
            String command = task.workload().command().orElseThrow();
            JmhComparison jmh = new JmhComparison();
            m = new InterleavedMeasurer(plan, false).listening(runs).measure(jmh.baseline(() -> baseline.program().runCommand(command)),
                    jmh.candidate(() -> program.runCommand(command)));
            benchmarks = jmh.verdicts(m);
        } else {
            // the sandbox's own cost is taken off both sides where CPU time is counted finely (a wall-time
            // correction would add the noise of every start to both sides)
            boolean cpuCounted = sandbox.cpuTimeResolution().compareTo(Duration.ofMillis(1)) <= 0;
            m = new InterleavedMeasurer(plan, cpuCounted).listening(runs).measure(WorkloadTrials.of(task, baseline.program(), baseline.expectedOutputs()),
                    WorkloadTrials.of(task, program, baseline.expectedOutputs()),
                    cpuCounted ? Optional.of(WorkloadTrials.sandboxCost(task, baseline.program())) : Optional.empty());
        }
        Optional<InstructionCount> instructions = countInstructions && task.language().isNative()
                ? countInstructions(task, baseline.program(), program, baseline.expectedOutputs(), m) : Optional.empty();
        return new Timed(m, benchmarks, instructions);
    }

    /** Verdict: the measurement's interval against the threshold (for JMH, every benchmark's own and then all). */
    private static Evaluation verdict(Task task, Timed timed, EvaluationSoFar so) {
        VerdictRule.Decision d = task.workload().score() == Workload.Score.JMH
                ? JmhComparison.combine(timed.measurement(), timed.benchmarks()) : timed.measurement().decision();
        return so.ended(d.verdict(), d.reason()).withMeasurement(Optional.of(timed.measurement()))
                .withInstructions(timed.instructions()).withBenchmarks(timed.benchmarks());
    }

    /** A run that failed while being timed: past its limit, wrong output, or any other end. */
    private static Verdict whileTimed(TrialFailedException e) {
        return e.detail() instanceof ExecResult r && r.timedOut() ? Verdict.TIMEOUT
                : e.detail() instanceof Mismatch ? Verdict.INCORRECT : Verdict.CRASHED;
    }

    /**
     * Instructions of both sides over the workload. A counted run whose output is wrong, or a count that contradicts
     * the measured time by more than {@link InstructionCount#PLAUSIBLE_FACTOR}, is kept with the reason it is not
     * reported: a program can notice valgrind and behave differently under it.
     */
    private static Optional<InstructionCount> countInstructions(Task task, BuiltProgram baseline, BuiltProgram candidate,
                                                                Map<Path, String> expected, Measurement m) {
        OutputComparator comparator = new OutputComparator(task.judge().comparison(), task.judge().tolerance());
        long a = 0;
        long b = 0;
        Optional<String> doubt = Optional.empty();
        for (Path input : task.workload().inputs()) {
            Optional<BuiltProgram.Counted> x = baseline.countInstructions(Optional.of(input));
            Optional<BuiltProgram.Counted> y = candidate.countInstructions(Optional.of(input));
            if (x.isEmpty() || y.isEmpty()) return Optional.empty();
            a += x.get().instructions();
            b += y.get().instructions();
            if (doubt.isEmpty() && comparator.compare(expected.get(input), y.get().stdout()).isPresent()) {
                doubt = Optional.of("the candidate's output under valgrind is wrong on " + input.getFileName());
            }
        }
        InstructionCount counted = new InstructionCount(a, b, doubt);
        return Optional.of(doubt.isPresent() ? counted : counted.checkedAgainst(m.speedup().ratio()));
    }
}
