package dev.perfagent.evaluators.measure;

import java.util.SplittableRandom;

/**
 * A fake program whose run time is a true mean times lognormal noise, with occasional 2× outliers and a
 * slow drift shared by every trial on the same {@link Machine} — the noise of a busy shared machine,
 * reproducible from a seed.
 */
final class SyntheticTrial implements Trial {
    /** What both sides of a comparison share: the drift over time and the source of noise. */
    static final class Machine {
        final SplittableRandom random;
        final double cv;
        final double outlierRate;
        final double driftPerRun;
        /** How much slower the first run of each two is (a block's first run meets cold caches, a ramping clock). */
        final double firstInBlockPenalty;
        int runs;

        Machine(long seed, double cv, double outlierRate, double driftPerRun) {
            this(seed, cv, outlierRate, driftPerRun, 0);
        }

        Machine(long seed, double cv, double outlierRate, double driftPerRun, double firstInBlockPenalty) {
            this.random = new SplittableRandom(seed);
            this.cv = cv;
            this.outlierRate = outlierRate;
            this.driftPerRun = driftPerRun;
            this.firstInBlockPenalty = firstInBlockPenalty;
        }
    }

    private final Machine machine;
    private final double meanSeconds;

    SyntheticTrial(Machine machine, double meanSeconds) {
        this.machine = machine;
        this.meanSeconds = meanSeconds;
    }

    @Override
    public Sample run() {
        Machine m = machine;
        double position = m.runs % 2 == 0 ? 1 + m.firstInBlockPenalty : 1;
        double drift = 1 + m.driftPerRun * m.runs++;
        double noise = Math.exp(m.cv * gaussian(m.random));
        double outlier = m.random.nextDouble() < m.outlierRate ? 2.0 : 1.0;
        double t = meanSeconds * drift * noise * outlier * position;
        return new Sample(t, t, 1_000_000);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
