package dev.perfagent.evaluators.measure;

import java.util.Arrays;

/** The middle of a set of values: the mean of the two middle values when there is an even number of them. */
public final class Median {
    private Median() {
    }

    public static double of(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    static double ofSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
