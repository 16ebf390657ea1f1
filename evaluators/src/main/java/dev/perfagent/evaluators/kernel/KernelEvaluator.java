package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.Language;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.GpuDevices;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.kernel.KernelPython;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.perfagent.evaluators.measure.Speedup.times;

/**
 * Judges candidates of {@code kind: kernel} tasks. What needs no GPU happens first and everywhere: the static
 * guardrails (REJECTED) and the nvcc compile check (BUILD_FAILED). Then, without a GPU, the evaluation stops with a
 * {@link TaskSetupException} saying a GPU is needed; with one, the harness judges: correctness trials, then
 * interleaved CUDA-event timings, and a speedup beyond the plausibility bound is re-verified in a fresh process with
 * new inputs and flagged.
 */
public final class KernelEvaluator {
    private final Sandbox sandbox;
    private final KernelPython python;
    private final Supplier<Optional<String>> gpuAbsence;

    public KernelEvaluator(Sandbox sandbox) {
        this(sandbox, KernelPython.locate(System.getenv()), GpuDevices::absence);
    }

    /** With another answer to "is there a GPU?", for tests. */
    public KernelEvaluator(Sandbox sandbox, KernelPython python, Supplier<Optional<String>> gpuAbsence) {
        this.sandbox = sandbox;
        this.python = python;
        this.gpuAbsence = gpuAbsence;
    }

    /** After {@code CandidateCheck} passed: everything else. */
    public Evaluation evaluate(Task task, Candidate candidate, MeasurementPlan plan) throws TaskSetupException {
        if (task.language() == Language.CUDA) return new CudaProgramKernel(sandbox, gpuAbsence).evaluate(task, candidate, plan);
        long start = System.nanoTime();
        String file = task.kernel().candidate();
        try (Workspace ws = KernelWorkspace.create(task, candidate)) {
            if (!candidate.files().isEmpty()) {
                List<GuardFinding> findings = KernelGuard.check(sandbox, ws, HarnessRunner.REFERENCE, file, task.kernel());
                if (!findings.isEmpty()) {
                    String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "";
                    return done(task, candidate, Verdict.REJECTED, "static guardrail: " + findings.get(0).describe() + more, start);
                }
            }
            CudaCompileCheck compiled = CudaCompileCheck.run(sandbox, ws, file);
            if (compiled.failure().isPresent()) return done(task, candidate, Verdict.BUILD_FAILED, compiled.failure().get(), start);
            Optional<String> noGpu = gpuAbsence.get();
            if (noGpu.isPresent()) throw needsGpu(task, noGpu.get(), compiled.describe());
            HarnessRunner harness = new HarnessRunner(sandbox, python, task, ws);
            HarnessOutput.Parsed built = harness.run("build", plan.seed());
            if (!"ok".equals(built.result().map(HarnessResult::status).orElse(""))) {
                KernelJudgement b = judge(built, plan);
                return done(task, candidate, b.verdict(), b.reason(), start);
            }
            KernelJudgement j = judge(harness.run("all", plan.seed()), plan);
            if (KernelJudgement.implausible(j, task.kernel().plausible())) j = reverify(harness, j, plan, task.kernel().plausible());
            return Evaluation.of(task.id(), candidate.id(), j.verdict(), j.reason(), sandbox.isolation(), since(start))
                    .withMeasurement(j.measurement());
        }
    }

    /**
     * KernelBench flags speedups above 10× as suspicious: such a candidate is judged again in a fresh process with a new
     * seed (new inputs, new timings); it keeps its verdict only if the second run agrees, and the reason says so.
     */
    private KernelJudgement reverify(HarnessRunner harness, KernelJudgement first, MeasurementPlan plan, double bound) throws TaskSetupException {
        KernelJudgement again = judge(harness.run("all", plan.seed() + 7919), plan.withSeed(plan.seed() + 7919));
        String was = times(first.measurement().orElseThrow().speedup().ratio());
        if (again.verdict() != Verdict.IMPROVED) {
            return again.withReason(" [re-verified because " + was + " is beyond the " + times(bound) + " plausibility bound; the fresh run did not confirm it]");
        }
        return first.withReason(" [FLAGGED: " + was + " is beyond the " + times(bound) + " plausibility bound; re-verified in a fresh process with new inputs: "
                + times(again.measurement().orElseThrow().speedup().ratio()) + "]");
    }

    static KernelJudgement judge(HarnessOutput.Parsed parsed, MeasurementPlan plan) throws TaskSetupException {
        if (parsed.result().isEmpty()) return new KernelJudgement(Optional.empty(), Verdict.CRASHED, parsed.problem(), Optional.empty());
        KernelJudgement j = KernelJudgement.of(parsed.result().get(), plan);
        if (j.setupProblem().isPresent()) throw new TaskSetupException(j.setupProblem().get());
        return j;
    }

    static TaskSetupException needsGpu(Task task, String why, String compiled) {
        return new TaskSetupException(task.id() + " is a kernel task and needs an NVIDIA GPU to run: " + why + " ("
                + compiled + "); run it on a GPU machine, see docs/kernels.md");
    }

    static Evaluation done(Task task, Candidate candidate, Verdict v, String reason, long start) {
        return Evaluation.of(task.id(), candidate.id(), v, reason, "", since(start));
    }

    static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
