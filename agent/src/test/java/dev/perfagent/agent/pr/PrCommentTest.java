package dev.perfagent.agent.pr;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * The PR comment against a WireMock stub of GitHub's REST API, as github-api 1.330 calls it: GET /user (refused,
 * as it is for an Actions token), GET the repository,
 * GET the issue, GET its comments; the first run POSTs a new comment, the second finds it by the marker and PATCHes
 * that same comment. The job summary is appended to $GITHUB_STEP_SUMMARY each time.
 */
class PrCommentTest {
    private static final String REPO = GitHubStub.REPO;

    @TempDir
    static Path tmp;
    static WireMockServer github;
    static GitRepoFixture repo;
    static String base;
    static String head;

    @BeforeAll
    static void setUp() throws Exception {
        repo = new GitRepoFixture(tmp.resolve("repo"));
        base = repo.commit("base", Map.of("bench.py", GitRepoFixture.benchPy(), "work.py", GitRepoFixture.work()));
        head = repo.commit("slower", Map.of("work.py", GitRepoFixture.slowerWork()));
        github = GitHubStub.start("Speed up");
        String other = "{\"id\": 41, \"body\": \"LGTM\", \"html_url\": \"https://github.com/acme/widgets/pull/7#issuecomment-41\"}";
        String ours = "{\"id\": 42, \"body\": \"" + PrComment.MARKER + "\\nold table\", \"html_url\": \"https://github.com/acme/widgets/pull/7#issuecomment-42\"}";
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("comment").whenScenarioStateIs(STARTED)
                .willReturn(okJson("[" + other + "]")));
        github.stubFor(post(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("comment").whenScenarioStateIs(STARTED)
                .willSetStateTo("posted").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ours)));
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("comment").whenScenarioStateIs("posted")
                .willReturn(okJson("[" + other + "," + ours + "]")));
        github.stubFor(patch(urlPathEqualTo(REPO + "/issues/comments/42")).willReturn(okJson(ours)));
    }

    @AfterAll
    static void tearDown() {
        if (github != null) github.stop();
    }

    @Test
    void firstRunCreatesTheCommentAndTheSecondUpdatesTheSameOne() throws Exception {
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"action\": \"synchronize\", \"number\": 7, \"pull_request\": {\"number\": 7}}");
        Path stepSummary = tmp.resolve("step-summary.md");
        Path stepOutput = tmp.resolve("step-output.txt");
        Map<String, String> env = Map.of("GITHUB_TOKEN", "ghs_test", "GITHUB_API_URL", github.baseUrl(),
                "GITHUB_REPOSITORY", "acme/widgets", "GITHUB_EVENT_PATH", event.toString(),
                "GITHUB_STEP_SUMMARY", stepSummary.toString(), "GITHUB_OUTPUT", stepOutput.toString());
        String[] args = {"pr", "--repo", repo.dir.toString(), "--base", base, "--head", head, "--bench", GitRepoFixture.BENCH,
                "--threshold", "1.10", "--budget", "6", "--comment", "--out", tmp.resolve("out").toString()};

        PrCli first = PrCli.run(env, args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("comment created");
        github.verify(1, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        github.verify(0, patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42")));

        PrCli second = PrCli.run(env, args);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("comment updated");
        github.verify(1, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        github.verify(1, patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42")));

        List<LoggedRequest> posted = github.findAll(postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        List<LoggedRequest> patched = github.findAll(patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42")));
        String written = Files.readString(tmp.resolve("out").resolve("comment.md"));
        assertThat(new ObjectMapper().readTree(patched.get(0).getBodyAsString()).path("body").asText()).isEqualTo(written);
        for (LoggedRequest request : List.of(posted.get(0), patched.get(0))) {
            assertThat(request.getHeader("Authorization")).contains("ghs_test");
            String body = new ObjectMapper().readTree(request.getBodyAsString()).path("body").asText();
            assertThat(body).startsWith(PrComment.MARKER)
                    .contains("| benchmark | base median | head median | speedup (95% CI) | verdict |")
                    .contains("| `python3 -B bench.py` |")
                    // the verdict is whatever this busy machine allowed; the row always has the interval and a verdict
                    .containsPattern("\\| \\d+\\.\\d\\d× \\[\\d+\\.\\d\\d×, (\\d+\\.\\d\\d|∞)×] \\| \\S+ (REGRESSED|NEUTRAL|IMPROVED|inconclusive) \\|")
                    .containsPattern("\\d+\\.\\d ms \\| \\d+\\.\\d ms");
        }
        // no stray requests: every call github-api made was one of the stubbed ones
        assertThat(github.findAllUnmatchedRequests()).isEmpty();
        assertThat(github.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 404)
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())).isEmpty();
        // the Action's outputs, once per run
        List<String> outputs = Files.readAllLines(stepOutput);
        assertThat(outputs).hasSize(8).contains("comment-url=https://github.com/acme/widgets/pull/7#issuecomment-42",
                "summary=" + tmp.resolve("out").resolve("summary.json").toAbsolutePath().normalize());
        assertThat(outputs.get(0)).matches("verdict=(REGRESSED|NEUTRAL|IMPROVED|INCONCLUSIVE)");
        assertThat(outputs.get(1)).matches("regressed=(true|false)");
        String summary = Files.readString(stepSummary);
        assertThat(summary.split(PrComment.MARKER, -1)).hasSize(3); // appended once per run
    }
}
