package dev.perfagent.evaluators.measure;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The speedup median(baseline) / median(candidate) with a bootstrap confidence interval.
 *
 * <p>Runs come in blocks (one baseline and one candidate run next to each other in time), so the bootstrap
 * resamples whole blocks: a burst of load that slows both runs of a block stays paired instead of landing
 * in one side's tail. The percentile interval of the log ratio is then widened by t(n−1)/z, because a
 * percentile bootstrap of a median from a handful of runs is too narrow; without that, A/A comparisons
 * decided after five blocks came out IMPROVED far more often than 2.5 % of the time.
 */
public final class SpeedupBootstrap {
    private final int resamples;
    private final double confidence;
    private final long seed;

    public SpeedupBootstrap(int resamples, double confidence, long seed) {
        this.resamples = resamples;
        this.confidence = confidence;
        this.seed = seed;
    }

    public static SpeedupBootstrap of(MeasurementPlan plan) {
        return new SpeedupBootstrap(plan.resamples(), plan.confidence(), plan.seed() ^ 0x5DEECE66DL);
    }

    /** {@code baseline[i]} and {@code candidate[i]} ran in the same block; both arrays have the same length. */
    public Speedup estimate(double[] baseline, double[] candidate) {
        return estimate(baseline, candidate, null);
    }

    /**
     * As {@link #estimate(double[], double[])}, with {@code empty[i]} a run of nothing in the same sandbox in block i
     * (or null): the speedup is then (median(baseline) − median(empty)) / (median(candidate) − median(empty)), every
     * bootstrap resample taking the three medians from the same resampled blocks.
     */
    public Speedup estimate(double[] baseline, double[] candidate, double[] empty) {
        if (baseline.length != candidate.length || empty != null && empty.length != baseline.length) {
            throw new IllegalArgumentException("blocks hold one run of each: " + baseline.length + " vs " + candidate.length);
        }
        int n = baseline.length;
        double cost = empty == null ? 0 : Median.of(empty);
        double ratio = net(Median.of(baseline), cost) / net(Median.of(candidate), cost);
        if (n < 2) {
            return Speedup.unknown(ratio);
        }
        int[] orderA = order(baseline);
        int[] orderB = order(candidate);
        int[] orderE = empty == null ? null : order(empty);
        double[] sortedA = new double[n];
        double[] sortedB = new double[n];
        double[] sortedE = empty == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            sortedA[k] = baseline[orderA[k]];
            sortedB[k] = candidate[orderB[k]];
            if (empty != null) sortedE[k] = empty[orderE[k]];
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] counts = new int[n];
        double[] logRatios = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[rng.nextInt(n)]++;
            }
            double c = empty == null ? 0 : median(sortedE, orderE, counts);
            logRatios[r] = Math.log(net(median(sortedA, orderA, counts), c) / net(median(sortedB, orderB, counts), c));
        }
        Arrays.sort(logRatios);
        double alpha = 1 - confidence;
        double qLow = logRatios[(int) Math.floor(alpha / 2 * resamples)];
        double qHigh = logRatios[(int) Math.ceil((1 - alpha / 2) * resamples) - 1];
        double center = Math.log(ratio);
        double widen = widening(n - 1);
        double low = center - widen * Math.max(0, center - qLow);
        double high = center + widen * Math.max(0, qHigh - center);
        return new Speedup(ratio, Math.exp(low), Math.exp(high));
    }

    /**
     * A side's time less the sandbox's own, never below a tenth of the time or 20 µs: a program that costs (almost)
     * nothing beyond the sandbox is very fast, not infinitely fast, and noise in the empty runs must not flip a sign.
     */
    private static double net(double time, double cost) {
        return Math.max(time - cost, Math.max(time * 0.1, 20e-6));
    }

    private double widening(int degreesOfFreedom) {
        double p = (1 - confidence) / 2;
        return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability(p)
                / NormalDistribution.of(0, 1).inverseSurvivalProbability(p);
    }

    /** The median of a resample given as counts per original block, from values pre-sorted through {@code order}. */
    private static double median(double[] sorted, int[] order, int[] counts) {
        int n = sorted.length;
        int lowPos = (n - 1) / 2;
        int highPos = n / 2;
        int seen = 0;
        double lowValue = Double.NaN;
        for (int k = 0; k < n; k++) {
            seen += counts[order[k]];
            if (seen > lowPos && Double.isNaN(lowValue)) {
                lowValue = sorted[k];
            }
            if (seen > highPos) {
                return (lowValue + sorted[k]) / 2;
            }
        }
        throw new IllegalStateException("counts do not add up to " + n);
    }

    private static int[] order(double[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < boxed.length; i++) boxed[i] = i;
        Arrays.sort(boxed, (x, y) -> Double.compare(values[x], values[y]));
        int[] out = new int[values.length];
        for (int i = 0; i < out.length; i++) out[i] = boxed[i];
        return out;
    }
}
