package org.acme.inventory.forecast;

/** Expected units per day from a history of daily demand, oldest day first. */
public interface Forecaster {
    double dailyDemand(int[] series);
}
