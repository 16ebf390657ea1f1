package dev.perfagent.agent.calibration;

import dev.perfagent.evaluators.Evaluation;
import dev.perfagent.evaluators.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Verdict counts and timing of a series of evaluations of the same pair. */
final class Tally {
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final List<Double> measuringSeconds = new ArrayList<>();
    private final List<Double> totalSeconds = new ArrayList<>();
    private final List<Integer> runsPerSide = new ArrayList<>();
    private final List<Double> ratios = new ArrayList<>();

    void add(Evaluation e) {
        counts.merge(e.verdict(), 1, Integer::sum);
        totalSeconds.add(e.elapsed().toMillis() / 1000.0);
        e.measurement().ifPresent(m -> {
            measuringSeconds.add(m.elapsed().toMillis() / 1000.0);
            runsPerSide.add(Math.max(m.baseline().size(), m.candidate().size()));
            ratios.add(m.speedup().ratio());
        });
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int count(Verdict v) {
        return counts.getOrDefault(v, 0);
    }

    double rate(Verdict v) {
        return total() == 0 ? 0 : (double) count(v) / total();
    }

    double medianMeasuringSeconds() {
        return median(measuringSeconds);
    }

    double medianTotalSeconds() {
        return median(totalSeconds);
    }

    double medianRunsPerSide() {
        return median(runsPerSide.stream().map(Integer::doubleValue).toList());
    }

    double medianRatio() {
        return median(ratios);
    }

    String counts() {
        StringBuilder b = new StringBuilder();
        counts.forEach((v, n) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(n));
        return b.toString();
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) return Double.NaN;
        double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static String pct(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
