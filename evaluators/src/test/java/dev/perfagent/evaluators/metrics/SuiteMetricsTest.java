package dev.perfagent.evaluators.metrics;

import dev.perfagent.evaluators.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The papers' scores on a small suite worked out by hand. */
class SuiteMetricsTest {

    static AttemptOutcome done(String task, int attempt, Verdict v, double speedup, double expert, double cost) {
        return new AttemptOutcome(task, attempt, AttemptStatus.DONE, Optional.of(v), "", OptionalDouble.of(speedup),
                OptionalDouble.of(speedup * 0.9), OptionalDouble.of(speedup * 1.1),
                Double.isNaN(expert) ? OptionalDouble.empty() : OptionalDouble.of(expert), 100, 10, cost);
    }

    static AttemptOutcome notRun(String task, int attempt, AttemptStatus status) {
        return new AttemptOutcome(task, attempt, status, Optional.empty(), "no GPU", OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0);
    }

    // a: best correct 3.0 (attempt 1), b: correct but slower (0.8), c: incorrect only, d: 1.12 then 1.3 (expert 2.0),
    // e: skipped, f: setup error
    static final List<AttemptOutcome> SUITE = List.of(
            done("a", 0, Verdict.INCORRECT, 5.0, 3.0, 0.10), done("a", 1, Verdict.IMPROVED, 3.0, 3.0, 0.10),
            done("b", 0, Verdict.REGRESSED, 0.8, 1.5, 0.10), done("b", 1, Verdict.BUILD_FAILED, 1.0, 1.5, 0.10),
            done("c", 0, Verdict.INCORRECT, 2.0, 2.0, 0.10), done("c", 1, Verdict.CRASHED, 1.0, 2.0, 0.10),
            done("d", 0, Verdict.IMPROVED, 1.12, 2.0, 0.10), done("d", 1, Verdict.IMPROVED, 1.3, 2.0, 0.10),
            notRun("e", 0, AttemptStatus.SKIPPED), notRun("e", 1, AttemptStatus.SKIPPED),
            notRun("f", 0, AttemptStatus.ERROR), notRun("f", 1, AttemptStatus.ERROR));

    @Test
    void pieScoresCountOnlyCorrectCandidatesAndFloorAtOneOverEveryTask() {
        SuiteSummary s = SuiteMetrics.summarize(SUITE);
        assertThat(s.tasks()).isEqualTo(6);
        assertThat(s.ran()).isEqualTo(4);
        assertThat(s.skipped()).isEqualTo(1);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.missing()).isZero();
        assertThat(s.attemptsPerTask()).isEqualTo(2);
        // e (skipped) and f (setup error) are in every denominator as not optimized, speedup 1.0
        assertThat(s.correctness()).isEqualTo(3 / 6.0);            // a, b, d
        assertThat(s.pctOpt()).isEqualTo(2 / 6.0);                  // a (3.0), d (1.3)
        assertThat(s.sp()).isCloseTo((3.0 + 1.0 + 1.0 + 1.3 + 1.0 + 1.0) / 6, within(1e-12)); // b slower, c incorrect, e, f → 1.0
        assertThat(s.pctAtLeast().get(2.0)).isEqualTo(1 / 6.0);
        assertThat(s.verified()).isEqualTo(2 / 6.0);
    }

    @Test
    void gsoOptAtKNeedsOverBase1point2AndNearTheExpert() {
        SuiteSummary s = SuiteMetrics.summarize(SUITE);
        // a#1: 3.0 ≥ 1.2 and 3.0/3.0 = 1 > 0.95 → opt. d#1: 1.3 ≥ 1.2 but 1.3/2.0 = 0.65 → opt_base only. a#0 is incorrect.
        assertThat(s.optAtK()).isEqualTo(1 / 6.0);
        assertThat(s.optAt1()).isEqualTo(0.0);
        assertThat(s.optBaseAtK()).isEqualTo(2 / 6.0);
    }

    /** A point estimate past GSO's 1.2 whose verdict is NEUTRAL (its interval says noise) reaches neither opt_base nor opt. */
    @Test
    void gsoScoresCountOnlyVerifiedImprovements() {
        SuiteSummary s = SuiteMetrics.summarize(List.of(done("n", 0, Verdict.NEUTRAL, 1.5, 1.5, 0), done("i", 0, Verdict.IMPROVED, 1.5, 1.5, 0)));
        assertThat(s.optBaseAtK()).isEqualTo(0.5);
        assertThat(s.optAt1()).isEqualTo(0.5);
        assertThat(s.pctOpt()).as("PIE's %OPT stays a point estimate, as PIE defines it").isEqualTo(1.0);
    }

    @Test
    void kernelBenchFastPAndGeomeanAndCosts() {
        SuiteSummary s = SuiteMetrics.summarize(SUITE);
        assertThat(s.fastP().get(0.0)).isEqualTo(3 / 6.0);
        assertThat(s.fastP().get(1.0)).isEqualTo(2 / 6.0);
        assertThat(s.fastP().get(1.5)).isEqualTo(1 / 6.0);
        assertThat(s.fastP().get(2.0)).isEqualTo(1 / 6.0);
        assertThat(s.geomeanSpeedup()).isCloseTo(Math.cbrt(3.0 * 0.8 * 1.3), within(1e-12));
        assertThat(s.tokensInPerTask()).isCloseTo(800 / 6.0, within(1e-9));
        assertThat(s.costPerTask()).isCloseTo(0.8 / 6, within(1e-12));
        assertThat(s.costOfPass()).isCloseTo(0.8 / 2, within(1e-12)); // $0.80 in all, 2 tasks verified faster
    }

    @Test
    void aSuiteWhereNothingRanScoresZeroAndAnEmptySuiteHasNoNumbers() {
        SuiteSummary s = SuiteMetrics.summarize(List.of(notRun("e", 0, AttemptStatus.SKIPPED)));
        assertThat(s.ran()).isZero();
        assertThat(s.correctness()).isZero();
        assertThat(s.sp()).isEqualTo(1.0);
        assertThat(s.costOfPass()).isNaN();
        assertThat(SuiteMetrics.summarize(List.of()).correctness()).isNaN();
    }

    /** The bug: a replay with replies for 2 of 12 tasks printed %OPT 50.0% and SP 2.87x, over the 2 that ran. */
    @Test
    void aReplayWithRepliesForTwoOfTwelveTasksIsScoredOverTheTwelve() {
        List<String> suite = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "p" + (char) ('a' + i)).toList();
        List<AttemptOutcome> outcomes = new java.util.ArrayList<>();
        outcomes.add(done("pa", 0, Verdict.IMPROVED, 4.74, Double.NaN, 0));
        outcomes.add(done("pb", 0, Verdict.NEUTRAL, 1.0, Double.NaN, 0));
        // the loop recorded "the model proposed nothing" for five; the other five have no row at all
        for (int i = 2; i < 7; i++) outcomes.add(notRun(suite.get(i), 0, AttemptStatus.SKIPPED));
        SuiteSummary s = SuiteMetrics.summarize(suite, outcomes);
        assertThat(s.tasks()).isEqualTo(12);
        assertThat(s.ran()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(5);
        assertThat(s.pctOpt()).isCloseTo(1 / 12.0, within(1e-12));               // 8.3%
        assertThat(s.sp()).isCloseTo((4.74 + 11 * 1.0) / 12, within(1e-12));     // 1.31x
        assertThat(s.correctness()).isCloseTo(2 / 12.0, within(1e-12));
        List<TaskScore> scores = SuiteMetrics.scores(suite, outcomes);
        assertThat(scores).hasSize(12);
        assertThat(scores.get(11).ran()).isFalse();
        assertThat(scores.get(11).reason()).isEqualTo(SuiteMetrics.NO_ATTEMPT);
    }

    /** The bug: a task whose environment failed (a missing module) dropped out of every denominator. */
    @Test
    void aTaskWhoseEnvironmentFailedStaysInEveryDenominator() {
        List<AttemptOutcome> outcomes = List.of(done("ok", 0, Verdict.IMPROVED, 2.0, 2.0, 0),
                new AttemptOutcome("needs-numpy", 0, AttemptStatus.ERROR, Optional.empty(), "ModuleNotFoundError: No module named 'numpy'",
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0, 0, 0));
        SuiteSummary s = SuiteMetrics.summarize(outcomes);
        assertThat(s.errors()).isEqualTo(1);
        assertThat(s.correctness()).isEqualTo(0.5);
        assertThat(s.pctOpt()).isEqualTo(0.5);
        assertThat(s.optAtK()).isEqualTo(0.5);
        assertThat(s.fastP().get(1.0)).isEqualTo(0.5);
        assertThat(s.sp()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void speedupLevelsAndFastPAreListedInAscendingOrder() {
        SuiteSummary s = SuiteMetrics.summarize(SUITE);
        assertThat(s.pctAtLeast().keySet()).containsExactly(1.10, 1.25, 1.5, 2.0, 5.0, 10.0);
        assertThat(s.fastP().keySet()).containsExactly(0.0, 1.0, 1.5, 2.0);
    }
}
