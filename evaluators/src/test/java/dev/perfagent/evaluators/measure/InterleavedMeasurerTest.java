package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterleavedMeasurerTest {
    /** A fake clock: every call advances 0.1 s, so budgets are reached without waiting. */
    private static java.util.function.LongSupplier fakeClock() {
        long[] t = {0};
        return () -> t[0] += 100_000_000L;
    }

    private static Measurement compare(long seed, double trueSpeedup, double cv, double outliers, double drift) throws Exception {
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(seed, cv, outliers, drift);
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(seed).withBudget(Duration.ofHours(1)).withResamples(1000);
        return new InterleavedMeasurer(plan, fakeClock()).measure(new SyntheticTrial(m, 0.1), new SyntheticTrial(m, 0.1 / trueSpeedup));
    }

    private static Map<Verdict, Integer> tally(int seeds, double trueSpeedup, double cv) throws Exception {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int s = 0; s < seeds; s++) {
            Measurement x = compare(s, trueSpeedup, cv, 0.03, 0.0005);
            counts.merge(x.decision().verdict(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aaComparisonsAreAlmostNeverCalledFasterOrSlower() throws Exception {
        Map<Verdict, Integer> counts = tally(200, 1.0, 0.06);
        int wrong = counts.getOrDefault(Verdict.IMPROVED, 0) + counts.getOrDefault(Verdict.REGRESSED, 0);
        System.out.println("A/A over 200 seeds (CV 6%, 3% outliers, drift): " + counts);
        assertThat(wrong).isLessThanOrEqualTo(2);
    }

    @Test
    void aTrue10PercentSpeedupIsFoundAtThreshold105() throws Exception {
        Map<Verdict, Integer> counts = tally(100, 1.10, 0.05);
        System.out.println("true 1.10x over 100 seeds (CV 5%): " + counts);
        assertThat(counts.getOrDefault(Verdict.IMPROVED, 0)).isGreaterThanOrEqualTo(95);
    }

    @Test
    void aLargeSpeedupStopsEarlyAndARegressionIsCalledOut() throws Exception {
        Measurement fast = compare(7, 2.0, 0.05, 0, 0);
        assertThat(fast.decision().verdict()).isEqualTo(Verdict.IMPROVED);
        // decided at the minimum of 8; a few pairs more narrow the estimate to about ±5% (StoppingRule.DECIDED_WIDTH)
        assertThat(fast.candidate().size()).isLessThanOrEqualTo(16);
        assertThat(fast.stopReason()).contains("lower bound");
        Measurement slow = compare(7, 0.6, 0.05, 0, 0);
        assertThat(slow.decision().verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void aDecidedButWideIntervalGoesOnForACloserEstimateWhileItIsCheap() throws Exception {
        // a noisy 9x (a short program whose runs vary by 25%): decided at 8 blocks, but its ratio would be off by 10-20%
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(11, 0.25, 0, 0);
        MeasurementPlan cheap = MeasurementPlan.defaults().withSeed(11).withBudget(Duration.ofHours(1)).withResamples(500);
        Measurement closer = new InterleavedMeasurer(cheap, fakeClock()).measure(new SyntheticTrial(m, 0.09), new SyntheticTrial(m, 0.01));
        assertThat(closer.decision().verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(closer.candidate().size()).isGreaterThan(cheap.minSamples());
        assertThat(closer.speedup().relativeWidth() <= StoppingRule.DECIDED_WIDTH
                || closer.candidate().size() + 2 > cheap.maxSamples()).isTrue();
        assertThat(closer.speedup().ratio()).isBetween(9 / 1.12, 9 * 1.12);

        // the same, once a sixth of the budget is spent (the fake clock moves 0.1 s a call): the decision ends it
        SyntheticTrial.Machine m2 = new SyntheticTrial.Machine(11, 0.25, 0, 0);
        MeasurementPlan dear = cheap.withBudget(Duration.ofSeconds(6));
        Measurement decided = new InterleavedMeasurer(dear, fakeClock()).measure(new SyntheticTrial(m2, 0.09), new SyntheticTrial(m2, 0.01));
        assertThat(decided.decision().verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(decided.candidate().size()).isLessThan(closer.candidate().size());
        assertThat(decided.stopReason()).contains("lower bound");
    }

    @Test
    void everySampleIsKeptInABalancedReproducibleOrder() throws Exception {
        Measurement a = compare(3, 1.0, 0.05, 0, 0);
        Measurement b = compare(3, 1.0, 0.05, 0, 0);
        assertThat(a.order()).isEqualTo(b.order());
        assertThat(a.baseline().size()).isEqualTo(a.candidate().size());
        assertThat(a.order()).hasSize(2 * a.baseline().size());
        long ab = 0;
        long ba = 0;
        for (int i = 0; i < a.order().length(); i += 2) {
            if (a.order().charAt(i) == 'A') ab++;
            else ba++;
        }
        assertThat(Math.abs(ab - ba)).isLessThanOrEqualTo(1);
        assertThat(a.baseline().warmups()).hasSize(1);
        assertThat(a.speedup()).isEqualTo(b.speedup());
    }

    @Test
    void theTimeBudgetAndSampleCapEndAMeasurement() throws Exception {
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(1, 0.3, 0, 0);
        MeasurementPlan capped = MeasurementPlan.defaults().withMaxSamples(12).withBudget(Duration.ofHours(1));
        Measurement x = new InterleavedMeasurer(capped, fakeClock()).measure(new SyntheticTrial(m, 0.1), new SyntheticTrial(m, 0.1 / 1.04));
        assertThat(x.baseline().size()).isLessThanOrEqualTo(12);
        MeasurementPlan brief = MeasurementPlan.defaults().withBudget(Duration.ofSeconds(3));
        Measurement y = new InterleavedMeasurer(brief, fakeClock()).measure(new SyntheticTrial(m, 0.1), new SyntheticTrial(m, 0.1 / 1.04));
        assertThat(y.stopReason()).contains("budget");
    }

    @Test
    void aFailedCandidateRunEndsTheMeasurement() {
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(1, 0.05, 0, 0);
        Trial crashes = () -> {
            throw new TrialFailedException("exit code 139", null);
        };
        assertThatThrownBy(() -> new InterleavedMeasurer(MeasurementPlan.defaults()).measure(new SyntheticTrial(m, 0.1), crashes))
                .isInstanceOf(TrialFailedException.class).hasMessage("exit code 139");
    }
}
