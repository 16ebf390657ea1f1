package dev.perfagent.evaluators.measure;

import java.time.Duration;
import java.util.Locale;

import static dev.perfagent.evaluators.measure.Speedup.times;

/**
 * Everything one baseline-against-candidate timing produced: every run of each side, the order they ran in,
 * and what was concluded from them, so a report can re-derive any number it shows.
 *
 * @param baseline   the baseline's warm-ups and timed runs
 * @param candidate  the candidate's warm-ups and timed runs
 * @param order      which side ran at each timed position, e.g. "ABBABAAB" (warm-ups, not shown, ran baseline first)
 * @param clock      the time the speedup and p-value are computed from: CPU time of the process tree where the
 *                   sandbox counts it finely and neither side runs in parallel, else wall time (see {@link Clock})
 * @param speedup    median(baseline) / median(candidate) of that time, with its confidence interval
 * @param pValue     two-sided Mann–Whitney p-value of the two sets of those times
 * @param elapsed    wall time the whole measurement took, warm-ups included
 * @param stopReason why measuring stopped, e.g. "interval inside (0.95×, 1.05×)"
 * @param plan       the plan it followed
 * @param sandboxCost empty runs of the sandbox, one per block, whose median was taken off both sides (none: nothing was)
 */
public record Measurement(Runs baseline, Runs candidate, String order, Clock clock, Speedup speedup, double pValue,
                          Duration elapsed, String stopReason, MeasurementPlan plan, Runs sandboxCost) {

    /** This measurement with the empty runs of the sandbox whose cost was subtracted ({@code sandboxCost}). */
    public Measurement withSandboxCost(Runs sandboxCost) {
        return new Measurement(baseline, candidate, order, clock, speedup, pValue, elapsed, stopReason, plan, sandboxCost);
    }

    /** Whether the sandbox's own cost was measured and taken off both sides. */
    public boolean sandboxCostSubtracted() {
        return sandboxCost.size() > 0;
    }

    /** The verdict the plan's threshold gives this speedup. */
    public VerdictRule.Decision decision() {
        int runs = Math.min(baseline.size(), candidate.size());
        if (runs < plan.minSamples()) {
            // the budget ran out before the minimum: an interval from so few runs is not trusted either way
            return new VerdictRule.Decision(dev.perfagent.evaluators.Verdict.NEUTRAL, "only " + runs + " run(s) per side fit the time budget, fewer than the "
                    + plan.minSamples() + " needed to decide: " + BudgetAdvice.raise(this, plan.minSamples()));
        }
        VerdictRule.Decision d = VerdictRule.decide(speedup, plan.threshold());
        return BudgetAdvice.forUndecided(this)
                .map(advice -> new VerdictRule.Decision(d.verdict(), d.reason() + "; only " + runs + " runs per side fit the budget: " + advice))
                .orElse(d);
    }

    /** median(baseline) / median(candidate) of the wall times, whichever clock decided. */
    public double wallRatio() {
        return baseline.medianSeconds() / candidate.medianSeconds();
    }

    /** "1.83× faster [1.71×, 1.95×] (95% CI of CPU time, 12+12 runs, p=0.0001; wall time 1.79×)". */
    public String describe() {
        String effect = speedup.ratio() >= 1
                ? times(speedup.ratio()) + " faster [" + times(speedup.low()) + ", " + times(speedup.high()) + "]"
                : times(1 / speedup.ratio()) + " slower [" + times(1 / speedup.high()) + ", " + times(1 / speedup.low()) + "]";
        String wall = clock == Clock.WALL ? "" : "; wall time " + times(wallRatio());
        if (sandboxCostSubtracted()) {
            double cost = clock == Clock.CPU ? sandboxCost.medianCpuSeconds() : sandboxCost.medianSeconds();
            wall += String.format(Locale.ROOT, "; sandbox's own %.1f ms per sample taken off both sides", cost * 1000);
        }
        return String.format(Locale.ROOT, "%s (%.0f%% CI of %s, %d+%d runs, %s%s)", effect, plan.confidence() * 100,
                clock.label(), baseline.size(), candidate.size(), pText(pValue), wall);
    }

    private static String pText(double p) {
        if (Double.isNaN(p)) {
            return "p=n/a";
        }
        if (p < 0.0001) {
            return "p<0.0001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "p=%.4f" : "p=%.2f", p);
    }
}
