package dev.perfagent.agent.llm;

import java.time.Duration;
import java.util.Map;

/**
 * How model calls are made, apart from which model: per-call timeout, the cap on reply length (Anthropic requires
 * one, and its default of 1024 tokens is too short for a whole-file reply), retrying, the user's prices, and who
 * hears about waits before a retry.
 */
public record LlmOptions(Duration timeout, int maxOutputTokens, RetryPolicy retry, Sleeper sleeper,
                         Map<String, Price> prices, RetryListener listener) {

    public static final LlmOptions DEFAULTS =
            new LlmOptions(Duration.ofMinutes(5), 16_384, RetryPolicy.DEFAULT, Sleeper.REAL, Map.of(), RetryListener.NONE);

    public LlmOptions {
        prices = Map.copyOf(prices);
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxOutputTokens < 1) throw new IllegalArgumentException("maxOutputTokens must be positive");
    }

    public LlmOptions withTimeout(Duration t) {
        return new LlmOptions(t, maxOutputTokens, retry, sleeper, prices, listener);
    }

    public LlmOptions withRetry(RetryPolicy r, Sleeper s) {
        return new LlmOptions(timeout, maxOutputTokens, r, s, prices, listener);
    }

    public LlmOptions withPrices(Map<String, Price> p) {
        return new LlmOptions(timeout, maxOutputTokens, retry, sleeper, p, listener);
    }

    public LlmOptions withListener(RetryListener l) {
        return new LlmOptions(timeout, maxOutputTokens, retry, sleeper, prices, l);
    }
}
