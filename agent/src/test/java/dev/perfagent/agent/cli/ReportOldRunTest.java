package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.perfagent.agent.loop.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent report} on a run written before the trajectory had a format line, and on one from a newer perfagent. */
class ReportOldRunTest {
    @TempDir
    Path runs;

    @Test
    void aFormat1RunIsReportedAndANewerFormatIsOneLineWithExitCode2() throws Exception {
        Path run = runs.resolve("run201");
        Files.createDirectories(run);
        // the recorded run's task folder, as it lies in this checkout
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/trajectories/format1-power-run.jsonl"))) {
            ObjectNode e = (ObjectNode) Trajectory.JSON.readTree(line);
            if (e.path("type").asText().equals("run")) {
                ((ObjectNode) e.get("settings")).put("taskDir", Path.of("../bench/calibration").toAbsolutePath().normalize().toString());
            }
            lines.add(Trajectory.JSON.writeValueAsString(e));
        }
        Files.write(run.resolve(Trajectory.FILE), lines);

        CliRun report = CliRun.of("report", "run201", "--runs-dir", runs.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("c4");
        assertThat(run.resolve("report.md")).content().contains("best: c4").contains("confirmed: IMPROVED");
        assertThat(run.resolve("best.patch")).content().contains("-    volatile uint64_t sink = walk(n / 10, 99);");

        Files.writeString(run.resolve(Trajectory.FILE), "{\"type\":\"trajectory\",\"format\":3}\n");
        CliRun newer = CliRun.of("report", "run201", "--runs-dir", runs.toString());
        assertThat(newer.exitCode()).isEqualTo(2);
        assertThat(newer.err().strip()).startsWith("perfagent: ").contains("trajectory format 3").doesNotContain("\n");
        assertThat(newer.noStackTrace()).isTrue();
    }
}
