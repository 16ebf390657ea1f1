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

    /**
     * {@code model} at {@code baseUrl} (null: the provider's own); 3 rounds of 6 candidates on at most 3 changed methods,
     * the build's own tests, and the loop's default token, money and time budgets.
     */
    public static SuggestOptions of(String model, String baseUrl) {
        Budget d = Budget.defaults();
        return new SuggestOptions(model, baseUrl, 3, 6, 3, Optional.empty(), d.tokens(), d.money(), d.wallTime().toSeconds());
    }

    public SuggestOptions withRounds(int v) {
        return new SuggestOptions(model, baseUrl, v, candidates, maxTargets, testCommand, tokens, money, wallSeconds);
    }

    public SuggestOptions withCandidates(int v) {
        return new SuggestOptions(model, baseUrl, rounds, v, maxTargets, testCommand, tokens, money, wallSeconds);
    }

    public SuggestOptions withMaxTargets(int v) {
        return new SuggestOptions(model, baseUrl, rounds, candidates, v, testCommand, tokens, money, wallSeconds);
    }

    public SuggestOptions withTestCommand(Optional<String> v) {
        return new SuggestOptions(model, baseUrl, rounds, candidates, maxTargets, v, tokens, money, wallSeconds);
    }

    public SuggestOptions withTokens(long v) {
        return new SuggestOptions(model, baseUrl, rounds, candidates, maxTargets, testCommand, v, money, wallSeconds);
    }

    public SuggestOptions withMoney(double v) {
        return new SuggestOptions(model, baseUrl, rounds, candidates, maxTargets, testCommand, tokens, v, wallSeconds);
    }

    public SuggestOptions withWallSeconds(long v) {
        return new SuggestOptions(model, baseUrl, rounds, candidates, maxTargets, testCommand, tokens, money, v);
    }

}
