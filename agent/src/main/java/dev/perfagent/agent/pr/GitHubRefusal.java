package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.HttpException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * GitHub's refusals of the PR comment as what the user must change: a token without write access (403, as every
 * pull request from a fork gets), a rejected token (401), a pull request or repository it cannot see (404). The
 * results are already written by then, so each line also says where they are. Anything else (GitHub down, the
 * network) is left as it is.
 */
final class GitHubRefusal {
    private GitHubRefusal() {
    }

    static Optional<PrException> of(IOException e, GitHubEnv.Target target, Path out) {
        int code = e instanceof HttpException h ? h.getResponseCode() : e instanceof GHFileNotFoundException ? 404 : -1;
        String kept = "; the results are in " + out.resolve("summary.json") + " and the job summary";
        String said = githubMessage(e).map(m -> " (" + code + " " + m + ")").orElse(" (" + code + ")");
        return switch (code) {
            case 401 -> Optional.of(new PrException("GitHub rejected GITHUB_TOKEN" + said + ": pass `GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}`"
                    + " in the step's env, or a token that has not expired" + kept));
            case 403 -> Optional.of(new PrException("GitHub refused to write the comment on " + target + said
                    + ": give the job `permissions: pull-requests: write`; a pull request from a fork only gets a read-only token,"
                    + " so turn `comment` off for those" + kept));
            case 404 -> Optional.of(new PrException("pull request " + target + " not found" + said + ": check --pr and GITHUB_REPOSITORY;"
                    + " a token that cannot read the repository gets 404 too" + kept));
            default -> Optional.empty();
        };
    }

    /** GitHub's own explanation, {@code "message"} of the JSON body, when the exception carries it. */
    static Optional<String> githubMessage(IOException e) {
        String text = e.getMessage();
        if (text == null) return Optional.empty();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) return Optional.empty();
        try {
            JsonNode body = new ObjectMapper().readTree(text.substring(start, end + 1));
            return Optional.ofNullable(body.path("message").textValue()).filter(m -> !m.isBlank());
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
