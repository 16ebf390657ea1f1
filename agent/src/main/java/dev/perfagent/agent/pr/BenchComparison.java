package dev.perfagent.agent.pr;

import dev.perfagent.agent.status.StatusLine;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.InterleavedMeasurer;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.sandbox.ExecResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Times every benchmark on base against head with the evaluator's own measurer: warm-ups, ABBA blocks, the
 * bootstrap interval of the ratio of medians, and its stopping rule (measure until the interval decides the verdict
 * or is tight, or the time budget is spent) — so on a noisy shared runner a benchmark either gets a verdict the
 * interval stands behind or is reported inconclusive.
 */
final class BenchComparison {
    private final CheckoutRunner runner;
    private final MeasurementPlan plan;
    private final PrintWriter progress;

    BenchComparison(CheckoutRunner runner, MeasurementPlan plan, PrintWriter progress) {
        this.runner = runner;
        this.plan = plan;
        this.progress = progress;
    }

    List<BenchResult> compare(List<Benchmark> benchmarks, Worktrees checkouts) {
        List<BenchResult> out = new ArrayList<>();
        StatusLine status = StatusLine.of(progress);
        for (int i = 0; i < benchmarks.size(); i++) {
            Benchmark b = benchmarks.get(i);
            progress.printf("measuring %s (base vs head)%n", b.name());
            progress.flush();
            status.steps(i, benchmarks.size());
            status.show(b.name() + ": measuring base vs head");
            BenchResult r = compare(b, checkouts, plan.withSeed(plan.seed() + i));
            progress.printf("  %s %s%n", r.label(), r.speedup().map(Object::toString).orElse(r.reason()));
            progress.flush();
            out.add(r);
        }
        return out;
    }

    private BenchResult compare(Benchmark b, Worktrees checkouts, MeasurementPlan p) {
        Side base = new Side(b.trial(checkouts.base(), runner));
        Side head = new Side(b.trial(checkouts.head(), runner));
        try {
            StatusLine status = StatusLine.of(progress);
            Measurement m = new InterleavedMeasurer(p).listening((runs, max, estimate) -> status.show(b.name()
                    + ": base vs head, run " + runs + " of at most " + max + estimate.map(s -> ", " + s + " so far").orElse(""))).measure(base, head);
            return BenchResult.measured(b, m);
        } catch (TrialFailedException e) {
            if (base.failed) {
                return BenchResult.undecided(b.name(), "fails on the base, so there is nothing to compare with: " + e.getMessage());
            }
            Verdict v = e.detail() instanceof ExecResult r && r.timedOut() ? Verdict.TIMEOUT : Verdict.CRASHED;
            return BenchResult.failed(b.name(), v, "fails on the head: " + e.getMessage());
        }
    }

    /** A trial that remembers whether it was the one that failed. */
    private static final class Side implements Trial {
        private final Trial trial;
        boolean failed;

        Side(Trial trial) {
            this.trial = trial;
        }

        @Override
        public Sample run() throws TrialFailedException {
            try {
                return trial.run();
            } catch (TrialFailedException e) {
                failed = true;
                throw e;
            }
        }
    }
}
