package dev.perfagent.agent.repo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuringBudgetTest {

    @Test
    void aSlowBenchmarkGetsABudgetThatHoldsEightRunsASide() {
        // the case: a 5 s benchmark, the default 30 s held two runs a side
        MeasuringBudget b = MeasuringBudget.size(5.0, 30, false);
        assertThat(b.seconds()).isEqualTo(99.0);
        assertThat(b.runs()).isEqualTo(8);
        assertThat(b.note()).contains("timing budget 99 s per candidate", "8 runs a side", "default 30 s held 2");
    }

    @Test
    void aFastBenchmarkKeepsTheBudget() {
        MeasuringBudget b = MeasuringBudget.size(0.2, 30, false);
        assertThat(b.seconds()).isEqualTo(30.0);
        assertThat(b.runs()).isEqualTo(74);
    }

    @Test
    void aBudgetTheUserSetIsKeptWithAWarningWhenItHoldsTooFewRuns() {
        MeasuringBudget b = MeasuringBudget.size(5.0, 30, true);
        assertThat(b.seconds()).isEqualTo(30.0);
        assertThat(b.note()).contains("holds only 2 run(s) a side", "99 s would fit them");
    }

    @Test
    void memorySizesAreReadWithTheirUnits() {
        assertThat(RepoMemory.parse("4g")).contains(4096L * 1024 * 1024);
        assertThat(RepoMemory.parse("1536m")).contains(1536L * 1024 * 1024);
        assertThat(RepoMemory.parse("3072")).contains(3072L * 1024 * 1024);
        assertThat(RepoMemory.parse("2GiB")).contains(2048L * 1024 * 1024);
        assertThat(RepoMemory.parse("lots")).isEmpty();
        assertThat(RepoMemory.parse("10m")).isEmpty();
    }
}
