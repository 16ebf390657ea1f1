package dev.perfagent.evaluators.jmh;

import dev.perfagent.evaluators.Excerpt;
import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.Median;
import dev.perfagent.evaluators.measure.Sample;
import dev.perfagent.evaluators.measure.Speedup;
import dev.perfagent.evaluators.measure.SpeedupBootstrap;
import dev.perfagent.evaluators.measure.Trial;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.evaluators.measure.VerdictRule;
import dev.perfagent.sandbox.ExecResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A baseline against a candidate on several JMH benchmarks at once, as one interleaved measurement. One sample is one
 * fork of every selected benchmark (one run of the jar); the measurer sees the geometric mean of their seconds per
 * operation, so its warm-ups, ABBA order, stopping rule and interval apply unchanged, and a benchmark ten times longer
 * than another does not outweigh it. Each benchmark's own scores are kept in run order, and after the measurement
 * each gets its own interval and verdict from the same forks.
 *
 * <p>The candidate's verdict: REGRESSED when any benchmark alone is REGRESSED (a change that slows one workload down
 * is not an improvement, whatever it does to the others); otherwise the geometric mean's verdict, so IMPROVED means
 * the geometric mean's interval cleared the threshold and no benchmark was shown slower.
 */
public final class JmhComparison {
    private final Map<String, List<Double>> baseline = new LinkedHashMap<>();
    private final Map<String, List<Double>> candidate = new LinkedHashMap<>();

    /** The trial of the baseline: {@code run} runs the jar once (see {@link JmhCommand#printingJson}). */
    public Trial baseline(Supplier<ExecResult> run) {
        return trial(run, baseline);
    }

    public Trial candidate(Supplier<ExecResult> run) {
        return trial(run, candidate);
    }

    private static Trial trial(Supplier<ExecResult> run, Map<String, List<Double>> series) {
        return () -> {
            ExecResult r = run.get();
            if (!r.ok()) {
                throw new TrialFailedException("the JMH benchmarks " + r.describeEnd() + ": " + Excerpt.firstError(r.stderr() + "\n" + r.stdout()), r);
            }
            List<JmhScore> scores;
            try {
                scores = JmhScore.parsePrinted(r.stdout());
            } catch (IOException | IllegalArgumentException e) {
                throw new TrialFailedException("JMH's result could not be read: " + e.getMessage(), r);
            }
            if (scores.isEmpty()) throw new TrialFailedException("JMH ran no benchmark (does the regex still match?)", r);
            if (!series.isEmpty() && scores.size() != series.size()) {
                throw new TrialFailedException("JMH reported " + scores.size() + " benchmark(s) where earlier runs had " + series.size(), r);
            }
            double logSum = 0;
            for (JmhScore s : scores) {
                double perOp = s.secondsPerOp();
                series.computeIfAbsent(s.id().name(), k -> new ArrayList<>()).add(perOp);
                logSum += Math.log(perOp);
            }
            double geomean = Math.exp(logSum / scores.size());
            // the score stands in for wall and CPU time alike, whichever the measurer decides on
            return new Sample(geomean, geomean, r.peakRssBytes());
        };
    }

    /** Each benchmark's interval and verdict, from the timed forks of {@code m} (warm-ups left out), in JMH's order. */
    public List<BenchmarkVerdict> verdicts(Measurement m) {
        int warmA = m.baseline().warmups().size();
        int warmB = m.candidate().warmups().size();
        SpeedupBootstrap bootstrap = SpeedupBootstrap.of(m.plan());
        List<BenchmarkVerdict> out = new ArrayList<>();
        for (var e : baseline.entrySet()) {
            List<Double> b = candidate.getOrDefault(e.getKey(), List.of());
            double[] a = timed(e.getValue(), warmA);
            double[] c = timed(b, warmB);
            if (a.length == 0 || c.length == 0) continue;
            Speedup s = bootstrap.estimate(a, c);
            int runs = Math.min(a.length, c.length);
            VerdictRule.Decision d = runs < m.plan().minSamples()
                    ? new VerdictRule.Decision(Verdict.NEUTRAL, "only " + runs + " fork(s) per side")
                    : VerdictRule.decide(s, m.plan().threshold());
            out.add(new BenchmarkVerdict(e.getKey(), d.verdict(), d.reason(), s, Median.of(a), Median.of(c)));
        }
        return out;
    }

    /** The candidate's verdict from the geometric mean's measurement and the benchmarks' own verdicts (see above). */
    public static VerdictRule.Decision combine(Measurement m, List<BenchmarkVerdict> each) {
        String per = "; per benchmark: " + String.join("; ", each.stream().map(BenchmarkVerdict::describe).toList());
        for (BenchmarkVerdict v : each) {
            if (v.verdict() == Verdict.REGRESSED) {
                return new VerdictRule.Decision(Verdict.REGRESSED, v.name() + " is slower (" + v.reason() + ")" + per);
            }
        }
        VerdictRule.Decision g = m.decision();
        String of = "geometric mean of " + each.size() + " JMH benchmark(s): ";
        return new VerdictRule.Decision(g.verdict(), of + g.reason() + (g.verdict() == Verdict.IMPROVED ? ", none slower" : "") + per);
    }

    private static double[] timed(List<Double> all, int warmups) {
        return all.stream().skip(warmups).mapToDouble(Double::doubleValue).toArray();
    }
}
