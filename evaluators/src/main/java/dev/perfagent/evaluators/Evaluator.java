package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.datasets.TestCase;
import dev.perfagent.datasets.Workload;
import dev.perfagent.evaluators.correctness.Mismatch;
import dev.perfagent.evaluators.correctness.OutputComparator;
import dev.perfagent.evaluators.jmh.BenchmarkVerdict;
import dev.perfagent.evaluators.jmh.JmhComparison;
import dev.perfagent.evaluators.kernel.KernelEvaluator;
import dev.perfagent.evaluators.measure.InterleavedMeasurer;
import dev.perfagent.evaluators.measure.MeasureListener;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.evaluators.measure.VerdictRule;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Judges candidates of tasks: build → correctness → measurement → verdict. The original of each task is
 * built and checked once and then reused as the baseline of every candidate of that task.
 */
public final class Evaluator implements AutoCloseable {
    private final Sandbox sandbox;
    private final EvaluatorOptions options;
    private final Map<String, Baseline> baselines = new HashMap<>();
    /** Each task folder as it was before its first evaluation, and those a candidate changed (by whom). */
    private final Map<Path, String> tamperedTasks = new java.util.concurrent.ConcurrentHashMap<>();
    private final ReadWriteLock phases;
    /** {@code kind: kernel} tasks are judged by the kernel harness, not by outputs on stdin/stdout. */
    private final KernelEvaluator kernels;
    private volatile EvaluationListener listener = EvaluationListener.NONE;

    public Evaluator(Sandbox sandbox, EvaluatorOptions options) {
        this(sandbox, options, new ReentrantReadWriteLock());
    }

    /**
     * An evaluator that shares {@code phases} with others running beside it (perfagent bench --jobs): builds and
     * correctness runs hold its read lock and overlap freely; measuring holds its write lock, so a measurement runs
     * with no other evaluator's work beside it to disturb its timings.
     */
    public Evaluator(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases) {
        this(sandbox, options, phases, new KernelEvaluator(sandbox));
    }

    /** With a kernel evaluator of its own (tests: one that is told there is, or is not, a GPU). */
    public Evaluator(Sandbox sandbox, EvaluatorOptions options, KernelEvaluator kernels) {
        this(sandbox, options, new ReentrantReadWriteLock(), kernels);
    }

    public Evaluator(Sandbox sandbox, EvaluatorOptions options, ReadWriteLock phases, KernelEvaluator kernels) {
        this.sandbox = sandbox;
        this.options = options;
        this.phases = phases;
        this.kernels = kernels;
    }

    /** This evaluator, telling {@code listener} what each evaluation is doing as it goes. */
    public Evaluator listening(EvaluationListener listener) {
        this.listener = listener;
        return this;
    }

    /** Where the original's output of a checked workload command is kept among the expected outputs. */
    private static final Path COMMAND_OUTPUT = Path.of("<workload command>");

    /** The built original and the output it printed for each workload input (and of a checked workload command). */
    private record Baseline(BuiltProgram program, Map<Path, String> expectedOutputs) {
    }

    public Evaluation evaluate(Task task, Candidate candidate) throws TaskSetupException {
        return evaluate(task, candidate, options.plan());
    }

    /**
     * As {@link #evaluate(Task, Candidate)}, with another measurement plan (a new seed, say) for this one candidate.
     * The task folder is compared afterwards with its state before this evaluation: a candidate that
     * changed it is REJECTED with what changed, and the task is refused from then on (its reference outputs or
     * inputs can no longer be trusted) until it is restored and perfagent started again.
     */
    public Evaluation evaluate(Task task, Candidate candidate, MeasurementPlan plan) throws TaskSetupException {
        String tampered = tamperedTasks.get(task.dir());
        if (tampered != null) {
            throw new TaskSetupException(task.dir() + " was changed while " + tampered + " ran and is no longer trusted:"
                    + " restore it (git checkout / a fresh copy) and run perfagent again");
        }
        // taken afresh for each evaluation: between evaluations perfagent itself writes into some task folders
        // (repository and PR runs keep their trajectory in the task's run folder), and the sandbox leaves no
        // process of a candidate alive after its evaluation, so what a candidate changes, it changes in here
        TaskIntegrity before = TaskIntegrity.of(task.dir());
        Evaluation e = evaluateUnchecked(task, candidate, plan);
        Optional<String> changed = before.changesIn(TaskIntegrity.of(task.dir()));
        if (changed.isEmpty()) return e;
        tamperedTasks.put(task.dir(), "candidate " + candidate.id());
        System.err.println("perfagent: the task folder " + task.dir() + " changed during the evaluation of " + candidate.id()
                + " (" + changed.get() + "): the candidate is REJECTED and the task refused for later evaluations; restore it");
        return Evaluation.early(task.id(), candidate.id(), Verdict.REJECTED, "changed the task's files: " + changed.get(),
                e.build(), e.correctness(), sandbox.isolation(), e.elapsed());
    }

    private Evaluation evaluateUnchecked(Task task, Candidate candidate, MeasurementPlan plan) throws TaskSetupException {
        long start = System.nanoTime();
        // the task folder holds the reference outputs and the expert: out of sight even where it lies under /opt or /usr
        sandbox.hide(task.dir());
        Optional<String> rejected = CandidateCheck.rejection(task, candidate);
        if (rejected.isPresent()) {
            return Evaluation.early(task.id(), candidate.id(), Verdict.REJECTED, rejected.get(), Optional.empty(), Optional.empty(), sandbox.isolation(), since(start));
        }
        if (task.kind() == TaskKind.KERNEL) {
            // one GPU, timed in-process by the harness: nothing else may run on it meanwhile
            phases.writeLock().lock();
            try {
                return kernels.evaluate(task, candidate, plan);
            } finally {
                phases.writeLock().unlock();
            }
        }
        Toolchain toolchain = Toolchains.forTask(task);
        phases.readLock().lock();
        boolean reading = true;
        try (BuiltProgram program = new BuiltProgram(task, prepare(task, candidate), toolchain, sandbox)) {
            if (!baselines.containsKey(task.id())) listener.stage(Candidate.original().id(), "building and checking the original");
            Baseline baseline = baseline(task);
            listener.stage(candidate.id(), "building");
            Optional<ExecResult> build = program.build();
            if (build.isPresent() && !build.get().ok()) {
                ExecResult b = build.get();
                String log = Excerpt.head(Excerpt.withoutJvmNotes(b.stderr()).isBlank() ? b.stdout() : b.stderr(), 12, 1500);
                String why = b.timedOut() ? "the build ran past its time limit" : "does not build: " + Excerpt.firstError(log);
                return Evaluation.early(task.id(), candidate.id(), Verdict.BUILD_FAILED, why, build, Optional.empty(), sandbox.isolation(), since(start));
            }
            listener.stage(candidate.id(), "testing");
            JudgeRun judged = JudgeRun.of(task, program);
            if (judged.failure().isEmpty()) {
                judged = FreshInputs.check(task, baseline.program(), program, plan.seed(), judged);
            }
            if (judged.failure().isPresent()) {
                return Evaluation.early(task.id(), candidate.id(), judged.failure().get(), judged.reason(), build, Optional.of(judged.correctness()), sandbox.isolation(), since(start));
            }
            phases.readLock().unlock();
            reading = false;
            Measurement m;
            Optional<InstructionCount> instructions;
            List<BenchmarkVerdict> benchmarks = List.of();
            VerdictRule.Decision d;
            listener.stage(candidate.id(), "waiting to measure");
            phases.writeLock().lock();
            try {
                listener.stage(candidate.id(), "measuring against the original");
                MeasureListener runs = (n, max, estimate) -> listener.measured(candidate.id(), n, max, estimate);
                boolean cpuCounted = sandbox.cpuTimeResolution().compareTo(Duration.ofMillis(1)) <= 0;
                if (task.workload().score() == Workload.Score.JMH) {
                    // JMH times the operations itself: the scores are the samples, whatever the process's CPU time
                    String command = task.workload().command().orElseThrow();
                    JmhComparison jmh = new JmhComparison();
                    m = new InterleavedMeasurer(plan, false).listening(runs).measure(jmh.baseline(() -> baseline.program().runCommand(command)),
                            jmh.candidate(() -> program.runCommand(command)));
                    benchmarks = jmh.verdicts(m);
                    d = JmhComparison.combine(m, benchmarks);
                } else {
                    // the sandbox's own cost is taken off both sides where CPU time is counted finely (a wall-time
                    // correction would add the noise of every start to both sides)
                    m = new InterleavedMeasurer(plan, cpuCounted).listening(runs).measure(trial(task, baseline.program(), baseline.expectedOutputs()),
                            trial(task, program, baseline.expectedOutputs()),
                            cpuCounted ? Optional.of(sandboxCost(task, baseline.program())) : Optional.empty());
                    d = m.decision();
                }
                instructions = options.countInstructions() && task.language().isNative()
                        ? countInstructions(task, baseline.program(), program, baseline.expectedOutputs(), m) : Optional.empty();
            } catch (TrialFailedException e) {
                Verdict v = e.detail() instanceof ExecResult r && r.timedOut() ? Verdict.TIMEOUT
                        : e.detail() instanceof Mismatch ? Verdict.INCORRECT : Verdict.CRASHED;
                return Evaluation.early(task.id(), candidate.id(), v, "while being timed: " + e.getMessage(), build, Optional.of(judged.correctness()), sandbox.isolation(), since(start));
            } finally {
                phases.writeLock().unlock();
            }
            return new Evaluation(task.id(), candidate.id(), d.verdict(), d.reason(), build, Optional.of(judged.correctness()),
                    Optional.of(m), instructions, sandbox.isolation(), since(start), benchmarks);
        } finally {
            if (reading) phases.readLock().unlock();
        }
    }

    private Baseline baseline(Task task) throws TaskSetupException {
        Baseline b = baselines.get(task.id());
        if (b != null) return b;
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) throw new TaskSetupException(missing.get());
        BuiltProgram program = new BuiltProgram(task, prepare(task, Candidate.original()), Toolchains.forTask(task), sandbox);
        Optional<ExecResult> build = program.build();
        if (build.isPresent() && !build.get().ok()) {
            program.close();
            throw new TaskSetupException(task.dir().resolve("task.yaml") + ": the original sources do not build here: "
                    + Excerpt.firstError(build.get().stderr() + "\n" + build.get().stdout()) + " (fix build or sources.root)");
        }
        JudgeRun judged = JudgeRun.of(task, program);
        if (judged.failure().isPresent()) {
            program.close();
            throw new TaskSetupException(task.dir().resolve("task.yaml") + ": the original fails its own judge (" + judged.reason()
                    + "); regenerate the reference outputs or fix judge");
        }
        Map<Path, String> expected = new LinkedHashMap<>();
        Map<Path, TestCase> byInput = new HashMap<>();
        task.judge().cases().forEach(c -> byInput.put(c.input(), c));
        for (Path input : task.workload().inputs()) {
            TestCase c = byInput.get(input);
            if (c != null) {
                expected.put(input, JudgeRun.read(c.expectedOutput()));
                continue;
            }
            ExecResult r = program.run(Optional.of(input));
            if (!r.ok()) {
                program.close();
                throw new TaskSetupException(task.dir().resolve("task.yaml") + ": workload.inputs: the original fails on " + input.getFileName() + " (" + r.describeEnd() + ")");
            }
            expected.put(input, r.stdout());
        }
        if (task.workload().command().isPresent() && task.workload().checkOutput()) {
            ExecResult r = program.runCommand(task.workload().command().get());
            if (!r.ok()) {
                program.close();
                throw new TaskSetupException("the workload command fails on the original (" + r.describeEnd() + "): "
                        + Excerpt.firstError(r.stderr() + "\n" + r.stdout()));
            }
            expected.put(COMMAND_OUTPUT, r.stdout());
        }
        b = new Baseline(program, expected);
        baselines.put(task.id(), b);
        return b;
    }

    /**
     * One sample: the whole workload once. Outputs are checked on every timed run, so a program that
     * notices it is being timed and skips work, or that remembers answers between runs, fails here.
     */
    private Trial trial(Task task, BuiltProgram program, Map<Path, String> expected) {
        OutputComparator comparator = new OutputComparator(task.judge().comparison(), task.judge().tolerance());
        return () -> {
            double wall = 0;
            double cpu = 0;
            long rss = 0;
            if (task.workload().command().isPresent()) {
                ExecResult r = program.runCommand(task.workload().command().get());
                if (!r.ok()) throw new TrialFailedException("the workload command " + r.describeEnd(), r);
                String want = expected.get(COMMAND_OUTPUT);
                Optional<Mismatch> m = want == null ? Optional.empty() : comparator.compare(want, r.stdout());
                if (m.isPresent()) throw new TrialFailedException("the workload's output: " + m.get().describe(), m.get());
                return new Sample(seconds(r.wall()), seconds(r.cpu()), r.peakRssBytes());
            }
            for (Path input : task.workload().inputs()) {
                ExecResult r = program.run(Optional.of(input));
                if (!r.ok()) throw new TrialFailedException(input.getFileName() + ": " + r.describeEnd(), r);
                Optional<Mismatch> m = comparator.compare(expected.get(input), r.stdout());
                if (m.isPresent()) throw new TrialFailedException(input.getFileName() + ": " + m.get().describe(), m.get());
                wall += seconds(r.wall());
                cpu += seconds(r.cpu());
                rss = Math.max(rss, r.peakRssBytes());
            }
            return new Sample(wall, cpu, rss);
        };
    }

    /**
     * Instructions of both sides over the workload. A counted run whose output is wrong, or a count that contradicts
     * the measured time by more than {@link InstructionCount#PLAUSIBLE_FACTOR}, is kept with the reason it is not
     * reported: a program can notice valgrind and behave differently under it.
     */
    /** As many empty runs of the sandbox as one sample of the workload starts the program. */
    private static Trial sandboxCost(Task task, BuiltProgram program) {
        int starts = task.workload().command().isPresent() ? 1 : task.workload().inputs().size();
        // /bin/true's own start is one the bare program pays too: only the rest is the sandbox's (see ExecCost)
        double ownStart = ExecCost.binTrueSeconds();
        return () -> {
            double wall = 0;
            double cpu = 0;
            for (int i = 0; i < starts; i++) {
                ExecResult r = program.runNothing();
                if (!r.ok()) throw new TrialFailedException("an empty run of the sandbox " + r.describeEnd(), r);
                wall += Math.max(0, seconds(r.wall()) - ownStart);
                cpu += Math.max(0, seconds(r.cpu()) - ownStart);
            }
            return new Sample(wall, cpu, 0);
        };
    }

    private Optional<InstructionCount> countInstructions(Task task, BuiltProgram baseline, BuiltProgram candidate,
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

    static Workspace prepare(Task task, Candidate candidate) {
        Workspace ws = Workspace.create(task.id());
        ws.copyFrom(task.sourceRoot());
        try {
            for (var e : candidate.files().entrySet()) {
                Path target = ws.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                // a link in the copied sources must not carry the write out of the workspace
                Files.deleteIfExists(target);
                Files.writeString(target, e.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            ws.close();
            throw new UncheckedIOException(e);
        }
        return ws;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The plan every comparison starts from (threshold, budget, the run's seed). */
    public MeasurementPlan plan() {
        return options.plan();
    }

    public String sandboxName() {
        return sandbox.isolation();
    }

    @Override
    public void close() {
        baselines.values().forEach(b -> b.program().close());
        baselines.clear();
    }

    /** For tests and reports: the tasks whose baselines are held. */
    List<String> preparedTasks() {
        return List.copyOf(baselines.keySet());
    }
}
