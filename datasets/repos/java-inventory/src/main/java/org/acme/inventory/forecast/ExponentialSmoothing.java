package org.acme.inventory.forecast;

/**
 * Simple exponential smoothing: each day moves the forecast {@code alpha} of the way toward that day's demand, so
 * recent days weigh most but no day is forgotten outright. Starts from the first day's demand.
 */
public final class ExponentialSmoothing implements Forecaster {
    private final double alpha;

    public ExponentialSmoothing(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], got " + alpha);
        this.alpha = alpha;
    }

    @Override
    public double dailyDemand(int[] series) {
        if (series.length == 0) return 0;
        double level = series[0];
        for (int i = 1; i < series.length; i++) level += alpha * (series[i] - level);
        return level;
    }
}
