package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Suggestion blocks as review comments on the lines they replace, against a WireMock stub of GitHub's REST API: one
 * review with a multi-line comment on the head's lines 5–8; a suggestion outside the diff stays in the PR comment
 * only; the next push finds the comment by its marker and posts nothing again; a refusal is an exception the caller
 * reports.
 */
class ReviewSuggestionsTest {
    private static final String REPO = GitHubStub.REPO;
    private static final String PR = REPO + "/pulls/7";

    WireMockServer github;
    GitHubEnv.Target target;

    static final Suggestion RUN = Suggestion.of(new ChangedCode("work.py", "run", new LineRange(1, 8), 4),
            "IMPROVED 2.90× [2.71×, 3.02×]", "Drop the second pass.", Map.of("work.py", GitRepoFixture.work()),
            Map.of("work.py", PrSuggestTest.HEAD_RUN));
    static final Suggestion ELSEWHERE = Suggestion.of(new ChangedCode("util.py", "pad", new LineRange(1, 2), 1),
            "IMPROVED 1.20× [1.12×, 1.31×]", "", Map.of("util.py", "def pad(s):\n    return s.rjust(8)\n"),
            Map.of("util.py", "def pad(s):\n    return ' ' * (8 - len(s)) + s\n"));
    static final Map<String, List<LineRange>> DIFF = Map.of("work.py", List.of(new LineRange(1, 8)), "util.py", List.of(new LineRange(7, 9)));

    @BeforeEach
    void start() {
        github = GitHubStub.start("Speed up");
        String api = github.baseUrl();
        github.stubFor(get(urlPathEqualTo(PR)).willReturn(okJson("""
                {"id": 700, "number": 7, "state": "open", "url": "%s/repos/acme/widgets/pulls/7",
                 "html_url": "https://github.com/acme/widgets/pull/7"}
                """.formatted(api))));
        target = new GitHubEnv.Target("ghs_test", api, "acme/widgets", 7);
    }

    @AfterEach
    void stop() {
        github.stop();
    }

    @Test
    void aSuggestionOnTheDiffBecomesAMultiLineReviewCommentOnceAndOneOffTheDiffStaysInThePrComment() throws Exception {
        github.stubFor(get(urlPathEqualTo(PR + "/comments")).willReturn(okJson("[]")));
        github.stubFor(post(urlPathEqualTo(PR + "/reviews")).willReturn(okJson("{\"id\": 80, \"state\": \"COMMENTED\"}")));

        ReviewSuggestions.Posted first = ReviewSuggestions.post(target, "abc123", List.of(RUN, ELSEWHERE), DIFF);

        assertThat(first).isEqualTo(new ReviewSuggestions.Posted(1, 0, 1));
        JsonNode review = new ObjectMapper().readTree(github.findAll(postRequestedFor(urlPathEqualTo(PR + "/reviews"))).get(0).getBodyAsString());
        assertThat(review.path("commit_id").asText()).isEqualTo("abc123");
        assertThat(review.path("event").asText()).isEqualTo("COMMENT");
        assertThat(review.path("comments")).hasSize(1);
        JsonNode comment = review.path("comments").get(0);
        assertThat(comment.path("path").asText()).isEqualTo("work.py");
        assertThat(comment.path("start_line").asInt()).isEqualTo(5);
        assertThat(comment.path("line").asInt()).isEqualTo(8);
        assertThat(comment.path("body").asText()).startsWith("**`run`** — IMPROVED 2.90× [2.71×, 3.02×]\n\nDrop the second pass.")
                .contains("```suggestion\n    return total\n```").endsWith(ReviewSuggestions.marker(RUN));

        // the next push: the comment is on the pull request already
        github.stubFor(get(urlPathEqualTo(PR + "/comments")).willReturn(okJson(new ObjectMapper().writeValueAsString(List.of(
                Map.of("id", 81, "path", "work.py", "body", comment.path("body").asText()))))));
        ReviewSuggestions.Posted second = ReviewSuggestions.post(target, "abc123", List.of(RUN, ELSEWHERE), DIFF);

        assertThat(second).isEqualTo(new ReviewSuggestions.Posted(0, 1, 1));
        github.verify(1, postRequestedFor(urlPathEqualTo(PR + "/reviews")));
    }

    @Test
    void aRefusedReviewIsAnExceptionCarryingGitHubsReason() {
        github.stubFor(get(urlPathEqualTo(PR + "/comments")).willReturn(okJson("[]")));
        github.stubFor(post(urlPathEqualTo(PR + "/reviews")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Unprocessable Entity\"}")));

        assertThatThrownBy(() -> ReviewSuggestions.post(target, "abc123", List.of(RUN), DIFF))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(GitHubRefusal.githubMessage((IOException) e)).contains("Unprocessable Entity"));
    }
}
