package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code perfagent eval} as a user runs it on a bundled example. */
class EvalCommandTest {
    static final Path TASK = Path.of("..", "datasets", "suites", "examples", "cpp-word-freq").toAbsolutePath().normalize();

    @Test
    void expertIsImprovedWithItsIntervalAsJson() throws Exception {
        CliRun r = CliRun.of("eval", "--task", TASK.toString(), "--candidate", TASK.resolve("expert").toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("verdict").asText()).isEqualTo("IMPROVED");
        JsonNode m = json.get("measurement");
        assertThat(m.get("ciLow").asDouble()).isGreaterThanOrEqualTo(1.05);
        assertThat(m.get("ciHigh").asDouble()).isGreaterThanOrEqualTo(m.get("speedup").asDouble());
        assertThat(m.get("baselineSeconds").size()).isEqualTo(m.get("candidateSeconds").size()).isGreaterThanOrEqualTo(5);
        assertThat(m.get("order").asText()).matches("[AB]+");
        assertThat(m.get("candidatePeakRssBytes").asLong()).isPositive();
        assertThat(json.get("correctness").get("passed").asBoolean()).isTrue();
    }

    @Test
    void wrongCandidateIsIncorrectWithAnExcerptInText() {
        Path wrong = Path.of("..", "datasets", "suites", "examples", "cpp-range-sums", "candidates", "wrong").toAbsolutePath().normalize();
        CliRun r = CliRun.of("eval", "--task", wrong.getParent().getParent().toString(), "--candidate", wrong.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_MET);
        assertThat(r.out()).contains("verdict    INCORRECT").contains("expected").contains("got").contains("input:");
        CliRun expected = CliRun.of("eval", "--task", wrong.getParent().getParent().toString(), "--candidate", wrong.toString(), "--expect", "incorrect");
        assertThat(expected.exitCode()).isEqualTo(ExitCode.OK);
    }
}
