package dev.perfagent.agent.calibration;

import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.Sample;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where A/A speedups fall, and whether something other than chance moves them: a bias between the two
 * sides (baseline and candidate have their own workspace, build and, in the container, uid) shows as a
 * mean log ratio of baseline to candidate away from 0; a bias of the order within a block (the first run
 * of a block slower or faster than the second) as a mean log ratio of first to second away from 0.
 * Both are given with their standard error over the comparisons, so a bias is told apart from noise.
 */
final class AaSpread {
    private final List<Double> decided = new ArrayList<>();
    private final List<Double> logWall = new ArrayList<>();
    private final List<Double> logCpu = new ArrayList<>();
    private final List<Double> logFirstSecond = new ArrayList<>();
    private final List<Double> wallSpread = new ArrayList<>();
    private int cpuClock;

    void add(Measurement m) {
        decided.add(m.speedup().ratio());
        if (m.clock().name().equals("CPU")) cpuClock++;
        List<Sample> a = m.baseline().samples();
        List<Sample> b = m.candidate().samples();
        logWall.add(Math.log(m.wallRatio()));
        if (m.baseline().medianCpuSeconds() > 0 && m.candidate().medianCpuSeconds() > 0) {
            logCpu.add(Math.log(m.baseline().medianCpuSeconds() / m.candidate().medianCpuSeconds()));
        }
        double[] order = new double[a.size()];
        double[] spread = new double[a.size()];
        for (int i = 0; i < a.size(); i++) {
            boolean baselineFirst = m.order().charAt(2 * i) == 'A';
            double first = baselineFirst ? a.get(i).seconds() : b.get(i).seconds();
            double second = baselineFirst ? b.get(i).seconds() : a.get(i).seconds();
            order[i] = Math.log(first / second);
            spread[i] = a.get(i).seconds() / m.baseline().medianSeconds();
        }
        logFirstSecond.add(mean(order));
        Arrays.sort(spread);
        // 90th percentile over median of one side's wall times: how far a slow run strays
        if (spread.length > 0) wallSpread.add(spread[(int) Math.floor(0.9 * (spread.length - 1))]);
    }

    void print(PrintWriter out) {
        if (decided.isEmpty()) return;
        out.printf(Locale.ROOT, "       speedup of the deciding clock (CPU time in %d of %d): %s%n", cpuClock, decided.size(), quantiles(decided));
        out.printf(Locale.ROOT, "       wall-time speedup:                                 %s%n", quantiles(exp(logWall)));
        out.printf(Locale.ROOT, "       side bias, baseline/candidate wall: %s; CPU: %s%n", meanRatio(logWall), meanRatio(logCpu));
        out.printf(Locale.ROOT, "       order bias, first/second run of a block (wall): %s%n", meanRatio(logFirstSecond));
        out.printf(Locale.ROOT, "       wall-time noise, p90/median of one side's runs: median %.3f, max %.3f%n",
                Tally.median(wallSpread), wallSpread.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
    }

    private static String quantiles(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "min %.3f  p5 %.3f  p25 %.3f  median %.3f  p75 %.3f  p95 %.3f  max %.3f",
                s[0], at(s, 0.05), at(s, 0.25), at(s, 0.5), at(s, 0.75), at(s, 0.95), s[s.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    /** exp(mean log ratio) ± its standard error, as ratios: "1.004× (se 0.003)". */
    private static String meanRatio(List<Double> logs) {
        if (logs.size() < 2) return "n/a";
        double m = mean(logs.stream().mapToDouble(Double::doubleValue).toArray());
        double var = logs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (logs.size() - 1);
        return String.format(Locale.ROOT, "%.4f× (se %.4f, n %d)", Math.exp(m), Math.sqrt(var / logs.size()), logs.size());
    }

    private static double mean(double[] xs) {
        return xs.length == 0 ? 0 : Arrays.stream(xs).average().orElse(0);
    }

    private static List<Double> exp(List<Double> logs) {
        return logs.stream().map(Math::exp).toList();
    }
}
