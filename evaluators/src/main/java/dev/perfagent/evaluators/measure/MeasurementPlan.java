package dev.perfagent.evaluators.measure;

import java.time.Duration;

/**
 * How hard to measure one baseline/candidate pair, and what counts as faster.
 *
 * @param threshold           speedup the interval's lower bound must reach for IMPROVED; its inverse is the
 *                            upper bound at or below which a candidate is REGRESSED
 * @param warmups             untimed-for-the-verdict runs of each side before the timed ones
 * @param minSamples          timed runs per side before any early stop
 * @param maxSamples          timed runs per side at most
 * @param targetRelativeWidth stop once the interval is this narrow relative to the speedup (0.02: about ±1 %)
 * @param budget              wall time for the whole measurement, warm-ups included
 * @param confidence          coverage of the interval
 * @param resamples           bootstrap resamples per interval
 * @param seed                the run order and every bootstrap derive from it, so a measurement can be re-derived
 */
public record MeasurementPlan(double threshold, int warmups, int minSamples, int maxSamples,
                              double targetRelativeWidth, Duration budget, double confidence, int resamples,
                              long seed) {

    public MeasurementPlan {
        require(threshold >= 1.0, "threshold " + threshold + " must be at least 1.0 (1.05 means 5 % faster)");
        require(warmups >= 0, "warmups " + warmups + " must not be negative");
        require(minSamples >= 2, "minSamples " + minSamples + " must be at least 2");
        require(maxSamples >= 2, "maxSamples " + maxSamples + " must be at least 2");
        require(targetRelativeWidth >= 0, "targetRelativeWidth " + targetRelativeWidth + " must not be negative");
        require(budget != null && !budget.isNegative(), "budget must be a non-negative duration");
        require(confidence > 0 && confidence < 1, "confidence " + confidence + " must lie between 0 and 1");
        require(resamples >= 100, "resamples " + resamples + " must be at least 100");
    }

    /** 1.05× threshold, 1 warm-up, 8 to 60 runs per side, ±1 % target, 30 s, 95 %, 2000 resamples, seed 1. */
    public static MeasurementPlan defaults() {
        return new MeasurementPlan(1.05, 1, 8, 60, 0.02, Duration.ofSeconds(30), 0.95, 2000, 1L);
    }

    public MeasurementPlan withThreshold(double threshold) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withWarmups(int warmups) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withMinSamples(int minSamples) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withMaxSamples(int maxSamples) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withTargetRelativeWidth(double targetRelativeWidth) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withBudget(Duration budget) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withConfidence(double confidence) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withResamples(int resamples) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    public MeasurementPlan withSeed(long seed) {
        return new MeasurementPlan(threshold, warmups, minSamples, maxSamples, targetRelativeWidth, budget, confidence, resamples, seed);
    }

    /**
     * This plan with a seed of its own for one comparison of a run, drawn from the run's seed and the comparison's
     * name ("c3", "confirm:c3"): each comparison gets a different run order and bootstrap, so no side is favoured
     * the same way in every comparison, and a rerun (or a resumed run) with the same seed derives the same seeds.
     */
    public MeasurementPlan forComparison(String name) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return withSeed(new java.util.SplittableRandom(h).nextLong());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
