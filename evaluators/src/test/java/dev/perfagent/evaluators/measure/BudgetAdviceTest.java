package dev.perfagent.evaluators.measure;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetAdviceTest {
    private static final MeasurementPlan PLAN = MeasurementPlan.defaults().withBudget(Duration.ofSeconds(10)); // 1 warm-up, 8..60 runs

    /** {@code runs} timed runs a side (plus the warm-up), {@code elapsed} in all, stopped for {@code reason}. */
    private static Measurement measured(int runs, double elapsedSeconds, Speedup s, String reason) {
        List<Sample> side = Collections.nCopies(runs, new Sample(0.1, 0.1, 0));
        Runs r = new Runs(List.of(new Sample(0.1, 0.1, 0)), side);
        return new Measurement(r, r, "AB".repeat(runs / 2), Clock.WALL, s, 0.5, Duration.ofMillis((long) (elapsedSeconds * 1000)),
                reason, PLAN, new Runs(List.of(), List.of()));
    }

    @Test
    void tooFewRunsForAnIntervalNameTheBudgetThatFitsTheMinimum() {
        // 1 warm-up + 2 runs took 10 s: 3.33 s a block; the rule needs 8 runs + 1 warm-up = 30 s
        Measurement m = measured(2, 10, new Speedup(1.08, 0.97, 1.22), "10.0 s budget spent");
        VerdictRule.Decision d = m.decision();
        assertThat(d.verdict()).isEqualTo(Verdict.NEUTRAL);
        assertThat(d.reason()).isEqualTo("only 2 run(s) per side fit the time budget, fewer than the 8 needed to decide: "
                + "raise --budget to about 30s");
    }

    @Test
    void anIntervalThatStraddlesTheThresholdWhenTimeRanOutGetsTheRunsItNeeds() {
        // ratio 1.10 with [1.02, 1.186]: half-width ln(1.186/1.02)/2 = 0.0754, distance to 1.05 ln(1.10/1.05) = 0.0465;
        // 10 runs · (0.0754 / 0.0465)² = 26.3 → 27 runs; 11 blocks took 22 s (2 s each): 28 blocks = 56 s → 1m
        Measurement m = measured(10, 22, new Speedup(1.10, 1.02, 1.186), "10.0 s budget spent");
        assertThat(BudgetAdvice.runsNeeded(m.speedup(), 1.05, 10)).isEqualTo(27);
        assertThat(m.decision().reason()).isEqualTo("interval [1.02×, 1.19×] straddles the 1.05× threshold; only 10 runs per side "
                + "fit the budget: raise --budget to about 1m");
    }

    @Test
    void beyondTheRunCapTheAdviceSaysSo() {
        // the estimate sits almost on the threshold: more runs than --max-runs allows would be needed
        Measurement m = measured(10, 22, new Speedup(1.051, 0.95, 1.16), "10.0 s budget spent");
        assertThat(m.decision().reason()).endsWith("raise --budget to about 2m30s (the 60-run cap of --max-runs; even then the interval may not decide)");
    }

    @Test
    void aNeutralTheIntervalSettledOrThatStoppedForAnotherReasonGetsNoAdvice() {
        assertThat(measured(20, 22, new Speedup(1.00, 0.97, 1.03), "10.0 s budget spent").decision().reason())
                .doesNotContain("raise --budget");
        assertThat(measured(60, 22, new Speedup(1.10, 1.02, 1.186), "reached 60 runs per side (cap 60)").decision().reason())
                .doesNotContain("raise --budget");
        assertThat(measured(10, 22, new Speedup(1.30, 1.20, 1.40), "10.0 s budget spent").decision().verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void budgetsAreRoundedUpToWhatAPersonTypes() {
        assertThat(BudgetAdvice.roundUp(0.4)).isEqualTo("5s");
        assertThat(BudgetAdvice.roundUp(41)).isEqualTo("45s");
        assertThat(BudgetAdvice.roundUp(60)).isEqualTo("1m");
        assertThat(BudgetAdvice.roundUp(61)).isEqualTo("1m30s");
        assertThat(BudgetAdvice.roundUp(601)).isEqualTo("11m");
    }
}
