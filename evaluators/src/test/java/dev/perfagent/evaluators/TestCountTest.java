package dev.perfagent.evaluators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class TestCountTest {

    @Test
    void commandsThatRanNoTestAreCountedAsZero(@TempDir Path ws) {
        assertThat(TestCount.of(ws, "ctest --test-dir build", "Test project /ws/build\nNo tests were found!!!\n")).isEqualTo(OptionalInt.of(0));
        assertThat(TestCount.of(ws, "python3 -m pytest -q", "\nno tests ran in 0.01s\n")).isEqualTo(OptionalInt.of(0));
        assertThat(TestCount.of(ws, "python3 -m unittest discover", "\n----------------------------------------------------------------------\nRan 0 tests in 0.000s\n\nOK\n"))
                .isEqualTo(OptionalInt.of(0));
        assertThat(TestCount.of(ws, "mvn -B test", "[INFO] Tests run: 0, Failures: 0, Errors: 0, Skipped: 0\n")).isEqualTo(OptionalInt.of(0));
        // quiet Maven that left no Surefire report ran no test class
        assertThat(TestCount.of(ws, "mvn -q -o -B test", "")).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void commandsThatRanTestsAreCounted(@TempDir Path ws) throws Exception {
        assertThat(TestCount.of(ws, "ctest", "100% tests passed, 0 tests failed out of 7\n")).isEqualTo(OptionalInt.of(7));
        assertThat(TestCount.of(ws, "pytest", "....\n============ 4 passed in 0.02s ============\n")).isEqualTo(OptionalInt.of(4));
        assertThat(TestCount.of(ws, "python3 -m unittest", "Ran 12 tests in 0.3s\n\nOK\n")).isEqualTo(OptionalInt.of(12));
        Path reports = Files.createDirectories(ws.resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-a.ATest.xml"), "<testsuite name='a.ATest'><testcase name='x'/><testcase name='y'/></testsuite>");
        Files.writeString(reports.resolve("TEST-a.BTest.xml"), "<testsuite name='a.BTest'><testcase name='z'/></testsuite>");
        assertThat(TestCount.of(ws, "mvn -q -o -B test", "")).isEqualTo(OptionalInt.of(3));
        // a Makefile's own test program says nothing countable
        assertThat(TestCount.of(ws.resolve("target/classes"), "make test", "all good\n")).isEmpty();
    }
}
