package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;

import java.util.Optional;

/**
 * What {@code --budget} would have let a NEUTRAL that ran out of time decide: the measured time per block (both
 * sides and the sandbox's empty run) times the blocks the verdict rule needs, warm-ups included, rounded up.
 */
final class BudgetAdvice {
    private BudgetAdvice() {
    }

    /**
     * "raise --budget to about X" when the time budget stopped a NEUTRAL whose interval still straddles a bound
     * (more runs could move it to a verdict); empty for a NEUTRAL the interval settled, or that stopped for another reason.
     */
    static Optional<String> forUndecided(Measurement m) {
        if (!m.stopReason().contains(StoppingRule.BUDGET_SPENT)) return Optional.empty();
        MeasurementPlan plan = m.plan();
        Speedup s = m.speedup();
        if (VerdictRule.decide(s, plan.threshold()).verdict() != Verdict.NEUTRAL) return Optional.empty();
        if (s.liesWithin(1 / plan.threshold(), plan.threshold())) return Optional.empty();
        int runs = Math.min(m.baseline().size(), m.candidate().size());
        int needed = runsNeeded(s, plan.threshold(), runs);
        String advice = raise(m, Math.min(needed, plan.maxSamples()));
        if (needed > plan.maxSamples()) {
            advice += " (the " + plan.maxSamples() + "-run cap of --max-runs; even then the interval may not decide)";
        }
        return Optional.of(advice);
    }

    /**
     * Runs per side at which the interval, narrowing as 1/√n about the same estimate, would stop straddling the bound
     * it straddles now (the threshold, or its inverse): n·(half-width / distance to the bound)², on the log scale.
     */
    static int runsNeeded(Speedup s, double threshold, int runs) {
        double half = (Math.log(s.high()) - Math.log(s.low())) / 2;
        double bound = s.high() >= threshold && s.low() < threshold ? threshold : 1 / threshold;
        double distance = Math.abs(Math.log(s.ratio()) - Math.log(bound));
        if (distance < 1e-9) return Integer.MAX_VALUE;
        double n = runs * (half / distance) * (half / distance);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(runs + 2, Math.ceil(n)));
    }

    /** "raise --budget to about 45s": the time {@code runs} runs per side take at the measured pace. */
    static String raise(Measurement m, int runs) {
        int blocksSoFar = m.plan().warmups() + Math.min(m.baseline().size(), m.candidate().size());
        double perBlock = m.elapsed().toNanos() / 1e9 / Math.max(1, blocksSoFar);
        return "raise --budget to about " + roundUp(perBlock * (m.plan().warmups() + runs));
    }

    /** Up to a whole 5 s below a minute, 30 s below ten minutes, a minute above; written as --budget reads it. */
    static String roundUp(double seconds) {
        long step = seconds <= 60 ? 5 : seconds <= 600 ? 30 : 60;
        long s = Math.max(step, (long) Math.ceil(seconds / step - 1e-9) * step); // 30.000000001 s is 30 s
        if (s < 60) return s + "s";
        return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
    }

}
