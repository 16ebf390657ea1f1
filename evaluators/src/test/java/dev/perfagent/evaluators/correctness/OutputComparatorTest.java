package dev.perfagent.evaluators.correctness;

import dev.perfagent.datasets.Comparison;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutputComparatorTest {
    private final OutputComparator exact = new OutputComparator(Comparison.EXACT, 0);
    private final OutputComparator numeric = new OutputComparator(Comparison.NUMERIC, 1e-6);

    @Test
    void exactIgnoresTrailingBlanksAndFinalNewlines() {
        assertThat(exact.compare("a b\n2\n", "a b  \n2\n\n\n")).isEmpty();
        assertThat(exact.compare("1\r\n2\r\n", "1\n2")).isEmpty();
    }

    @Test
    void exactReportsTheFirstDifferingLineWithExcerpts() {
        var m = exact.compare("1\n2\n3\n", "1\n5\n3\n").orElseThrow();
        assertThat(m.line()).isEqualTo(2);
        assertThat(m.expected()).isEqualTo("2");
        assertThat(m.actual()).isEqualTo("5");
        assertThat(m.describe()).contains("line 2").contains("expected \"2\"").contains("got \"5\"");
    }

    @Test
    void missingAndExtraLinesAreMismatches() {
        assertThat(exact.compare("1\n2\n", "1\n").orElseThrow().why()).isEqualTo("output ends early");
        assertThat(exact.compare("1\n", "1\n2\n").orElseThrow().why()).isEqualTo("extra output");
        assertThat(exact.compare("1\n", "").orElseThrow().line()).isEqualTo(1);
    }

    @Test
    void leadingWhitespaceCountsForExact() {
        assertThat(exact.compare("x", " x")).isPresent();
    }

    @Test
    void numericAcceptsDifferencesWithinTolerance() {
        assertThat(numeric.compare("pi 3.14159265\n", "pi 3.1415927\n")).isEmpty();
        assertThat(numeric.compare("1e9\n", "1000000000.5\n")).isEmpty();
        assertThat(numeric.compare("3.1416\n", "3.1417\n")).isPresent();
        assertThat(numeric.compare("pi 3.14\n", "tau 3.14\n")).isPresent();
        assertThat(numeric.compare("1 2\n", "1 2 3\n")).isPresent();
        assertThat(numeric.compare("nan\n", "nan\n")).isEmpty();
        assertThat(numeric.compare("1\n", "nan\n")).isPresent();
    }

    @Test
    void longLinesAreClippedInExcerpts() {
        String longLine = "x".repeat(500);
        var m = exact.compare(longLine, longLine + "y").orElseThrow();
        assertThat(m.expected().length()).isLessThan(100);
    }

    @Test
    void infinityAndNanMatchOnlyTheSameInTheReference() {
        OutputComparator numeric = new OutputComparator(Comparison.NUMERIC, 1e-6);
        assertThat(numeric.compare("3.5 12\n", "Infinity Infinity\n")).isPresent();
        assertThat(numeric.compare("3.5\n", "inf\n")).isPresent();
        assertThat(numeric.compare("3.5\n", "1e999\n")).isPresent();
        assertThat(numeric.compare("3.5\n", "NaN\n")).isPresent();
        assertThat(numeric.compare("3.5\n", "-Infinity\n")).isPresent();
        assertThat(numeric.compare("inf -inf nan\n", "Infinity -Infinity NaN\n")).isEmpty();
        assertThat(numeric.compare("inf\n", "-inf\n")).isPresent();
        assertThat(numeric.compare("1e999\n", "3.5\n")).isPresent();
    }

    @Test
    void onlyDecimalNumbersAreNumbers() {
        OutputComparator numeric = new OutputComparator(Comparison.NUMERIC, 1e-6);
        assertThat(numeric.compare("5\n", "5d\n")).isPresent();
        assertThat(numeric.compare("8\n", "0x1p3\n")).isPresent();
        assertThat(numeric.compare("5\n", "5.0000000001\n")).isEmpty();
        assertThat(numeric.compare("0.5\n", ".5\n")).isEmpty();
        assertThat(numeric.compare("2\n", "2.\n")).isEmpty();
    }
}
