package dev.perfagent.evaluators;

import dev.perfagent.sandbox.ExecResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The first failing test of a repository's test command: from Surefire's XML, unittest's output, or the log. */
class TestReportsTest {
    private static ExecResult failed(String out) {
        return new ExecResult(1, out, "", Duration.ZERO, Duration.ZERO, 0, false, Optional.empty());
    }

    @Test
    void surefireReportGivesTheTestAndItsMessage(@TempDir Path ws) throws Exception {
        Path reports = Files.createDirectories(ws.resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-org.acme.AOkTest.xml"), "<testsuite><testcase classname=\"org.acme.AOkTest\" name=\"fine\"/></testsuite>");
        Files.writeString(reports.resolve("TEST-org.acme.CatalogTest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="org.acme.CatalogTest" tests="2" failures="1">
                  <testcase name="findsListedProducts" classname="org.acme.CatalogTest" time="0.01"/>
                  <testcase name="relistingReplacesInPlace" classname="org.acme.CatalogTest" time="0.01">
                    <failure message="expected: &lt;3&gt; but was: &lt;4&gt;" type="org.opentest4j.AssertionFailedError">stack</failure>
                  </testcase>
                </testsuite>
                """);
        TestReports.Failure f = TestReports.firstFailure(ws, failed("[ERROR] Tests run: 2, Failures: 1")).orElseThrow();
        assertThat(f.test()).isEqualTo("CatalogTest.relistingReplacesInPlace");
        assertThat(f.describe()).isEqualTo("test CatalogTest.relistingReplacesInPlace failed: expected: <3> but was: <4>");
    }

    @Test
    void unittestOutputGivesTheTestAndTheAssertion(@TempDir Path ws) {
        String out = """
                ..F.
                ======================================================================
                FAIL: test_first_occurrence_order (tests.test_index.VocabularyTest.test_first_occurrence_order)
                ----------------------------------------------------------------------
                Traceback (most recent call last):
                  File "/workspace/tests/test_index.py", line 14, in test_first_occurrence_order
                    self.assertEqual(distinct_terms([["b", "a"], ["a", "c", "b"]]), ["b", "a", "c"])
                AssertionError: Lists differ: ['a', 'b', 'c'] != ['b', 'a', 'c']
                """;
        TestReports.Failure f = TestReports.firstFailure(ws, failed(out)).orElseThrow();
        assertThat(f.test()).isEqualTo("VocabularyTest.test_first_occurrence_order");
        assertThat(f.message()).isEqualTo("AssertionError: Lists differ: ['a', 'b', 'c'] != ['b', 'a', 'c']");
    }

    @Test
    void otherwiseTheFirstErrorLine(@TempDir Path ws) {
        TestReports.Failure f = TestReports.firstFailure(ws, failed("running 7 checks\nFAIL: top words (tests/t.cpp:20)\n")).orElseThrow();
        assertThat(f.test()).isEqualTo("(test command)");
        assertThat(f.message()).contains("FAIL: top words");
    }
}
