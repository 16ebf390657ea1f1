package dev.perfagent.evaluators.measure;

import org.apache.commons.statistics.inference.BinomialTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A machine where the first run of every block is 3 % slower (the effect that made every A/A comparison of a run
 * with one seed lean the same way): A/A estimates must still scatter evenly around 1, with the old fixed seed as
 * well as with a fresh seed per comparison, because measuring stops only after whole mirrored pairs.
 */
class PositionEffectTest {
    private static final double PENALTY = 0.03;

    private static Measurement aa(long machineSeed, MeasurementPlan plan) throws Exception {
        long[] t = {0};
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(machineSeed, 0.02, 0, 0, PENALTY);
        return new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L).measure(new SyntheticTrial(m, 0.1), new SyntheticTrial(m, 0.1));
    }

    private static void assertBalanced(int above, int below) {
        double p = BinomialTest.withDefaults().test(above + below, above, 0.5).getPValue();
        System.out.printf("A/A with a %.0f%% first-in-block effect: %d above 1, %d below, sign test p=%.3f%n", PENALTY * 100, above, below, p);
        assertThat(p).isGreaterThan(0.05);
    }

    @Test
    void aaEstimatesAreBalancedWithOneSeedForEveryComparison() throws Exception {
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(1).withBudget(Duration.ofHours(1)).withResamples(500);
        int above = 0;
        int below = 0;
        for (int s = 0; s < 200; s++) {
            Measurement x = aa(1000 + s, plan);
            if (x.speedup().ratio() > 1) above++;
            else if (x.speedup().ratio() < 1) below++;
            assertThat(x.order().chars().filter(c -> c == 'A').count()).isEqualTo(x.baseline().size());
            assertThat(firsts(x.order(), 'A')).isEqualTo(firsts(x.order(), 'B'));
        }
        assertBalanced(above, below);
    }

    @Test
    void aaEstimatesAreBalancedWithASeedPerComparison() throws Exception {
        MeasurementPlan run = MeasurementPlan.defaults().withSeed(7).withBudget(Duration.ofHours(1)).withResamples(500);
        int above = 0;
        int below = 0;
        for (int s = 0; s < 200; s++) {
            Measurement x = aa(2000 + s, run.forComparison("c" + s));
            if (x.speedup().ratio() > 1) above++;
            else if (x.speedup().ratio() < 1) below++;
        }
        assertBalanced(above, below);
    }

    @Test
    void everyComparisonOfARunGetsItsOwnReproducibleSeed() {
        MeasurementPlan run = MeasurementPlan.defaults().withSeed(1);
        Set<Long> seeds = new HashSet<>();
        for (int i = 1; i <= 100; i++) seeds.add(run.forComparison("c" + i).seed());
        seeds.add(run.forComparison("confirm:c1").seed());
        assertThat(seeds).hasSize(101);
        assertThat(run.forComparison("c3").seed()).isEqualTo(MeasurementPlan.defaults().withSeed(1).forComparison("c3").seed());
        assertThat(run.forComparison("c3").seed()).isNotEqualTo(run.withSeed(2).forComparison("c3").seed());
    }

    /** How many blocks the side ran first in. */
    private static long firsts(String order, char side) {
        long n = 0;
        for (int i = 0; i < order.length(); i += 2) if (order.charAt(i) == side) n++;
        return n;
    }
}
