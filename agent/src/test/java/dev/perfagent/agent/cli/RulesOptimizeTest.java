package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first experience: {@code perfagent optimize --task <example>} with no API key set uses the offline
 * rules, profiles the original for the prompt, and finds a verified improvement whose patch applies.
 * (All eight examples: bench/optimize-examples.sh.)
 */
class RulesOptimizeTest {
    static final Path TASK = Path.of("..", "datasets", "suites", "examples", "py-unique-visitors");

    @TempDir
    Path runs;

    @Test
    void withoutAKeyTheRulesFindAVerifiedImprovement() throws Exception {
        CliRun r = Environment.with(Map.of(), () -> CliRun.of("optimize", "--task", TASK.toString(), "--runs-dir", runs.toString(),
                "--run-id", "rules", "--rounds", "3"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("with rules, strategy refine");
        JsonNode s = new ObjectMapper().readTree(runs.resolve("rules/summary.json").toFile());
        assertThat(s.path("model").asText()).isEqualTo("rules");
        assertThat(s.path("best").path("summary").asText()).startsWith("py-membership-set");
        assertThat(s.path("best").path("ciLow").asDouble()).isGreaterThan(1.05);
        // the model (here: the rules) was shown the original's profile
        assertThat(Files.readString(runs.resolve("rules/trajectory.jsonl"))).contains("\"type\":\"profile\"", "main.py:");

        Path copy = Files.createDirectories(runs.resolve("copy"));
        Files.copy(TASK.resolve("src/main.py"), copy.resolve("main.py"));
        Process p = new ProcessBuilder("git", "apply", runs.resolve("rules/best.patch").toAbsolutePath().toString())
                .directory(copy.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        assertThat(Files.readString(copy.resolve("main.py"))).contains("set()");
    }
}
