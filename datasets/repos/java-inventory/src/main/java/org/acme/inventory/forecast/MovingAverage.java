package org.acme.inventory.forecast;

/** The mean of the last {@code window} days: quick to react, and noisy for slow movers. */
public final class MovingAverage implements Forecaster {
    private final int window;

    public MovingAverage(int window) {
        if (window < 1) throw new IllegalArgumentException("window must be at least one day");
        this.window = window;
    }

    @Override
    public double dailyDemand(int[] series) {
        if (series.length == 0) return 0;
        int from = Math.max(0, series.length - window);
        long sum = 0;
        for (int i = from; i < series.length; i++) sum += series[i];
        return (double) sum / (series.length - from);
    }
}
