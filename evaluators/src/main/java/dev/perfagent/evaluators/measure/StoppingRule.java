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

    /** After a block: whether the interval already settles the verdict or is as narrow as wanted. */
    Optional<String> afterInterval(Speedup speedup) {
        double threshold = plan.threshold();
        Verdict verdict = VerdictRule.decide(speedup, threshold).verdict();
        if (verdict == Verdict.IMPROVED) {
            return Optional.of("lower bound cleared " + times(threshold));
        }
        if (verdict == Verdict.REGRESSED) {
            return Optional.of("upper bound fell to " + times(1 / threshold));
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
