package dev.perfagent.agent.pr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What GitHub Actions tells a step about where it runs, read from an environment map (the process's, or a test's):
 * the token, the API address (GitHub Enterprise, or a stub), the repository, the event file, the job summary file.
 */
record GitHubEnv(Optional<String> token, String apiUrl, Optional<String> repository, Optional<Path> eventPath,
                 Optional<Path> stepSummary) {

    static final String DEFAULT_API = "https://api.github.com";

    static GitHubEnv from(Map<String, String> env) {
        return new GitHubEnv(value(env, "GITHUB_TOKEN"), value(env, "GITHUB_API_URL").orElse(DEFAULT_API),
                value(env, "GITHUB_REPOSITORY"), value(env, "GITHUB_EVENT_PATH").map(Path::of),
                value(env, "GITHUB_STEP_SUMMARY").map(Path::of));
    }

    /** The pull request's number: {@code pull_request.number} of the event that started the workflow. */
    OptionalInt pullRequestNumber() {
        if (eventPath.isEmpty() || !Files.isRegularFile(eventPath.get())) return OptionalInt.empty();
        try {
            JsonNode event = new ObjectMapper().readTree(eventPath.get().toFile());
            JsonNode n = event.path("pull_request").path("number");
            if (!n.isInt()) n = event.path("number");
            return n.isInt() ? OptionalInt.of(n.asInt()) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** Everything {@code --comment} needs, or the one line that says what is missing and how to provide it. */
    Target commentTarget(OptionalInt prFlag) {
        if (token.isEmpty()) {
            throw new PrException("GITHUB_TOKEN is not set: add `env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` to the step"
                    + " (and `permissions: pull-requests: write` to the job), or drop --comment");
        }
        if (repository.isEmpty() || !repository.get().contains("/")) {
            throw new PrException("GITHUB_REPOSITORY is not set (owner/name): --comment runs inside GitHub Actions, where it is");
        }
        OptionalInt pr = prFlag.isPresent() ? prFlag : pullRequestNumber();
        if (pr.isEmpty()) {
            throw new PrException("no pull request number: GITHUB_EVENT_PATH does not hold a pull_request event"
                    + " (run the workflow `on: pull_request`) and --pr N was not given");
        }
        return new Target(token.get(), apiUrl, repository.get(), pr.getAsInt());
    }

    /** Where a comment goes. */
    record Target(String token, String apiUrl, String repository, int pullRequest) {
        @Override
        public String toString() {
            return repository + "#" + pullRequest;
        }
    }

    private static Optional<String> value(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).filter(v -> !v.isBlank());
    }
}
