package dev.perfagent.agent.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent sandbox check} probes this machine's sandbox and says, one line each, what holds. */
class SandboxCheckCommandTest {

    @Test
    void printsEveryProtectionWithWhetherItHoldsHere() {
        CliRun r = CliRun.of("sandbox", "check");
        System.out.println(r.out());
        assertThat(r.noStackTrace()).isTrue();
        assertThat(r.out()).contains("sandbox: bwrap", "host user", "kernel knobs", "syscall filter", "stdin", "memory", "CPU time");
        // whoever runs the tests, the candidate is never host root and the kernel's knobs are out of its reach
        assertThat(r.out().lines().filter(l -> l.contains("host user")).findFirst().orElseThrow()).startsWith("  ok ").doesNotContain("host uid 0 ");
        assertThat(r.out().lines().filter(l -> l.contains("kernel knobs")).findFirst().orElseThrow()).startsWith("  ok ");
        assertThat(r.out().lines().filter(l -> l.contains(" stdin ")).findFirst().orElseThrow()).startsWith("  ok ").contains("pipe:");
        assertThat(r.exitCode()).isEqualTo(r.out().contains("WEAK") ? ExitCode.NOT_MET : ExitCode.OK);
    }
}
