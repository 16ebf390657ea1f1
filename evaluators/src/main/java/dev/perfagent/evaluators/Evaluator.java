package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskKind;
import dev.perfagent.evaluators.kernel.KernelEvaluator;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.Sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Judges candidates of tasks, one pipeline per kind of task: a program task's in {@link ProgramPipeline} (build →
 * correctness → measurement → verdict), a kernel task's in {@link KernelEvaluator} (guardrails and compile → the
 * harness's correctness trials and timings → verdict). Before either, the candidate's files are checked
 * ({@link CandidateCheck}); after, the task folder is compared with its state before ({@link TaskIntegrity}).
 */
public final class Evaluator implements AutoCloseable {
    private final Sandbox sandbox;
    private final EvaluatorOptions options;
    private final Baselines baselines;
    private final Phases phases;
    private final ProgramPipeline programs;
    /** {@code kind: kernel} tasks are judged by the kernel harness, not by outputs on stdin/stdout. */
    private final KernelEvaluator kernels;
    /** Each task folder as it was before its first evaluation, and those a candidate changed (by whom). */
    private final Map<Path, String> tamperedTasks = new ConcurrentHashMap<>();
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
        this.baselines = new Baselines(sandbox);
        this.phases = new Phases(phases);
        this.programs = new ProgramPipeline(sandbox, baselines, this.phases, options.countInstructions());
        this.kernels = kernels;
    }

    /** This evaluator, telling {@code listener} what each evaluation is doing as it goes. */
    public Evaluator listening(EvaluationListener listener) {
        this.listener = listener;
        return this;
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
        return Evaluation.of(task.id(), candidate.id(), Verdict.REJECTED, "changed the task's files: " + changed.get(),
                sandbox.isolation(), e.elapsed()).withBuild(e.build()).withCorrectness(e.correctness());
    }

    private Evaluation evaluateUnchecked(Task task, Candidate candidate, MeasurementPlan plan) throws TaskSetupException {
        long start = System.nanoTime();
        // the task folder holds the reference outputs and the expert: out of sight even where it lies under /opt or /usr
        sandbox.hide(task.dir());
        Optional<String> rejected = CandidateCheck.rejection(task, candidate);
        if (rejected.isPresent()) {
            return Evaluation.of(task.id(), candidate.id(), Verdict.REJECTED, rejected.get(), sandbox.isolation(),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        if (task.kind() == TaskKind.KERNEL) {
            // one GPU, timed in-process by the harness: nothing else may run on it meanwhile
            return phases.exclusive(() -> kernels.evaluate(task, candidate, plan));
        }
        return programs.evaluate(task, candidate, plan, listener);
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
        baselines.close();
    }

    /** For tests and reports: the tasks whose baselines are held. */
    List<String> preparedTasks() {
        return baselines.tasks();
    }
}
