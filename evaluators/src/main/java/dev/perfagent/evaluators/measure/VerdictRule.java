package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;

import static dev.perfagent.evaluators.measure.Speedup.times;

/**
 * What a speedup interval says about a candidate: IMPROVED only when the whole interval clears the threshold,
 * REGRESSED only when the whole interval lies at or below its inverse, NEUTRAL otherwise, so a program
 * measured against itself comes out NEUTRAL.
 */
public final class VerdictRule {
    /** 1.05×: smaller gains are within what a busy machine's noise and code layout can fake. */
    public static final double DEFAULT_THRESHOLD = 1.05;

    /** The verdict and the one line that explains it. */
    public record Decision(Verdict verdict, String reason) {
    }

    private VerdictRule() {
    }

    public static Decision decide(Speedup speedup) {
        return decide(speedup, DEFAULT_THRESHOLD);
    }

    public static Decision decide(Speedup speedup, double threshold) {
        if (!(threshold >= 1.0)) {
            throw new IllegalArgumentException("threshold " + threshold + " must be at least 1.0");
        }
        double floor = 1 / threshold;
        // the ratio test keeps a degenerate interval at exactly 1 (identical runs) from counting either way
        if (speedup.low() >= threshold && speedup.ratio() > 1) {
            return new Decision(Verdict.IMPROVED,
                    "lower bound " + times(speedup.low()) + " clears the " + times(threshold) + " threshold");
        }
        if (speedup.high() <= floor && speedup.ratio() < 1) {
            return new Decision(Verdict.REGRESSED,
                    "upper bound " + times(speedup.high()) + " is at or below " + times(floor) + " (1/" + times(threshold) + ")");
        }
        String interval = "interval [" + times(speedup.low()) + ", " + times(speedup.high()) + "]";
        if (speedup.liesWithin(floor, threshold)) {
            return new Decision(Verdict.NEUTRAL, interval + " includes no real change");
        }
        if (speedup.low() <= floor && speedup.high() >= threshold) {
            return new Decision(Verdict.NEUTRAL, interval + " is too wide to tell either way at " + times(threshold));
        }
        if (speedup.high() >= threshold) {
            return new Decision(Verdict.NEUTRAL, interval + " straddles the " + times(threshold) + " threshold");
        }
        return new Decision(Verdict.NEUTRAL, interval + " straddles " + times(floor) + " (1/" + times(threshold) + ")");
    }
}
