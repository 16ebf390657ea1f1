package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import static dev.perfagent.evaluators.measure.Speedup.times;

/** When enough is known, or enough has been spent: every reason to stop measuring, checked in one place. */
final class StoppingRule {
    /** The end of the stop reason when the time budget ran out (see {@link BudgetAdvice}). */
    static final String BUDGET_SPENT = "budget spent";

    /**
     * A decided verdict's interval this narrow relative to the speedup (about ±5 %) ends the measurement at once;
     * a wider one goes on, while that costs little, for an estimate worth reporting (see {@link #afterInterval}).
     */
    static final double DECIDED_WIDTH = 0.10;
    /** The share of the budget a decided verdict may spend on a closer estimate: a sixth. */
    static final int PRECISION_SHARE = 6;

    private final MeasurementPlan plan;

    StoppingRule(MeasurementPlan plan) {
        this.plan = plan;
    }

    /**
     * Before another mirrored pair of blocks: whether the sample cap or the time budget forbids it. The first pair
     * always runs (an interval needs two runs a side).
     */
    Optional<String> beforePair(int samplesPerSide, Duration elapsed, Duration expectedFirstBlock) {
        if (samplesPerSide > 0 && samplesPerSide + 2 > plan.maxSamples()) {
            return Optional.of("reached " + samplesPerSide + " runs per side (cap " + plan.maxSamples() + ")");
        }
        if (samplesPerSide > 0 && elapsed.plus(expectedFirstBlock).compareTo(plan.budget()) > 0) {
            return Optional.of(String.format(Locale.ROOT, "%.3g s ", plan.budget().toNanos() / 1e9) + BUDGET_SPENT);
        }
        return Optional.empty();
    }

    /**
     * After a block: whether the interval already settles the verdict or is as narrow as wanted. A settled IMPROVED or
     * REGRESSED whose interval is still wide (a short program's 9x read as [6.3x, 11.5x] after 8 blocks) goes on while
     * the measurement has spent less than a sixth of its budget: the verdict is known, but the ratio it reports would
     * be off by 10-20 %, and for a short program more blocks cost little. This only ever measures longer after a
     * decision, and the verdict is taken again on the final interval, so it cannot add a false IMPROVED: every run
     * that ends IMPROVED this way had cleared the threshold at some look before.
     */
    Optional<String> afterInterval(Speedup speedup, Duration elapsed) {
        double threshold = plan.threshold();
        Verdict verdict = VerdictRule.decide(speedup, threshold).verdict();
        boolean precise = speedup.relativeWidth() <= DECIDED_WIDTH
                || elapsed.multipliedBy(PRECISION_SHARE).compareTo(plan.budget()) >= 0;
        if (verdict == Verdict.IMPROVED && precise) {
            return Optional.of("lower bound cleared " + times(threshold));
        }
        if (verdict == Verdict.REGRESSED && precise) {
            return Optional.of("upper bound fell to " + times(1 / threshold));
        }
        if (verdict == Verdict.IMPROVED || verdict == Verdict.REGRESSED) {
            return Optional.empty();
        }
        if (speedup.liesWithin(1 / threshold, threshold)) {
            return Optional.of("interval inside (" + times(1 / threshold) + ", " + times(threshold) + ")");
        }
        if (speedup.relativeWidth() < plan.targetRelativeWidth()) {
            return Optional.of(String.format(Locale.ROOT, "interval narrower than %.3g%%", plan.targetRelativeWidth() * 100));
        }
        return Optional.empty();
    }
}
