package dev.perfagent.evaluators.measure;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** EXPLORATION VERSION. */
public final class SpeedupBootstrap {
    public enum Design { INDEPENDENT, PAIRED }

    private final int resamples;
    private final double confidence;
    private final Design design;
    private final int widenDfOffset; // <0: no widening; df = n - offset... 
    private final boolean widen;

    private long seed;
    public static SpeedupBootstrap of(MeasurementPlan plan) {
        SpeedupBootstrap b = new SpeedupBootstrap(plan.resamples(), plan.confidence(),
            Design.valueOf(System.getProperty("design", "PAIRED")), Boolean.parseBoolean(System.getProperty("widen", "true")));
        b.seed = plan.seed() ^ 0x5DEECE66DL;
        return b;
    }
    public Speedup estimate(double[] a, double[] b) { return estimate(a, b, seed); }

    public SpeedupBootstrap(int resamples, double confidence, Design design, boolean widen) {
        this.resamples = resamples;
        this.confidence = confidence;
        this.design = design;
        this.widen = widen;
        this.widenDfOffset = 1;
    }

    public Speedup estimate(double[] baseline, double[] candidate, long seed) {
        int n = baseline.length;
        int m = candidate.length;
        double ratio = Median.of(baseline) / Median.of(candidate);
        if (n < 2 || m < 2) {
            return Speedup.unknown(ratio);
        }
        double[] sortedA = baseline.clone();
        double[] sortedB = candidate.clone();
        int[] orderA = null;
        int[] orderB = null;
        if (design == Design.PAIRED) {
            orderA = order(baseline);
            orderB = order(candidate);
            for (int k = 0; k < n; k++) {
                sortedA[k] = baseline[orderA[k]];
                sortedB[k] = candidate[orderB[k]];
            }
        } else {
            Arrays.sort(sortedA);
            Arrays.sort(sortedB);
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] countsA = new int[n];
        int[] countsB = new int[m];
        double[] logRatios = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(countsA, 0);
            for (int i = 0; i < n; i++) {
                countsA[rng.nextInt(n)]++;
            }
            if (design == Design.PAIRED) {
                countsB = countsA;
            } else {
                Arrays.fill(countsB, 0);
                for (int i = 0; i < m; i++) {
                    countsB[rng.nextInt(m)]++;
                }
            }
            logRatios[r] = Math.log(median(sortedA, orderA, countsA) / median(sortedB, orderB, countsB));
        }
        Arrays.sort(logRatios);
        double alpha = 1 - confidence;
        double qLow = logRatios[(int) Math.floor(alpha / 2 * resamples)];
        double qHigh = logRatios[(int) Math.ceil((1 - alpha / 2) * resamples) - 1];
        double center = Math.log(ratio);
        double f = widen ? widening(Math.min(n, m) - widenDfOffset) : 1.0;
        double n0 = Double.parseDouble(System.getProperty("obfN", "0"));
        f *= Math.sqrt(Math.max(1.0, n0 / Math.min(n, m)));
        double low = center - f * Math.max(0, center - qLow);
        double high = center + f * Math.max(0, qHigh - center);
        double floorC = Double.parseDouble(System.getProperty("floorC", "0"));
        if (floorC > 0) {
            double half = floorC * TDistribution.of(n + m - 2).inverseSurvivalProbability((1 - confidence) / 2)
                * 1.2533 * pooledSigma(baseline, candidate) * Math.sqrt(1.0 / n + 1.0 / m);
            low = Math.min(low, center - half);
            high = Math.max(high, center + half);
        }
        if (Boolean.getBoolean("moses")) {
            double[] m2 = moses(baseline, candidate, confidence);
            low = Math.min(low, m2[0]);
            high = Math.max(high, m2[1]);
        }
        return new Speedup(ratio, Math.exp(low), Math.exp(high));
    }

    static double pooledSigma(double[] a, double[] b) {
        double[] r = new double[a.length + b.length];
        double ma = Math.log(Median.of(a)), mb = Math.log(Median.of(b));
        for (int i = 0; i < a.length; i++) r[i] = Math.abs(Math.log(a[i]) - ma);
        for (int i = 0; i < b.length; i++) r[a.length + i] = Math.abs(Math.log(b[i]) - mb);
        return 1.4826 * Median.of(r);
    }

    static double[] moses(double[] a, double[] b, double confidence) {
        int n = a.length, m = b.length;
        double[] d = new double[n * m];
        int k = 0;
        for (double x : a) for (double y : b) d[k++] = Math.log(x) - Math.log(y);
        java.util.Arrays.sort(d);
        double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidence) / 2);
        double sd = Math.sqrt(n * (double) m * (n + m + 1) / 12.0);
        int c = (int) Math.floor(n * (double) m / 2 - z * sd); // 1-based order statistic
        c = Math.max(1, c);
        return new double[]{d[c - 1], d[n * m - c]};
    }

    private double widening(int df) {
        double p = (1 - confidence) / 2;
        return TDistribution.of(df).inverseSurvivalProbability(p)
                / NormalDistribution.of(0, 1).inverseSurvivalProbability(p);
    }

    private static double median(double[] sorted, int[] order, int[] counts) {
        int n = sorted.length;
        int lowPos = (n - 1) / 2;
        int highPos = n / 2;
        int seen = 0;
        double lowValue = Double.NaN;
        for (int k = 0; k < n; k++) {
            seen += counts[order == null ? k : order[k]];
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
