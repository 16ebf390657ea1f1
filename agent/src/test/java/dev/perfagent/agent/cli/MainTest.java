package dev.perfagent.agent.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @Test
    void versionNamesTheRelease() {
        CliRun r = CliRun.of("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("perfagent ").doesNotContain("${");
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String[] args : new String[][]{{"--help"}, {"eval", "--help"}, {"tasks", "--help"}, {"tasks", "validate", "--help"}, {"tasks", "verify", "--help"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).contains("Usage:");
        }
        assertThat(CliRun.of("--help").out()).contains("eval").contains("tasks");
    }

    @Test
    void anUnknownFlagIsBadInputInOneLine() {
        CliRun r = CliRun.of("eval", "--task", "x", "--tusk", "y");
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("--tusk").contains("--help");
        assertThat(r.noStackTrace()).isTrue();
    }

    @Test
    void noSubcommandSaysWhichExist() {
        CliRun r = CliRun.of();
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("eval").contains("tasks");
    }
}
