package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short programs: 7.5 ms of sandbox start-up counted on both sides compresses a 3× speedup of a 30 ms program to
 * about 2.1×; with the sandbox's empty runs measured and taken off, the ratio is the programs' own.
 */
class SandboxCostTest {
    private static final double SANDBOX = 0.0075;

    private static Measurement compare(long seed, double baselineWork, double candidateWork, boolean subtract) throws Exception {
        long[] t = {0};
        SyntheticTrial.Machine m = new SyntheticTrial.Machine(seed, 0.02, 0.01, 0);
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(seed).withBudget(Duration.ofHours(1)).withResamples(1000);
        return new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L).measure(new SyntheticTrial(m, SANDBOX + baselineWork),
                new SyntheticTrial(m, SANDBOX + candidateWork), subtract ? Optional.of(new SyntheticTrial(m, SANDBOX)) : Optional.empty());
    }

    @Test
    void aShortProgramsSpeedupIsItsOwnOnceTheSandboxIsTakenOff() throws Exception {
        double[] ratios = new double[40];
        int covered = 0;
        for (int s = 0; s < ratios.length; s++) {
            Measurement x = compare(s, 0.030, 0.010, true);
            ratios[s] = x.speedup().ratio();
            assertThat(x.sandboxCostSubtracted()).isTrue();
            if (x.speedup().low() < 3.0 && x.speedup().high() > 3.0) covered++;
        }
        assertThat(covered).as("95% intervals holding the true 3×, of 40").isGreaterThanOrEqualTo(35);
        Arrays.sort(ratios);
        double median = ratios[ratios.length / 2];
        System.out.printf("true 3.00× on 30 ms vs 10 ms + 7.5 ms sandbox: median %.3f× corrected, %.3f× uncorrected%n",
                median, compare(1, 0.030, 0.010, false).speedup().ratio());
        assertThat(median).isBetween(2.85, 3.15);
        assertThat(compare(1, 0.030, 0.010, false).speedup().ratio()).isLessThan(2.3);
        assertThat(compare(1, 0.030, 0.010, true).describe()).contains("sandbox's own 7.5 ms per sample taken off both sides");
    }

    @Test
    void aaStaysNeutralWithTheCorrection() throws Exception {
        int wrong = 0;
        for (int s = 0; s < 200; s++) {
            Verdict v = compare(100 + s, 0.015, 0.015, true).decision().verdict();
            if (v != Verdict.NEUTRAL) wrong++;
        }
        System.out.println("A/A of a 15 ms program with the sandbox taken off, 200 seeds: " + wrong + " not NEUTRAL");
        assertThat(wrong).isLessThanOrEqualTo(2);
    }
}
