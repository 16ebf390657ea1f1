package dev.perfagent.agent.pr;

import dev.perfagent.agent.repo.PythonSourceIndex;
import dev.perfagent.datasets.Language;
import dev.perfagent.sandbox.profile.HotFrame;
import dev.perfagent.sandbox.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changed methods get a loop run: by their share of the head's profile, not by lines changed. */
class HotChangesTest {
    static final String WORK = """
            def small(n):
                return n + 1

            def busy(n):
                total = 0
                for i in range(n):
                    total += i
                return total

            def rare(n):
                return n * 2

            def unused(n):
                return n - 1
            """;

    // many lines changed in the cold functions, one in the hot one: lines changed would pick the wrong ones
    static final List<ChangedCode> CHANGED = List.of(
            new ChangedCode("work.py", "unused", new LineRange(13, 14), 2),
            new ChangedCode("work.py", "rare", new LineRange(10, 11), 2),
            new ChangedCode("work.py", "small", new LineRange(1, 2), 1),
            new ChangedCode("work.py", "busy", new LineRange(4, 8), 1),
            new ChangedCode("README.md", "README.md lines 1–3", new LineRange(1, 3), 3));

    static HotFrame frame(String name, long self, long total, long all) {
        return new HotFrame(name, self, total, 100.0 * self / all, 100.0 * total / all, Optional.empty());
    }

    @Test
    void hotChangedMethodsComeFirstByShareAndColdOnesAreSkippedWithTheReason(@TempDir Path head) throws Exception {
        Files.writeString(head.resolve("work.py"), WORK);
        PythonSourceIndex index = PythonSourceIndex.of(head, List.of("work.py"));
        long all = 1000;
        Profile profile = new Profile("cProfile, repository frames only", "microseconds", all, List.of(
                frame("/tmp/ws/work.py:4(busy)", 700, 700, all), frame("/tmp/ws/bench.py:1(<module>)", 200, 1000, all),
                frame("/tmp/ws/work.py:1(small)", 90, 90, all), frame("/tmp/ws/work.py:10(rare)", 10, 10, all)),
                Map.of(), Map.of(), Optional.empty());

        HotChanges.Ranked r = HotChanges.rank(CHANGED, Map.of(Language.PYTHON, new HotChanges.Profiled(profile, index)), Map.of());

        assertThat(r.hot()).extracting(h -> h.code().name()).containsExactly("busy", "small");
        assertThat(r.hot().get(0).share()).isEqualTo("70.0% self, 70.0% total of the profile");
        assertThat(r.skipped()).containsExactly(
                "`unused`: not tried (cold: never seen in the profile of the benchmarks)",
                "`rare`: not tried (cold: 1.0% self, 1.0% total of the profile; below 2%)",
                "`README.md lines 1–3`: not tried (perfagent does not build this kind of file)");
        assertThat(r.ranking()).isEqualTo("ranked by their share of the head's profile on the benchmarks"
                + " (cProfile, repository frames only; at least 2% self time)");
    }

    @Test
    void withoutAProfileTheChangedMethodsAreRankedByLinesChangedAndTheCommentSaysWhy() {
        HotChanges.Ranked r = HotChanges.rank(CHANGED, Map.of(), Map.of(Language.PYTHON, "perf is not installed"));

        assertThat(r.hot()).extracting(h -> h.code().name()).containsExactly("unused", "rare", "small", "busy");
        assertThat(r.hot().get(0).share()).isEqualTo("not profiled");
        assertThat(r.ranking()).isEqualTo("python code ranked by lines changed (not profiled: perf is not installed)");
    }
}
