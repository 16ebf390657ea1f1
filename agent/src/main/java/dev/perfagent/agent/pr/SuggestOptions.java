package dev.perfagent.agent.pr;

import dev.perfagent.agent.loop.Budget;

import java.util.Optional;

/**
 * How {@code --suggest} searches: which model, how much per changed method, how many methods.
 *
 * @param maxTargets  changed methods tried at most, highest ranked first
 * @param testCommand the repository's test command (Maven: the build runs the tests)
 * @param tokens      token budget per changed method (0: none)
 * @param money       money budget per changed method, USD (0: none)
 * @param wallSeconds wall-time budget per changed method
 */
public record SuggestOptions(String model, String baseUrl, int rounds, int candidates, int maxTargets, Optional<String> testCommand,
                             long tokens, double money, long wallSeconds) {

    /** The loop's default token, money and time budgets. */
    public SuggestOptions(String model, String baseUrl, int rounds, int candidates, int maxTargets, Optional<String> testCommand) {
        this(model, baseUrl, rounds, candidates, maxTargets, testCommand, Budget.defaults().tokens(), Budget.defaults().money(),
                Budget.defaults().wallTime().toSeconds());
    }
}
