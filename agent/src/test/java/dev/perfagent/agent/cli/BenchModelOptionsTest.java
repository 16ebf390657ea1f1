package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.perfagent.agent.llm.StubProviders;
import dev.perfagent.agent.loop.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bench} takes the model options {@code optimize} takes, and each attempt's loop runs with them. */
class BenchModelOptionsTest {
    @TempDir
    Path dir;

    @Test
    void anOpenAiCompatibleServerAtBaseUrlIsTheModelOfEveryAttemptWithTheGivenBudget() throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Path from = Path.of("..", "datasets", "suites", "examples", "py-unique-visitors");
        try (var files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path to = suite.resolve("py-unique-visitors").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        try (StubProviders stub = StubProviders.start()) {
            stub.openAiReplies("The code is fine as it is.");
            Path store = dir.resolve("x.db");
            CliRun r = Environment.with(stub.env(), () -> CliRun.of("bench", suite.toString(), "--model", "openai-compatible:x",
                    "--base-url", stub.openAiBaseUrl(), "--rounds", "1", "--candidates", "1", "--money", "0.5", "--time", "2m",
                    "--no-profile", "--budget", "5", "--store", store.toString()));

            assertThat(r.noStackTrace()).as(r.err()).isTrue();
            assertThat(stub.openAiRequests()).as(r.out() + r.err()).hasSize(1);
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(stub.openAiRequests().get(0).getBodyAsString()).path("model").asText())
                    .isEqualTo("x");
            // the attempt's loop recorded the options it ran with
            JsonNode settings = Trajectory.read(Path.of(GsoMiniSuiteTest.trajectory(store, "py-unique-visitors"))).start().orElseThrow().settings();
            assertThat(settings.path("baseUrl").asText()).isEqualTo(stub.openAiBaseUrl());
            assertThat(settings.path("rounds").asInt()).isEqualTo(1);
            assertThat(settings.path("candidates").asInt()).isEqualTo(1);
            assertThat(settings.path("money").asDouble()).isEqualTo(0.5);
            assertThat(settings.path("wallSeconds").asLong()).isEqualTo(120);
            assertThat(settings.path("profile").asBoolean()).isFalse();
        }
    }

    @Test
    void anOpenAiCompatibleModelWithoutBaseUrlIsOneLineAndExit2() {
        CliRun r = CliRun.of("bench", dir.toString(), "--model", "openai-compatible:x", "--store", dir.resolve("y.db").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("--base-url");
    }

    @Test
    void benchListsEveryModelOptionOptimizeHas() {
        String bench = CliRun.of("bench", "--help").out();
        for (String o : List.of("--base-url", "--judge-model", "--width", "--rounds", "--candidates", "--tokens", "--money", "--time",
                "--no-profile", "--strategy", "--model", "--budget", "--threshold", "--max-runs", "--seed", "--measure")) {
            assertThat(bench).as(o).contains(o);
        }
    }
}
