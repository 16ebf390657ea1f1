package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two pushes to one pull request through the jar users run ({@code java -jar agent/target/perfagent.jar}, as the
 * Action does), against a WireMock stub answering like GitHub's REST API: the first run creates the comment and
 * posts the review suggestion, the second updates the same comment (PATCH) and posts no suggestion twice. The
 * in-process tests could not see the JDK 17 PATCH failure: it lived only in the shaded jar (see
 * {@link GitHubConnection}). Needs the packaged jar: skipped with the reason when it is absent, required where CI
 * packages first ({@code PERFAGENT_REQUIRE_JAR=1} in .ci/run).
 */
class PackagedJarPrCommentTest {
    private static final String REPO = GitHubStub.REPO;
    private static final String PR = REPO + "/pulls/7";
    static final Path JAR = Path.of("target", "perfagent.jar");

    @TempDir
    Path tmp;
    WireMockServer github;

    @BeforeEach
    void needsTheJar() {
        boolean required = "1".equals(System.getenv("PERFAGENT_REQUIRE_JAR"));
        if (!required) Assumptions.assumeTrue(Files.isRegularFile(JAR), JAR.toAbsolutePath() + " is not built (mvn -DskipTests package)");
        assertThat(JAR).as("PERFAGENT_REQUIRE_JAR=1 but the jar is missing").isRegularFile();
        github = GitHubStub.start("Speed up");
    }

    @AfterEach
    void stop() {
        if (github != null) github.stop();
    }

    @Test
    void theJarSaysItIsMultiReleaseSoGithubApisHttpClientConnectorIsTheOneLoaded() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            assertThat(jar.getEntry("META-INF/versions/11/org/kohsuke/github/extras/HttpClientGitHubConnector.class")).isNotNull();
        }
    }

    @Test
    void twoPushesCreateThenUpdateTheCommentAndPostTheSuggestionOnce() throws Exception {
        GitRepoFixture repo = new GitRepoFixture(tmp.resolve("repo"));
        String base = repo.commit("base", Map.of("bench.py", GitRepoFixture.benchPy(), "test_work.py",
                "from work import run\nassert run(1000) == sum(i * i % 7 for i in range(1000)), \"run\"\n", "work.py", GitRepoFixture.work()));
        String head = repo.commit("head", Map.of("work.py", PrSuggestTest.HEAD_RUN));
        Path replies = tmp.resolve("replies.jsonl");
        Files.writeString(replies, new ObjectMapper().writeValueAsString(Map.of("task", "pr-run", "reply", PrSuggestCliTest.reply(
                "Drop the second pass.", "    extra = 0\n    for i in range(2 * n):\n        extra += i * i % 7\n    return total + extra * 0\n",
                "    return total\n"))) + "\n");
        String ours = "{\"id\": 42, \"body\": \"" + PrComment.MARKER + "\\nold\", \"html_url\": \"https://github.com/acme/widgets/pull/7#issuecomment-42\"}";
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs(STARTED).willReturn(okJson("[]")));
        github.stubFor(post(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs(STARTED).willSetStateTo("posted")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ours)));
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs("posted").willReturn(okJson("[" + ours + "]")));
        github.stubFor(patch(urlPathEqualTo(REPO + "/issues/comments/42")).willReturn(okJson(ours)));
        github.stubFor(get(urlPathEqualTo(PR)).willReturn(okJson("{\"id\": 700, \"number\": 7, \"state\": \"open\", \"url\": \""
                + github.baseUrl() + "/repos/acme/widgets/pulls/7\"}")));
        github.stubFor(get(urlPathEqualTo(PR + "/comments")).willReturn(okJson("[]")));
        github.stubFor(post(urlPathEqualTo(PR + "/reviews")).willReturn(okJson("{\"id\": 80, \"state\": \"COMMENTED\"}")));
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"action\": \"synchronize\", \"number\": 7, \"pull_request\": {\"number\": 7}}");
        Map<String, String> env = Map.of("GITHUB_TOKEN", "ghs_test", "GITHUB_API_URL", github.baseUrl(), "GITHUB_REPOSITORY", "acme/widgets",
                "GITHUB_EVENT_PATH", event.toString(), "GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString());
        List<String> args = List.of("pr", "--repo", repo.dir.toString(), "--base", base, "--head", head, "--bench", GitRepoFixture.BENCH,
                "--threshold", "1.10", "--budget", "10", "--comment", "--suggest", "--model", "replay:" + replies,
                "--test", "python3 -B test_work.py", "--rounds", "1", "--candidates", "1", "--out", tmp.resolve("out").toString());

        Run first = jar(env, args);
        assertThat(first.code()).as(first.output()).isIn(0, 1);
        assertThat(first.output()).contains("comment created").doesNotContain("custom verb").doesNotContain("internal error");
        assertThat(github.findAll(postRequestedFor(urlPathEqualTo(PR + "/reviews")))).as(first.output()).hasSize(1);
        JsonNode review = new ObjectMapper().readTree(github.findAll(postRequestedFor(urlPathEqualTo(PR + "/reviews"))).get(0).getBodyAsString());
        assertThat(review.path("comments")).hasSize(1);
        // the next push sees the review comment it posted
        String posted = new ObjectMapper().writeValueAsString(List.of(Map.of("id", 90, "body", review.path("comments").get(0).path("body").asText())));
        github.stubFor(get(urlPathEqualTo(PR + "/comments")).willReturn(okJson(posted)));

        Run second = jar(env, args);
        assertThat(second.code()).as(second.output()).isIn(0, 1);
        assertThat(second.output()).contains("comment updated").doesNotContain("custom verb").doesNotContain("internal error");
        github.verify(1, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        github.verify(1, patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42")));
        github.verify(1, postRequestedFor(urlPathEqualTo(PR + "/reviews")));
        String patched = github.findAll(patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42"))).get(0).getBodyAsString();
        assertThat(new ObjectMapper().readTree(patched).path("body").asText()).startsWith(PrComment.MARKER).contains("| benchmark |");
    }

    record Run(int code, String output) {
    }

    private Run jar(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
