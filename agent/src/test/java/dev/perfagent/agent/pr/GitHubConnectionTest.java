package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Create, then update, the PR comment with github-api's default connector forced to what the shaded jar fell back to
 * ({@code HttpURLConnection}, through the library's own {@code test.github.connector} switch). Before the fix the
 * update died before any request with "Failed to set the custom verb" on JDK 17; the test classpath had hidden it
 * because there the library's multi-release jar supplies the java.net.http connector.
 */
class GitHubConnectionTest {
    private static final String REPO = GitHubStub.REPO;
    WireMockServer github;
    String previous;

    @BeforeEach
    void start() {
        previous = System.setProperty("test.github.connector", "urlconnection");
        github = GitHubStub.start("Speed up");
        String ours = "{\"id\": 42, \"body\": \"" + PrComment.MARKER + "\\nold\", \"html_url\": \"https://github.com/acme/widgets/pull/7#issuecomment-42\"}";
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs(STARTED).willReturn(okJson("[]")));
        github.stubFor(post(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs(STARTED).willSetStateTo("posted")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ours)));
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7/comments")).inScenario("c").whenScenarioStateIs("posted").willReturn(okJson("[" + ours + "]")));
        github.stubFor(patch(urlPathEqualTo(REPO + "/issues/comments/42")).willReturn(okJson(ours)));
    }

    @AfterEach
    void stop() {
        if (previous == null) System.clearProperty("test.github.connector");
        else System.setProperty("test.github.connector", previous);
        github.stop();
    }

    @Test
    void theSecondRunPatchesTheCommentEvenWhereTheLibraryDefaultIsHttpUrlConnection() throws Exception {
        GitHubEnv.Target target = new GitHubEnv.Target("ghs_test", github.baseUrl(), "acme/widgets", 7);

        PrComment.Posted first = PrComment.upsert(target, PrComment.MARKER + "\nfirst push");
        PrComment.Posted second = PrComment.upsert(target, PrComment.MARKER + "\nsecond push");

        assertThat(first.action()).isEqualTo("created");
        assertThat(second.action()).isEqualTo("updated");
        assertThat(second.id()).isEqualTo(42);
        github.verify(1, postRequestedFor(urlPathEqualTo(REPO + "/issues/7/comments")));
        github.verify(1, patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42")));
        String sent = github.findAll(patchRequestedFor(urlPathEqualTo(REPO + "/issues/comments/42"))).get(0).getBodyAsString();
        assertThat(new ObjectMapper().readTree(sent).path("body").asText()).endsWith("second push");
    }
}
