package dev.perfagent.agent.pr;

import java.util.Optional;

/**
 * How {@code --suggest} searches: which model, how much per changed method, how many methods.
 *
 * @param maxTargets  changed methods tried at most, highest ranked first
 * @param testCommand the repository's test command (Maven: the build runs the tests)
 */
public record SuggestOptions(String model, String baseUrl, int rounds, int candidates, int maxTargets, Optional<String> testCommand) {
}
