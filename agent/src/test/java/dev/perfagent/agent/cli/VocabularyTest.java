package dev.perfagent.agent.cli;

import dev.perfagent.agent.pr.PrException;
import dev.perfagent.agent.run.ConfigFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same option names, units and exit codes across commands (issue 17's "one vocabulary"). */
class VocabularyTest {
    static final List<String> RESULT_COMMANDS = List.of("optimize", "eval", "bench", "pr");

    @TempDir
    Path tmp;

    @Test
    void durationsTakeUnitsAndABareNumberMeansSeconds() {
        assertThat(Durations.parse("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> Durations.parse("5x")).hasMessageContaining("write e.g. 30s, 5m, 1h");
        assertThat(Durations.format(Duration.ofSeconds(20))).isEqualTo("20 s");
        assertThat(Durations.format(Duration.ofMillis(3500))).isEqualTo("3.5 s");
        assertThat(Durations.format(Duration.ofMinutes(4))).isEqualTo("4 min");
    }

    @Test
    void budgetAndTimeoutReadTheSameWayOnEveryCommand() {
        EvalCommand eval = parsed("eval", "--task", "t", "--budget", "5s");
        assertThat(eval.measure.budgetSeconds).isEqualTo(5.0);
        BenchCommand bench = parsed("bench", "suite", "--budget", "2m");
        assertThat(bench.measure.budgetSeconds).isEqualTo(120.0);
        PrCommand pr = parsed("pr", "--base", "a", "--head", "b", "--bench", "x", "--budget", "5s", "--timeout", "5m");
        assertThat(pr.budget).isEqualTo(5.0);
        assertThat(pr.timeout).isEqualTo(300.0);
        PrCommand bare = parsed("pr", "--base", "a", "--head", "b", "--bench", "x", "--budget", "45");
        assertThat(bare.budget).isEqualTo(45.0);
        OptimizeCommand optimize = parsed("optimize", "--task", "t", "--budget", "10s", "--time", "20m");
        assertThat(optimize.measureBudget).isEqualTo(10.0);
        PrCommand suggest = parsed("pr", "--base", "a", "--head", "b", "--bench", "x", "--suggest", "--time", "20m", "--money", "2", "--tokens", "1000");
        assertThat(suggest.options().suggest().orElseThrow()).satisfies(s -> {
            assertThat(s.wallSeconds()).isEqualTo(1200);
            assertThat(s.money()).isEqualTo(2.0);
            assertThat(s.tokens()).isEqualTo(1000);
        });
    }

    @Test
    void everyCommandWithAResultHasJsonConfigOutAndSandbox() {
        for (String command : RESULT_COMMANDS) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.out()).as(command).contains("--json").contains("--config").contains("--sandbox").contains("--measure");
            if (!command.equals("eval")) assertThat(help.out()).as(command).contains("--out");
        }
        for (String command : List.of("optimize", "pr")) {
            assertThat(CliRun.of(command, "--help").out()).as(command).contains("--base-url").contains("--model")
                    .contains("--rounds").contains("--candidates").contains("--tokens").contains("--money").contains("--time");
        }
    }

    @Test
    void perfagentAloneListsEveryCommandOnceAndPointsToHelpOnce() {
        CliRun r = CliRun.of();

        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1);
        for (String c : List.of("optimize", "init", "eval", "bench", "merge", "report", "tasks", "calibrate", "sandbox", "pr")) {
            assertThat(r.err()).contains(c);
        }
        assertThat(r.err().split("--help", -1)).hasSize(2);
    }

    @Test
    void aBadBaseUrlOrSandboxIsRefusedBeforeAnythingIsAnnounced() {
        for (String[] args : new String[][]{
                {"optimize", "--task", "datasets/x", "--base-url=notaurl"},
                {"pr", "--base", "a", "--head", "b", "--bench", "x", "--suggest", "--base-url", "localhost:8000"},
                {"optimize", "--task", "datasets/x", "--sandbox", "docker"},
                {"bench", "suite", "--sandbox", "docker"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).doesNotContain("optimizing").doesNotContain("measuring");
        }
    }

    @Test
    void perfagentYamlGivesDefaultsToEveryCommandAndAFlagStillWins() throws Exception {
        Path yaml = tmp.resolve("perfagent.yaml");
        Files.writeString(yaml, "measure:\n  budget: 12s\n  threshold: 1.2\n");

        EvalCommand fromFile = parsed(yaml, "eval", "--task", "t", "--config", yaml.toString());
        PrCommand pr = parsed(yaml, "pr", "--base", "a", "--head", "b", "--bench", "x", "--config", yaml.toString());
        EvalCommand flagWins = parsed(yaml, "eval", "--task", "t", "--config", yaml.toString(), "--budget", "3s");

        assertThat(fromFile.measure.budgetSeconds).isEqualTo(12.0);
        assertThat(fromFile.measure.threshold).isEqualTo(1.2);
        assertThat(pr.budget).isEqualTo(12.0);
        assertThat(flagWins.measure.budgetSeconds).isEqualTo(3.0);
    }

    @Test
    void quietAndVerboseAreAcceptedAfterAnyCommand() {
        assertThat(CliRun.of("eval", "-q", "--help").exitCode()).isZero();
        assertThat(CliRun.of("-v", "tasks", "--help").exitCode()).isZero();
    }

    @Test
    void oneMappingFromFailuresToExitCodes() {
        assertThat(Main.exitCode(new UserError("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Main.exitCode(new PrException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Main.exitCode(new ConfigFile.ConfigException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(Main.exitCode(new InterruptedException())).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(Main.exitCode(new IllegalStateException("bug"))).isEqualTo(ExitCode.INTERNAL);
    }

    @Test
    void anInterruptedRunSaysHowToResumeAndAFinishedOneSaysNothing() {
        Interruption.started("resume with: perfagent optimize --resume r1");
        assertThat(Interruption.hint()).isEqualTo("resume with: perfagent optimize --resume r1");
        Interruption.finished();
        assertThat(Interruption.hint()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <T> T parsed(String... args) {
        return parsed(null, args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T parsed(Path config, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (config != null) {
            try {
                cl.setDefaultValueProvider(new ConfigDefaults(ConfigFile.load(Optional.of(config))));
            } catch (ConfigFile.ConfigException e) {
                throw new AssertionError(e);
            }
        }
        CommandLine.ParseResult r = cl.parseArgs(args);
        return (T) r.subcommand().commandSpec().userObject();
    }
}
