package dev.perfagent.evaluators.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpeedupBootstrapTest {
    @Test
    void theIntervalCoversTheTrueRatioAtLeastAsOftenAsPromised() {
        int covered = 0;
        int trials = 300;
        for (int s = 0; s < trials; s++) {
            SyntheticTrial.Machine m = new SyntheticTrial.Machine(s, 0.05, 0, 0);
            SyntheticTrial a = new SyntheticTrial(m, 0.1);
            SyntheticTrial b = new SyntheticTrial(m, 0.1 / 1.2);
            int n = 10;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = a.run().seconds();
                y[i] = b.run().seconds();
            }
            Speedup sp = new SpeedupBootstrap(1000, 0.95, s).estimate(x, y);
            if (sp.low() <= 1.2 && 1.2 <= sp.high()) covered++;
        }
        System.out.println("coverage of the true 1.2x by the 95% interval at n=10: " + covered + "/" + trials);
        assertThat(covered).isGreaterThanOrEqualTo((int) (0.93 * trials));
    }

    @Test
    void oneIntervalOn60BlocksIsQuick() {
        double[] a = new double[60];
        double[] b = new double[60];
        for (int i = 0; i < 60; i++) {
            a[i] = 0.1 + i * 1e-4;
            b[i] = 0.09 + (59 - i) * 1e-4;
        }
        SpeedupBootstrap bootstrap = new SpeedupBootstrap(2000, 0.95, 1);
        bootstrap.estimate(a, b);
        long start = System.nanoTime();
        Speedup s = bootstrap.estimate(a, b);
        long micros = (System.nanoTime() - start) / 1000;
        System.out.println("one 2000-resample interval on 60 blocks: " + micros + " µs");
        assertThat(micros).isLessThan(500_000);
        assertThat(s.low()).isLessThanOrEqualTo(s.ratio());
        assertThat(s.high()).isGreaterThanOrEqualTo(s.ratio());
    }

    @Test
    void identicalSamplesGiveAPointInterval() {
        double[] a = {0.1, 0.1, 0.1, 0.1, 0.1};
        Speedup s = new SpeedupBootstrap(500, 0.95, 1).estimate(a, a.clone());
        assertThat(s.ratio()).isEqualTo(1.0);
        assertThat(s.low()).isEqualTo(1.0);
        assertThat(s.high()).isEqualTo(1.0);
    }
}
