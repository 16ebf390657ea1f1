package dev.perfagent.sandbox.local;

import dev.perfagent.sandbox.Limits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The namespace's init shell sets the rlimits itself, exactly, where /bin/sh's ulimit was found to; prlimit elsewhere. */
class RlimitsTest {
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(10), Duration.ofMillis(2500), 96 * Limits.MIB, 33,
            3 * Limits.MIB, 123, Limits.MIB);

    @Test
    void theInitShellSetsEveryLimitSoftAndHardWithoutPrlimit() throws Exception {
        Assumptions.assumeTrue(Rlimits.shell().isPresent(), "/bin/sh's ulimit does not set exact limits here: prlimit is used");
        Assumptions.assumeTrue(Rlimits.shell().get().isPresent(), "/bin/sh's ulimit has no RLIMIT_NPROC option here");
        List<String> init = Rlimits.init(LIMITS, false, Optional.empty());
        assertThat(init).first().isEqualTo(Rlimits.SHELL);
        assertThat(init).doesNotContain(Rlimits.PRLIMIT);
        String limits = run(init, "cat", "/proc/self/limits");
        assertThat(limits).containsPattern("Max cpu time +3 +4 ")
                .containsPattern("Max data size +" + 96 * Limits.MIB + " +" + 96 * Limits.MIB + " ")
                .containsPattern("Max file size +" + 3 * Limits.MIB + " +" + 3 * Limits.MIB + " ")
                .containsPattern("Max open files +123 +123 ")
                .containsPattern("Max core file size +0 +0 ")
                .containsPattern("Max processes +33 +33 ");
    }

    @Test
    void withAPidsCgroupTheProcessLimitIsLeftAlone() throws Exception {
        Assumptions.assumeTrue(Rlimits.shell().isPresent(), "/bin/sh's ulimit does not set exact limits here: prlimit is used");
        String limits = run(Rlimits.init(LIMITS, true, Optional.empty()), "cat", "/proc/self/limits");
        assertThat(limits).containsPattern("Max open files +123 +123 ").doesNotContainPattern("Max processes +33 ");
    }

    @Test
    void theCommandsArgumentsAndStatusPassThroughUnchanged() throws Exception {
        List<String> init = new ArrayList<>(Rlimits.init(LIMITS, true, Optional.empty()));
        init.addAll(List.of("/bin/sh", "-c", "printf '%s|' \"$@\"; exit 7", "x", "a b", "$1", "';"));
        Process p = new ProcessBuilder(init).start();
        assertThat(new String(p.getInputStream().readAllBytes())).isEqualTo("a b|$1|';|");
        assertThat(p.waitFor()).isEqualTo(7);
    }

    @Test
    void limitsUlimitsUnitsCannotExpressGoThroughPrlimit() {
        Limits odd = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(2), 96 * Limits.MIB + 100, 33, 3 * Limits.MIB, 123, Limits.MIB);
        assertThat(Rlimits.init(odd, true, Optional.empty())).first().isEqualTo(Rlimits.PRLIMIT);
        assertThat(Rlimits.init(odd, true, Optional.empty())).contains("--data=" + (96 * Limits.MIB + 100));
    }

    @Test
    void aLimitTheShellCannotSetStopsTheCommandBeforeItRuns() throws Exception {
        Assumptions.assumeTrue(Rlimits.shell().isPresent(), "/bin/sh's ulimit does not set exact limits here: prlimit is used");
        // more open files than the kernel allows anyone (fs.nr_open), root included: the shell cannot set it, and must
        // not run the command without it
        Limits impossible = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(2), 96 * Limits.MIB, 33, 3 * Limits.MIB,
                Integer.MAX_VALUE, Limits.MIB);
        List<String> init = new ArrayList<>(Rlimits.shellInit(impossible, Optional.empty(), Optional.empty()));
        init.addAll(List.of("echo", "RAN"));
        Process p = new ProcessBuilder(init).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isEqualTo(126);
        assertThat(out).doesNotContain("RAN");
    }

    private static String run(List<String> init, String... command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(init);
        argv.addAll(List.of(command));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
