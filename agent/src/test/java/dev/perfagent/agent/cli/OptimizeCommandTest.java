package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent optimize} as a user runs it, on a bundled example, in the real sandbox. */
class OptimizeCommandTest {
    static final String TASK = "../datasets/suites/examples/cpp-word-freq";

    @TempDir
    Path runs;

    @Test
    void theExpertRunEndsWithAVerifiedImprovementAPatchThatAppliesAndReports() throws Exception {
        CliRun r = CliRun.of("optimize", "--task", TASK, "--model", "expert", "--budget", "30", "--runs-dir", runs.toString(),
                "--run-id", "e1", "--no-profile");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("best: c1", "IMPROVED");
        Path run = runs.resolve("e1");
        for (String f : new String[]{"trajectory.jsonl", "summary.json", "report.md", "report.html", "best.patch"}) {
            assertThat(run.resolve(f)).isNotEmptyFile();
        }
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        assertThat(summary.path("best").path("verdict").asText()).isEqualTo("IMPROVED");
        assertThat(summary.path("best").path("ciLow").asDouble()).isGreaterThan(1.05);
        assertThat(Files.readString(run.resolve("report.md"))).contains("| result | **best: c1", "IMPROVED", "```diff");
        assertThat(Files.readString(run.resolve("report.html"))).contains("<svg", "Best candidate's diff");

        // the patch applies to a copy of the original and gives the expert's file
        Path copy = runs.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(Path.of(TASK, "src", "main.cpp"), copy.resolve("main.cpp"));
        Process p = new ProcessBuilder("git", "apply", run.resolve("best.patch").toAbsolutePath().toString()).directory(copy.toFile())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        assertThat(Files.readString(copy.resolve("main.cpp"))).isEqualTo(Files.readString(Path.of(TASK, "expert", "main.cpp")));

        // report re-renders from the trajectory alone
        Files.delete(run.resolve("report.md"));
        CliRun rep = CliRun.of("report", "e1", "--runs-dir", runs.toString());
        assertThat(rep.exitCode()).isZero();
        assertThat(run.resolve("report.md")).content().contains("best: c1");

        // a resumed run that is already finished redoes nothing
        CliRun again = CliRun.of("optimize", "--resume", "e1", "--runs-dir", runs.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("1 evaluation(s) already done").doesNotContain("judging");
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        CliRun strategy = CliRun.of("optimize", "--task", TASK, "--strategy", "hillclimb", "--runs-dir", runs.toString());
        assertThat(strategy.exitCode()).isEqualTo(2);
        assertThat(strategy.err()).contains("unknown strategy hillclimb; one of best-of-n, coder-judge, evolve, refine");

        CliRun model = CliRun.of("optimize", "--task", TASK, "--model", "bogus:x", "--runs-dir", runs.toString());
        assertThat(model.exitCode()).isEqualTo(2);
        assertThat(model.err()).contains("bogus");

        CliRun resume = CliRun.of("optimize", "--resume", "nope", "--runs-dir", runs.toString());
        assertThat(resume.exitCode()).isEqualTo(2);
        assertThat(resume.err()).contains("no trajectory");

        CliRun noTask = CliRun.of("optimize", "--runs-dir", runs.toString());
        assertThat(noTask.exitCode()).isEqualTo(2);
        assertThat(noTask.err()).contains("--task DIR is needed");

        CliRun time = CliRun.of("optimize", "--task", TASK, "--time", "soon", "--runs-dir", runs.toString());
        assertThat(time.exitCode()).isEqualTo(2);
        assertThat(time.err()).contains("--time 'soon' is not a duration");
        for (CliRun r : new CliRun[]{strategy, model, resume, noTask, time}) {
            assertThat(r.noStackTrace()).isTrue();
            assertThat(r.err().strip().lines().count()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownKeyInTheConfigFileIsNamed() throws Exception {
        Path cfg = runs.resolve("perfagent.yaml");
        Files.writeString(cfg, "model: expert\nbudget:\n  roundz: 3\n");
        CliRun r = CliRun.of("optimize", "--task", TASK, "--config", cfg.toString(), "--runs-dir", runs.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown setting budget.roundz; known: candidates, money, rounds, time, tokens");
    }
}
