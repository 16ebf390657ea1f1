package dev.perfagent.evaluators.measure;

import java.util.List;

/**
 * Every run of one side of a comparison: the warm-ups (kept for the record, never used for the speedup) and the
 * timed samples in the order they ran.
 */
public record Runs(List<Sample> warmups, List<Sample> samples) {

    public Runs {
        warmups = List.copyOf(warmups);
        samples = List.copyOf(samples);
    }

    public int size() {
        return samples.size();
    }

    /** Wall-clock seconds of the timed samples, in run order. */
    public double[] seconds() {
        return samples.stream().mapToDouble(Sample::seconds).toArray();
    }

    public double medianSeconds() {
        return Median.of(seconds());
    }

    public double medianCpuSeconds() {
        return Median.of(samples.stream().mapToDouble(Sample::cpuSeconds).toArray());
    }

    /** Largest resident set of any timed run. */
    public long peakRssBytes() {
        return samples.stream().mapToLong(Sample::peakRssBytes).max().orElse(0);
    }
}
