package dev.perfagent.agent.pr;

import org.kohsuke.github.GHPullRequest;
import org.kohsuke.github.GHPullRequestReviewBuilder;
import org.kohsuke.github.GHPullRequestReviewComment;
import org.kohsuke.github.GHPullRequestReviewEvent;
import org.kohsuke.github.GitHub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verified suggestion blocks as one pull request review, each comment on the head lines it replaces, so the author
 * applies one with "Commit suggestion". GitHub takes review comments only on lines its diff shows; a suggestion
 * elsewhere (or a patch) stays in the PR comment alone, which always holds every suggestion. Each review comment
 * carries a marker made from the file, lines and text it suggests: a later push posts only suggestions not
 * already on the pull request, never the same one twice.
 */
final class ReviewSuggestions {
    static final String MARKER = "<!-- perfagent-suggestion ";
    static final String REVIEW_MARKER = "<!-- perfagent-pr-review -->";

    private ReviewSuggestions() {
    }

    /** What was done: review comments posted now, found from an earlier push, and not postable (not on the diff). */
    record Posted(int posted, int already, int offDiff) {
    }

    /** The suggestions a review can carry: a suggestion block whose lines all lie in one hunk of the diff. */
    static List<Suggestion> onDiff(List<Suggestion> suggestions, Map<String, List<LineRange>> reviewable) {
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : suggestions) {
            if (s.replaced().isEmpty()) continue;
            LineRange r = s.replaced().get();
            boolean shown = reviewable.getOrDefault(s.target().path(), List.of()).stream()
                    .anyMatch(h -> h.first() <= r.first() && r.last() <= h.last());
            if (shown) out.add(s);
        }
        return out;
    }

    static Posted post(GitHubEnv.Target target, String headSha, List<Suggestion> suggestions,
                       Map<String, List<LineRange>> reviewable) throws IOException {
        List<Suggestion> candidates = onDiff(suggestions, reviewable);
        int offDiff = (int) suggestions.stream().filter(s -> s.replaced().isPresent()).count() - candidates.size();
        if (candidates.isEmpty()) return new Posted(0, 0, offDiff);
        GitHub gh = GitHubConnection.open(target);
        GHPullRequest pr = gh.getRepository(target.repository()).getPullRequest(target.pullRequest());
        Set<String> onPr = new HashSet<>();
        for (GHPullRequestReviewComment c : pr.listReviewComments()) {
            String body = c.getBody();
            int at = body == null ? -1 : body.indexOf(MARKER);
            if (at >= 0) onPr.add(body.substring(at, body.indexOf("-->", at) < 0 ? body.length() : body.indexOf("-->", at) + 3));
        }
        GHPullRequestReviewBuilder review = pr.createReview().commitId(headSha).event(GHPullRequestReviewEvent.COMMENT)
                .body(REVIEW_MARKER + "\nperfagent: verified faster versions of changed code, "
                        + "each built, tested and measured against the head. How each was measured: the perfagent comment.");
        int posted = 0;
        for (Suggestion s : candidates) {
            String marker = marker(s);
            if (onPr.contains(marker)) continue;
            LineRange r = s.replaced().get();
            String body = body(s, marker);
            if (r.first() == r.last()) review.singleLineComment(body, s.target().path(), r.last());
            else review.multiLineComment(body, s.target().path(), r.first(), r.last());
            posted++;
        }
        if (posted > 0) review.create();
        return new Posted(posted, candidates.size() - posted, offDiff);
    }

    static String body(Suggestion s, String marker) {
        String fence = Suggestion.fence(s.replacement());
        return "**`" + s.target().name() + "`** — " + s.outcome() + (s.summary().isBlank() ? "" : "\n\n" + s.summary().strip())
                + "\n\n" + fence + "suggestion\n" + s.replacement() + "\n" + fence + "\n\n" + marker;
    }

    /** Names a suggestion by what it changes, so the same suggestion on the next push is recognised. */
    static String marker(Suggestion s) {
        String key = s.target().path() + "\n" + s.replaced().map(LineRange::toString).orElse("") + "\n" + s.replacement();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return MARKER + HexFormat.of().formatHex(hash, 0, 8) + " -->";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
