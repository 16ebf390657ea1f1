package dev.perfagent.agent.pr;

import org.kohsuke.github.GHIssue;
import org.kohsuke.github.GHIssueComment;
import org.kohsuke.github.GitHub;

import java.io.IOException;

/**
 * The one perfagent comment on a pull request: found by its hidden marker and updated in place on every push,
 * created only when there is none yet, so a PR never collects a comment per push.
 */
final class PrComment {
    static final String MARKER = "<!-- perfagent-pr -->";

    private PrComment() {
    }

    /** What was done: "created" or "updated", with the comment's address. */
    record Posted(String action, long id, String url) {
    }

    static Posted upsert(GitHubEnv.Target target, String body) throws IOException {
        if (!body.contains(MARKER)) throw new IllegalArgumentException("the comment body must carry " + MARKER);
        GitHub gh = GitHubConnection.open(target);
        GHIssue issue = gh.getRepository(target.repository()).getIssue(target.pullRequest());
        for (GHIssueComment c : issue.listComments()) {
            String existing = c.getBody();
            if (existing != null && existing.contains(MARKER)) {
                c.update(body);
                return new Posted("updated", c.getId(), String.valueOf(c.getHtmlUrl()));
            }
        }
        GHIssueComment created = issue.comment(body);
        return new Posted("created", created.getId(), String.valueOf(created.getHtmlUrl()));
    }
}
