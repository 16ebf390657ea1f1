package dev.perfagent.agent.pr;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock stand-in for GitHub's REST API with what every PR-comment test needs, as github-api 1.330 calls it:
 * anything unknown is 404, {@code GET /user} is refused (as it is for an Actions token), and the repository
 * {@code acme/widgets} with its pull request #7 exist. Each test adds the comment and review endpoints it exercises.
 */
final class GitHubStub {
    static final String REPO = "/repos/acme/widgets";

    private GitHubStub() {
    }

    /** A started server; the caller stops it. */
    static WireMockServer start(String pullRequestTitle) {
        WireMockServer github = new WireMockServer(options().dynamicPort());
        github.start();
        String api = github.baseUrl();
        github.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Not Found\"}")));
        // github-api asks who the token belongs to when it connects; an Actions token may not read /user
        github.stubFor(get(urlPathEqualTo("/user")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Resource not accessible by integration\"}")));
        github.stubFor(get(urlPathEqualTo(REPO)).willReturn(okJson("""
                {"id": 1, "name": "widgets", "full_name": "acme/widgets", "owner": {"login": "acme", "id": 2, "type": "Organization"},
                 "url": "%s/repos/acme/widgets", "html_url": "https://github.com/acme/widgets", "private": false}
                """.formatted(api))));
        github.stubFor(get(urlPathEqualTo(REPO + "/issues/7")).willReturn(okJson("""
                {"id": 70, "number": 7, "title": "%s", "state": "open", "url": "%s/repos/acme/widgets/issues/7",
                 "html_url": "https://github.com/acme/widgets/pull/7", "comments": 0,
                 "pull_request": {"url": "%s/repos/acme/widgets/pulls/7"}}
                """.formatted(pullRequestTitle, api, api))));
        return github;
    }
}
