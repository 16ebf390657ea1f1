package dev.perfagent.evaluators.kernel;

import dev.perfagent.datasets.KernelSpec;
import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.InterleavedMeasurer;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.evaluators.measure.VerdictRule;
import dev.perfagent.evaluators.toolchain.RunLimits;
import dev.perfagent.evaluators.toolchain.Toolchain;
import dev.perfagent.evaluators.toolchain.Toolchains;
import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Sandbox;
import dev.perfagent.sandbox.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A plain CUDA C++ kernel task ({@code language: cuda}): the task's own harness (not editable) and the editable kernel
 * build into one program with nvcc — on any machine, so BUILD_FAILED needs no GPU. On a GPU the candidate's program
 * checks itself against the harness's CPU reference over the trials, then baseline and candidate programs run
 * interleaved (AB/BA blocks), one sample being the median of a run's CUDA-event kernel times.
 */
final class CudaProgramKernel {
    private final Sandbox sandbox;
    private final Supplier<Optional<String>> gpuAbsence;

    CudaProgramKernel(Sandbox sandbox, Supplier<Optional<String>> gpuAbsence) {
        this.sandbox = sandbox;
        this.gpuAbsence = gpuAbsence;
    }

    Evaluation evaluate(Task task, Candidate candidate, MeasurementPlan plan) throws TaskSetupException {
        long start = System.nanoTime();
        Toolchain nvcc = Toolchains.forTask(task);
        Optional<String> missing = Toolchains.missing(task);
        if (missing.isPresent()) throw new TaskSetupException(missing.get());
        try (Workspace original = KernelWorkspace.create(task, Candidate.original());
             Workspace ws = KernelWorkspace.create(task, candidate)) {
            ExecResult built = build(nvcc, task, ws);
            if (!built.ok()) {
                String log = built.stderr().isBlank() ? built.stdout() : built.stderr();
                return KernelEvaluator.done(task, candidate, Verdict.BUILD_FAILED, "does not build: " + Excerpt.firstError(Excerpt.head(log, 12, 1500)), start);
            }
            if (!build(nvcc, task, original).ok()) {
                throw new TaskSetupException(task.dir().resolve("task.yaml") + ": the original sources do not build here with nvcc");
            }
            Optional<String> noGpu = gpuAbsence.get();
            if (noGpu.isPresent()) throw KernelEvaluator.needsGpu(task, noGpu.get(), "the candidate compiled with nvcc");
            KernelSpec k = task.kernel();
            HarnessOutput.Parsed checked = run(task, ws, nvcc, k.trials(), 2, plan.seed());
            if (checked.result().isEmpty()) return KernelEvaluator.done(task, candidate, Verdict.CRASHED, checked.problem(), start);
            if (!checked.result().get().status().equals("ok")) {
                KernelJudgement j = KernelEvaluator.judge(checked, plan);
                return KernelEvaluator.done(task, candidate, j.verdict(), j.reason(), start);
            }
            Measurement m;
            try {
                m = new InterleavedMeasurer(plan).measure(trial(task, original, nvcc, plan), trial(task, ws, nvcc, plan));
            } catch (TrialFailedException e) {
                return KernelEvaluator.done(task, candidate, e.detail() instanceof Verdict v ? v : Verdict.CRASHED, "while being timed: " + e.getMessage(), start);
            }
            VerdictRule.Decision d = m.decision();
            return Evaluation.of(task.id(), candidate.id(), d.verdict(), d.reason() + " (CUDA events, median kernel time per run)",
                    sandbox.isolation(), KernelEvaluator.since(start)).withBuild(Optional.of(built)).withMeasurement(Optional.of(m));
        }
    }

    private ExecResult build(Toolchain nvcc, Task task, Workspace ws) {
        ExecSpec spec = nvcc.build(task, Limits.forBuild()).orElseThrow();
        return sandbox.exec(ws, spec.writable());
    }

    private Trial trial(Task task, Workspace ws, Toolchain nvcc, MeasurementPlan plan) {
        KernelSpec k = task.kernel();
        return () -> {
            HarnessOutput.Parsed p = run(task, ws, nvcc, 1, k.timed(), plan.seed());
            if (p.result().isEmpty()) throw new TrialFailedException(p.problem(), Verdict.CRASHED);
            HarnessResult r = p.result().get();
            if (!r.status().equals("ok")) throw new TrialFailedException(r.status() + ": " + (r.message().isBlank() ? KernelJudgement.incorrect(r) : r.message()),
                    r.status().equals("incorrect") ? Verdict.INCORRECT : Verdict.CRASHED);
            List<Double> ms = r.timing().map(HarnessResult.Timing::candidateMs).orElse(List.of());
            if (ms.isEmpty()) throw new TrialFailedException("the harness reported no kernel times", Verdict.CRASHED);
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            return new Sample(median / 1000, 0, 0);
        };
    }

    private HarnessOutput.Parsed run(Task task, Workspace ws, Toolchain nvcc, int trials, int timed, long seed) {
        KernelSpec k = task.kernel();
        List<String> cmd = new ArrayList<>(nvcc.run(task, RunLimits.forTask(task.limits())).command());
        cmd.addAll(List.of("--trials", Integer.toString(trials), "--timed", Integer.toString(timed), "--warmups",
                Integer.toString(k.warmups()), "--seed", Long.toString(seed)));
        k.tolerance().ifPresent(t -> cmd.addAll(List.of("--tolerance", Double.toString(t))));
        String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        try {
            Path stdin = Files.createTempFile("perfagent-nonce", ".txt");
            try {
                Files.writeString(stdin, nonce + "\n");
                ExecResult r = sandbox.exec(ws, ExecSpec.of(cmd, RunLimits.forTask(task.limits())).withGpu().withStdin(stdin));
                return HarnessOutput.parse(r.stdout(), nonce);
            } finally {
                Files.deleteIfExists(stdin);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
