package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTest {
    private static Sample run(double wall, double cpu) {
        return new Sample(wall, cpu, 1);
    }

    @Test
    void cpuTimeOnlyWhenCountedFinelyAndNeitherSideRunsInParallel() {
        List<Sample> serial = List.of(run(0.12, 0.10), run(0.15, 0.10), run(0.11, 0.10));
        List<Sample> parallel = List.of(run(0.06, 0.10), run(0.07, 0.10), run(0.06, 0.11));
        assertThat(Clock.choose(true, serial, serial)).isEqualTo(Clock.CPU);
        assertThat(Clock.choose(false, serial, serial)).isEqualTo(Clock.WALL);
        assertThat(Clock.choose(true, serial, parallel)).isEqualTo(Clock.WALL);
        assertThat(Clock.choose(true, parallel, serial)).isEqualTo(Clock.WALL);
        assertThat(Clock.choose(true, serial, List.of(run(0.1, 0), run(0.1, 0)))).isEqualTo(Clock.WALL);
        assertThat(Clock.choose(true, List.of(), serial)).isEqualTo(Clock.WALL);
    }

    /**
     * A machine where waiting for a core makes wall time very noisy (CV 20 %, 5 % of runs 2× slower) while the CPU
     * time of the same run varies by 2 %: the 1.10× pair is found from CPU time, and A/A stays NEUTRAL.
     */
    private static final class Contended implements Trial {
        private final SplittableRandom random;
        private final double cpuSeconds;

        Contended(SplittableRandom random, double cpuSeconds) {
            this.random = random;
            this.cpuSeconds = cpuSeconds;
        }

        @Override
        public Sample run() {
            double cpu = cpuSeconds * Math.exp(0.02 * gaussian());
            double waited = Math.exp(0.2 * gaussian()) * (random.nextDouble() < 0.05 ? 2 : 1);
            return new Sample(cpu * waited + 0.03, cpu, 1);
        }

        private double gaussian() {
            double u = 1 - random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        }
    }

    private static Measurement measure(long seed, double trueSpeedup, boolean cpuCounted) throws Exception {
        SplittableRandom r = new SplittableRandom(seed);
        long[] t = {0};
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(seed).withBudget(Duration.ofSeconds(6)).withResamples(1000);
        return new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L, cpuCounted)
                .measure(new Contended(r, 0.1), new Contended(r, 0.1 / trueSpeedup));
    }

    private static Map<Verdict, Integer> tally(int seeds, double trueSpeedup, boolean cpuCounted) throws Exception {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (int s = 0; s < seeds; s++) {
            counts.merge(measure(s, trueSpeedup, cpuCounted).decision().verdict(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void onAContendedMachineCpuTimeFindsTheSpeedupThatWallTimeMisses() throws Exception {
        Map<Verdict, Integer> byCpu = tally(100, 1.10, true);
        Map<Verdict, Integer> byWall = tally(100, 1.10, false);
        System.out.println("true 1.10x, contended, 100 seeds: by CPU time " + byCpu + ", by wall time " + byWall);
        assertThat(byCpu.getOrDefault(Verdict.IMPROVED, 0)).isGreaterThanOrEqualTo(95);
        assertThat(byWall.getOrDefault(Verdict.IMPROVED, 0)).isLessThan(50);
        assertThat(measure(1, 1.10, true).clock()).isEqualTo(Clock.CPU);
        assertThat(measure(1, 1.10, true).describe()).contains("CI of CPU time").contains("wall time");
        assertThat(measure(1, 1.10, false).clock()).isEqualTo(Clock.WALL);
    }

    @Test
    void onAContendedMachineCpuTimeKeepsAaComparisonsNeutral() throws Exception {
        Map<Verdict, Integer> counts = tally(200, 1.0, true);
        System.out.println("A/A, contended, by CPU time, 200 seeds: " + counts);
        assertThat(counts.getOrDefault(Verdict.IMPROVED, 0) + counts.getOrDefault(Verdict.REGRESSED, 0)).isLessThanOrEqualTo(2);
    }

    @Test
    void aCandidateThatRunsInParallelIsJudgedByWallTime() throws Exception {
        long[] t = {0};
        SplittableRandom r = new SplittableRandom(5);
        Trial serial = new Contended(r, 0.1);
        // two threads: half the wall time, the same CPU time plus some
        Trial twoThreads = () -> {
            Sample s = serial.run();
            return new Sample(s.seconds() / 2, s.cpuSeconds() * 1.05, 1);
        };
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(5).withResamples(1000);
        Measurement m = new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L, true).measure(serial, twoThreads);
        assertThat(m.clock()).isEqualTo(Clock.WALL);
        assertThat(m.decision().verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void aCandidateThatTurnsWorkIntoWaitingIsJudgedByWallTime() throws Exception {
        long[] t = {0};
        SplittableRandom r = new SplittableRandom(9);
        Trial baseline = new Contended(r, 0.1);
        // half the CPU time, but it sleeps: twice the wall time
        Trial sleeper = () -> {
            Sample s = new Contended(r, 0.05).run();
            return new Sample(s.seconds() * 4, s.cpuSeconds(), 1);
        };
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(9).withResamples(1000);
        Measurement m = new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L, true).measure(baseline, sleeper);
        assertThat(m.clock()).isEqualTo(Clock.WALL);
        assertThat(m.stopReason()).contains("disagrees with CPU time");
        assertThat(m.decision().verdict()).isNotEqualTo(Verdict.IMPROVED);
    }

    @Test
    void aCandidateThatOnlyAddsWaitingIsRegressedByWallTime() throws Exception {
        long[] t = {0};
        SplittableRandom r = new SplittableRandom(11);
        Trial baseline = new Contended(r, 0.1);
        // the same CPU time, but it sleeps as long again: CPU time sees no change, its user sees it twice as slow
        Trial waiter = () -> {
            Sample s = new Contended(r, 0.1).run();
            return new Sample(s.seconds() + 0.1, s.cpuSeconds(), 1);
        };
        MeasurementPlan plan = MeasurementPlan.defaults().withSeed(11).withResamples(1000);
        Measurement m = new InterleavedMeasurer(plan, () -> t[0] += 100_000_000L, true).measure(baseline, waiter);
        assertThat(m.clock()).isEqualTo(Clock.WALL);
        assertThat(m.decision().verdict()).isEqualTo(Verdict.REGRESSED);
    }
}
