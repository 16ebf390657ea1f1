package dev.perfagent.agent.calibration;

import dev.perfagent.datasets.Task;
import dev.perfagent.evaluators.Candidate;
import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Evaluator;
import dev.perfagent.evaluators.EvaluatorOptions;
import dev.perfagent.evaluators.TaskSetupException;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.sandbox.Sandbox;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the three checks of the verdict rule on real programs: A/A false-positive rates, power on a pair
 * with a known small speedup, and time to a verdict beside hyperfine. Prints as it goes.
 */
public final class Calibration {
    private final Sandbox sandbox;
    private final MeasurementPlan plan;
    private final PrintWriter out;

    public Calibration(Sandbox sandbox, MeasurementPlan plan, PrintWriter out) {
        this.sandbox = sandbox;
        this.plan = plan;
        this.out = out;
    }

    /** The A/A series: the task's original against itself, {@code n} times with fresh seeds. */
    public Tally aa(Task task, int n) throws TaskSetupException {
        Tally t = new Tally();
        AaSpread spread = new AaSpread();
        for (int i = 0; i < n; i++) {
            Evaluation e = asEval(task, Candidate.original(), "aa:" + i);
            t.add(e);
            e.measurement().ifPresent(spread::add);
            progress("A/A", i + 1, n, e, t);
        }
        out.printf(Locale.ROOT, "A/A    %s against itself, %d comparisons: %s%n", task.id(), t.total(), t.counts());
        out.printf(Locale.ROOT, "       false IMPROVED %s, false REGRESSED %s (goal: each <= 1%%)%n",
                Tally.pct(t.rate(Verdict.IMPROVED)), Tally.pct(t.rate(Verdict.REGRESSED)));
        out.printf(Locale.ROOT, "       median %.0f runs per side, %.2f s timing, %.2f s per evaluation%n",
                t.medianRunsPerSide(), t.medianMeasuringSeconds(), t.medianTotalSeconds());
        spread.print(out);
        out.flush();
        return t;
    }

    /** The power series: the task's expert (a known small speedup) against its original. */
    public Tally power(Task task, int n) throws TaskSetupException {
        Candidate expert = Candidate.fromDirectory(task.expert().orElseThrow());
        Optional<Double> truth = instructionRatio(task, expert);
        Tally t = new Tally();
        for (int i = 0; i < n; i++) {
            Evaluation e = asEval(task, expert, "power:" + i);
            t.add(e);
            progress("power", i + 1, n, e, t);
        }
        out.printf(Locale.ROOT, "power  %s expert vs original%s, %d trials at threshold %.2fx: %s%n", task.id(),
                truth.map(r -> String.format(Locale.ROOT, " (true speedup %.3fx by instruction count)", r)).orElse(""),
                t.total(), plan.threshold(), t.counts());
        out.printf(Locale.ROOT, "       detected (IMPROVED) %s (goal: >= 95%%); median measured speedup %.3fx, %.0f runs per side, %.2f s timing%n",
                Tally.pct(t.rate(Verdict.IMPROVED)), t.medianRatio(), t.medianRunsPerSide(), t.medianMeasuringSeconds());
        return t;
    }

    /** perfagent and hyperfine (defaults) on the same pair, alternately, {@code n} times each. */
    public void beside(Task task, int n) throws TaskSetupException, IOException, InterruptedException {
        if (!HyperfineRun.available()) {
            out.println("hyperfine not installed (apt-get install hyperfine): side-by-side skipped");
            return;
        }
        if (!task.language().isNative()) {
            out.println("hyperfine side-by-side needs a C/C++ pair; skipped for " + task.id());
            return;
        }
        Candidate expert = Candidate.fromDirectory(task.expert().orElseThrow());
        Path tmp = Files.createTempDirectory("perfagent-calibration-");
        Path a = HyperfineRun.compile(task, null, tmp.resolve("a"));
        Path b = HyperfineRun.compile(task, task.expert().get(), tmp.resolve("b"));
        List<Double> ours = new ArrayList<>();
        List<Double> oursTotal = new ArrayList<>();
        List<Double> theirs = new ArrayList<>();
        int right = 0;
        int hyperfineRight = 0;
        {
            for (int i = 0; i < n; i++) {
                Evaluation e = asEval(task, expert, "beside:" + i);
                ours.add(e.measurement().map(m -> m.elapsed().toMillis() / 1000.0).orElse(Double.NaN));
                oursTotal.add(e.elapsed().toMillis() / 1000.0);
                if (e.verdict() == Verdict.IMPROVED) right++;
                HyperfineRun h = HyperfineRun.compare(a, b, task.workload().inputs());
                theirs.add(h.seconds());
                // hyperfine has no verdict; count it right when its ratio minus its ± clears the threshold
                if (h.meanRatio() - h.stddevRatio() >= plan.threshold()) hyperfineRight++;
                out.printf(Locale.ROOT, "  pair %d/%d: perfagent %s in %.2f s timing (%.2f s in all); hyperfine %.2f s, %.3f ± %.3f, %d runs each%n",
                        i + 1, n, e.verdict(), ours.get(i), oursTotal.get(i), h.seconds(), h.meanRatio(), h.stddevRatio(), h.runsPerSide());
                out.flush();
            }
        }
        double o = Tally.median(ours);
        double h = Tally.median(theirs);
        out.printf(Locale.ROOT, "time   to a verdict on %s: perfagent median %.2f s of timing (%.2f s with build and correctness), right %d/%d;%n",
                task.id(), o, Tally.median(oursTotal), right, n);
        out.printf(Locale.ROOT, "       hyperfine at defaults median %.2f s (ratio − σ clears %.2fx in %d/%d); perfagent/hyperfine = %.2f (goal <= 0.5)%n",
                h, plan.threshold(), hyperfineRight, n, o / h);
    }

    /**
     * One comparison exactly as {@code perfagent eval} makes it: a new evaluator (the original built afresh), the
     * command's measuring options (the same defaults as eval and optimize), and a seed of its own drawn from the run's
     * seed as optimize draws one per candidate ({@link MeasurementPlan#forComparison}).
     */
    private Evaluation asEval(Task task, Candidate candidate, String name) throws TaskSetupException {
        try (Evaluator evaluator = new Evaluator(sandbox, new EvaluatorOptions(plan, false))) {
            return evaluator.evaluate(task, candidate, plan.forComparison(name));
        }
    }

    private Optional<Double> instructionRatio(Task task, Candidate expert) throws TaskSetupException {
        if (!task.language().isNative()) return Optional.empty();
        MeasurementPlan quick = plan.withMaxSamples(5).withMinSamples(3);
        try (Evaluator counting = new Evaluator(sandbox, new EvaluatorOptions(quick, true))) {
            return counting.evaluate(task, expert).instructions().filter(i -> i.reported()).map(i -> i.ratio());
        }
    }

    private void progress(String what, int i, int n, Evaluation e, Tally t) {
        boolean unexpected = what.equals("A/A") ? e.verdict() != Verdict.NEUTRAL
                : e.verdict() != Verdict.NEUTRAL && e.verdict() != Verdict.IMPROVED;
        if (unexpected && e.measurement().isEmpty()) {
            // a run that failed (CRASHED, TIMEOUT…) has no measurement: say why
            out.printf(Locale.ROOT, "  %s %d/%d: %s: %s%n", what, i, n, e.verdict(), e.reason());
            out.flush();
            return;
        }
        if (i % 10 == 0 || i == n || unexpected) {
            out.printf(Locale.ROOT, "  %s %d/%d: last %s (%s); so far %s%n", what, i, n, e.verdict(),
                    e.measurement().map(m -> m.describe()).orElse(e.reason()), t.counts());
            out.flush();
        }
    }
}
