package dev.perfagent.evaluators.measure;

/** One timed run of a whole workload. */
public record Sample(double seconds, double cpuSeconds, long peakRssBytes) {
}
