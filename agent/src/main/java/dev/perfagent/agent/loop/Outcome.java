package dev.perfagent.agent.loop;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Speedup;

import java.util.Optional;

/**
 * What the evaluator said of one candidate, reduced to what the loop, the prompts and the reports need (the full
 * evaluation, samples included, is kept in the trajectory beside it).
 *
 * @param high     the interval's upper bound; empty when unbounded (too few runs to say)
 * @param feedback a short text for the model: the trimmed compiler error, the first failing input with its
 *                 expected/actual excerpt, or the measurement
 */
public record Outcome(Verdict verdict, String reason, Optional<Double> speedup, Optional<Double> low,
                      Optional<Double> high, String feedback) {

    public boolean improved() {
        return verdict == Verdict.IMPROVED;
    }

    /** "IMPROVED 1.34× [1.21×, 1.48×]" or "INCORRECT". */
    public String describe() {
        if (speedup.isEmpty()) return verdict.name();
        return verdict + " " + Speedup.times(speedup.get()) + " [" + Speedup.times(low.orElse(0.0)) + ", "
                + Speedup.times(high.orElse(Double.POSITIVE_INFINITY)) + "]";
    }

    /** For ranking: the lower bound of the interval, the conservative speedup; 0 when unmeasured. */
    public double conservativeSpeedup() {
        return low.orElse(0.0);
    }
}
