package dev.perfagent.evaluators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExecCostTest {
    @Test
    void startingBinTrueCostsAFractionOfAMillisecondAndIsMeasuredOnce() {
        double first = ExecCost.binTrueSeconds();
        System.out.printf("/bin/true's own start: %.3f ms%n", first * 1000);
        assertThat(first).isBetween(0.0, 0.005);
        assertThat(ExecCost.binTrueSeconds()).isEqualTo(first);
    }
}
