package dev.perfagent.evaluators.measure;

import java.util.Locale;

/**
 * How many times faster the candidate is than the baseline ({@code median(baseline) / median(candidate)}; above 1
 * means the candidate is faster), with the bounds of its confidence interval.
 */
public record Speedup(double ratio, double low, double high) {

    /** What is known before two runs of each side: any speedup at all. */
    public static Speedup unknown(double ratio) {
        return new Speedup(ratio, 0.0, Double.POSITIVE_INFINITY);
    }

    public Speedup {
        if (!(low <= ratio && ratio <= high)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] does not contain " + ratio);
        }
    }

    /** Width of the interval relative to the estimate: 0.02 means the speedup is known to about ±1 %. */
    public double relativeWidth() {
        return (high - low) / ratio;
    }

    /** Whether the whole interval lies strictly between the two bounds. */
    public boolean liesWithin(double lowest, double highest) {
        return low > lowest && high < highest;
    }

    /** "1.83× [1.71×, 1.95×]". */
    @Override
    public String toString() {
        return times(ratio) + " [" + times(low) + ", " + times(high) + "]";
    }

    /** A factor as a reader sees it: "1.83×", "∞×". */
    public static String times(double factor) {
        if (Double.isInfinite(factor)) {
            return "∞×";
        }
        return String.format(Locale.ROOT, "%.2f×", factor);
    }
}
