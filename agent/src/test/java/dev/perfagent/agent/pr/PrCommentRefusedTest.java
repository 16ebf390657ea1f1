package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.perfagent.agent.cli.ExitCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub refuses the comment: a token without write access (403, what a pull request from a fork gets) or a pull
 * request number it does not know (404). Either is one line saying what to change, exit 2, and the measured results
 * are written before the post is tried: summary.json, comment.md, the job summary and the printed verdicts.
 */
class PrCommentRefusedTest {
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
        head = repo.commit("comments", Map.of("work.py", GitRepoFixture.commentedWork()));
        github = GitHubStub.start("From a fork");
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).willReturn(okJson("[]")));
        // the read-only token of a pull request from a fork
        github.stubFor(post(urlPathEqualTo(REPO + "/issues/7/comments")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\": \"Resource not accessible by integration\", \"documentation_url\": \"https://docs.github.com/rest\"}")));
    }

    @AfterAll
    static void tearDown() {
        if (github != null) github.stop();
    }

    private PrCli run(String name, String pr) {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_TOKEN", "ghs_test", "GITHUB_API_URL", github.baseUrl(),
                "GITHUB_REPOSITORY", "acme/widgets", "GITHUB_STEP_SUMMARY", tmp.resolve(name + "-step-summary.md").toString()));
        return PrCli.run(env, "pr", "--repo", repo.dir.toString(), "--base", base, "--head", head, "--bench", GitRepoFixture.BENCH,
                "--budget", "2", "--max-runs", "6", "--comment", "--pr", pr, "--out", tmp.resolve(name).toString());
    }

    @Test
    void aTokenWithoutWriteAccessIsOneLineSayingWhichPermissionAndTheResultsAreKept() throws Exception {
        PrCli r = run("fork", "7");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.noStackTrace()).isTrue();
        assertThat(r.lastErrLine()).isEqualTo("perfagent: GitHub refused to write the comment on acme/widgets#7"
                + " (403 Resource not accessible by integration): give the job `permissions: pull-requests: write`;"
                + " a pull request from a fork only gets a read-only token, so turn `comment` off for those;"
                + " the results are in " + tmp.resolve("fork").resolve("summary.json") + " and the job summary");
        assertKept("fork", r);
    }

    @Test
    void anUnknownPullRequestIsOneLineAndTheResultsAreKept() throws Exception {
        PrCli r = run("unknown", "8");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.noStackTrace()).isTrue();
        assertThat(r.lastErrLine()).startsWith("perfagent: pull request acme/widgets#8 not found (404 Not Found): check --pr and GITHUB_REPOSITORY")
                .endsWith("the results are in " + tmp.resolve("unknown").resolve("summary.json") + " and the job summary");
        assertKept("unknown", r);
    }

    private static void assertKept(String name, PrCli r) throws Exception {
        Path out = tmp.resolve(name);
        assertThat(new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("benchmarks")).hasSize(1);
        String comment = Files.readString(out.resolve("comment.md"));
        assertThat(comment).contains("| `python3 -B bench.py` |");
        assertThat(Files.readString(tmp.resolve(name + "-step-summary.md"))).isEqualTo(comment + "\n");
        assertThat(r.out()).contains("perfagent pr: ").contains("summary: " + out.resolve("summary.json")).doesNotContain("comment created");
    }
}
