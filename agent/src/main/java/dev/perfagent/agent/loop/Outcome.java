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
 * @param clock    the time that decided, "CPU time" or "wall time"; empty when nothing was timed (or in a
 *                 trajectory written before it was recorded)
 * @param wallRatio median(original) / median(candidate) of the wall times, whichever clock decided
 */
public record Outcome(Verdict verdict, String reason, Optional<Double> speedup, Optional<Double> low,
                      Optional<Double> high, String feedback, Optional<String> clock, Optional<Double> wallRatio) {

    public Outcome {
        // trajectories written before the clock was recorded have neither field
        clock = clock == null ? Optional.empty() : clock;
        wallRatio = wallRatio == null ? Optional.empty() : wallRatio;
    }

    /** A verdict and its reason with nothing timed; {@link #withSpeedup} and {@link #withClock} add a measurement. */
    public static Outcome of(Verdict verdict, String reason, String feedback) {
        return new Outcome(verdict, reason, Optional.empty(), Optional.empty(), Optional.empty(), feedback, Optional.empty(), Optional.empty());
    }

    /** The speedup and its interval; an empty {@code high}: unbounded. */
    public Outcome withSpeedup(Optional<Double> ratio, Optional<Double> low, Optional<Double> high) {
        return new Outcome(verdict, reason, ratio, low, high, feedback, clock, wallRatio);
    }

    /** Which time decided ({@code "CPU time"}, {@code "wall time"}) and the wall-time ratio beside it. */
    public Outcome withClock(String clock, double wallRatio) {
        return new Outcome(verdict, reason, speedup, low, high, feedback, Optional.of(clock),
                Double.isFinite(wallRatio) ? Optional.of(wallRatio) : Optional.empty());
    }

    public Outcome withFeedback(String feedback) {
        return new Outcome(verdict, reason, speedup, low, high, feedback, clock, wallRatio);
    }

    /** "CPU time; wall 1.79×", "wall time", or "" when nothing was timed. */
    public String clockNote() {
        if (clock.isEmpty()) return "";
        boolean wall = clock.get().startsWith("wall");
        return clock.get() + (wall || wallRatio.isEmpty() ? "" : "; wall " + Speedup.times(wallRatio.get()));
    }

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
