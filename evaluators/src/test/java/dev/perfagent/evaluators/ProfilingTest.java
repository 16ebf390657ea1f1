package dev.perfagent.evaluators;

import dev.perfagent.datasets.Task;
import dev.perfagent.datasets.TaskYaml;
import dev.perfagent.sandbox.local.LocalSandbox;
import dev.perfagent.sandbox.profile.HotFrame;
import dev.perfagent.sandbox.profile.Profile;
import dev.perfagent.sandbox.profile.ProfileEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Profiling the bundled examples in the sandbox: the function that the task's description blames is
 * among the five hottest frames of the original, for each language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilingTest {
    private LocalSandbox sandbox;
    private Profiling profiling;

    @BeforeAll
    void start() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/bwrap")), "bubblewrap is not installed: apt-get install bubblewrap");
        sandbox = LocalSandbox.detect();
        profiling = new Profiling(sandbox);
    }

    @AfterAll
    void stop() {
        if (sandbox != null) sandbox.close();
    }

    private static Task example(String id) throws Exception {
        return TaskYaml.load(ExampleSuiteTest.SUITE.resolve(id));
    }

    private static List<String> top5(Profile p) {
        return p.top(5).stream().map(HotFrame::frame).toList();
    }

    @Test
    void javaStringConcatenationIsHot() throws Exception {
        Profile p = profiling.profile(example("java-report-concat"), Candidate.original());
        assertThat(p.problem()).as(p.summary(5)).isEmpty();
        assertThat(p.profiler()).startsWith("async-profiler");
        // report += …: the time goes into copying the report so far, inside the JDK's concatenation helpers
        assertThat(top5(p)).anySatisfy(f -> assertThat(f).containsAnyOf("StringConcatHelper", "String.", "Arrays.copyOf", "Unsafe.allocate"));
        HotFrame main = p.frames().stream().filter(f -> f.frame().equals("Main.main")).findFirst().orElseThrow();
        assertThat(main.totalPercent()).as("Main.main is on most stacks").isGreaterThan(60);
        assertThat(p.excluded()).as("the JIT compiler's threads are not the program's").containsKey("JIT compiler threads (beside the program)");
        assertThat(p.frames()).noneSatisfy(f -> assertThat(f.frame()).contains("java/lang").contains("_[j]"));
    }

    @Test
    void javaAllocationProfileCountsBytes() throws Exception {
        Profile p = profiling.profile(example("java-report-concat"), Candidate.original(), ProfileEvent.ALLOCATION);
        assertThat(p.unit()).isEqualTo("bytes");
        assertThat(p.isEmpty()).as(p.summary(5)).isFalse();
        assertThat(p.topByTotal(3)).extracting(HotFrame::frame).contains("Main.main");
        // bytes are counted on the method that allocates, and by type beside the frames
        assertThat(top5(p)).anySatisfy(f -> assertThat(f).containsAnyOf("StringConcatHelper", "Unsafe.allocate", "Arrays.copyOf"));
        assertThat(p.hidden()).containsKey("allocated byte[]");
        assertThat(p.hidden().get("allocated byte[]")).isGreaterThan(p.total() / 2);
    }

    @Test
    void cppLinearSearchComparesStrings() throws Exception {
        Profile p = profiling.profile(example("cpp-word-freq"), Candidate.original());
        assertThat(p.problem()).as(p.summary(5)).isEmpty();
        // addWord is inlined into main at -O2; its string comparisons are memcmp
        assertThat(top5(p)).anySatisfy(f -> assertThat(f).containsAnyOf("memcmp", "addWord", "main"));
        assertThat(p.frames()).noneSatisfy(f -> assertThat(f.frame()).isIn("_start", "__libc_start_call_main", "[unknown]"));
    }

    @Test
    void pythonMainLoopIsHot() throws Exception {
        Profile p = profiling.profile(example("py-unique-visitors"), Candidate.original());
        assertThat(p.problem()).as(p.summary(5)).isEmpty();
        assertThat(p.unit()).isEqualTo("microseconds");
        // `x in some_list` is no function call: its cost is main's own
        HotFrame hottest = p.top(1).get(0);
        assertThat(top5(p)).contains("main.py:13(main)");
        assertThat(hottest.frame()).isEqualTo("main.py:13(main)");
        assertThat(hottest.source()).hasValueSatisfying(s -> assertThat(s.file()).isEqualTo("main.py"));
        assertThat(hottest.selfPercent()).isGreaterThan(50);
    }

    @Test
    void aCandidateThatDoesNotBuildGivesAnEmptyProfileWithTheReason() throws Exception {
        Profile p = profiling.profile(example("py-unique-visitors"), Candidate.of("broken", Map.of("main.py", "def main(:\n"), "test"));
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.problem()).hasValueSatisfying(r -> assertThat(r).contains("does not build"));
    }
}
