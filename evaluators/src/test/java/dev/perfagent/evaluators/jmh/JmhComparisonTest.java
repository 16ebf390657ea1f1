package dev.perfagent.evaluators.jmh;

import dev.perfagent.evaluators.Verdict;
import dev.perfagent.evaluators.measure.InterleavedMeasurer;
import dev.perfagent.evaluators.measure.Measurement;
import dev.perfagent.evaluators.measure.MeasurementPlan;
import dev.perfagent.evaluators.measure.TrialFailedException;
import dev.perfagent.evaluators.measure.VerdictRule;
import dev.perfagent.sandbox.ExecResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several JMH benchmarks measured as one: forks of synthetic JSON results with known per-benchmark speedups, through
 * the real measurer, to the per-benchmark verdicts and the candidate's combined verdict.
 */
class JmhComparisonTest {
    private static final MeasurementPlan PLAN = MeasurementPlan.defaults().withMinSamples(8).withMaxSamples(12)
            .withBudget(Duration.ofMinutes(5)).withResamples(500);

    /** A jar run printing JMH's JSON for "render" and "fulfil" at the given mean scores (ms/op), with 2% noise. */
    private static Supplier<ExecResult> forks(double renderMs, double fulfilMs, long seed) {
        Random r = new Random(seed);
        return () -> {
            String json = String.format(Locale.ROOT, """
                    [{"benchmark": "acme.ReportBench.render", "mode": "avgt", "params": {"products": "4000"},
                      "primaryMetric": {"score": %f, "scoreError": 1.0, "scoreUnit": "ms/op"}},
                     {"benchmark": "acme.OrderBench.fulfil", "mode": "thrpt",
                      "primaryMetric": {"score": %f, "scoreError": 1.0, "scoreUnit": "ops/s"}}]
                    """, renderMs * (1 + 0.02 * r.nextGaussian()), 1000 / (fulfilMs * (1 + 0.02 * r.nextGaussian())));
            return new ExecResult(0, json, "# JMH progress", Duration.ofSeconds(4), Duration.ofSeconds(4), 1 << 20, false, Optional.empty());
        };
    }

    private static Measurement measure(JmhComparison c, Supplier<ExecResult> base, Supplier<ExecResult> cand) throws TrialFailedException {
        return new InterleavedMeasurer(PLAN, false).measure(c.baseline(base), c.candidate(cand));
    }

    @Test
    void oneBenchmarkMuchFasterAndTheOtherUnchangedIsImprovedWithEachBenchmarkReported() throws Exception {
        JmhComparison c = new JmhComparison();
        Measurement m = measure(c, forks(280, 390, 1), forks(28, 390, 2));
        List<BenchmarkVerdict> each = c.verdicts(m);

        assertThat(each).extracting(BenchmarkVerdict::name).containsExactly("acme.ReportBench.render (products=4000)", "acme.OrderBench.fulfil");
        assertThat(each.get(0).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(each.get(0).speedup().ratio()).isBetween(9.0, 11.0);
        assertThat(each.get(0).baselineSecondsPerOp()).isBetween(0.27, 0.29);
        assertThat(each.get(1).verdict()).isEqualTo(Verdict.NEUTRAL);
        // the geometric mean of 10x and 1x is about 3.16x
        assertThat(m.speedup().ratio()).isBetween(2.9, 3.4);
        VerdictRule.Decision d = JmhComparison.combine(m, each);
        assertThat(d.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(d.reason()).startsWith("geometric mean of 2 JMH benchmark(s)").contains("none slower")
                .containsPattern("acme.ReportBench.render \\(products=4000\\)  IMPROVED (9|10)\\.[0-9]+×").contains("ms/op → 2");
    }

    @Test
    void aRegressionInAnyBenchmarkMakesTheCandidateRegressedWhateverTheMean() throws Exception {
        JmhComparison c = new JmhComparison();
        Measurement m = measure(c, forks(280, 390, 3), forks(28, 600, 4));
        List<BenchmarkVerdict> each = c.verdicts(m);

        assertThat(m.decision().verdict()).as("the geometric mean alone says faster").isEqualTo(Verdict.IMPROVED);
        VerdictRule.Decision d = JmhComparison.combine(m, each);
        assertThat(d.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(d.reason()).startsWith("acme.OrderBench.fulfil is slower");
    }

    @Test
    void theSameScoresOnBothSidesAreNeutral() throws Exception {
        JmhComparison c = new JmhComparison();
        Measurement m = measure(c, forks(100, 100, 5), forks(100, 100, 6));
        VerdictRule.Decision d = JmhComparison.combine(m, c.verdicts(m));
        assertThat(d.verdict()).isEqualTo(Verdict.NEUTRAL);
        assertThat(c.verdicts(m)).allMatch(v -> v.verdict() == Verdict.NEUTRAL);
    }

    @Test
    void aForkThatFailsOrPrintsNoResultFailsTheTrialWithJmhsWords() {
        JmhComparison c = new JmhComparison();
        ExecResult crashed = new ExecResult(1, "", "Exception in thread \"main\" java.lang.IllegalStateException: boom", Duration.ZERO,
                Duration.ZERO, 0, false, Optional.empty());
        assertThatThrownBy(() -> c.candidate(() -> crashed).run()).isInstanceOf(TrialFailedException.class).hasMessageContaining("boom");
        ExecResult empty = new ExecResult(0, "[]", "", Duration.ZERO, Duration.ZERO, 0, false, Optional.empty());
        assertThatThrownBy(() -> c.candidate(() -> empty).run()).isInstanceOf(TrialFailedException.class).hasMessageContaining("no benchmark");
    }
}
