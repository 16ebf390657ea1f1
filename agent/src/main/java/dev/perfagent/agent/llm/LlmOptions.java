package dev.perfagent.agent.llm;

import java.time.Duration;
import java.util.Map;

/**
 * How model calls are made, apart from which model: per-call timeout, the cap on reply length (Anthropic requires
 * one, and its default of 1024 tokens is too short for a whole-file reply), retrying, and the user's prices.
 */
public record LlmOptions(Duration timeout, int maxOutputTokens, RetryPolicy retry, Sleeper sleeper,
                         Map<String, Price> prices) {

    public static final LlmOptions DEFAULTS =
            new LlmOptions(Duration.ofMinutes(5), 16_384, RetryPolicy.DEFAULT, Sleeper.REAL, Map.of());

    public LlmOptions {
        prices = Map.copyOf(prices);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxOutputTokens < 1) throw new IllegalArgumentException("maxOutputTokens must be positive");
    }

    public LlmOptions withTimeout(Duration t) {
        return new LlmOptions(t, maxOutputTokens, retry, sleeper, prices);
    }

    public LlmOptions withRetry(RetryPolicy r, Sleeper s) {
        return new LlmOptions(timeout, maxOutputTokens, r, s, prices);
    }

    public LlmOptions withPrices(Map<String, Price> p) {
        return new LlmOptions(timeout, maxOutputTokens, retry, sleeper, p);
    }
}
