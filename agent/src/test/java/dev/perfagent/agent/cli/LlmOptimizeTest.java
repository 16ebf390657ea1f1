package dev.perfagent.agent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.perfagent.agent.llm.StubProviders;
import dev.perfagent.agent.loop.Trajectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.perfagent.agent.llm.StubProviders.recorded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfagent optimize} against WireMock stubs speaking OpenAI's Chat Completions and Anthropic's Messages wire
 * formats, with recorded replies in all three edit formats, judged for real in the sandbox.
 */
class LlmOptimizeTest {
    @TempDir
    static Path tmp;
    static Path task;

    /** java-report-concat with a smaller timed input (4,000 sales), so each candidate is measured in seconds. */
    @BeforeAll
    static void smallerTask() throws IOException {
        Path original = Path.of("..", "datasets", "suites", "examples", "java-report-concat");
        task = tmp.resolve("java-report-concat");
        try (Stream<Path> files = Files.walk(original)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = task.resolve(original.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        List<String> lines = Files.readAllLines(task.resolve("tests/large.in"));
        Files.createDirectories(task.resolve("work"));
        Files.write(task.resolve("work/medium.in"), lines.subList(0, 4000));
        String yaml = Files.readString(task.resolve("task.yaml")).replace("inputs: [tests/large.in]", "inputs: [work/medium.in]");
        Files.writeString(task.resolve("task.yaml"), yaml);
    }

    private CliRun optimize(StubProviders stub, String model, String baseUrl, String... more) {
        Map<String, String> env = new HashMap<>(stub.env());
        List<String> args = new java.util.ArrayList<>(List.of("optimize", "--task", task.toString(), "--model", model,
                "--base-url", baseUrl, "--runs-dir", tmp.resolve("runs").toString(), "--budget", "20", "--no-profile"));
        args.addAll(List.of(more));
        return Environment.with(env, () -> CliRun.of(args.toArray(String[]::new)));
    }

    private static JsonNode summary(String run) throws IOException {
        return new ObjectMapper().readTree(tmp.resolve("runs").resolve(run).resolve("summary.json").toFile());
    }

    @Test
    void openAiRateLimitedThenAnUnreadableReplyThenAReplyInEachEditFormat() throws Exception {
        try (StubProviders stub = StubProviders.start()) {
            stub.openAi(StubProviders.Step.status(429), StubProviders.Step.reply("I think the code is fine as it is."),
                    StubProviders.Step.reply(recorded("unified-diff.md")));
            CliRun r = optimize(stub, "openai:gpt-4.1", stub.openAiBaseUrl(), "--rounds", "2", "--run-id", "oa");

            assertThat(r.exitCode()).as(r.err()).isZero();
            // the wait before the retry is said, not silent
            assertThat(r.err()).containsPattern("model: HTTP 429.*; retrying in \\d+ ms \\(retry 1 of 5\\)|model: HTTP 429.*; retrying in \\d\\.\\d s \\(retry 1 of 5\\)");
            JsonNode s = summary("oa");
            // round 1: the 429 was retried and the reply that came back had no edits; round 2: a unified diff
            assertThat(s.path("attempts").get(0).path("problem").asText()).contains("no edits");
            assertThat(s.path("attempts").get(1).path("verdict").asText()).isEqualTo("IMPROVED");
            assertThat(s.path("best").path("ciLow").asDouble()).isGreaterThan(1.05);
            assertThat(s.path("tokensIn").asLong()).isGreaterThan(0);
            assertThat(s.path("cost").asDouble()).isGreaterThan(0);
            assertThat(stub.openAiRequests()).hasSize(3);
            // the second prompt told the model what was wrong with its first reply
            assertThat(stub.openAiRequests().get(2).getBodyAsString()).contains("no edits");
        }
    }

    @Test
    void anthropicSearchReplaceAndWholeFileReplies() throws Exception {
        try (StubProviders stub = StubProviders.start()) {
            stub.anthropicReplies(recorded("search-replace.md"), recorded("whole-file.md"));
            CliRun r = optimize(stub, "anthropic:claude-sonnet-4-5", stub.anthropicBaseUrl(), "--strategy", "best-of-n",
                    "--width", "2", "--rounds", "1", "--run-id", "an");

            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode s = summary("an");
            assertThat(s.path("attempts")).hasSize(2);
            assertThat(s.path("attempts").get(0).path("verdict").asText()).isEqualTo("IMPROVED");
            assertThat(s.path("attempts").get(1).path("verdict").asText()).isEqualTo("IMPROVED");
            assertThat(stub.anthropicRequests().get(0).getHeader("x-api-key")).isEqualTo(StubProviders.ANTHROPIC_KEY);
            assertThat(Files.readString(tmp.resolve("runs/an/best.patch"))).contains("StringBuilder");
        }
    }

    @Test
    void aRejectedKeyEndsTheRunWithOneLineAndExitCode1AndKeepsTheTrajectory() throws Exception {
        try (StubProviders stub = StubProviders.start()) {
            stub.openAi(StubProviders.Step.status(401, "Incorrect API key provided"));
            CliRun r = optimize(stub, "openai:gpt-4.1", stub.openAiBaseUrl(), "--run-id", "k401");

            assertThat(r.exitCode()).isEqualTo(1);
            // said once (issue 17 saw it twice): on the progress stream, which -q would silence, then stdout says it
            assertThat(r.out() + r.err()).containsOnlyOnce("stopped: the model failed: the API key in OPENAI_API_KEY was rejected");
            assertThat(r.noStackTrace()).isTrue();
            assertThat(stub.openAiRequests()).hasSize(1);
            assertThat(Trajectory.read(tmp.resolve("runs/k401")).events()).extracting(e -> e.type())
                    .contains("run", "prompt", "error", "stop");
            assertThat(summary("k401").path("failed").asBoolean()).isTrue();

            // -q: no progress at all; the result and why it stopped on stdout, once
            stub.openAi(StubProviders.Step.status(401, "Incorrect API key provided"));
            CliRun quiet = optimize(stub, "openai:gpt-4.1", stub.openAiBaseUrl(), "--run-id", "k401q", "-q");
            assertThat(quiet.err()).isEmpty();
            assertThat(quiet.out()).containsOnlyOnce("stopped: the model failed: the API key in OPENAI_API_KEY was rejected");
        }
    }

    @Test
    void aMoneyBudgetForAModelWithoutAPriceIsRefusedBeforeTheRunStarts() {
        try (StubProviders stub = StubProviders.start()) {
            CliRun r = optimize(stub, "openai:my-finetune", stub.openAiBaseUrl(), "--money", "2", "--run-id", "unpriced");

            assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().strip().lines()).singleElement().asString()
                    .startsWith("perfagent: --money cannot be held: openai:my-finetune has no known price")
                    .contains("prices: {\"my-finetune\": {input: USD, output: USD}}");
            assertThat(stub.openAiRequests()).isEmpty();
            assertThat(tmp.resolve("runs").resolve("unpriced")).doesNotExist();
        }
    }

    @Test
    void aMissingKeyIsABadInputNamingTheVariable() {
        CliRun r = Environment.with(Map.of(), () -> CliRun.of("optimize", "--task", task.toString(), "--model", "anthropic:claude-sonnet-4-5",
                "--runs-dir", tmp.resolve("runs").toString()));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ANTHROPIC_API_KEY");
    }
}
