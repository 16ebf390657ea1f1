package dev.perfagent.prompts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackTest {

    @Test
    void longCompilerOutputKeepsItsFirstLinesAndSaysHowManyWereCut() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= 100; i++) out.append("Main.java:").append(i).append(": error: cannot find symbol\n");
        String trimmed = Feedback.compilerErrors(out.toString());
        assertThat(trimmed).startsWith("Main.java:1: error").contains("Main.java:25: error")
                .doesNotContain("Main.java:26:").endsWith("… (75 more lines)");
        assertThat(Feedback.compilerErrors("x".repeat(10_000), 25, 100)).hasSize(101).endsWith("…");
        assertThat(Feedback.compilerErrors(out.toString(), 100, 300)).hasSizeLessThan(400).contains("more lines");
    }

    @Test
    void theFirstDifferingLineIsShownWithTheShortInput() {
        String text = Feedback.failingCase(new FailingCase("tests/ties.in", "3\nb a c\n", "a 1\nb 2\nc 3\n", "a 1\nc 3\nb 2\n"));
        assertThat(text).isEqualTo("""
                on input tests/ties.in, line 2 of the output differs:
                  expected: `b 2`
                  actual:   `c 3`
                  input:
                    3
                    b a c""");
    }

    @Test
    void aShortOutputSaysWhereItEnded() {
        String text = Feedback.failingCase(new FailingCase("large.in", "x".repeat(10_000), "1\n2\n3\n", "1\n"));
        assertThat(text).contains("line 2 of the output differs").contains("actual:   (end of output)")
                .contains("expected 3 lines, got 1").doesNotContain("input:");
    }

    @Test
    void goldenFeedbackForEachKindOfResult() {
        assertThat(Feedback.of(CandidateResult.measured("IMPROVED", new Speedup(1.3412, 1.2101, 1.4833))))
                .isEqualTo("Measured against the original program: 1.34× [1.21×, 1.48×], IMPROVED.");
        assertThat(Feedback.of(CandidateResult.buildFailed("Main.java:7: error: ';' expected\n        int x = 1\n                 ^\n1 error\n")))
                .isEqualTo("""
                        It did not compile (BUILD_FAILED). The compiler said:
                          Main.java:7: error: ';' expected
                                  int x = 1
                                           ^
                          1 error""");
        assertThat(Feedback.of(CandidateResult.failed("TIMEOUT", "killed after 10 s on tests/large.in")))
                .isEqualTo("Verdict TIMEOUT: killed after 10 s on tests/large.in");
        assertThat(Feedback.of(CandidateResult.incorrect(new FailingCase("t.in", "", "1\n", "2\n"))))
                .startsWith("Its output was wrong (INCORRECT): on input t.in, line 1 of the output differs:");
    }

    @Test
    void hotFramesAttemptsAndBudget() {
        assertThat(Feedback.hotFrames(List.of(new HotFrame("Main.main", 5.0, 100.0),
                new HotFrame("java.util.regex.Pattern.compile", 41.5, 63.0), new HotFrame("java.lang.String.split", 12.25, 20.0)), 2))
                .isEqualTo("  self  total  frame\n"
                           + " 41.5%  63.0%  java.util.regex.Pattern.compile\n"
                           + " 12.3%  20.0%  java.lang.String.split");
        assertThat(Feedback.attempts(List.of(
                new AttemptSummary(1, 1, "unrolled the loop", "BUILD_FAILED", Optional.empty()),
                new AttemptSummary(2, 3, "hoisted regex", "NEUTRAL", Optional.of(new Speedup(1.01, 0.97, 1.05)))), 10))
                .isEqualTo("round 1, cand 1: unrolled the loop → BUILD_FAILED\nround 2, cand 3: hoisted regex → NEUTRAL 1.01× [0.97×, 1.05×]");
        assertThat(Feedback.budget(new BudgetLeft(3, 5, 12_000, 50_000, 0.12, 1.0))).isEqualTo("rounds 3 of 5, tokens 12,000 of 50,000, $0.12 of $1.00");
        assertThat(Feedback.budget(new BudgetLeft(1, 4, 0, 0, 0, 0))).isEqualTo("rounds 1 of 4");
        assertThat(Feedback.budget(BudgetLeft.UNLIMITED)).isEqualTo("no limit");
    }

    @Test
    void onlyTheMostRecentAttemptsAreListed() {
        List<AttemptSummary> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) many.add(new AttemptSummary(i, 1, "idea " + i, "NEUTRAL", Optional.empty()));
        String text = Feedback.attempts(many, 5);
        assertThat(text).startsWith("(25 earlier attempts not shown)").contains("idea 26").contains("idea 30").doesNotContain("idea 25 ");
    }

    @Test
    void feedbackIsCappedInLength() {
        String huge = Feedback.of(CandidateResult.failed("CRASHED", ("Exception in thread \"main\" " + "x".repeat(700) + "\n").repeat(50)));
        assertThat(huge.length()).isLessThanOrEqualTo(Feedback.MAX_CHARS + 60);
        String build = Feedback.of(CandidateResult.buildFailed("e\n".repeat(10_000)));
        assertThat(build.length()).isLessThan(Feedback.COMPILER_CHARS + 200);
    }
}
