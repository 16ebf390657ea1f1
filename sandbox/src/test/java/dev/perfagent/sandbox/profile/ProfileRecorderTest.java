package dev.perfagent.sandbox.profile;

import dev.perfagent.sandbox.ExecResult;
import dev.perfagent.sandbox.ExecSpec;
import dev.perfagent.sandbox.Executables;
import dev.perfagent.sandbox.Limits;
import dev.perfagent.sandbox.Workspace;
import dev.perfagent.sandbox.local.LocalSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Native programs profiled for real in the bubblewrap sandbox, by perf and by async-profiler preloaded. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileRecorderTest {
    /** {@code spin} does nearly all the work; {@code noinline} keeps it a frame of its own at -O2. */
    private static final String PROGRAM = """
            #include <stdio.h>
            __attribute__((noinline)) static unsigned long spin(unsigned long n) {
                unsigned long x = 1;
                for (unsigned long i = 0; i < n; i++) x = x * 6364136223846793005UL + 1442695040888963407UL;
                return x;
            }
            int main(int argc, char **argv) {
                printf("%lu\\n", spin(argc > 1 ? 0 : 400000000UL));
                return argc > 2 ? 3 : 0;
            }
            """;

    private LocalSandbox sandbox;
    private Workspace workspace;
    private final Limits limits = new Limits(Duration.ofSeconds(20), Duration.ofSeconds(20), 512 * Limits.MIB, 64,
            64 * Limits.MIB, 256, 16 * Limits.MIB);

    @BeforeAll
    void build() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/bwrap")), "bubblewrap is not installed: apt-get install bubblewrap");
        assumeTrue(Executables.exists("gcc"), "gcc is not installed: apt-get install gcc");
        sandbox = LocalSandbox.bubblewrap();
        workspace = Workspace.create("profile-test");
        Files.writeString(workspace.resolve("spin.c"), PROGRAM);
        ExecResult r = sandbox.exec(workspace, ExecSpec.of(List.of("gcc", "-O2", "-o", "spin", "spin.c"), limits).writable());
        assertThat(r.ok()).as(r.stderr()).isTrue();
    }

    @AfterAll
    void stop() {
        if (workspace != null) workspace.close();
        if (sandbox != null) sandbox.close();
    }

    private Profile profile(Profiler p, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("./spin"));
        cmd.addAll(List.of(args));
        return new ProfileRecorder(sandbox).record(workspace, p, List.of(ExecSpec.of(cmd, limits)));
    }

    @Test
    void perfFindsTheHotFunction() {
        assumeTrue(new PerfProfiler().unavailable().isEmpty(), "perf is not installed: apt-get install linux-perf");
        Profile p = profile(new PerfProfiler());
        assertThat(p.problem()).as(p.summary(5)).isEmpty();
        assertThat(p.top(1).get(0).frame()).as(p.summary(5)).isEqualTo("spin");
        assertThat(p.top(1).get(0).selfPercent()).isGreaterThan(80);
        assertThat(p.total()).as("about one sample per millisecond of a run of some 100 ms or more").isGreaterThan(50);
        assertThat(Files.exists(workspace.resolve(Profiler.FOLDER))).as("the profile folder is removed").isFalse();
    }

    @Test
    void asyncProfilerPreloadedFindsTheHotFunction() {
        Profile p = profile(AsyncProfiler.forNative());
        assertThat(p.problem()).as(p.summary(5)).isEmpty();
        assertThat(p.top(1).get(0).frame()).as(p.summary(5)).isEqualTo("spin");
        // DWARF unwinding gets past spin to main; the C runtime's start-up frames are hidden
        assertThat(p.frames()).anySatisfy(f -> {
            assertThat(f.frame()).isEqualTo("main");
            assertThat(f.totalPercent()).isGreaterThan(80);
        });
    }

    @Test
    void aFailingRunKeepsWhatWasRecordedAndSaysHowItEnded() {
        Profile p = profile(AsyncProfiler.forNative(), "no-work", "fail");
        assertThat(p.problem()).hasValueSatisfying(r -> assertThat(r).contains("exit code 3"));
    }

    @Test
    void aMissingProfilerGivesAnEmptyProfileWithTheReasonAndTheNextOneIsTried() {
        Profiler missing = Profilers.unavailable("perf not found: install it (apt-get install linux-perf)");
        Profile none = profile(missing);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.summary(5)).isEqualTo("no profile: perf not found: install it (apt-get install linux-perf)");
        Profile fallback = new ProfileRecorder(sandbox).record(workspace, List.of(missing, AsyncProfiler.forNative()),
                List.of(ExecSpec.of(List.of("./spin"), limits)));
        assertThat(fallback.profiler()).startsWith("async-profiler");
        assertThat(fallback.isEmpty()).isFalse();
    }

    @Test
    void theUnshareFallbackProfilesToo() {
        // a workspace of its own: unshare hands the workspace to another user, which bwrap's runs cannot enter
        try (LocalSandbox weaker = LocalSandbox.unshareFallback(); Workspace own = Workspace.create("profile-unshare").copyFrom(workspace.dir())) {
            Profile p = new ProfileRecorder(weaker).record(own, AsyncProfiler.forNative(), List.of(ExecSpec.of(List.of("./spin"), limits)));
            assertThat(p.problem()).as(p.summary(5)).isEmpty();
            assertThat(p.top(1).get(0).frame()).isEqualTo("spin");
        }
    }
}
